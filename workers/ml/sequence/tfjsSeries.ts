// What the sequence task's classical baselines (rnnTfjs.ts: RNN, LSTM; transformerTfjs.ts) share in
// TensorFlow.js: the forecaster's interface, checks of the spec, and one wrapper that turns a
// forward function over tf.Variables into a trainable forecaster (MSE on the flat parameters,
// mini-batches, SGD or Adam with L2 of tfjsParams.ts).

import * as tf from '@tensorflow/tfjs-core';
import type { SequenceBaselineKind } from '../../../src/experiment/tasks/sequence/types';
import type { OptimizerSpec } from '../optim';
import {
  batchRows,
  createTfjsParams,
  given,
  type ModelNames,
  type ParamBlock,
  type TrainableNet,
} from '../tfjsParams';
import { RNN_HIDDEN_MAX } from '../../../src/experiment/tasks/sequence/rnnSize';

/** What the classical baseline is: its cell, hidden units (a Transformer's width d), and window. */
export interface RnnSpec {
  cell: SequenceBaselineKind;
  /** Hidden units (RNN, LSTM) or the model width d (Transformer), 1 … RNN_HIDDEN_MAX. */
  hidden: number;
  /** Values read per forecast. */
  window: number;
}

/**
 * A classical forecaster; numParams is rnnParamCount(cell, hidden, window), trainEpoch's loss the
 * mean squared error per window. Its flat parameters (weights(), setWeights()) are, for the RNN
 * and LSTM, with G = 1 (RNN) or 4 (LSTM, gate blocks of h columns in the order input i, forget f,
 * candidate g, output o): Wx (1 × G·h), Wh (h × G·h, row-major: Wh[j·G·h + c] takes unit j of
 * h_{t−1} to column c), b (G·h), Wo (h), bo (1); the Transformer's are documented on
 * createTfjsSeriesTransformer.
 */
export interface SequenceNet extends TrainableNet<Float64Array> {
  /** ŷ for windows [0, count): inputs[k·window + t] is window k's value t (oldest first). */
  predict(inputs: Float64Array, count: number): Float64Array;
}

/** Refuses a size or window out of range, naming the model ("recurrent model", "Transformer"). */
export function checkRnnSpec(spec: RnnSpec, model: string, size: string): void {
  const { hidden: h, window: T } = spec;
  if (!Number.isInteger(h) || h < 1 || h > RNN_HIDDEN_MAX)
    throw new Error(`The ${model}'s ${size} must be a whole number from 1 to ${RNN_HIDDEN_MAX}, not ${h}.`); // prettier-ignore
  if (!Number.isInteger(T) || T < 1)
    throw new Error(`The ${model}'s window must be a whole number of values from 1, not ${T}.`);
}

/**
 * A forecaster over tf.Variables of the blocks' shapes, started from `initial` (flat, in block
 * order), whose `makeForward(vars)` maps n windows (an n × T float32 tensor, oldest value first)
 * to their n × 1 forecasts. Loss: the mean squared error.
 */
export function tfjsForecaster(
  names: ModelNames,
  T: number,
  opt: OptimizerSpec,
  blocks: readonly ParamBlock[],
  initial: Float64Array,
  makeForward: (vars: readonly tf.Variable[]) => (windows: tf.Tensor2D) => tf.Tensor2D,
): SequenceNet {
  const shapes = blocks.map((b) => b.shape);
  const params = createTfjsParams(names, shapes, initial, opt);
  const { live } = params;
  const forward = makeForward(params.vars);
  const checkCount = (inputs: Float64Array, count: number): void => {
    if (!Number.isInteger(count) || count < 0 || inputs.length < count * T)
      throw new Error(
        `${count} windows of ${T} values need ${count * T} inputs; ${given(inputs.length)}.`,
      );
  };

  return {
    numParams: params.numParams,
    weights: params.weights,
    setWeights: params.setWeights,
    dispose: params.dispose,
    predict(inputs, count) {
      live();
      checkCount(inputs, count);
      if (count === 0) return new Float64Array(0);
      const y = tf.tidy(() => forward(batchRows(inputs, T, null, 0, count)));
      const out = Float64Array.from(y.dataSync());
      y.dispose();
      return out;
    },
    trainEpoch(inputs, targets, count, batchSize, rng) {
      live();
      checkCount(inputs, count);
      if (targets.length < count)
        throw new Error(`${count} windows need ${count} targets; ${given(targets.length)}.`);
      return params.trainEpoch(count, batchSize, rng, (order, from, to) => {
        const x = batchRows(inputs, T, order, from, to);
        const y = batchRows(targets, 1, order, from, to);
        return () => tf.mean(tf.squaredDifference(forward(x), y)) as tf.Scalar;
      });
    },
  };
}
