// Training by mini-batches with an exact gradient, for any model whose loss over a set of
// examples can add its gradient into a buffer: the sequence forecasters (values) and the text
// models (tokens) share it.

import type { Rng } from '../sim';
import { createMiniBatcher } from './classifier';
import type { Optimizer } from './optim';

/**
 * A model's loss over examples: adds weight·(the summed loss of the examples `idx`, or of
 * [0, count) when idx is null) to the returned total, and its gradient times weight to `grad`.
 */
export type AddLoss<I, T> = (
  inputs: I,
  targets: T,
  idx: Int32Array | null,
  count: number,
  weight: number,
  grad: Float64Array,
) => number;

export interface MiniBatchTraining<I, T> {
  /**
   * One epoch over examples [0, count) in mini-batches of batchSize, order shuffled by rng;
   * returns the mean loss of the batches as trained.
   */
  trainEpoch(
    inputs: I,
    targets: T,
    count: number,
    batchSize: number,
    opt: Optimizer,
    rng: Rng,
  ): number;
  /** Mean loss over examples [0, count) and its exact gradient at theta; grad is overwritten. */
  lossAndGradient(inputs: I, targets: T, count: number, grad: Float64Array): number;
}

/**
 * trainEpoch and lossAndGradient of a model from its parameters, its loss, and `check`, which
 * refuses examples that do not fit the model with a readable Error.
 */
export function miniBatchTraining<I, T>(
  theta: Float64Array,
  check: (inputs: I, targets: T, count: number) => void,
  addLoss: AddLoss<I, T>,
): MiniBatchTraining<I, T> {
  const numParams = theta.length;
  const grad = new Float64Array(numParams);
  const batches = createMiniBatcher();
  return {
    trainEpoch(inputs, targets, count, batchSize, opt, rng) {
      check(inputs, targets, count);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`The batch size must be a whole number of at least 1; got ${batchSize}.`);
      return batches(
        count,
        batchSize,
        rng,
        grad,
        (idx, w) => addLoss(inputs, targets, idx, idx.length, w, grad),
        () => opt.step(theta, grad),
      );
    },
    lossAndGradient(inputs, targets, count, g) {
      check(inputs, targets, count);
      if (g.length < numParams)
        throw new Error(`The gradient needs room for ${numParams} parameters; it has ${g.length}.`);
      g.fill(0);
      return addLoss(inputs, targets, null, count, 1 / count, g) / count;
    },
  };
}
