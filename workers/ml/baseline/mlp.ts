// The classical baseline: a multilayer perceptron (softmax output, cross-entropy) over typed
// arrays, trained with the same optimiser, learning rate, batch size and epochs as the quantum
// model. The "Typed arrays (fast)" engine: at this size TensorFlow.js spends its time
// dispatching ops, while this trains hundreds of epochs a second. The TensorFlow.js engine
// (tfjsMlp.ts) shares its layout and initial weights; both are checked against each other.

import type { Rng } from '../../sim';
import { argmax, createBatcher, paramAccess, type Classifier } from '../classifier';
import { createOptimizer, type OptimizerSpec } from '../optim';
import { mlpParamCount } from './size';

export type Activation = 'tanh' | 'relu' | 'sigmoid';

export interface MlpSpec {
  hidden: number[];
  activation: Activation;
  classes: number;
  /** Features per point (1 … MAX_INPUTS); 2 (the playground's plane) when absent. */
  inputs?: number;
}

/** Largest hidden width the baseline accepts. */
export const MAX_HIDDEN = 256;

/** Most input features the baseline accepts (the benchmark's widest data sets). */
export const MAX_INPUTS = 64;

export interface Mlp extends Classifier {
  /** Layer widths: inputs, hidden…, classes. */
  readonly sizes: readonly number[];
  /**
   * Mean cross-entropy of a batch (x: sizes[0] features per point, row-major) and its gradient
   * (overwrites grad), without updating.
   */
  lossAndGrad(x: Float64Array, y: Int32Array, grad: Float64Array): number;
}

/** Builds a classical MLP; both engines (typed arrays here, TensorFlow.js in tfjsMlp.ts) fit it. */
export type MlpFactory = (spec: MlpSpec, opt: OptimizerSpec, rng: Rng) => Mlp;

/** Layer widths inputs → hidden… → classes, after checking them. Throws a readable Error. */
export function mlpSizes(spec: MlpSpec): number[] {
  const inputs = spec.inputs ?? 2;
  if (!Number.isInteger(inputs) || inputs < 1 || inputs > MAX_INPUTS) {
    throw new Error(`The classical model takes 1 to ${MAX_INPUTS} input features; got ${inputs}.`);
  }
  for (const h of spec.hidden) {
    if (!Number.isInteger(h) || h < 1 || h > MAX_HIDDEN) {
      throw new Error(
        `Each hidden layer of the classical model needs 1 to ${MAX_HIDDEN} units; got ${h}.`,
      );
    }
  }
  return [inputs, ...spec.hidden, spec.classes];
}

/**
 * The flat parameter vector of an MLP with these layer widths: for each layer l, W_l (in × out,
 * row-major: W[i·out + j] joins input i to unit j) then b_l (out). Glorot-uniform weights
 * U(±√(6/(in + out))) drawn from `rng` in that order, zero biases.
 */
export function glorotParams(sizes: readonly number[], rng: Rng): Float64Array {
  const theta = new Float64Array(mlpParamCount(sizes.slice(1, -1), sizes[0]!, sizes.at(-1)!));
  let k = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const fanIn = sizes[l]!;
    const fanOut = sizes[l + 1]!;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let i = 0; i < fanIn * fanOut; i++) theta[k++] = limit * (2 * rng.next() - 1);
    k += fanOut;
  }
  return theta;
}

/** Parameters in the layout of glorotParams, computed over typed arrays in float64. */
export function createMlp(spec: MlpSpec, opt: OptimizerSpec, rng: Rng): Mlp {
  const sizes = mlpSizes(spec);
  const L = sizes.length - 1;
  const theta = glorotParams(sizes, rng);
  const numParams = theta.length;
  const wOff: number[] = [];
  const bOff: number[] = [];
  for (let l = 0, k = 0; l < L; l++) {
    wOff.push(k);
    k += sizes[l]! * sizes[l + 1]!;
    bOff.push(k);
    k += sizes[l + 1]!;
  }
  const act = spec.activation;
  const f = (z: number): number =>
    act === 'tanh' ? Math.tanh(z) : act === 'relu' ? (z > 0 ? z : 0) : 1 / (1 + Math.exp(-z));
  /** Derivative of the activation from its output a. */
  const df = (a: number): number =>
    act === 'tanh' ? 1 - a * a : act === 'relu' ? (a > 0 ? 1 : 0) : a * (1 - a);
  // Activations of every layer for one sample, and the backpropagated deltas.
  const acts = sizes.map((s) => new Float64Array(s));
  const deltas = sizes.map((s) => new Float64Array(s));
  const C = spec.classes;
  /** Features per point: point i of a flat list is x[i·D … i·D + D − 1]. */
  const D = sizes[0]!;

  /** Forward pass of point i of the flat list x; leaves softmax probabilities in acts[L]. */
  const forward = (x: ArrayLike<number>, i: number): void => {
    const input = acts[0]!;
    for (let k = 0; k < D; k++) input[k] = x[i * D + k]!;
    for (let l = 0; l < L; l++) {
      const a = acts[l]!;
      const out = acts[l + 1]!;
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const w = wOff[l]!;
      const b = bOff[l]!;
      for (let j = 0; j < nOut; j++) {
        let z = theta[b + j]!;
        for (let i = 0; i < nIn; i++) z += a[i]! * theta[w + i * nOut + j]!;
        out[j] = l + 1 < L ? f(z) : z;
      }
    }
    const logits = acts[L]!;
    let max = -Infinity;
    for (let c = 0; c < C; c++) max = Math.max(max, logits[c]!);
    let sum = 0;
    for (let c = 0; c < C; c++) sum += logits[c] = Math.exp(logits[c]! - max);
    for (let c = 0; c < C; c++) logits[c] = logits[c]! / sum;
  };

  /** Adds weight·∂CE/∂θ of the last forwarded point with label y. */
  const backward = (y: number, weight: number, grad: Float64Array): void => {
    const top = deltas[L]!;
    for (let c = 0; c < C; c++) top[c] = (acts[L]![c]! - (c === y ? 1 : 0)) * weight;
    for (let l = L - 1; l >= 0; l--) {
      const a = acts[l]!;
      const d = deltas[l + 1]!;
      const nIn = sizes[l]!;
      const nOut = sizes[l + 1]!;
      const w = wOff[l]!;
      const b = bOff[l]!;
      for (let j = 0; j < nOut; j++) grad[b + j] = grad[b + j]! + d[j]!;
      const below = deltas[l]!;
      for (let i = 0; i < nIn; i++) {
        let s = 0;
        for (let j = 0; j < nOut; j++) {
          grad[w + i * nOut + j] = grad[w + i * nOut + j]! + a[i]! * d[j]!;
          s += theta[w + i * nOut + j]! * d[j]!;
        }
        below[i] = l > 0 ? s * df(a[i]!) : s;
      }
    }
  };

  const optimizer = createOptimizer(opt, numParams);
  const grad = new Float64Array(numParams);
  const batches = createBatcher();
  const eps = 1e-12;

  return {
    numParams,
    sizes,
    lossAndGrad(x, y, g) {
      g.fill(0);
      const m = y.length;
      let loss = 0;
      for (let i = 0; i < m; i++) {
        forward(x, i);
        loss -= Math.log(acts[L]![y[i]!]! + eps);
        backward(y[i]!, 1 / m, g);
      }
      return loss / m;
    },
    trainEpoch(data, batchSize, r) {
      return batches(
        data.y.length,
        batchSize,
        r,
        grad,
        (i, w) => {
          forward(data.x, i);
          backward(data.y[i]!, w, grad);
          return -Math.log(acts[L]![data.y[i]!]! + eps);
        },
        () => optimizer.step(theta, grad),
      );
    },
    evaluate(data) {
      const m = data.y.length;
      if (m === 0) return { loss: NaN, accuracy: NaN };
      let loss = 0;
      let correct = 0;
      for (let i = 0; i < m; i++) {
        forward(data.x, i);
        loss -= Math.log(acts[L]![data.y[i]!]! + eps);
        if (argmax(acts[L]!) === data.y[i]) correct++;
      }
      return { loss: loss / m, accuracy: correct / m };
    },
    predict(points, out) {
      for (let i = 0; i < points.length / D; i++) {
        forward(points, i);
        for (let c = 0; c < C; c++) out[i * C + c] = acts[L]![c]!;
      }
    },
    ...paramAccess(theta, 'classical'),
    dispose() {},
  };
}
