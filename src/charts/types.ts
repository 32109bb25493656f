// Data the charts draw, as the lab worker sends it.

/** One model's numbers after an epoch, and both models after one epoch, as the worker sends them. */
export type { ModelMetrics, EpochReport as EpochPoint } from '../../workers/protocol';

/** Labelled 2-D points: x holds pairs (x1, x2) in [−1, 1]², y the class of each pair. */
export interface Points2D {
  x: Float64Array;
  y: Int32Array;
}
