// Data the charts draw, as the lab worker sends it.

/** One model's numbers after an epoch. Losses are means over the split; accuracies in [0, 1]. */
export interface ModelMetrics {
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  /** Wall time of the epoch, milliseconds. */
  ms: number;
}

/** Both models after one epoch (epoch counts from 1; NaN values are skipped by the charts). */
export interface EpochPoint {
  epoch: number;
  quantum: ModelMetrics;
  classical: ModelMetrics;
}

/** Labelled 2-D points: x holds pairs (x1, x2) in [−1, 1]², y the class of each pair. */
export interface Points2D {
  x: Float64Array;
  y: Int32Array;
}
