// "Bars and stripes" (Bowles, Ahmed & Schuld, arXiv 2403.07059; qml-benchmarks
// data/bars_and_stripes.py): s × s images of −1 pixels where random whole rows (stripes, +1) or
// whole columns (bars, −1) are set to +1, with Gaussian noise on every pixel.

import { createRng, type Rng } from '../../../sim/rng';
import type { TabularData } from '../types';

/** The study's image counts and pixel noise. */
export const BARS_TRAIN = 1000;
export const BARS_TEST = 200;
export const BARS_NOISE = 0.5;

/** Options of `generateBarsAndStripes`; each defaults to the study's value. */
export interface BarsOptions {
  /** Standard deviation of the Gaussian noise on each pixel; 0.5. */
  noise?: number;
  /** Train images; 1,000. */
  nTrain?: number;
  /** Test images; 200. */
  nTest?: number;
}

/**
 * n images of s × s pixels, pixel (r, c) at feature r·s + c. Each image is, with probability 1/2,
 * stripes (label +1: each row independently all +1 with probability 1/2, else −1) or bars (label
 * −1: the same for columns), plus N(0, noise²) on every pixel. As in the study, an image with no
 * line or every line set is a valid member of both classes but keeps the label it was drawn with.
 */
export function sampleBarsAndStripes(
  s: number,
  n: number,
  noise: number,
  rng: Rng,
): { x: Float64Array; y: Int8Array } {
  const d = s * s;
  const x = new Float64Array(n * d);
  const y = new Int8Array(n);
  const on = new Uint8Array(s);
  for (let i = 0; i < n; i++) {
    const stripes = rng.next() > 0.5;
    y[i] = stripes ? 1 : -1;
    for (let l = 0; l < s; l++) on[l] = rng.next() > 0.5 ? 1 : 0;
    for (let r = 0; r < s; r++) {
      for (let c = 0; c < s; c++) {
        const lit = on[stripes ? r : c] === 1;
        x[i * d + r * s + c] = (lit ? 1 : -1) + noise * rng.normal();
      }
    }
  }
  return { x, y };
}

/**
 * The benchmark set of side s (d = s²): 1,000 train then 200 test images drawn from one seeded
 * stream, as the study draws them (no shuffle, no standardisation; pixels about ±1).
 */
export function generateBarsAndStripes(
  s: number,
  seed: number,
  options: BarsOptions = {},
): TabularData {
  const rng = createRng(seed);
  const noise = options.noise ?? BARS_NOISE;
  const train = sampleBarsAndStripes(s, options.nTrain ?? BARS_TRAIN, noise, rng);
  const test = sampleBarsAndStripes(s, options.nTest ?? BARS_TEST, noise, rng);
  return { d: s * s, xTrain: train.x, yTrain: train.y, xTest: test.x, yTest: test.y };
}
