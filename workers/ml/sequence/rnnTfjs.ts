// The sequence task's classical baselines in TensorFlow.js (CPU backend, float32): a simple
// recurrent network and an LSTM of one layer that read a window of past values, one per step, and
// forecast one value linearly from the last hidden state. Cells written with tfjs-core ops (no
// tfjs-layers); loss MSE; gradients by tfjs autodiff; SGD or Adam as optim.ts, L2 as tfjsMlp.ts.
// The only sequence module that imports tfjs: its loader imports it with import(), so it is a
// chunk of its own.

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients (the tfjs package does this for its users).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { SequenceBaselineKind } from '../../../src/experiment/tasks/sequence/types';
import type { Rng } from '../../sim';
import { initTfjs } from '../baseline/tfjsMlp';
import { shuffle } from '../classifier';
import type { OptimizerSpec } from '../optim';
import { RNN_HIDDEN_MAX, rnnParamCount } from '../../../src/experiment/tasks/sequence/rnnSize';

/**
 * Selects tfjs's CPU backend in production mode; call once before creating models. The MLP
 * engine's own function: one place sets up the one backend all tfjs models share, and a bundler
 * puts each module in one chunk only, so the MLP's small module is shared, not copied.
 */
export { initTfjs };

/** What the recurrent baseline is: its cell, hidden units, and values read per forecast. */
export interface RnnSpec {
  cell: SequenceBaselineKind;
  hidden: number;
  window: number;
}

/**
 * A recurrent forecaster. Its flat parameters (weights(), setWeights()) are, with G = 1 (RNN) or
 * 4 (LSTM, gate blocks of h columns in the order input i, forget f, candidate g, output o):
 * Wx (1 × G·h), Wh (h × G·h, row-major: Wh[j·G·h + c] takes unit j of h_{t−1} to column c),
 * b (G·h), Wo (h), bo (1).
 */
export interface SequenceNet {
  /** rnnParamCount(cell, hidden). */
  readonly numParams: number;
  /** ŷ for windows [0, count): inputs[k·window + t] is window k's value t (oldest first). */
  predict(inputs: Float64Array, count: number): Float64Array;
  /**
   * One epoch over windows [0, count) in mini-batches, in an order shuffled by rng exactly as the
   * quantum model's batcher does (`shuffle` from classifier.ts over an order kept between
   * epochs); returns the mean squared error per window as trained (the batch losses weighted by
   * their sizes, as createMiniBatcher's mean).
   */
  trainEpoch(
    inputs: Float64Array,
    targets: Float64Array,
    count: number,
    batchSize: number,
    rng: Rng,
  ): number;
  /** The flat parameters, in the order documented on SequenceNet. */
  weights(): number[];
  /** Sets the flat parameters (float32); throws a readable Error if their number is wrong. */
  setWeights(w: ArrayLike<number>): void;
  /** Frees the variables and the optimiser's state; the model is unusable afterwards. */
  dispose(): void;
}

/** "3 were given", "1 was given": the end of a message refusing a count. */
const given = (n: number): string => `${n} ${n === 1 ? 'was' : 'were'} given`;

/** Glorot (Xavier) uniform entries of a fanIn × fanOut matrix, row-major, from rng. */
function glorot(out: Float64Array, at: number, fanIn: number, fanOut: number, rng: Rng): void {
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  for (let i = 0; i < fanIn * fanOut; i++) out[at + i] = limit * (2 * rng.next() - 1);
}

/**
 * An orthogonal h × h matrix (Saxe et al. 2014, Keras's default recurrent initialiser): the
 * Gram–Schmidt orthonormalisation of the columns of a matrix of standard normal draws (row-major
 * draws), which is Haar-distributed. Written into the columns [col, col + h) of a matrix of
 * `stride` columns at `at`.
 */
function orthogonal(
  out: Float64Array,
  at: number,
  stride: number,
  col: number,
  h: number,
  rng: Rng,
): void {
  const a = new Float64Array(h * h);
  for (let i = 0; i < h * h; i++) a[i] = rng.normal();
  for (let c = 0; c < h; c++) {
    // Twice against the earlier columns (re-orthogonalisation keeps float64 at 1e-15).
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < c; p++) {
        let dot = 0;
        for (let r = 0; r < h; r++) dot += a[r * h + p]! * a[r * h + c]!;
        for (let r = 0; r < h; r++) a[r * h + c] = a[r * h + c]! - dot * a[r * h + p]!;
      }
    }
    let norm = 0;
    for (let r = 0; r < h; r++) norm += a[r * h + c]! ** 2;
    norm = Math.sqrt(norm);
    // Normal draws are linearly dependent with probability 0.
    for (let r = 0; r < h; r++) a[r * h + c] = a[r * h + c]! / norm;
  }
  for (let r = 0; r < h; r++)
    for (let c = 0; c < h; c++) out[at + r * stride + col + c] = a[r * h + c]!;
}

/**
 * Initial parameters in the layout of SequenceNet, drawn in this order: Wx Glorot uniform over
 * its whole shape (fan-in 1, fan-out G·h, as Keras does for the LSTM's stacked kernel), then each
 * gate block of Wh orthogonal (i, f, g, o), then Wo Glorot uniform (fan-in h, fan-out 1). Biases
 * 0, but the LSTM's forget-gate bias 1 (Jozefowicz et al. 2015).
 */
function initialWeights(cell: SequenceBaselineKind, h: number, rng: Rng): Float64Array {
  const G = cell === 'lstm' ? 4 : 1;
  const theta = new Float64Array(rnnParamCount(cell, h));
  glorot(theta, 0, 1, G * h, rng);
  const whAt = G * h;
  for (let g = 0; g < G; g++) orthogonal(theta, whAt, G * h, g * h, h, rng);
  const bAt = whAt + h * G * h;
  if (cell === 'lstm') theta.fill(1, bAt + h, bAt + 2 * h);
  glorot(theta, bAt + G * h, h, 1, rng);
  return theta;
}

/**
 * A simple RNN, h_t = tanh(x_t·Wx + h_{t−1}·Wh + b), or an LSTM (i, f, o = σ(·), g = tanh(·) of
 * x_t·Wx + h_{t−1}·Wh + b in blocks; c_t = f⊙c_{t−1} + i⊙g; h_t = o⊙tanh(c_t)), from
 * h_0 = c_0 = 0 over the window, then ŷ = h_T·Wo + bo. Weights from initialWeights(rng), so the
 * same seed gives the same model; training on the same generator gives the same steps.
 */
export function createTfjsRnn(spec: RnnSpec, opt: OptimizerSpec, rng: Rng): SequenceNet {
  const { cell, hidden: h, window: T } = spec;
  if (!Number.isInteger(h) || h < 1 || h > RNN_HIDDEN_MAX)
    throw new Error(
      `The recurrent model's hidden size must be a whole number from 1 to ${RNN_HIDDEN_MAX}, not ${h}.`,
    );
  if (!Number.isInteger(T) || T < 1)
    throw new Error(
      `The recurrent model's window must be a whole number of values from 1, not ${T}.`,
    );
  const lstm = cell === 'lstm';
  const G = lstm ? 4 : 1;
  const numParams = rnnParamCount(cell, h);
  const shapes: number[][] = [[1, G * h], [h, G * h], [G * h], [h, 1], [1]];

  /** A flat parameter list cut into float32 tensors, one per variable (Wx, Wh, b, Wo, bo). */
  const cut = (p: ArrayLike<number>): tf.Tensor[] => {
    if (p.length !== numParams)
      throw new Error(
        `The ${lstm ? 'LSTM' : 'recurrent network'} has ${numParams} parameters; ${given(p.length)}.`,
      );
    let k = 0;
    return shapes.map((shape) => {
      const n = shape.reduce((a, b) => a * b, 1);
      const values = new Float32Array(n);
      for (let j = 0; j < n; j++) values[j] = p[k + j]!;
      k += n;
      return tf.tensor(values, shape, 'float32');
    });
  };
  const initial = cut(initialWeights(cell, h, rng));
  const vars = initial.map((t) => tf.variable(t, true));
  tf.dispose(initial);
  const [Wx, Wh, b, Wo, bo] = vars as [
    tf.Variable<tf.Rank.R2>,
    tf.Variable<tf.Rank.R2>,
    tf.Variable<tf.Rank.R1>,
    tf.Variable<tf.Rank.R2>,
    tf.Variable<tf.Rank.R1>,
  ];
  const { learningRate: lr, l2 } = opt;
  const optimizer: tf.Optimizer =
    opt.name === 'sgd' ? tf.train.sgd(lr) : tf.train.adam(lr, 0.9, 0.999, 1e-8);

  /**
   * ŷ (n × 1) of n windows given time-major (x[t·n + k] is window k's value t, shape T·n × 1):
   * the input terms x_t·Wx + b of all steps are one product, split into T blocks of n rows.
   */
  const forward = (x: tf.Tensor2D): tf.Tensor2D => {
    const xw = tf.split(tf.add(tf.matMul(x, Wx), b), T, 0) as tf.Tensor2D[];
    let hs: tf.Tensor2D | null = null;
    let cs: tf.Tensor2D | null = null;
    for (let t = 0; t < T; t++) {
      const z: tf.Tensor2D = hs ? tf.add(xw[t]!, tf.matMul(hs, Wh)) : xw[t]!;
      if (!lstm) {
        hs = tf.tanh(z);
        continue;
      }
      const [zi, zf, zg, zo] = tf.split(z, 4, 1) as [
        tf.Tensor2D,
        tf.Tensor2D,
        tf.Tensor2D,
        tf.Tensor2D,
      ];
      const ig = tf.mul<tf.Tensor2D>(tf.sigmoid(zi), tf.tanh(zg));
      cs = cs ? tf.add<tf.Tensor2D>(tf.mul(tf.sigmoid(zf), cs), ig) : ig;
      hs = tf.mul<tf.Tensor2D>(tf.sigmoid(zo), tf.tanh(cs));
    }
    return tf.add(tf.matMul(hs!, Wo), bo);
  };

  /** Windows idx[from..to) (or from..to when idx is null) as a time-major T·n × 1 tensor. */
  const windows = (
    inputs: Float64Array,
    idx: Int32Array | null,
    from: number,
    to: number,
  ): tf.Tensor2D => {
    const n = to - from;
    const x = new Float32Array(T * n);
    for (let k = 0; k < n; k++) {
      const i = idx ? idx[from + k]! : from + k;
      for (let t = 0; t < T; t++) x[t * n + k] = inputs[i * T + t]!;
    }
    return tf.tensor2d(x, [T * n, 1]);
  };
  const checkCount = (inputs: Float64Array, count: number): void => {
    if (!Number.isInteger(count) || count < 0 || inputs.length < count * T)
      throw new Error(
        `${count} windows of ${T} values need ${count * T} inputs; ${given(inputs.length)}.`,
      );
  };

  let order = new Int32Array(0);
  let disposed = false;
  const live = (): void => {
    if (disposed) throw new Error('This recurrent model was disposed.');
  };

  return {
    numParams,
    predict(inputs, count) {
      live();
      checkCount(inputs, count);
      if (count === 0) return new Float64Array(0);
      const y = tf.tidy(() => forward(windows(inputs, null, 0, count)));
      const out = Float64Array.from(y.dataSync());
      y.dispose();
      return out;
    },
    trainEpoch(inputs, targets, count, batchSize, r) {
      live();
      checkCount(inputs, count);
      if (targets.length < count)
        throw new Error(`${count} windows need ${count} targets; ${given(targets.length)}.`);
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`The batch size must be a whole number from 1, not ${batchSize}.`);
      // The same shuffles from the same generator as createMiniBatcher (classifier.ts).
      if (order.length !== count) order = Int32Array.from({ length: count }, (_, i) => i);
      shuffle(order, r);
      let total = 0;
      for (let start = 0; start < count; start += batchSize) {
        const end = Math.min(count, start + batchSize);
        const n = end - start;
        const loss = tf.tidy(() => {
          const x = windows(inputs, order, start, end);
          const yv = new Float32Array(n);
          for (let k = 0; k < n; k++) yv[k] = targets[order[start + k]!]!;
          const y = tf.tensor2d(yv, [n, 1]);
          const { value, grads } = tf.variableGrads(
            () => tf.mean(tf.squaredDifference(forward(x), y)) as tf.Scalar,
            vars,
          );
          if (l2 > 0) for (const v of vars) grads[v.name] = tf.add(grads[v.name]!, tf.mul(v, l2));
          optimizer.applyGradients(grads);
          return value;
        });
        total += loss.dataSync()[0]! * n;
        loss.dispose();
      }
      return total / Math.max(1, count);
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
