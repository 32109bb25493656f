// What every model of the sequence task does: forecast each window's target and train on windows
// by mini-batches. The quantum models (qrnn.ts, qlstm.ts) implement it with exact gradients.

import type { Circuit, Rng } from '../../sim';
import { miniBatchTraining, type AddLoss as AddLossOf } from '../miniBatchTraining';
import type { Optimizer } from '../optim';

/** A trainable forecaster of windows: inputs[k·window + t] is window k's value t. */
export interface Forecaster {
  /** The circuit to draw (the QRNN unrolled, or one QLSTM gate circuit). */
  readonly circuit: Circuit;
  readonly numParams: number;
  /** The trainable parameters, changed in place by trainEpoch. */
  readonly theta: Float64Array;
  /** ŷ of windows [0, count). */
  predict(inputs: Float64Array, count: number): Float64Array;
  /**
   * One epoch over windows [0, count) in mini-batches of batchSize, order shuffled by rng;
   * returns the mean loss of the batches as trained.
   */
  trainEpoch(
    inputs: Float64Array,
    targets: Float64Array,
    count: number,
    batchSize: number,
    opt: Optimizer,
    rng: Rng,
  ): number;
  /** Loss (mean squared error) and its exact gradient at theta over windows [0, count); grad is overwritten. */
  lossAndGradient(
    inputs: Float64Array,
    targets: Float64Array,
    count: number,
    grad: Float64Array,
  ): number;
}

/**
 * Refuses window data that does not fit: `count` windows of `window` values (and as many targets
 * when given), with a sentence that says what was given.
 */
export function checkWindows(
  window: number,
  inputs: Float64Array,
  targets: Float64Array | null,
  count: number,
): void {
  if (!Number.isInteger(count) || count < (targets ? 1 : 0))
    throw new Error(`The number of windows must be a whole number of at least ${targets ? 1 : 0}; got ${count}.`); // prettier-ignore
  if (inputs.length < count * window)
    throw new Error(`${count} windows of ${window} values need ${count * window} inputs; ${inputs.length} were given.`); // prettier-ignore
  if (targets && targets.length < count)
    throw new Error(`${count} windows need ${count} targets; ${targets.length} were given.`);
}

/** A forecaster's loss over windows (miniBatchTraining.ts). */
export type AddLoss = AddLossOf<Float64Array, Float64Array>;

/** trainEpoch and lossAndGradient of a Forecaster, from its parameters and its loss. */
export function forecasterTraining(
  window: number,
  theta: Float64Array,
  addLoss: AddLoss,
): Pick<Forecaster, 'trainEpoch' | 'lossAndGradient'> {
  return miniBatchTraining(
    theta,
    (inputs, targets, count) => checkWindows(window, inputs, targets, count),
    addLoss,
  );
}
