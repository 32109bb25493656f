// Data sets whose points are uniform in the square and whose label is a region of the plane.
// Sources: Pérez-Salinas et al., Quantum 4:226 (2020), code in AdrianPerezSalinas/universal_qlassifier
// (data_gen.py); XOR from TensorFlow Playground (tensorflow/playground, src/dataset.ts).

import { createRng, type Rng } from '../../sim/rng';
import type { Dataset } from './types';

/** A region data set: where a point is drawn and which class each place in [−1, 1]² belongs to. */
export interface RegionSet {
  classes: number;
  /** Class of the point (x1, x2) without noise. */
  label(x1: number, x2: number): number;
  /** One coordinate in [−1, 1]; default uniform. */
  coordinate?(rng: Rng): number;
}

// Radius giving the disc area 2, half of the square's 4, so the two classes are balanced.
const CIRCLE_R2 = 2 / Math.PI;
// Crown radii as in the paper's code: the annulus between them also has area 2.
const CROWN_OUTER2 = 0.8;
const CROWN_INNER2 = 0.8 - 2 / Math.PI;

/** data_gen.py `_circle`: class 1 strictly inside the circle of radius √(2/π), 0 outside. */
const circle: RegionSet = {
  classes: 2,
  label: (x1, x2) => (x1 * x1 + x2 * x2 < CIRCLE_R2 ? 1 : 0),
};

// data_gen.py `_3_circles`. The second radius makes its half-disc (the other half lies outside the
// square) area 3 − π/2, so the three circles cover 3 of the square's area 4 and the background 1.
// The circles are disjoint, so the order in which they are tested does not matter.
const THREE_CIRCLES: readonly (readonly [number, number, number])[] = [
  [-1, 1, 1],
  [1, 0, Math.sqrt(6 / Math.PI - 1)],
  [-0.5, -0.5, 0.5],
];

/** data_gen.py `_3_circles`: class j+1 inside circle j, 0 elsewhere. */
const circles3: RegionSet = {
  classes: 4,
  label: (x1, x2) => {
    for (let j = 0; j < THREE_CIRCLES.length; j++) {
      const [cx, cy, r] = THREE_CIRCLES[j]!;
      const dx = x1 - cx;
      const dy = x2 - cy;
      if (dx * dx + dy * dy < r * r) return j + 1;
    }
    return 0;
  },
};

// data_gen.py `_squares` uses strict < and > on both sides, which leaves a point exactly on an axis
// unlabelled; we send it to the "not > 0" side.
/** data_gen.py `_squares`: quadrants, class 2·[x1 > 0] + [x2 > 0]. */
const squares: RegionSet = {
  classes: 4,
  label: (x1, x2) => (x1 > 0 ? 2 : 0) + (x2 > 0 ? 1 : 0),
};

/** data_gen.py `_crown`: class 1 in the annulus √(0.8 − 2/π) < r < √0.8, 0 elsewhere. */
const crown: RegionSet = {
  classes: 2,
  label: (x1, x2) => {
    const r2 = x1 * x1 + x2 * x2;
    return r2 < CROWN_OUTER2 && r2 > CROWN_INNER2 ? 1 : 0;
  },
};

/** data_gen.py `_tricrown`: 0 in the inner disc, 1 in the crown's annulus, 2 outside it. */
const tricrown: RegionSet = {
  classes: 3,
  label: (x1, x2) => {
    const r2 = x1 * x1 + x2 * x2;
    return r2 > CROWN_OUTER2 ? 2 : r2 > CROWN_INNER2 ? 1 : 0;
  },
};

/** data_gen.py `_wavy_lines` (freq 1): curves x2 = ±x1 + sin(π x1); class 2·[above 1st] + [above 2nd]. */
const wavy: RegionSet = {
  classes: 4,
  label: (x1, x2) => {
    const wave = Math.sin(Math.PI * x1);
    return (x2 > x1 + wave ? 2 : 0) + (x2 > -x1 + wave ? 1 : 0);
  },
};

// The playground draws each coordinate from U(−5, 5) and pushes it 0.3 away from 0, so a band of
// half-width 0.3 around both axes stays empty; dividing by 5.3 maps the result onto [−1, 1].
const XOR_HALF_WIDTH = 5;
const XOR_PADDING = 0.3;
// Divided (not multiplied by a reciprocal) so that u = −5 lands exactly on −1.
const XOR_EXTENT = XOR_HALF_WIDTH + XOR_PADDING;

/** TensorFlow Playground `classifyXORData`: class 1 where x1·x2 ≥ 0 (playground label +1), else 0. */
const xor: RegionSet = {
  classes: 2,
  label: (x1, x2) => (x1 * x2 >= 0 ? 1 : 0),
  coordinate: (rng) => {
    const u = (2 * rng.next() - 1) * XOR_HALF_WIDTH;
    return (u + (u > 0 ? XOR_PADDING : -XOR_PADDING)) / XOR_EXTENT;
  },
};

export const REGION_SETS = { circle, xor, circles3, squares, crown, tricrown, wavy } as const;
export type RegionName = keyof typeof REGION_SETS;

/** Seed of the label-noise stream, kept apart from the positions' stream. */
export function noiseSeed(seed: number): number {
  // A fixed odd constant (first 32 bits of √2's fraction) so the two streams of one seed differ.
  return (seed ^ 0x6a09e667) >>> 0;
}

/**
 * Uniform points labelled by `set`; with probability noise/2 a label moves to one of the other
 * classes, chosen uniformly.
 */
export function generateRegion(
  set: RegionSet,
  points: number,
  noise: number,
  seed: number,
): Dataset {
  // Positions and flips come from separate streams, and every point draws its flip numbers even
  // when noise is 0: moving the noise slider then keeps every point in place, and a point flipped
  // at noise p stays flipped (to the same class) at any higher noise.
  const pos = createRng(seed);
  const aux = createRng(noiseSeed(seed));
  const uniform = (rng: Rng): number => 2 * rng.next() - 1;
  const coordinate = set.coordinate ?? uniform;
  const flipProbability = noise / 2;
  const classes = set.classes;
  const x = new Float64Array(2 * points);
  const y = new Int32Array(points);
  for (let i = 0; i < points; i++) {
    const x1 = coordinate(pos);
    const x2 = coordinate(pos);
    let label = set.label(x1, x2);
    const u = aux.next();
    const shift = 1 + aux.int(classes - 1);
    if (u < flipProbability) label = (label + shift) % classes;
    x[2 * i] = x1;
    x[2 * i + 1] = x2;
    y[i] = label;
  }
  return { x, y, classes };
}
