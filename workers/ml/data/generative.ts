// Data sets drawn around shapes (blobs, spiral arms, half-moons) with gaussian jitter, kept in [−1, 1]².
// Sources: TensorFlow Playground (tensorflow/playground, src/dataset.ts) for gauss and spiral;
// scikit-learn `make_moons` for moons. Each is rescaled from its own units into the square.

import { createRng, type Rng } from '../../sim/rng';
import type { Dataset } from './types';

/** Where the i-th point of class c sits before jitter, in the set's own units, and the jitter. */
interface ShapeSet {
  classes: number;
  /** Our coordinate = (own − centre) · scale. */
  scale: number;
  centre: readonly [number, number];
  /** Standard deviation of the gaussian jitter in the set's own units, for noise in [0, 1]. */
  jitter(noise: number): number;
  /** Writes the un-jittered point of class c into out[0], out[1] (own units). */
  place(c: number, rng: Rng, out: Float64Array): void;
}

// The playground's data live in [−6, 6]² (its plot domain); our noise 1 is its top setting, 50 %.
const PLAYGROUND_SCALE = 1 / 6;

/**
 * Playground `classifyTwoGaussData`: class 1 around (2, 2), class 0 around (−2, −2), variance
 * 0.5 + 7·(playground noise) = 0.5 + 3.5·noise, so even noise 0 leaves blobs of variance 0.5.
 */
const gauss: ShapeSet = {
  classes: 2,
  scale: PLAYGROUND_SCALE,
  centre: [0, 0],
  jitter: (noise) => Math.sqrt(0.5 + 3.5 * noise),
  place: (c, _rng, out) => {
    out[0] = c === 1 ? 2 : -2;
    out[1] = out[0];
  },
};

// The playground jitters spiral points by U(−1, 1)·(its noise) in each coordinate; its 50 % setting
// has standard deviation 0.5/√3, which we give as a gaussian at our noise 1.
const SPIRAL_JITTER_AT_1 = 0.5 / Math.sqrt(3);

/**
 * Playground `classifySpiralData`: arm r = 5s, angle 3.5π·s (+π for class 0), point (r sin t,
 * r cos t). The playground spaces s evenly; we draw s uniformly so that the seed matters at noise 0.
 */
const spiral: ShapeSet = {
  classes: 2,
  scale: PLAYGROUND_SCALE,
  centre: [0, 0],
  jitter: (noise) => SPIRAL_JITTER_AT_1 * noise,
  place: (c, rng, out) => {
    const s = rng.next();
    const r = 5 * s;
    const t = 1.75 * 2 * Math.PI * s + (c === 1 ? 0 : Math.PI);
    out[0] = r * Math.sin(t);
    out[1] = r * Math.cos(t);
  },
};

// make_moons spans [−1, 2] × [−0.5, 1]; centring it and scaling by 0.55 keeps its shape and leaves
// a margin for the jitter. Our noise 1 is make_moons(noise=0.3), where the moons overlap a lot.
const MOONS_JITTER_AT_1 = 0.3;

/**
 * scikit-learn `make_moons`: class 0 on (cos θ, sin θ), class 1 on (1 − cos θ, 0.5 − sin θ),
 * θ ∈ [0, π]. sklearn spaces θ evenly; we draw it uniformly so that the seed matters at noise 0.
 */
const moons: ShapeSet = {
  classes: 2,
  scale: 0.55,
  centre: [0.5, 0.25],
  jitter: (noise) => MOONS_JITTER_AT_1 * noise,
  place: (c, rng, out) => {
    const theta = Math.PI * rng.next();
    out[0] = c === 0 ? Math.cos(theta) : 1 - Math.cos(theta);
    out[1] = c === 0 ? Math.sin(theta) : 0.5 - Math.sin(theta);
  },
};

export const SHAPE_SETS = { gauss, spiral, moons } as const;
export type ShapeName = keyof typeof SHAPE_SETS;

// Rejection keeps the jitter gaussian inside the square instead of piling points on its edge; every
// un-jittered point lies inside, so a draw lands inside with probability above 1/4 and 64 tries
// fail with probability below 1e-8, after which we clamp rather than loop for ever.
const MAX_TRIES = 64;

/**
 * Points alternate between classes (point i has class i mod classes), so the classes are balanced
 * for any count and any prefix; then each point is jittered and rescaled into [−1, 1]².
 */
export function generateShape(set: ShapeSet, points: number, noise: number, seed: number): Dataset {
  const rng = createRng(seed);
  const sd = set.jitter(noise) * set.scale;
  const [cx, cy] = set.centre;
  const base = new Float64Array(2);
  const x = new Float64Array(2 * points);
  const y = new Int32Array(points);
  for (let i = 0; i < points; i++) {
    const c = i % set.classes;
    set.place(c, rng, base);
    const bx = (base[0]! - cx) * set.scale;
    const by = (base[1]! - cy) * set.scale;
    let px = bx;
    let py = by;
    if (sd > 0) {
      for (let t = 0; t < MAX_TRIES; t++) {
        px = bx + sd * rng.normal();
        py = by + sd * rng.normal();
        if (Math.abs(px) <= 1 && Math.abs(py) <= 1) break;
      }
    }
    x[2 * i] = clamp1(px);
    x[2 * i + 1] = clamp1(py);
    y[i] = c;
  }
  return { x, y, classes: set.classes };
}

function clamp1(v: number): number {
  return v < -1 ? -1 : v > 1 ? 1 : v;
}
