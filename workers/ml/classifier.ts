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

/**
 * One epoch of mini-batch descent, shared by both models: shuffles the points with the seeded
 * generator, and per batch clears `grad`, calls `batchLoss(points, 1/batch)` (it adds
 * weight·∇loss of each point to grad and returns the batch's summed loss), then `step()`. Returns
 * the mean loss. The returned function keeps its shuffled order between epochs, as a dataset's
 * order should.
 */
export function createMiniBatcher(): (
  m: number,
  batchSize: number,
  rng: Rng,
  grad: Float64Array,
  batchLoss: (points: Int32Array, weight: number) => number,
  step: () => void,
) => number {
  let order = new Int32Array(0);
  return (m, batchSize, rng, grad, batchLoss, step) => {
    if (order.length !== m) order = Int32Array.from({ length: m }, (_, i) => i);
    shuffle(order, rng);
    let total = 0;
    for (let start = 0; start < m; start += batchSize) {
      const end = Math.min(m, start + batchSize);
      grad.fill(0);
      total += batchLoss(order.subarray(start, end), 1 / (end - start));
      step();
    }
    return total / Math.max(1, m);
  };
}

/** The mini-batcher for a model that takes its points one at a time: `pointLoss(i, weight)`. */
export function createBatcher(): (
  m: number,
  batchSize: number,
  rng: Rng,
  grad: Float64Array,
  pointLoss: (i: number, weight: number) => number,
  step: () => void,
) => number {
  const batches = createMiniBatcher();
  return (m, batchSize, rng, grad, pointLoss, step) =>
    batches(
      m,
      batchSize,
      rng,
      grad,
      (points, w) => {
        let total = 0;
        for (const i of points) total += pointLoss(i, w);
        return total;
      },
      step,
    );
}

export function argmax(v: ArrayLike<number>, from = 0, count = v.length): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (v[from + i]! > v[from + best]!) best = i;
  return best;
}

/**
 * A model's getParams/setParams over its parameter array: a copy out, and in only at the model's
 * own length (`which` names the model in the message: "quantum", "classical").
 */
export function paramAccess(
  theta: Float64Array,
  which: string,
): Pick<Classifier, 'getParams' | 'setParams'> {
  return {
    getParams: () => theta.slice(),
    setParams(p) {
      if (p.length !== theta.length)
        throw new Error(
          `The ${which} model has ${theta.length} parameters; ${p.length} were given.`,
        );
      theta.set(p);
    },
  };
}
