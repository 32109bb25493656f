// The classical baseline in TensorFlow.js (CPU backend, float32): the same network, flat parameter
// layout, initial weights, batch order, loss and optimiser as the typed-array MLP (mlp.ts). The
// only module that imports tfjs; engines.ts loads it with import(), so it is a chunk of its own.

import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients (the tfjs package does this for its users).
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type { Rng } from '../../sim';
import { argmax, shuffle } from '../classifier';
import type { OptimizerSpec } from '../optim';
import { glorotParams, mlpSizes, type Mlp, type MlpSpec } from './mlp';

/** Selects the CPU backend (the one this chunk registers); call once before creating models. */
export async function initTfjs(): Promise<void> {
  // Production mode: no development-only checks or warnings on every op.
  tf.env().set('PROD', true);
  if (!(await tf.setBackend('cpu'))) throw new Error('the CPU backend did not start');
  await tf.ready();
}

/** Same added to log p as in mlp.ts, so a confident wrong answer costs the same in both engines. */
const EPS = 1e-12;

/**
 * An MLP over tf.Variables W_l (in × out) and b_l (out), initialised from glorotParams(sizes, rng)
 * exactly as createMlp is. Gradients by tfjs autodiff; L2 adds λ·θ to them as our optimisers do;
 * Adam with β = (0.9, 0.999) and ε = 1e-8 as in optim.ts.
 */
export function createTfjsMlp(spec: MlpSpec, opt: OptimizerSpec, rng: Rng): Mlp {
  const sizes = mlpSizes(spec);
  const theta = glorotParams(sizes, rng);
  const numParams = theta.length;
  const C = spec.classes;
  /** Features per point: point i of a flat list is x[i·D … i·D + D − 1]. */
  const D = sizes[0]!;
  const shapes: number[][] = [];
  for (let l = 0; l + 1 < sizes.length; l++)
    shapes.push([sizes[l]!, sizes[l + 1]!], [sizes[l + 1]!]);
  /** A flat parameter list cut into float32 tensors, one per variable (W_0, b_0, W_1, …). */
  const cut = (p: ArrayLike<number>): tf.Tensor[] => {
    if (p.length !== numParams)
      throw new Error(`The classical model has ${numParams} parameters; ${p.length} were given.`);
    let k = 0;
    return shapes.map((shape) => {
      const n = shape.reduce((a, b) => a * b, 1);
      const values = new Float32Array(n);
      for (let j = 0; j < n; j++) values[j] = p[k + j]!;
      k += n;
      return tf.tensor(values, shape, 'float32');
    });
  };
  const initial = cut(theta);
  const vars = initial.map((t) => tf.variable(t, true));
  tf.dispose(initial);
  const { learningRate: lr, l2 } = opt;
  const optimizer: tf.Optimizer =
    opt.name === 'sgd' ? tf.train.sgd(lr) : tf.train.adam(lr, 0.9, 0.999, 1e-8);

  const act = (h: tf.Tensor): tf.Tensor =>
    spec.activation === 'tanh'
      ? tf.tanh(h)
      : spec.activation === 'relu'
        ? tf.relu(h)
        : tf.sigmoid(h);
  const logits = (x: tf.Tensor2D): tf.Tensor2D => {
    let h: tf.Tensor2D = x;
    for (let l = 0; l < vars.length; l += 2) {
      h = tf.add(tf.matMul(h, vars[l] as tf.Tensor2D), vars[l + 1]!);
      if (l + 2 < vars.length) h = act(h) as tf.Tensor2D;
    }
    return h;
  };
  /** Mean cross-entropy of softmax(logits(x)) against one-hot labels y. */
  const meanCe = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar =>
    tf.neg(tf.mean(tf.sum(tf.mul(y, tf.logSoftmax(logits(x))), 1))) as tf.Scalar;

  /** Points `idx[from..to)` of a flat list (D per point) and their one-hot labels, as tensors. */
  const batch = (
    x: ArrayLike<number>,
    y: ArrayLike<number>,
    idx: ArrayLike<number> | null,
    from: number,
    to: number,
  ): [tf.Tensor2D, tf.Tensor2D] => {
    const n = to - from;
    const bx = new Float32Array(D * n);
    const by = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const i = idx ? idx[from + k]! : from + k;
      for (let j = 0; j < D; j++) bx[D * k + j] = x[D * i + j]!;
      by[k] = y[i]!;
    }
    return [tf.tensor2d(bx, [n, D]), tf.oneHot(tf.tensor1d(by, 'int32'), C) as tf.Tensor2D];
  };

  /** Class probabilities of every point of a flat list (D per point), read from the backend. */
  const probabilities = (points: ArrayLike<number>): Float32Array => {
    const m = Math.floor(points.length / D);
    const x = new Float32Array(D * m);
    for (let i = 0; i < D * m; i++) x[i] = points[i]!;
    const p = tf.tidy(() => tf.softmax(logits(tf.tensor2d(x, [m, D]))));
    const values = p.dataSync() as Float32Array;
    p.dispose();
    return values;
  };

  let order = new Int32Array(0);
  let disposed = false;
  const live = (): void => {
    if (disposed) throw new Error('This classical model was disposed.');
  };

  return {
    numParams,
    sizes,
    lossAndGrad(x, y, grad) {
      live();
      const out = tf.tidy(() => {
        const [bx, by] = batch(x, y, null, 0, y.length);
        const { value, grads } = tf.variableGrads(() => meanCe(bx, by), vars);
        return [value, ...vars.map((v) => grads[v.name]!)];
      });
      let k = 0;
      for (const g of out.slice(1)) {
        grad.set(g.dataSync(), k);
        k += g.size;
      }
      const loss = out[0]!.dataSync()[0]!;
      tf.dispose(out);
      return loss;
    },
    trainEpoch(data, batchSize, r) {
      live();
      const m = data.y.length;
      // The same shuffles from the same generator as createBatcher, so both engines see the
      // same batches in the same order.
      if (order.length !== m) order = Int32Array.from({ length: m }, (_, i) => i);
      shuffle(order, r);
      let total = 0;
      for (let start = 0; start < m; start += batchSize) {
        const end = Math.min(m, start + batchSize);
        const loss = tf.tidy(() => {
          const [bx, by] = batch(data.x, data.y, order, start, end);
          const { value, grads } = tf.variableGrads(() => meanCe(bx, by), vars);
          if (l2 > 0) for (const v of vars) grads[v.name] = tf.add(grads[v.name]!, tf.mul(v, l2));
          optimizer.applyGradients(grads);
          return value;
        });
        total += loss.dataSync()[0]! * (end - start);
        loss.dispose();
      }
      return total / Math.max(1, m);
    },
    evaluate(data) {
      live();
      const m = data.y.length;
      if (m === 0) return { loss: NaN, accuracy: NaN };
      const p = probabilities(data.x);
      let loss = 0;
      let correct = 0;
      for (let i = 0; i < m; i++) {
        const y = data.y[i]!;
        loss -= Math.log(p[i * C + y]! + EPS);
        if (argmax(p, i * C, C) === y) correct++;
      }
      return { loss: loss / m, accuracy: correct / m };
    },
    predict(points, out) {
      live();
      out.set(probabilities(points));
    },
    getParams() {
      live();
      const p = new Float64Array(numParams);
      let k = 0;
      for (const v of vars) {
        p.set(v.dataSync(), k);
        k += v.size;
      }
      return p;
    },
    setParams(p) {
      live();
      tf.tidy(() => cut(p).forEach((t, i) => vars[i]!.assign(t)));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      optimizer.dispose();
      tf.dispose(vars);
    },
  };
}
