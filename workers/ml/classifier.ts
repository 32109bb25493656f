// What every trainable classifier offers the training session, quantum or classical.

import type { Rng } from '../sim';
import type { Dataset } from './data';

/** Loss and accuracy of a model on a data set. */
export interface Evaluation {
  loss: number;
  accuracy: number;
}

export interface Classifier {
  readonly numParams: number;
  /** One pass over the training set in shuffled mini-batches; returns the mean training loss. */
  trainEpoch(data: Dataset, batchSize: number, rng: Rng): number;
  evaluate(data: Dataset): Evaluation;
  /** Class scores for each point of a flat (x1, x2) list, written to out[i·classes + c]. */
  predict(points: Float64Array, out: Float64Array): void;
  /** The trainable parameters as one flat list (for saving a trained model). */
  getParams(): Float64Array;
  /** Restores parameters saved by getParams. */
  setParams(p: ArrayLike<number>): void;
  /** Releases any resources (tensors); the model is unusable afterwards. */
  dispose(): void;
}

/** Fisher–Yates shuffle of `order` in place from the seeded generator. */
export function shuffle(order: Int32Array, rng: Rng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

export function argmax(v: ArrayLike<number>, from = 0, count = v.length): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (v[from + i]! > v[from + best]!) best = i;
  return best;
}
