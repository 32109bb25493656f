// What every benchmark generator shares: a labelled set before splitting, the seeded 80/20 split
// the study makes with scikit-learn's `train_test_split(test_size=0.2)`, and standardisation.

import type { Rng } from '../../../sim/rng';
import type { TabularData } from '../types';

/** A whole labelled set before the split: n rows of d features, row-major, labels ±1. */
export interface LabelledSet {
  /** Features per row. */
  d: number;
  /** Rows. */
  n: number;
  /** Row i is x[i·d … i·d + d − 1]. */
  x: Float64Array;
  /** Label of each row: −1 or +1. */
  y: Int8Array;
}

/** The study's rows per set (300) and test share (0.2): 240 train, 60 test. */
export const BENCHMARK_ROWS = 300;
export const TEST_FRACTION = 0.2;

/** Rows of `set` listed in `order[from … to − 1]`, copied. */
function pick(
  set: LabelledSet,
  order: Uint32Array,
  from: number,
  to: number,
): { x: Float64Array; y: Int8Array } {
  const { d } = set;
  const x = new Float64Array((to - from) * d);
  const y = new Int8Array(to - from);
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    x.set(set.x.subarray(i * d, i * d + d), (k - from) * d);
    y[k - from] = set.y[i]!;
  }
  return { x, y };
}

/**
 * A Fisher–Yates shuffle drawn from `rng`, then the last round(n·testFraction) rows test and the
 * others train (300 rows → 240 / 60).
 */
export function shuffleSplit(
  set: LabelledSet,
  rng: Rng,
  testFraction: number = TEST_FRACTION,
): TabularData {
  const { n } = set;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const nTrain = n - Math.round(n * testFraction);
  const train = pick(set, order, 0, nTrain);
  const test = pick(set, order, nTrain, n);
  return { d: set.d, xTrain: train.x, yTrain: train.y, xTest: test.x, yTest: test.y };
}

/**
 * Standardises each of the d columns of the n × d row-major `x` in place to mean 0 and
 * (population, ddof 0) standard deviation 1, as scikit-learn's StandardScaler does; a constant
 * column becomes 0 rather than NaN.
 */
export function standardise(x: Float64Array, n: number, d: number): void {
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + j]!;
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[i * d + j]! - mean) ** 2;
    const std = Math.sqrt(variance / n);
    const scale = std > 0 ? 1 / std : 0;
    for (let i = 0; i < n; i++) x[i * d + j] = (x[i * d + j]! - mean) * scale;
  }
}

/** A rows × cols matrix (row-major) of independent standard normal deviates. */
export function gaussianMatrix(rows: number, cols: number, rng: Rng): Float64Array {
  const m = new Float64Array(rows * cols);
  for (let i = 0; i < m.length; i++) m[i] = rng.normal();
  return m;
}
