// What the text task's classical baselines (textTfjs.ts: RNN, LSTM; transformerTfjs.ts) share in
// TensorFlow.js: the net's interface, checks of the spec, initial weights, and one wrapper that
// turns a logits function over tf.Variables into a trainable next-token net (softmax cross-entropy,
// mini-batches in rnnTfjs.ts's shuffled order, SGD or Adam with L2, flat weights in and out).

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients (the tfjs package does this for its users).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Rng } from '../../sim';
import { shuffle } from '../classifier';
import type { OptimizerSpec } from '../optim';
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

/** A classical next-token model trained with tfjs autodiff (float32 on tfjs's CPU backend). */
export interface TextNet {
  /** textNetParamCount(kind, size, vocab, context). */
  readonly numParams: number;
  /** Next-token probabilities for contexts [0, count): out[k·vocab + v]; inputs[k·context + t] token ids, oldest first. */
  probabilities(inputs: Int32Array, count: number): Float64Array;
  /**
   * One epoch over contexts [0, count) in mini-batches, in an order shuffled by rng as rnnTfjs.ts
   * does (`shuffle` over an order kept between epochs); returns the mean cross-entropy (nats) per
   * context as trained (the batch losses weighted by their sizes).
   */
  trainEpoch(
    inputs: Int32Array,
    targets: Int32Array,
    count: number,
    batchSize: number,
    rng: Rng,
  ): number;
  /** Mean cross-entropy (nats) of contexts [0, count), no training. */
  loss(inputs: Int32Array, targets: Int32Array, count: number): number;
  /** The flat parameters, in the order documented on the net's factory. */
  weights(): number[];
  /** Sets the flat parameters (float32); throws a readable Error if their number is wrong. */
  setWeights(w: ArrayLike<number>): void;
  /** Frees the variables and the optimiser's state; the model is unusable afterwards. */
  dispose(): void;
}

/** The net's name in messages. */
export const TEXT_NET_NAMES: Record<TextBaselineKind, string> = {
  rnn: 'simple RNN',
  lstm: 'LSTM',
  transformer: 'Transformer',
};

/** "3 were given", "1 was given": the end of a message refusing a count. */
export const given = (n: number): string => `${n} ${n === 1 ? 'was' : 'were'} given`;

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

/** One variable of a net: its shape and how its initial values are drawn. */
export interface ParamBlock {
  shape: number[];
  /** Constant 0 or 1, or uniform in ±limit from the rng (row-major). */
  init: 0 | 1 | { limit: number };
}

/** Glorot (Xavier) uniform limit √(6 / (fanIn + fanOut)). */
export const glorotLimit = (fanIn: number, fanOut: number): number =>
  Math.sqrt(6 / (fanIn + fanOut));

/** A fanIn × fanOut matrix drawn Glorot-uniform. */
export const glorotBlock = (fanIn: number, fanOut: number): ParamBlock => ({
  shape: [fanIn, fanOut],
  init: { limit: glorotLimit(fanIn, fanOut) },
});

const size = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** The flat initial parameters of these blocks, drawn from rng in block order. */
export function initialWeights(blocks: readonly ParamBlock[], rng: Rng): Float64Array {
  const theta = new Float64Array(blocks.reduce((n, b) => n + size(b.shape), 0));
  let k = 0;
  for (const { shape, init } of blocks) {
    const n = size(shape);
    if (typeof init === 'number') theta.fill(init, k, k + n);
    else for (let i = 0; i < n; i++) theta[k + i] = init.limit * (2 * rng.next() - 1);
    k += n;
  }
  return theta;
}

/** Contexts evaluated per forward pass in probabilities() and loss(), to bound the tensors. */
const EVAL_CHUNK = 512;

/**
 * A next-token net over tf.Variables of the blocks' shapes, started from `initial` (flat, in
 * block order), whose `makeLogits(vars)` maps n contexts (an n × T int32 tensor of token ids,
 * oldest first) to n × V logits. Loss: mean −log softmax(logits)[target]. L2 adds λ·θ to every
 * gradient, as rnnTfjs.ts and optim.ts do; Adam with β = (0.9, 0.999), ε = 1e-8.
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
  if (initial.length !== numParams || blocks.reduce((n, b) => n + size(b.shape), 0) !== numParams)
    throw new Error(`Internal error: the ${name}'s layout does not hold ${numParams} parameters.`);

  /** A flat parameter list cut into float32 tensors, one per block. */
  const cut = (p: ArrayLike<number>): tf.Tensor[] => {
    if (p.length !== numParams)
      throw new Error(`The ${name} has ${numParams} parameters; ${given(p.length)}.`);
    let k = 0;
    return blocks.map(({ shape }) => {
      const n = size(shape);
      const values = new Float32Array(n);
      for (let j = 0; j < n; j++) values[j] = p[k + j]!;
      k += n;
      return tf.tensor(values, shape, 'float32');
    });
  };
  const start = cut(initial);
  const vars = start.map((t) => tf.variable(t, true));
  tf.dispose(start);
  const logits = makeLogits(vars);
  const { learningRate: lr, l2 } = opt;
  const optimizer: tf.Optimizer =
    opt.name === 'sgd' ? tf.train.sgd(lr) : tf.train.adam(lr, 0.9, 0.999, 1e-8);

  /** Contexts idx[from..to) (or from..to when idx is null) as an n × T int32 tensor. */
  const contexts = (
    inputs: Int32Array,
    idx: Int32Array | null,
    from: number,
    to: number,
  ): tf.Tensor2D => {
    const n = to - from;
    const x = new Int32Array(n * T);
    for (let k = 0; k < n; k++) {
      const i = idx ? idx[from + k]! : from + k;
      x.set(inputs.subarray(i * T, i * T + T), k * T);
    }
    return tf.tensor2d(x, [n, T], 'int32');
  };
  /** Their targets, one-hot (n × V). */
  const oneHot = (targets: Int32Array, idx: Int32Array | null, from: number, to: number) => {
    const y = new Int32Array(to - from);
    for (let k = 0; k < y.length; k++) y[k] = targets[idx ? idx[from + k]! : from + k]!;
    return tf.oneHot(tf.tensor1d(y, 'int32'), V) as tf.Tensor2D;
  };
  /** Mean cross-entropy of softmax(logits(x)) against one-hot targets y. */
  const meanCe = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar =>
    tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits(x))), 1))) as tf.Scalar;

  let order = new Int32Array(0);
  let disposed = false;
  const live = (): void => {
    if (disposed) throw new Error(`This ${name} was disposed.`);
  };

  return {
    numParams,
    probabilities(inputs, count) {
      live();
      checkTokens(T, V, inputs, null, count);
      const out = new Float64Array(count * V);
      for (let from = 0; from < count; from += EVAL_CHUNK) {
        const to = Math.min(count, from + EVAL_CHUNK);
        const p = tf.tidy(() => tf.softmax(logits(contexts(inputs, null, from, to))));
        out.set(p.dataSync(), from * V);
        p.dispose();
      }
      return out;
    },
    trainEpoch(inputs, targets, count, batchSize, r) {
      live();
      checkTokens(T, V, inputs, targets, count);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`The batch size must be a whole number from 1, not ${batchSize}.`);
      // The same shuffles from the same generator as createMiniBatcher (classifier.ts).
      if (order.length !== count) order = Int32Array.from({ length: count }, (_, i) => i);
      shuffle(order, r);
      let total = 0;
      for (let from = 0; from < count; from += batchSize) {
        const to = Math.min(count, from + batchSize);
        const loss = tf.tidy(() => {
          const x = contexts(inputs, order, from, to);
          const y = oneHot(targets, order, from, to);
          const { value, grads } = tf.variableGrads(() => meanCe(x, y), vars);
          if (l2 > 0) for (const v of vars) grads[v.name] = tf.add(grads[v.name]!, tf.mul(v, l2));
          optimizer.applyGradients(grads);
          return value;
        });
        total += loss.dataSync()[0]! * (to - from);
        loss.dispose();
      }
      return total / count;
    },
    loss(inputs, targets, count) {
      live();
      checkTokens(T, V, inputs, targets, count);
      let total = 0;
      for (let from = 0; from < count; from += EVAL_CHUNK) {
        const to = Math.min(count, from + EVAL_CHUNK);
        const l = tf.tidy(() =>
          meanCe(contexts(inputs, null, from, to), oneHot(targets, null, from, to)),
        );
        total += l.dataSync()[0]! * (to - from);
        l.dispose();
      }
      return total / count;
    },
    weights() {
      live();
      const w: number[] = [];
      for (const v of vars) for (const x of v.dataSync()) w.push(x);
      return w;
    },
    setWeights(w) {
      live();
      tf.tidy(() => cut(w).forEach((t, i) => vars[i]!.assign(t)));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      optimizer.dispose();
      tf.dispose(vars);
    },
  };
}
