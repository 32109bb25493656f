// The benchmark CNN's forward pass and gradient in TensorFlow.js (CPU backend, float32), for the
// layout of cnnModel.ts. Only cnnModel.ts's loader imports it, with import(), so tfjs stays a chunk
// of its own. Every tensor lives inside one tf.tidy: the model between calls is plain typed arrays.
//
// Convolutions are im2col products (tf.matMul with the plan's 0/1 shift matrix, then with the
// kernel) and pooling the maximum of four contiguous slices: the CPU backend's own conv2d and
// maxPool gradients walk tensors element by element and cost ten times as much per step.

import * as tf from '@tensorflow/tfjs-core';
import { initTfjs } from '../baseline/tfjsMlp';
import type { CnnLayout, ConvPlan } from './cnnModel';

/** Selects tfjs's CPU backend (with the MLP's engine: one backend for both). */
export { initTfjs };

export interface CnnNet {
  /** f(x) of each of the rows of x (rows × s², scaled): the logit of P(+1). */
  logits(theta: Float64Array, x: Float64Array, rows: number): Float32Array;
  /**
   * Mean sigmoid cross-entropy of f over rows idx of x (rows × s²) against labels y (±1, read as
   * 1 and 0); adds its gradient with respect to θ to grad.
   */
  lossAndGrad(
    theta: Float64Array,
    x: Float64Array,
    y: Int8Array,
    idx: Int32Array,
    grad: Float64Array,
  ): number;
}

/** The tensors of θ a step uses: conv kernels cut to the plan's offsets, [m, in, out]. */
function paramTensors(layout: CnnLayout, theta: Float64Array): tf.Tensor[] {
  return layout.blocks.map((b, l) => {
    const plan = l === 0 ? layout.convs[0] : l === 2 ? layout.convs[1] : null;
    if (!plan) {
      const shape = b.shape.length === 1 ? [b.size] : [b.shape[0]!, b.size / b.shape[0]!];
      return tf.tensor(Float32Array.from(theta.subarray(b.offset, b.offset + b.size)), shape);
    }
    const per = plan.inChannels * plan.outChannels;
    const values = new Float32Array(plan.offsets.length * per);
    plan.offsets.forEach((o, j) => {
      for (let t = 0; t < per; t++) values[j * per + t] = theta[b.offset + o * per + t]!;
    });
    return tf.tensor3d(values, [plan.offsets.length, plan.inChannels, plan.outChannels]);
  });
}

/** Adds the gradients of paramTensors' tensors (their values) to grad, in θ's layout. */
function addGrads(layout: CnnLayout, values: Float32Array[], grad: Float64Array): void {
  layout.blocks.forEach((b, l) => {
    const g = values[l]!;
    const plan = l === 0 ? layout.convs[0] : l === 2 ? layout.convs[1] : null;
    if (!plan) {
      for (let t = 0; t < b.size; t++) grad[b.offset + t] = grad[b.offset + t]! + g[t]!;
      return;
    }
    // Offsets that reach only padding have gradient 0.
    const per = plan.inChannels * plan.outChannels;
    plan.offsets.forEach((o, j) => {
      for (let t = 0; t < per; t++) {
        const k = b.offset + o * per + t;
        grad[k] = grad[k]! + g[j * per + t]!;
      }
    });
  });
}

/** Convolution, 2 × 2 max-pooling and bias: [g², n·in] → [pooled², n·out] (position-major). */
function convPool(
  plan: ConvPlan,
  h: tf.Tensor2D,
  n: number,
  kernel: tf.Tensor,
  bias: tf.Tensor,
): tf.Tensor2D {
  // prettier-ignore
  const m = plan.offsets.length;
  const P = plan.positions;
  const windows = plan.pooled * plan.pooled;
  const shift = tf.tensor2d(plan.shift, [m * P, plan.grid * plan.grid]);
  // Row (j, p, i) holds the in channels that position p of image i sees through offset j.
  const patches = tf.reshape(tf.matMul(shift, h), [m, P * n, plan.inChannels]);
  const perOffset = tf.matMul(patches as tf.Tensor3D, kernel as tf.Tensor3D);
  const conv = m === 1 ? perOffset : tf.addN(tf.split(perOffset, m, 0));
  // Positions are ordered (corner, window): the four corners of the windows are four slices.
  const [a, b, c, d] = tf.split(tf.reshape(conv, [4, windows * n * plan.outChannels]), 4, 0);
  const pooled = tf.maximum(tf.maximum(a!, b!), tf.maximum(c!, d!));
  // The bias after the pooling: max(u + b, v + b) = max(u, v) + b, on a quarter of the values.
  const out = tf.add(tf.reshape(pooled, [windows * n, plan.outChannels]), bias);
  return tf.reshape(out, [windows, n * plan.outChannels]);
}

/** f of n images given position-major, [s², n]. */
function forward(layout: CnnLayout, p: tf.Tensor[], x: tf.Tensor2D, n: number): tf.Tensor1D {
  const [first, second] = layout.convs;
  let h = convPool(first, x, n, p[0]!, p[1]!);
  h = convPool(second, h, n, p[2]!, p[3]!);
  // Flatten per image in (position, channel) order, as flax's reshape of (h, w, c): the dense
  // kernel's rows r·c2 … r·c2 + c2 − 1 belong to position r.
  const R = second.pooled * second.pooled;
  const c2 = second.outChannels;
  const rows = R === 1 ? [h] : tf.split(h, R, 0);
  const kernels = R === 1 ? [p[4]!] : tf.split(p[4]!, R, 0);
  const terms = rows.map((r, i) => tf.matMul(tf.reshape(r, [n, c2]) as tf.Tensor2D, kernels[i] as tf.Tensor2D)); // prettier-ignore
  const hidden = tf.relu(tf.add(terms.length === 1 ? terms[0]! : tf.addN(terms), p[5]!));
  return tf.reshape(tf.add(tf.matMul(hidden as tf.Tensor2D, p[6] as tf.Tensor2D), p[7]!), [n]);
}

/** Rows `pick(i)` (i < n) of x (rows × d), position-major as the network reads them: [d, n]. */
function imagesTensor(
  x: Float64Array,
  d: number,
  n: number,
  pick: (i: number) => number,
): tf.Tensor2D {
  // prettier-ignore
  const v = new Float32Array(d * n);
  for (let i = 0; i < n; i++) {
    const row = pick(i) * d;
    for (let q = 0; q < d; q++) v[q * n + i] = x[row + q]!;
  }
  return tf.tensor2d(v, [d, n]);
}

/** The study's CNN for this layout, over a flat parameter vector θ in the layout's order. */
export function createCnnNet(layout: CnnLayout): CnnNet {
  const d = layout.spec.side ** 2;
  return {
    logits(theta, x, rows) {
      const f = tf.tidy(() => forward(layout, paramTensors(layout, theta), imagesTensor(x, d, rows, (i) => i), rows)); // prettier-ignore
      const out = f.dataSync() as Float32Array;
      f.dispose();
      return out;
    },
    lossAndGrad(theta, x, y, idx, grad) {
      const n = idx.length;
      return tf.tidy(() => {
        const images = imagesTensor(x, d, n, (i) => idx[i]!);
        const labels = tf.tensor1d(Float32Array.from(idx, (i) => (y[i]! > 0 ? 1 : 0)));
        // Mean of softplus(f) − y·f, the sigmoid cross-entropy, as optax computes it.
        const loss = (...p: tf.Tensor[]): tf.Scalar => {
          const f = forward(layout, p, images, n);
          return tf.mean(tf.sub(tf.softplus(f), tf.mul(labels, f)));
        };
        const { value, grads } = tf.valueAndGrads(loss)(paramTensors(layout, theta));
        addGrads(
          layout,
          grads.map((g) => g.dataSync() as Float32Array),
          grad,
        );
        return value.dataSync()[0]!;
      });
    },
  };
}
