// "Hidden manifold model" (Goldt et al. 2020, as in Bowles, Ahmed & Schuld, arXiv 2403.07059;
// qml-benchmarks data/hidden_manifold.py): latent Gaussian points c ∈ R^m embedded in R^d by
// x = tanh(c·F/√m − b), labelled by a random one-hidden-layer network of c split at its median.

import { createRng, type Rng } from '../../../sim/rng';
import type { TabularData } from '../types';
import { BENCHMARK_ROWS, gaussianMatrix, shuffleSplit, type LabelledSet } from './split';

/** The study's latent dimension for the sweep over d, and its d for the sweep over m. */
export const MANIFOLD_M = 6;
export const MANIFOLD_LATENT_D = 10;

/** A hidden-manifold set before the split, with its latent coordinates. */
export interface HiddenManifoldSet extends LabelledSet {
  /** Latent dimension m. */
  m: number;
  /** Latent point of each row, n × m row-major (the study's C). */
  latent: Float64Array;
  /** Network output of each row before the median threshold. */
  score: Float64Array;
}

/**
 * The study's draw order: F (m × d) Gaussian, C (n × m) Gaussian latent points, biases b_j
 * uniform in [−1, 1), x_ij = tanh((C F)_ij/√m − b_j); then W (m × m) and v (m) Gaussian and the
 * score v·tanh(W c)/√m, with label −1 below its median and +1 otherwise (n/2 each for even n).
 */
export function sampleHiddenManifold(d: number, m: number, n: number, rng: Rng): HiddenManifoldSet {
  const f = gaussianMatrix(m, d, rng);
  const latent = gaussianMatrix(n, m, rng);
  const bias = new Float64Array(d);
  for (let j = 0; j < d; j++) bias[j] = 2 * rng.next() - 1;
  const x = new Float64Array(n * d);
  const norm = 1 / Math.sqrt(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let a = 0; a < m; a++) s += latent[i * m + a]! * f[a * d + j]!;
      x[i * d + j] = Math.tanh(s * norm - bias[j]!);
    }
  }
  const w = gaussianMatrix(m, m, rng);
  const v = gaussianMatrix(1, m, rng);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let out = 0;
    for (let h = 0; h < m; h++) {
      let pre = 0;
      for (let a = 0; a < m; a++) pre += w[h * m + a]! * latent[i * m + a]!;
      out += v[h]! * Math.tanh(pre);
    }
    score[i] = out * norm;
  }
  const sorted = Float64Array.from(score).sort();
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const y = new Int8Array(n);
  for (let i = 0; i < n; i++) y[i] = score[i]! < median ? -1 : 1;
  return { d, n, m, x, y, latent, score };
}

/** The benchmark set in d dimensions on an m-dimensional manifold (m = 6 by default): 240 / 60. */
export function generateHiddenManifold(
  d: number,
  seed: number,
  m: number = MANIFOLD_M,
  n: number = BENCHMARK_ROWS,
): TabularData {
  const rng = createRng(seed);
  return shuffleSplit(sampleHiddenManifold(d, m, n, rng), rng);
}

/** The study's second sweep: latent dimension m in d = 10 dimensions. */
export function generateHiddenManifoldLatent(m: number, seed: number): TabularData {
  return generateHiddenManifold(MANIFOLD_LATENT_D, seed, m);
}
