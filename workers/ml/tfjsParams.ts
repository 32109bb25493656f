// What every tfjs baseline of the sequence and text tasks is underneath: tf.Variables cut from one
// flat parameter list (weights in and out, float32), drawn from a seeded generator, trained by SGD
// or Adam with L2 in mini-batch epochs over an order shuffled as the quantum models' batcher does.

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients (the tfjs package does this for its users).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Rng } from '../sim';
import { shuffle } from './classifier';
import type { OptimizerSpec } from './optim';

/** "3 were given", "1 was given": the end of a message refusing a count. */
export const given = (n: number): string => `${n} ${n === 1 ? 'was' : 'were'} given`;

/** One variable of a net: its shape and how its initial values are drawn. */
export interface ParamBlock {
  shape: number[];
  /**
   * Constant 0 or 1; uniform in ±limit from the rng (row-major); or, for an h × G·h matrix,
   * 'orthogonal': each h × h block of columns an orthogonal matrix (drawn block by block).
   */
  init: 0 | 1 | { limit: number } | 'orthogonal';
}

/** Glorot (Xavier) uniform limit √(6 / (fanIn + fanOut)). */
export const glorotLimit = (fanIn: number, fanOut: number): number =>
  Math.sqrt(6 / (fanIn + fanOut));

/** A fanIn × fanOut matrix drawn Glorot-uniform. */
export const glorotBlock = (fanIn: number, fanOut: number): ParamBlock => ({
  shape: [fanIn, fanOut],
  init: { limit: glorotLimit(fanIn, fanOut) },
});

/** n constant entries (a bias 0, a gain 1). */
export const constBlock = (n: number, value: 0 | 1): ParamBlock => ({ shape: [n], init: value });

/** Entries of a tensor of this shape. */
export const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

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

/** The flat initial parameters of these blocks, drawn from rng in block order. */
export function initialWeights(blocks: readonly ParamBlock[], rng: Rng): Float64Array {
  const theta = new Float64Array(blocks.reduce((n, b) => n + sizeOf(b.shape), 0));
  let k = 0;
  for (const { shape, init } of blocks) {
    const n = sizeOf(shape);
    if (typeof init === 'number') {
      theta.fill(init, k, k + n);
    } else if (init === 'orthogonal') {
      const [h, cols] = shape as [number, number];
      for (let col = 0; col < cols; col += h) orthogonal(theta, k, cols, col, h, rng);
    } else {
      for (let i = 0; i < n; i++) theta[k + i] = init.limit * (2 * rng.next() - 1);
    }
    k += n;
  }
  return theta;
}

/** What a baseline built on flat parameters offers whatever it predicts. */
export interface FlatWeights {
  /** Trainable parameters: the length of weights(). */
  readonly numParams: number;
  /** The flat parameters, in the order documented on the net's factory. */
  weights(): number[];
  /** Sets the flat parameters (float32); throws a readable Error if their number is wrong. */
  setWeights(w: ArrayLike<number>): void;
  /** Frees the variables and the optimiser's state; the model is unusable afterwards. */
  dispose(): void;
}

/**
 * A baseline trained on items (windows of values, or contexts of token ids; inputs[k·T + t] is
 * item k's entry t, oldest first) and one target each.
 */
export interface TrainableNet<Data extends Float64Array | Int32Array> extends FlatWeights {
  /**
   * One epoch over items [0, count) in mini-batches, in an order shuffled by rng exactly as the
   * quantum models' batcher does (`shuffle` from classifier.ts over an order kept between epochs);
   * returns the mean loss per item as trained (the batch losses weighted by their sizes).
   */
  trainEpoch(inputs: Data, targets: Data, count: number, batchSize: number, rng: Rng): number;
}

/**
 * Rows idx[from..to) (rows from..to when idx is null) of a row-major matrix of `width` columns,
 * as an n × width tensor: int32 for token ids, float32 for values.
 */
export function batchRows(
  data: Float64Array | Int32Array,
  width: number,
  idx: Int32Array | null,
  from: number,
  to: number,
): tf.Tensor2D {
  const n = to - from;
  const ids = data instanceof Int32Array;
  const x = ids ? new Int32Array(n * width) : new Float32Array(n * width);
  for (let k = 0; k < n; k++) {
    const i = idx ? idx[from + k]! : from + k;
    x.set(data.subarray(i * width, i * width + width), k * width);
  }
  return tf.tensor2d(x, [n, width], ids ? 'int32' : 'float32');
}

/**
 * One mini-batch, windows or contexts order[from..to): builds its data and returns the function
 * whose mean loss over it is differentiated (called inside a tf.tidy).
 */
export type BatchLoss = (order: Int32Array, from: number, to: number) => () => tf.Scalar;

/** A model's variables and optimiser, with its flat weights and its training epoch. */
export interface TfjsParams extends FlatWeights {
  /** One tf.Variable per shape, in order. */
  readonly vars: readonly tf.Variable[];
  /** Throws "This <model> was disposed." once dispose() has run. */
  live(): void;
  /**
   * One epoch over items [0, count) in batches of batchSize, after `shuffle` (classifier.ts) of an
   * order kept between epochs, as createMiniBatcher does; each batch one optimiser step on its loss
   * plus L2. Returns the mean loss per item as trained (batch losses weighted by their sizes).
   */
  trainEpoch(count: number, batchSize: number, rng: Rng, batch: BatchLoss): number;
}

/** What the model is called in messages: "The <params> has N parameters", "This <model> was disposed". */
export interface ModelNames {
  params: string;
  model: string;
}

/**
 * Variables of these shapes holding `initial` (flat, in shape order, rounded to float32), and SGD
 * or Adam (β = (0.9, 0.999), ε = 1e-8) on them; L2 adds λ·θ to every gradient, as optim.ts does.
 */
export function createTfjsParams(
  names: ModelNames,
  shapes: readonly (readonly number[])[],
  initial: ArrayLike<number>,
  opt: OptimizerSpec,
): TfjsParams {
  const numParams = shapes.reduce((n, s) => n + sizeOf(s), 0);

  /** A flat parameter list cut into float32 tensors, one per variable. */
  const cut = (p: ArrayLike<number>): tf.Tensor[] => {
    if (p.length !== numParams)
      throw new Error(`The ${names.params} has ${numParams} parameters; ${given(p.length)}.`);
    let k = 0;
    return shapes.map((shape) => {
      const n = sizeOf(shape);
      const values = new Float32Array(n);
      for (let j = 0; j < n; j++) values[j] = p[k + j]!;
      k += n;
      return tf.tensor(values, [...shape], 'float32');
    });
  };
  const start = cut(initial);
  const vars = start.map((t) => tf.variable(t, true));
  tf.dispose(start);
  const { learningRate: lr, l2 } = opt;
  const optimizer: tf.Optimizer =
    opt.name === 'sgd' ? tf.train.sgd(lr) : tf.train.adam(lr, 0.9, 0.999, 1e-8);

  let order = new Int32Array(0);
  let disposed = false;
  const live = (): void => {
    if (disposed) throw new Error(`This ${names.model} was disposed.`);
  };

  return {
    numParams,
    vars,
    live,
    trainEpoch(count, batchSize, rng, batch) {
      if (!Number.isInteger(batchSize) || batchSize < 1)
        throw new Error(`The batch size must be a whole number from 1, not ${batchSize}.`);
      // The same shuffles from the same generator as createMiniBatcher (classifier.ts).
      if (order.length !== count) order = Int32Array.from({ length: count }, (_, i) => i);
      shuffle(order, rng);
      let total = 0;
      for (let from = 0; from < count; from += batchSize) {
        const to = Math.min(count, from + batchSize);
        const loss = tf.tidy(() => {
          const { value, grads } = tf.variableGrads(batch(order, from, to), vars);
          if (l2 > 0) for (const v of vars) grads[v.name] = tf.add(grads[v.name]!, tf.mul(v, l2));
          optimizer.applyGradients(grads);
          return value;
        });
        total += loss.dataSync()[0]! * (to - from);
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
