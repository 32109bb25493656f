// The text task's one-layer Transformer in TensorFlow.js: the forward pass against a float64
// reference of the documented layout and equations, probabilities and loss, the gradient against
// finite differences, initial weights, determinism, learning a cycle, weights in and out, refusals.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import { createTextNet, initTfjs, type TextNet } from '../../../../workers/ml/text/textTfjs';
import { createTfjsTransformer } from '../../../../workers/ml/text/transformerTfjs';
import { textNetParamCount } from '../../../../src/experiment/tasks/text/netSize';
import { createRng } from '../../../../workers/sim';
import { expectClose, sgd1 } from '../sequence/rnnTfjsHelpers';

beforeAll(async () => {
  await initTfjs();
});

const adam: OptimizerSpec = { name: 'adam', learningRate: 0.05, l2: 0 };
const spec = (size: number, vocab: number, context: number) =>
  ({ kind: 'transformer', size, vocab, context }) as const;

/** Reads consecutive blocks off a flat parameter list. */
function reader(w: ArrayLike<number>) {
  let at = 0;
  const take = (n: number) => {
    const out = Array.from({ length: n }, (_, i) => w[at + i]!);
    at += n;
    return out;
  };
  return { take, end: () => at };
}

/** Row vector x (length rows) times a rows × cols row-major matrix, plus a bias. */
const affine = (x: number[], m: number[], bias: number[]) =>
  bias.map((b, c) => x.reduce((s, xi, r) => s + xi * m[r * bias.length + c]!, b));
const softmax = (z: number[]) => {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
};
const layerNorm = (z: number[], gain: number[], bias: number[]) => {
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
  return z.map((v, i) => ((v - mean) / Math.sqrt(variance + 1e-5)) * gain[i]! + bias[i]!);
};

/** Next-token probabilities in float64 from the equations and layout of createTfjsTransformer. */
function reference(
  d: number,
  V: number,
  T: number,
  w: ArrayLike<number>,
  inputs: Int32Array,
  count: number,
): Float64Array {
  const r = reader(w);
  const [E, P, g1, c1] = [r.take(V * d), r.take(T * d), r.take(d), r.take(d)];
  const [Wq, bq, Wk, bk, Wv, bv, Wo, bo] = [0, 1, 2, 3].flatMap(() => [r.take(d * d), r.take(d)]);
  const [g2, c2, W1, b1, W2, b2] = [d, d, 2 * d * d, 2 * d, 2 * d * d, d].map(r.take);
  const [Wout, bout] = [r.take(d * V), r.take(V)];
  expect(r.end()).toBe(w.length);
  const out = new Float64Array(count * V);
  for (let k = 0; k < count; k++) {
    const x = Array.from({ length: T }, (_, t) => {
      const tok = inputs[k * T + t]!;
      return Array.from({ length: d }, (_, j) => E[tok * d + j]! + P[t * d + j]!);
    });
    const z = x.map((xt) => layerNorm(xt, g1, c1));
    const q = affine(z[T - 1]!, Wq!, bq!);
    const keys = z.map((zt) => affine(zt, Wk!, bk!));
    const values = z.map((zt) => affine(zt, Wv!, bv!));
    const a = softmax(keys.map((kt) => kt.reduce((s, v, j) => s + v * q[j]!, 0) / Math.sqrt(d)));
    const c = Array.from({ length: d }, (_, j) =>
      values.reduce((s, vt, t) => s + a[t]! * vt[j]!, 0),
    );
    const u = affine(c, Wo!, bo!).map((v, j) => v + x[T - 1]![j]!);
    const hidden = affine(layerNorm(u, g2!, c2!), W1!, b1!).map((v) => Math.max(0, v));
    const y = affine(hidden, W2!, b2!).map((v, j) => v + u[j]!);
    out.set(softmax(affine(y, Wout, bout)), k * V);
  }
  return out;
}

/** The largest gap between two contexts' probabilities of the same next token. */
function contextSpread(p: Float64Array, V: number): number {
  let gap = 0;
  for (let v = 0; v < V; v++) {
    const column = Array.from({ length: p.length / V }, (_, k) => p[k * V + v]!);
    gap = Math.max(gap, Math.max(...column) - Math.min(...column));
  }
  return gap;
}

/** `count` contexts of T tokens and their targets, uniform over the vocabulary. */
function randomTokens(count: number, T: number, V: number, seed: number) {
  const rng = createRng(seed);
  return {
    x: Int32Array.from({ length: count * T }, () => rng.int(V)),
    y: Int32Array.from({ length: count }, () => rng.int(V)),
  };
}

/** A Transformer with weights of all signs and sizes, so every entry and its place matter. */
function scrambled(d: number, V: number, T: number, seed: number): TextNet {
  const net = createTextNet(spec(d, V, T), sgd1, createRng(seed));
  const r = createRng(seed + 100);
  net.setWeights(Array.from({ length: net.numParams }, () => 2 * r.next() - 1));
  return net;
}

describe('createTextNet (Transformer): forward pass and loss', () => {
  for (const d of [2, 3]) {
    it(`matches the float64 reference of the documented layout (V 3, T 3, d ${d}, 1e-5)`, () => {
      const net = scrambled(d, 3, 3, d);
      const { x } = randomTokens(9, 3, 3, 2);
      const w = net.weights();
      const p = net.probabilities(x, 9);
      expectClose(p, reference(d, 3, 3, w, x, 9), 1e-5);
      // The context matters: some token's probability differs by 0.1 between two contexts.
      expect(contextSpread(p, 3)).toBeGreaterThan(0.1);
      expectClose(net.probabilities(x, 4), reference(d, 3, 3, w, x, 4), 1e-5);
      expect(net.probabilities(x, 0)).toHaveLength(0);
      net.dispose();
    });
  }

  it('gives probability rows that sum to 1 and a loss of their mean −log p (1e-5)', () => {
    const net = scrambled(4, 7, 5, 3);
    const { x, y } = randomTokens(30, 5, 7, 4);
    const p = net.probabilities(x, 30);
    let ce = 0;
    for (let k = 0; k < 30; k++) {
      const row = p.subarray(7 * k, 7 * k + 7);
      expect(Math.min(...row)).toBeGreaterThan(0);
      expectClose([row.reduce((a, b) => a + b, 0)], [1], 1e-5);
      ce -= Math.log(row[y[k]!]!);
    }
    expectClose([net.loss(x, y, 30)], [ce / 30], 1e-5);
    net.dispose();
  });

  it('trains along the gradient of loss() that central differences give', () => {
    const { x, y } = randomTokens(12, 3, 3, 5);
    const net = scrambled(2, 3, 3, 6);
    const w0 = net.weights();
    // One full-batch SGD step of rate 1 moves θ by −g; its returned loss is the loss before it.
    const probe = createTextNet(spec(2, 3, 3), sgd1, createRng(0));
    probe.setWeights(w0);
    expectClose([probe.trainEpoch(x, y, 12, 12, createRng(0))], [net.loss(x, y, 12)], 1e-6);
    const grad = w0.map((v, i) => v - probe.weights()[i]!);
    probe.dispose();
    const eps = 1e-2;
    const fd = w0.map((v, i) => {
      const plus = [...w0];
      const minus = [...w0];
      plus[i] = v + eps;
      minus[i] = v - eps;
      net.setWeights(plus);
      const lp = net.loss(x, y, 12);
      net.setWeights(minus);
      const lm = net.loss(x, y, 12);
      return (lp - lm) / (Math.fround(v + eps) - Math.fround(v - eps));
    });
    const scale = Math.max(...fd.map(Math.abs));
    expect(scale).toBeGreaterThan(0.05);
    for (let i = 0; i < fd.length; i++)
      if (!(Math.abs(grad[i]! - fd[i]!) <= 2e-3 * scale))
        throw new Error(`∂/∂θ${i}: ${grad[i]} vs ${fd[i]} (more than 2e-3·max|g| apart)`);
    net.dispose();
  });
});

describe('createTextNet (Transformer): initial weights, determinism, learning', () => {
  it('starts from Glorot matrices, biases 0 and LayerNorm gains 1, in the documented order', () => {
    const [d, V, T] = [6, 10, 4];
    const net = createTextNet(spec(d, V, T), adam, createRng(7));
    const w = net.weights();
    expect(net.numParams).toBe(textNetParamCount('transformer', d, V, T));
    const r = reader(w);
    const glorot = (rows: number, cols: number) => {
      const limit = Math.sqrt(6 / (rows + cols));
      const top = Math.max(...r.take(rows * cols).map(Math.abs));
      expect(top).toBeLessThanOrEqual(limit);
      expect(top).toBeGreaterThan(limit / 2);
    };
    const constant = (n: number, value: number) => expect(r.take(n)).toEqual(Array(n).fill(value));
    glorot(V, d);
    glorot(T, d);
    constant(d, 1);
    constant(d, 0);
    for (let m = 0; m < 4; m++) {
      glorot(d, d);
      constant(d, 0);
    }
    constant(d, 1);
    constant(d, 0);
    glorot(d, 2 * d);
    constant(2 * d, 0);
    glorot(2 * d, d);
    constant(d, 0);
    glorot(d, V);
    constant(V, 0);
    expect(r.end()).toBe(w.length);
    net.dispose();
  });

  it('is deterministic: the same seeds give the same weights and losses; another seed does not', () => {
    const { x, y } = randomTokens(40, 4, 5, 8);
    const run = (seed: number) => {
      const net = createTextNet(spec(3, 5, 4), { ...adam, l2: 0.001 }, createRng(seed));
      const w0 = net.weights();
      const rng = createRng(9);
      const losses = [0, 1, 2].map(() => net.trainEpoch(x, y, 40, 7, rng));
      const out = { w0, losses, w: net.weights() };
      net.dispose();
      return out;
    };
    const a = run(10);
    expect(run(10)).toEqual(a);
    const other = run(11);
    expect(other.w0).not.toEqual(a.w0);
    expect(other.losses).not.toEqual(a.losses);
    expect(a.w).not.toEqual(a.w0);
    expect(a.losses[2]!).toBeLessThan(a.losses[0]!);
  });

  it('learns the cycle 0, 1, 2, 3, 0, … in 30 epochs: cross-entropy below 0.3', () => {
    const T = 3;
    const x = Int32Array.from({ length: 40 * T }, (_, i) => (Math.floor(i / T) + (i % T)) % 4);
    const y = Int32Array.from({ length: 40 }, (_, k) => (k + T) % 4);
    const net = createTextNet(spec(4, 4, T), adam, createRng(12));
    const first = net.trainEpoch(x, y, 40, 8, createRng(13));
    const rng = createRng(14);
    let last = first;
    for (let e = 1; e < 30; e++) last = net.trainEpoch(x, y, 40, 8, rng);
    console.info(`transformer: cycle cross-entropy ${first.toFixed(3)} → ${last.toFixed(3)}`);
    expect(first).toBeGreaterThan(1);
    expect(last).toBeLessThan(0.3);
    expect(net.loss(x, y, 40)).toBeLessThan(0.3);
    net.dispose();
  });

  it('frees every tensor it made once disposed', () => {
    const before = tf.memory().numTensors;
    const { x, y } = randomTokens(20, 3, 4, 15);
    const net = createTextNet(spec(3, 4, 3), adam, createRng(1));
    net.trainEpoch(x, y, 20, 6, createRng(2));
    net.probabilities(x, 20);
    net.loss(x, y, 20);
    net.setWeights(net.weights());
    net.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => net.probabilities(x, 1)).toThrow('This Transformer was disposed.');
  });
});

describe('createTextNet (Transformer): weights in and out, refusals', () => {
  it('gives back the weights it was set to (as float32), and refuses a wrong number of them', () => {
    const net = createTextNet(spec(3, 5, 2), adam, createRng(1));
    const r = createRng(2);
    const w = Array.from({ length: net.numParams }, () => r.normal());
    net.setWeights(w);
    expect(net.weights()).toEqual(w.map(Math.fround));
    expect(() => net.setWeights([...w, 0])).toThrow(
      `The Transformer has ${net.numParams} parameters; ${net.numParams + 1} were given.`,
    );
    expect(net.weights()).toEqual(w.map(Math.fround));
    net.dispose();
  });

  it('refuses tokens outside the vocabulary, bad widths, and a recurrent spec', () => {
    const net = createTextNet(spec(2, 3, 2), adam, createRng(1));
    expect(() => net.probabilities(Int32Array.of(0, 3), 1)).toThrow(
      'Token 3 at input 1 is outside the vocabulary 0–2.',
    );
    expect(() => net.trainEpoch(Int32Array.of(0, 1), Int32Array.of(5), 1, 1, createRng(1))).toThrow(
      'Target 5 of context 0 is outside the vocabulary 0–2.',
    );
    net.dispose();
    expect(() => createTextNet(spec(0, 3, 2), adam, createRng(1))).toThrow(
      "The Transformer's width must be a whole number from 1 to 64, not 0.",
    );
    expect(() => createTextNet(spec(2.5, 3, 2), adam, createRng(1))).toThrow(/not 2\.5\./);
    expect(() =>
      createTfjsTransformer({ kind: 'lstm', size: 2, vocab: 3, context: 2 }, adam, createRng(1)),
    ).toThrow('createTfjsTransformer builds Transformers: use createTextNet for an RNN.');
  });
});
