// The text task's classical attention baseline in TensorFlow.js (CPU backend, float32): a
// Transformer of one layer and one head, pre-LayerNorm (as GPT-2), that predicts the next token
// from the last position of the context. Built by createTextNet (textTfjs.ts).

import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../sim';
import type { OptimizerSpec } from '../optim';
import {
  checkTextSpec,
  glorotBlock,
  initialWeights,
  tfjsTextNet,
  type ParamBlock,
  type TextNet,
  type TextNetSpec,
} from './tfjsText';

/** Added to the variance in LayerNorm (PyTorch's default). */
export const LAYER_NORM_EPS = 1e-5;

/** N values of type T, as a tuple (so destructuring the variables needs no checks). */
type Tuple<T, N extends number, R extends T[] = []> = R['length'] extends N
  ? R
  : Tuple<T, N, [...R, T]>;

/**
 * The Transformer, for n contexts of T tokens, width d, vocabulary V (every vector a row):
 *
 *   x_t = E[token_t] + P[t],  z_t = LN1(x_t)                (t = 1 … T)
 *   q = z_T·Wq + bq,  k_t = z_t·Wk + bk,  v_t = z_t·Wv + bv
 *   a = softmax_t(q·k_t / √d),  c = Σ_t a_t v_t
 *   u = x_T + c·Wo + bo
 *   y = u + relu(LN2(u)·W1 + b1)·W2 + b2
 *   logits = y·Wout + bout
 *
 * where LN(z) = (z − mean z) / √(var z + 1e-5) ⊙ gain + bias (biased variance over the d entries).
 * Pre-LayerNorm, not post-LayerNorm (Vaswani et al.'s LN(x + sublayer(x))): at the small widths
 * that match a quantum model's size, post-LN squashes the whole state through a LayerNorm, which
 * for d = 2 is a sign (every output ±(1, −1)·gain + bias); pre-LN keeps the residual stream
 * x_T → y raw. No final LayerNorm: one layer needs none, and the brief's count has two.
 * Only the last position predicts, so only its query is computed: in one layer this equals full
 * (or causal) self-attention read at the last position, as the other positions' outputs are never
 * used.
 *
 * Flat parameters, every matrix row-major (in × out): E (V × d), P (T × d), gain1 (d), bias1 (d),
 * Wq (d × d), bq (d), Wk, bk, Wv, bv, Wo, bo (likewise), gain2 (d), bias2 (d), W1 (d × 2d),
 * b1 (2d), W2 (2d × d), b2 (d), Wout (d × V), bout (V): textNetParamCount's
 * 8d² + (2V + T + 11)·d + V.
 *
 * Initial weights drawn in that order: every matrix Glorot uniform of its shape (E with fan-in V,
 * fan-out d; P with T, d), biases 0, gains 1.
 */
export function createTfjsTransformer(spec: TextNetSpec, opt: OptimizerSpec, rng: Rng): TextNet {
  checkTextSpec(spec);
  if (spec.kind !== 'transformer')
    throw new Error('createTfjsTransformer builds Transformers: use createTextNet for an RNN.');
  const { size: d, vocab: V, context: T } = spec;
  const zeros = (n: number): ParamBlock => ({ shape: [n], init: 0 });
  const ones = (n: number): ParamBlock => ({ shape: [n], init: 1 });
  const blocks: ParamBlock[] = [
    glorotBlock(V, d),
    glorotBlock(T, d),
    ones(d),
    zeros(d),
    ...[0, 1, 2, 3].flatMap(() => [glorotBlock(d, d), zeros(d)]),
    ones(d),
    zeros(d),
    glorotBlock(d, 2 * d),
    zeros(2 * d),
    glorotBlock(2 * d, d),
    zeros(d),
    glorotBlock(d, V),
    zeros(V),
  ];
  const theta = initialWeights(blocks, rng);

  return tfjsTextNet(spec, opt, blocks, theta, (vars) => {
    const [E, P, g1, c1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, g2, c2, W1, b1, W2, b2, Wout, bout] =
      vars as readonly tf.Tensor[] as Tuple<tf.Tensor, 20>;
    /** Rows of z (n × d) layer-normalised, then scaled by gain and shifted by bias. */
    const layerNorm = (z: tf.Tensor, gain: tf.Tensor, bias: tf.Tensor): tf.Tensor => {
      const { mean, variance } = tf.moments(z, 1, true);
      const normed = tf.div(tf.sub(z, mean), tf.sqrt(tf.add(variance, LAYER_NORM_EPS)));
      return tf.add(tf.mul(normed, gain), bias);
    };
    const scale = 1 / Math.sqrt(d);
    return (tokens) => {
      const n = tokens.shape[0];
      // Embedded x and normalised z: n·T rows of width d, row k·T + t for context k's position t.
      const x = tf.add(tf.gather(E, tokens), P);
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
      const y = tf.add(u, tf.add(tf.matMul(hidden, W2), b2));
      return tf.add<tf.Tensor2D>(tf.matMul(y, Wout), bout);
    };
  });
}
