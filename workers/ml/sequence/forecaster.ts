// What every model of the sequence task does: forecast each window's target and train on windows
// by mini-batches. The quantum models (qrnn.ts, qlstm.ts) implement it with exact gradients.

import type { Circuit, Rng } from '../../sim';
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
