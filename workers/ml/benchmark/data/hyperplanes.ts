// "Hyperplanes and parity" (Bowles, Ahmed & Schuld, arXiv 2403.07059; qml-benchmarks
// data/hyperplanes.py): a Gaussian point of R^3 is labelled by the parity of how many of k random
// hyperplanes it lies above, then embedded linearly in R^d and standardised.

import { createRng, type Rng } from '../../../sim/rng';
import type { TabularData } from '../types';
import { BENCHMARK_ROWS, shuffleSplit, standardise, type LabelledSet } from './split';

/** The study's latent dimension (where the hyperplanes live) and embedding dimension. */
export const HYPERPLANES_LATENT = 3;
export const HYPERPLANES_D = 10;

/** A hyperplanes set before the split, with what drew its labels. */
export interface HyperplanesSet extends LabelledSet {
  /** Number of hyperplanes k. */
  k: number;
  /** Latent point of each row, n × 3 row-major. */
  latent: Float64Array;
  /** Normal w_h of hyperplane h, k × 3 row-major, entries uniform in [0, 1). */
  normals: Float64Array;
  /** Offset b_h of hyperplane h, uniform in [0, 1): z is above it when w_h·z + b_h > 0. */
  offsets: Float64Array;
  /** Embedding matrix E, 3 × d row-major, entries uniform in [0, 1): x = standardise(z E). */
  embedding: Float64Array;
}

/** +1 when z (at `latent[at … at + 2]`) lies above an odd number of the k hyperplanes, else −1. */
export function parityLabel(
  latent: Float64Array,
  at: number,
  normals: Float64Array,
  offsets: Float64Array,
): 1 | -1 {
  const dim = HYPERPLANES_LATENT;
  let above = 0;
  for (let h = 0; h < offsets.length; h++) {
    let s = offsets[h]!;
    for (let a = 0; a < dim; a++) s += normals[h * dim + a]! * latent[at + a]!;
    if (s > 0) above++;
  }
  return above % 2 === 1 ? 1 : -1;
}

/**
 * Draws the k hyperplanes, then standard Gaussian latent points until n/2 of each parity are kept
 * (the study's balancing: it keeps the first n/2 of each class among 4n draws), the −1 rows first;
 * then E, x = z E, and every feature standardised over all rows.
 */
export function sampleHyperplanes(
  k: number,
  rng: Rng,
  n: number = BENCHMARK_ROWS,
  d: number = HYPERPLANES_D,
): HyperplanesSet {
  const dim = HYPERPLANES_LATENT;
  const normals = new Float64Array(k * dim);
  for (let i = 0; i < normals.length; i++) normals[i] = rng.next();
  const offsets = new Float64Array(k);
  for (let h = 0; h < k; h++) offsets[h] = rng.next();

  const half = Math.floor(n / 2);
  const rows = 2 * half;
  const latent = new Float64Array(rows * dim);
  const y = new Int8Array(rows);
  const z = new Float64Array(dim);
  // Class −1 fills rows [0, half), class +1 rows [half, 2·half).
  let negatives = 0;
  let positives = 0;
  const maxDraws = 1000 * Math.max(rows, 1);
  for (let draws = 0; negatives + positives < rows; draws++) {
    if (draws >= maxDraws) {
      throw new Error(
        `Hyperplanes and parity: ${maxDraws} latent points gave too few of one parity for k = ${k}.`,
      );
    }
    for (let a = 0; a < dim; a++) z[a] = rng.normal();
    const label = parityLabel(z, 0, normals, offsets);
    if ((label === 1 ? positives : negatives) >= half) continue;
    const row = label === 1 ? half + positives++ : negatives++;
    latent.set(z, row * dim);
    y[row] = label;
  }

  const embedding = new Float64Array(dim * d);
  for (let i = 0; i < embedding.length; i++) embedding[i] = rng.next();
  const x = new Float64Array(rows * d);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < d; j++) {
      let s = 0;
      for (let a = 0; a < dim; a++) s += latent[i * dim + a]! * embedding[a * d + j]!;
      x[i * d + j] = s;
    }
  }
  standardise(x, rows, d);
  return { d, n: rows, x, y, k, latent, normals, offsets, embedding };
}

/** The benchmark set with k hyperplanes: 300 rows, d = 10, balanced, standardised, 240 / 60. */
export function generateHyperplanes(
  k: number,
  seed: number,
  n: number = BENCHMARK_ROWS,
): TabularData {
  const rng = createRng(seed);
  return shuffleSplit(sampleHyperplanes(k, rng, n), rng);
}
