// Splitting a data set into train and test parts, and appending one set to another (e.g. the
// points a user clicks in), without touching the inputs.

import { createRng } from '../../sim/rng';
import { featuresOf, type Dataset } from './types';

/** Number of points in `ds`, after checking that features and labels agree. */
function size(ds: Dataset, what: string): number {
  const n = ds.y.length;
  const d = featuresOf(ds);
  if (ds.x.length !== d * n) {
    throw new Error(
      `${what} is malformed: it has ${n} labels but ${ds.x.length} feature values (expected ${d * n}).`,
    );
  }
  return n;
}

/** The points of `ds` listed in `order`, as a new data set with the same `classes`. */
function pick(ds: Dataset, order: Uint32Array, from: number, to: number): Dataset {
  const n = to - from;
  const d = featuresOf(ds);
  const x = new Float64Array(d * n);
  const y = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[from + k]!;
    for (let f = 0; f < d; f++) x[d * k + f] = ds.x[d * i + f]!;
    y[k] = ds.y[i]!;
  }
  return { x, y, classes: ds.classes, ...(ds.d !== undefined ? { d: ds.d } : {}) };
}

/**
 * A seeded shuffle, then the first round(n·trainRatio) points train and the rest test. With two or
 * more points each part keeps at least one, so a small set never yields an empty test set.
 */
export function splitDataset(
  ds: Dataset,
  trainRatio: number,
  seed: number,
): { train: Dataset; test: Dataset } {
  if (typeof trainRatio !== 'number' || !(trainRatio > 0 && trainRatio < 1)) {
    throw new Error(
      `"trainRatio" must be a number strictly between 0 and 1 (got ${String(trainRatio)}).`,
    );
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`"seed" must be a finite number (got ${String(seed)}).`);
  }
  const n = size(ds, 'The data set to split');
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Fisher–Yates: every permutation equally likely.
  const rng = createRng(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const nTrain = n < 2 ? n : Math.min(n - 1, Math.max(1, Math.round(n * trainRatio)));
  return { train: pick(ds, order, 0, nTrain), test: pick(ds, order, nTrain, n) };
}

/** The points of `a` followed by those of `b`; `classes` is the larger of the two. */
export function concatDatasets(a: Dataset, b: Dataset): Dataset {
  const na = size(a, 'The first data set');
  const nb = size(b, 'The second data set');
  if (featuresOf(a) !== featuresOf(b))
    throw new Error(
      `Data sets of ${featuresOf(a)} and ${featuresOf(b)} features cannot be joined.`,
    );
  const x = new Float64Array(a.x.length + b.x.length);
  const y = new Int32Array(na + nb);
  x.set(a.x, 0);
  x.set(b.x, a.x.length);
  y.set(a.y, 0);
  y.set(b.y, na);
  return {
    x,
    y,
    classes: Math.max(a.classes, b.classes),
    ...(a.d !== undefined ? { d: a.d } : {}),
  };
}
