// "Linearly separable" (Bowles, Ahmed & Schuld, arXiv 2403.07059; qml-benchmarks
// data/linearly_separable.py): uniform points of the cube [−1, 1]^d outside a margin around the
// hyperplane w·x = 0 with w = (1, …, 1), labelled by the side they fall on.

import { createRng, type Rng } from '../../../sim/rng';
import type { TabularData } from '../types';
import { BENCHMARK_ROWS, shuffleSplit, type LabelledSet } from './split';

/** The study's margin: 0.02·d, the half-width of the empty slab |Σx| ≤ margin. */
export function linearMargin(d: number): number {
  return 0.02 * d;
}

/**
 * n points drawn uniformly from [−1, 1]^d, keeping only those with |Σ_j x_j| > margin (rejection,
 * in drawing order), each labelled sign(Σ_j x_j).
 */
export function sampleLinearlySeparable(
  d: number,
  n: number,
  rng: Rng,
  margin: number = linearMargin(d),
): LabelledSet {
  if (!(margin < d)) throw new Error(`The margin ${margin} leaves no room in [−1, 1]^${d}.`);
  const x = new Float64Array(n * d);
  const y = new Int8Array(n);
  const row = new Float64Array(d);
  let kept = 0;
  while (kept < n) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      row[j] = 2 * rng.next() - 1;
      s += row[j]!;
    }
    if (Math.abs(s) <= margin) continue;
    x.set(row, kept * d);
    y[kept] = s > 0 ? 1 : -1;
    kept++;
  }
  return { d, n, x, y };
}

/** The benchmark set at dimension d: 300 points, margin 0.02·d, split 240 / 60. */
export function generateLinearlySeparable(
  d: number,
  seed: number,
  n: number = BENCHMARK_ROWS,
): TabularData {
  const rng = createRng(seed);
  return shuffleSplit(sampleLinearlySeparable(d, n, rng), rng);
}
