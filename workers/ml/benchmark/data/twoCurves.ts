// "Two curves" (Bowles, Ahmed & Schuld, arXiv 2403.07059; qml-benchmarks data/two_curves.py):
// two copies of one random degree-D Fourier curve in R^d, the second shifted by an offset along
// (1, …, 1), with Gaussian noise, then standardised feature by feature.

import { createRng, type Rng } from '../../../sim/rng';
import type { TabularData } from '../types';
import { BENCHMARK_ROWS, shuffleSplit, standardise, type LabelledSet } from './split';

/** The study's embedding dimension and noise for the sweep over the degree D. */
export const CURVES_D = 10;
export const CURVES_NOISE = 0.01;

/** The study's offset in the degree sweep: 1/(2D), closer curves as they wiggle faster. */
export function curvesOffset(degree: number): number {
  return 1 / (2 * degree);
}

/** Options of `sampleTwoCurves`; each defaults to the study's value for the degree sweep. */
export interface TwoCurvesOptions {
  /** Rows (n/2 per curve); 300. */
  n?: number;
  /** Embedding dimension d; 10. */
  d?: number;
  /** Shift of the +1 curve along (1, …, 1) before standardising; 1/(2D). */
  offset?: number;
  /** Standard deviation of the noise on every coordinate; 0.01. */
  noise?: number;
}

/**
 * Coefficients a_jfk uniform in [0, 1) (d × (D+1) × 2), divided by their joint Euclidean norm;
 * coordinate j of the point at t ∈ [0, 1) is a_j00 + a_j01 + Σ_{f=1..D} a_jf0 cos(fπt) + a_jf1
 * sin(fπt) + N(0, σ²). The first n/2 rows (label −1) lie on the curve, the next n/2 (label +1) on
 * the same curve plus the offset; then every feature is standardised over all rows.
 */
export function sampleTwoCurves(
  degree: number,
  rng: Rng,
  options: TwoCurvesOptions = {},
): LabelledSet {
  const d = options.d ?? CURVES_D;
  const half = Math.floor((options.n ?? BENCHMARK_ROWS) / 2);
  const offset = options.offset ?? curvesOffset(degree);
  const noise = options.noise ?? CURVES_NOISE;
  const stride = 2 * (degree + 1);
  const coeff = new Float64Array(d * stride);
  let norm = 0;
  for (let i = 0; i < coeff.length; i++) {
    coeff[i] = rng.next();
    norm += coeff[i]! ** 2;
  }
  norm = Math.sqrt(norm);
  for (let i = 0; i < coeff.length; i++) coeff[i] = coeff[i]! / norm;

  const n = 2 * half;
  const x = new Float64Array(n * d);
  const y = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const shift = i < half ? 0 : offset;
    y[i] = i < half ? -1 : 1;
    const t = rng.next();
    for (let j = 0; j < d; j++) {
      const a = j * stride;
      let value = coeff[a]! + coeff[a + 1]!;
      for (let f = 1; f <= degree; f++) {
        value += coeff[a + 2 * f]! * Math.cos(f * Math.PI * t);
        value += coeff[a + 2 * f + 1]! * Math.sin(f * Math.PI * t);
      }
      x[i * d + j] = value + noise * rng.normal() + shift;
    }
  }
  standardise(x, n, d);
  return { d, n, x, y };
}

/** The benchmark set of degree D (d = 10, offset 1/(2D), σ = 0.01), standardised, 240 / 60. */
export function generateTwoCurves(
  degree: number,
  seed: number,
  options: TwoCurvesOptions = {},
): TabularData {
  const rng = createRng(seed);
  return shuffleSplit(sampleTwoCurves(degree, rng, options), rng);
}
