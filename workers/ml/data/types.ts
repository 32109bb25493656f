// The shapes shared by every 2-D classification data set: features in typed arrays, integer labels.

import type { DatasetName } from '../../../src/experiment/tasks/classify/datasets';

export type { DatasetName };

/** A labelled set of points in the square [−1, 1]². */
export interface Dataset {
  /** Features, row-major: point i is (x[2i], x[2i+1]), both in [−1, 1] (d per point for a table). */
  x: Float64Array;
  /** Class label of each point, 0 … classes−1. */
  y: Int32Array;
  /** Number of classes of this data set (even if some class has no points). */
  classes: number;
  /** Features per point when not 2: tabular data (the benchmark's sets, the user's CSV). */
  d?: number;
}

/** Features per point of a data set. */
export const featuresOf = (ds: Dataset): number => ds.d ?? 2;

/** Everything needed to regenerate a data set bit for bit. */
export interface DatasetSpec {
  name: DatasetName;
  /** Number of points, an integer in [1, 100000]. */
  points: number;
  /** 0 … 1; what it does depends on the set (see `DATASETS[i].description`). 0 = exact labels. */
  noise: number;
  /** Seed of the generator; any finite number, its low 32 bits (after truncation) count. */
  seed: number;
}
