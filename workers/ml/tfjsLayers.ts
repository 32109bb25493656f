// The layers the sequence and text tasks' tfjs baselines are made of, whatever their inputs are
// (values or tokens): a simple RNN or LSTM cell run over a window, and a one-layer, one-head,
// pre-LayerNorm Transformer block read at the last position. Written with tfjs-core ops.

import * as tf from '@tensorflow/tfjs-core';
import { constBlock, glorotBlock, type ParamBlock } from './tfjsParams';

/** N values of type T, as a tuple (so destructuring the variables needs no checks). */
type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N
  ? R
  : Tuple<T, N, [...R, T]>;

/**
 * A simple RNN, h_t = tanh(x_t·Wx + h_{t−1}·Wh + b), or an LSTM (i, f, o = σ(·), g = tanh(·) of
 * x_t·Wx + h_{t−1}·Wh + b in blocks of h columns in the order i, f, g, o; c_t = f⊙c_{t−1} + i⊙g;
 * h_t = o⊙tanh(c_t)), from h_0 = c_0 = 0 over T steps, then out = h_T·Wo + bo; over the variables
 * [Wx, Wh, b, Wo, bo]. Maps n items (n × T, oldest first) to n × outputs: float32 values x_t
 * (Wx is 1 × G·h), or int32 token ids whose one-hot is x_t (so x_t·Wx is row x_t of Wx).
 */
export function recurrentNet(
  vars: readonly tf.Tensor[],
  T: number,
  lstm: boolean,
): (items: tf.Tensor2D) => tf.Tensor2D {
  const [Wx, Wh, b, Wo, bo] = vars as Tuple<tf.Tensor2D, 5>;
  return (items) => {
    const n = items.shape[0];
    // Time-major (row t·n + k is item k's step t): the input terms of all steps are one product
    // or lookup, split into T blocks of n rows.
    const steps = tf.transpose(items);
    const xw: tf.Tensor2D =
      items.dtype === 'int32'
        ? tf.add(tf.gather(Wx, tf.reshape(steps, [T * n])), b)
        : tf.add(tf.matMul(tf.reshape(steps, [T * n, 1]), Wx), b);
    const z = tf.split(xw, T, 0) as tf.Tensor2D[];
    let hs: tf.Tensor2D | null = null;
    let cs: tf.Tensor2D | null = null;
    for (let t = 0; t < T; t++) {
      const zt: tf.Tensor2D = hs ? tf.add(z[t]!, tf.matMul(hs, Wh)) : z[t]!;
      if (!lstm) {
        hs = tf.tanh(zt);
        continue;
      }
      const [zi, zf, zg, zo] = tf.split(zt, 4, 1) as Tuple<tf.Tensor2D, 4>;
      const ig = tf.mul<tf.Tensor2D>(tf.sigmoid(zi), tf.tanh(zg));
      cs = cs ? tf.add<tf.Tensor2D>(tf.mul(tf.sigmoid(zf), cs), ig) : ig;
      hs = tf.mul<tf.Tensor2D>(tf.sigmoid(zo), tf.tanh(cs));
    }
    return tf.add(tf.matMul(hs!, Wo), bo);
  };
}

/** Added to the variance in LayerNorm (PyTorch's default). */
export const LAYER_NORM_EPS = 1e-5;

/** Rows of z (n × d) layer-normalised, then scaled by gain and shifted by bias. */
function layerNorm(z: tf.Tensor, gain: tf.Tensor, bias: tf.Tensor): tf.Tensor {
  const { mean, variance } = tf.moments(z, 1, true);
  const normed = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, LAYER_NORM_EPS)));
  return tf.add(tf.mul(normed, gain), bias);
}

/** Variables of transformerBlocks, in order. */
export const TRANSFORMER_VARS = 17;

/**
 * The position embedding and the Transformer block of width d over T positions, as flat
 * parameters (every matrix row-major, in × out): P (T × d), gain1 (d), bias1 (d), Wq (d × d), bq (d),
 * Wk, bk, Wv, bv, Wo, bo (likewise), gain2 (d), bias2 (d), W1 (d × 2d), b1 (2d), W2 (2d × d),
 * b2 (d): 8d² + (T + 9)·d values. Initial weights drawn in that order: every matrix Glorot uniform
 * of its shape (P with fan-in T, fan-out d), biases 0, gains 1.
 */
export function transformerBlocks(d: number, T: number): ParamBlock[] {
  return [
    glorotBlock(T, d),
    constBlock(d, 1),
    constBlock(d, 0),
    ...[0, 1, 2, 3].flatMap(() => [glorotBlock(d, d), constBlock(d, 0)]),
    constBlock(d, 1),
    constBlock(d, 0),
    glorotBlock(d, 2 * d),
    constBlock(2 * d, 0),
    glorotBlock(2 * d, d),
    constBlock(d, 0),
  ];
}

/**
 * The block over the variables of transformerBlocks (TRANSFORMER_VARS of them): maps the inputs'
 * embeddings e (n × T × d, context k's position t at [k, t]) to y (n × d), every vector a row:
 *
 *   x_t = e_t + P[t],  z_t = LN1(x_t)                (t = 1 … T)
 *   q = z_T·Wq + bq,  k_t = z_t·Wk + bk,  v_t = z_t·Wv + bv
 *   a = softmax_t(q·k_t / √d),  c = Σ_t a_t v_t
 *   u = x_T + c·Wo + bo
 *   y = u + relu(LN2(u)·W1 + b1)·W2 + b2
 *
 * where LN(z) = (z − mean z) / √(var z + 1e-5) ⊙ gain + bias (biased variance over the d entries).
 * Pre-LayerNorm, not post-LayerNorm (Vaswani et al.'s LN(x + sublayer(x))): at the small widths
 * that match a quantum model's size, post-LN squashes the whole state through a LayerNorm, which
 * for d = 2 is a sign (every output ±(1, −1)·gain + bias); pre-LN keeps the residual stream
 * x_T → y raw. No final LayerNorm: one layer needs none.
 * Only the last position predicts, so only its query is computed: in one layer this equals full
 * (or causal) self-attention read at the last position, as the other positions' outputs are never
 * used.
 */
export function transformerLast(
  vars: readonly tf.Tensor[],
  d: number,
  T: number,
): (e: tf.Tensor3D) => tf.Tensor2D {
  const [P, g1, c1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, g2, c2, W1, b1, W2, b2] = vars as Tuple<
    tf.Tensor,
    typeof TRANSFORMER_VARS
  >;
  const scale = 1 / Math.sqrt(d);
  return (e) => {
    const n = e.shape[0];
    // Embedded x and normalised z: n·T rows of width d, row k·T + t for context k's position t.
    const x = tf.add(e, P);
    const z = layerNorm(tf.reshape(x, [n * T, d]), g1, c1);
    const lastOf = (m: tf.Tensor) => tf.reshape(tf.slice(m, [0, T - 1, 0], [n, 1, d]), [n, d]);
    const q = tf.add(tf.matMul(lastOf(tf.reshape(z, [n, T, d])), Wq), bq);
    const k = tf.reshape(tf.add(tf.matMul(z, Wk), bk), [n, T, d]);
    const v = tf.reshape(tf.add(tf.matMul(z, Wv), bv), [n, T, d]);
    // Scores n × T: each context's last query against its T keys.
    const scores = tf.mul(tf.sum(tf.mul(k, tf.expandDims(q, 1)), 2), scale);
    const a = tf.softmax(scores);
    const c = tf.sum(tf.mul(v, tf.expandDims(a, 2)), 1);
    const u = tf.add(lastOf(x), tf.add(tf.matMul(c, Wo), bo));
    const hidden = tf.relu(tf.add(tf.matMul(layerNorm(u, g2, c2), W1), b1));
    return tf.add<tf.Tensor2D>(u, tf.add(tf.matMul(hidden, W2), b2));
  };
}
