// What the text task's classical baselines (textTfjs.ts: RNN, LSTM; transformerTfjs.ts) share in
// TensorFlow.js: the net's interface, checks of the spec, and one wrapper that turns a logits
// function over tf.Variables into a trainable next-token net (softmax cross-entropy on the flat
// parameters, mini-batches, SGD or Adam with L2 of tfjsParams.ts).

import * as tf from '@tensorflow/tfjs-core';
import type { OptimizerSpec } from '../optim';
import {
  batchRows,
  createTfjsParams,
  sizeOf,
  type ParamBlock,
  type TrainableNet,
} from '../tfjsParams';
import { checkTokens } from './nextToken';
import {
  TEXT_SIZE_MAX,
  textNetParamCount,
  type TextBaselineKind,
} from '../../../src/experiment/tasks/text/netSize';

/** What a classical next-token net is: its kind, size (hidden units or width d), V and T. */
export interface TextNetSpec {
  kind: TextBaselineKind;
  /** Hidden units (RNN, LSTM) or the model width d (Transformer), 1 … TEXT_SIZE_MAX. */
  size: number;
  /** Tokens in the vocabulary: ids 0 … vocab − 1. */
  vocab: number;
  /** Tokens read per prediction. */
  context: number;
}

/**
 * A classical next-token model trained with tfjs autodiff (float32 on tfjs's CPU backend): its
 * numParams is textNetParamCount(kind, size, vocab, context); trainEpoch's loss the mean
 * cross-entropy (nats) per context.
 */
export interface TextNet extends TrainableNet<Int32Array> {
  /** Next-token probabilities for contexts [0, count): out[k·vocab + v]; inputs[k·context + t] token ids, oldest first. */
  probabilities(inputs: Int32Array, count: number): Float64Array;
  /** Mean cross-entropy (nats) of contexts [0, count), no training. */
  loss(inputs: Int32Array, targets: Int32Array, count: number): number;
}

/** The net's name in messages. */
export const TEXT_NET_NAMES: Record<TextBaselineKind, string> = {
  rnn: 'simple RNN',
  lstm: 'LSTM',
  transformer: 'Transformer',
};

/** Refuses a spec out of range with a sentence that says what is wrong. */
export function checkTextSpec(spec: TextNetSpec): void {
  const { kind, size, vocab, context } = spec;
  if (!Object.hasOwn(TEXT_NET_NAMES, kind))
    throw new Error(`The classical text model must be a simple RNN, an LSTM or a Transformer, not "${String(kind)}".`); // prettier-ignore
  const what = kind === 'transformer' ? 'width' : 'hidden size';
  if (!Number.isInteger(size) || size < 1 || size > TEXT_SIZE_MAX)
    throw new Error(`The ${TEXT_NET_NAMES[kind]}'s ${what} must be a whole number from 1 to ${TEXT_SIZE_MAX}, not ${size}.`); // prettier-ignore
  if (!Number.isInteger(vocab) || vocab < 2)
    throw new Error(`The vocabulary must be a whole number of at least 2 tokens, not ${vocab}.`);
  if (!Number.isInteger(context) || context < 1)
    throw new Error(`The context must be a whole number of at least 1 token, not ${context}.`);
}

/** Contexts evaluated per forward pass in probabilities() and loss(), to bound the tensors. */
const EVAL_CHUNK = 512;

/**
 * A next-token net over tf.Variables of the blocks' shapes, started from `initial` (flat, in
 * block order), whose `makeLogits(vars)` maps n contexts (an n × T int32 tensor of token ids,
 * oldest first) to n × V logits. Loss: mean −log softmax(logits)[target].
 */
export function tfjsTextNet(
  spec: TextNetSpec,
  opt: OptimizerSpec,
  blocks: readonly ParamBlock[],
  initial: Float64Array,
  makeLogits: (vars: readonly tf.Variable[]) => (tokens: tf.Tensor2D) => tf.Tensor2D,
): TextNet {
  const { kind, vocab: V, context: T } = spec;
  const name = TEXT_NET_NAMES[kind];
  const numParams = textNetParamCount(kind, spec.size, V, T);
  if (initial.length !== numParams || blocks.reduce((n, b) => n + sizeOf(b.shape), 0) !== numParams)
    throw new Error(`Internal error: the ${name}'s layout does not hold ${numParams} parameters.`);
  const shapes = blocks.map((b) => b.shape);
  const params = createTfjsParams({ params: name, model: name }, shapes, initial, opt);
  const { live } = params;
  const logits = makeLogits(params.vars);

  /** Targets idx[from..to) (or from..to when idx is null), one-hot (n × V). */
  const oneHot = (targets: Int32Array, idx: Int32Array | null, from: number, to: number) =>
    tf.oneHot(tf.reshape(batchRows(targets, 1, idx, from, to), [to - from]), V) as tf.Tensor2D;
  /** Mean cross-entropy of softmax(logits(x)) against one-hot targets y. */
  const meanCe = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar =>
    tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits(x))), 1))) as tf.Scalar;

  return {
    numParams,
    weights: params.weights,
    setWeights: params.setWeights,
    dispose: params.dispose,
    probabilities(inputs, count) {
      live();
      checkTokens(T, V, inputs, null, count);
      const out = new Float64Array(count * V);
      for (let from = 0; from < count; from += EVAL_CHUNK) {
        const to = Math.min(count, from + EVAL_CHUNK);
        const p = tf.tidy(() => tf.softmax(logits(batchRows(inputs, T, null, from, to))));
        out.set(p.dataSync(), from * V);
        p.dispose();
      }
      return out;
    },
    trainEpoch(inputs, targets, count, batchSize, rng) {
      live();
      checkTokens(T, V, inputs, targets, count);
      return params.trainEpoch(count, batchSize, rng, (order, from, to) => {
        const x = batchRows(inputs, T, order, from, to);
        const y = oneHot(targets, order, from, to);
        return () => meanCe(x, y);
      });
    },
    loss(inputs, targets, count) {
      live();
      checkTokens(T, V, inputs, targets, count);
      let total = 0;
      for (let from = 0; from < count; from += EVAL_CHUNK) {
        const to = Math.min(count, from + EVAL_CHUNK);
        const l = tf.tidy(() =>
          meanCe(batchRows(inputs, T, null, from, to), oneHot(targets, null, from, to)),
        );
        total += l.dataSync()[0]! * (to - from);
        l.dispose();
      }
      return total / count;
    },
  };
}
