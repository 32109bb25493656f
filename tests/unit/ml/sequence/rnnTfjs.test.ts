// The sequence task's recurrent baselines in TensorFlow.js: forward passes against hand
// computations and a float64 reference of the documented layout, gradients against finite
// differences, SGD, L2 and Adam steps against optim.ts, the initial weights, learning a sine,
// determinism, the weights' round trip, and no tensor left behind.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOptimizer, type OptimizerSpec } from '../../../../workers/ml/optim';
import { rnnParamCount } from '../../../../src/experiment/tasks/sequence/rnnSize';
import {
  createTfjsRnn,
  initTfjs,
  type RnnSpec,
  type SequenceNet,
} from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';
import type { SequenceBaselineKind } from '../../../../src/experiment/tasks/sequence/types';

beforeAll(async () => {
  await initTfjs();
});

const CELLS = ['rnn', 'lstm'] as const;
const sgd1: OptimizerSpec = { name: 'sgd', learningRate: 1, l2: 0 };
const sig = (z: number): number => 1 / (1 + Math.exp(-z));

/** |a − b| ≤ tol·(1 + |b|) entry by entry, naming the first entry that is not. */
function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!);
    if (!(gap <= tol * (1 + Math.abs(b[i]!))))
      throw new Error(`entry ${i}: ${a[i]} vs ${b[i]} (gap ${gap} > ${tol}·(1 + |b|))`);
  }
}

/**
 * ŷ of each window in float64, straight from the layout documented on SequenceNet: Wx (1 × G·h),
 * Wh (h × G·h row-major), b (G·h), Wo (h), bo; LSTM gate blocks i, f, g, o.
 */
function reference(
  cell: SequenceBaselineKind,
  h: number,
  T: number,
  w: ArrayLike<number>,
  inputs: ArrayLike<number>,
  count: number,
): Float64Array {
  const G = cell === 'lstm' ? 4 : 1;
  const whAt = G * h;
  const bAt = whAt + h * G * h;
  const woAt = bAt + G * h;
  const boAt = woAt + h;
  expect(boAt + 1).toBe(w.length);
  const out = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let hs = new Float64Array(h);
    const cs = new Float64Array(h);
    for (let t = 0; t < T; t++) {
      const x = inputs[k * T + t]!;
      const z = new Float64Array(G * h);
      for (let c = 0; c < G * h; c++) {
        z[c] = x * w[c]! + w[bAt + c]!;
        for (let j = 0; j < h; j++) z[c] = z[c]! + hs[j]! * w[whAt + j * G * h + c]!;
      }
      const next = new Float64Array(h);
      for (let j = 0; j < h; j++) {
        if (G === 1) {
          next[j] = Math.tanh(z[j]!);
        } else {
          cs[j] = sig(z[h + j]!) * cs[j]! + sig(z[j]!) * Math.tanh(z[2 * h + j]!);
          next[j] = sig(z[3 * h + j]!) * Math.tanh(cs[j]!);
        }
      }
      hs = next;
    }
    let y = w[boAt]!;
    for (let j = 0; j < h; j++) y += hs[j]! * w[woAt + j]!;
    out[k] = y;
  }
  return out;
}

/** `count` windows of `window` values and their targets, uniform in [−1, 1], exact in float32. */
function randomData(count: number, window: number, seed: number) {
  const rng = createRng(seed);
  const draw = () => Math.fround(2 * rng.next() - 1);
  return {
    x: Float64Array.from({ length: count * window }, draw),
    y: Float64Array.from({ length: count }, draw),
  };
}

/** Mean squared error of the net's forecasts (its float32 outputs, summed in float64). */
function mse(net: SequenceNet, x: Float64Array, y: Float64Array, count: number): number {
  const p = net.predict(x, count);
  let s = 0;
  for (let k = 0; k < count; k++) s += (p[k]! - y[k]!) ** 2;
  return s / count;
}

/** The gradient at the net's weights, read off one full-batch SGD step of rate 1: θ − θ'. */
function sgdGradient(spec: RnnSpec, w: readonly number[], x: Float64Array, y: Float64Array) {
  const count = y.length;
  const probe = createTfjsRnn(spec, sgd1, createRng(0));
  probe.setWeights(w);
  const loss = probe.trainEpoch(x, y, count, count, createRng(0));
  const after = probe.weights();
  probe.dispose();
  return { loss, grad: w.map((v, i) => v - after[i]!) };
}

describe('createTfjsRnn: forward pass', () => {
  it('computes a hidden-1 simple RNN as by hand (1e-6)', () => {
    const net = createTfjsRnn({ cell: 'rnn', hidden: 1, window: 3 }, sgd1, createRng(1));
    const [wx, wh, b, wo, bo] = [0.7, -0.4, 0.1, 1.3, -0.2].map(Math.fround) as number[];
    net.setWeights([wx!, wh!, b!, wo!, bo!]);
    const x = Float64Array.of(0.5, -1, 0.25, 1, 0, -0.5);
    const hand = [0, 1].map((k) => {
      const h1 = Math.tanh(x[3 * k]! * wx! + b!);
      const h2 = Math.tanh(x[3 * k + 1]! * wx! + h1 * wh! + b!);
      const h3 = Math.tanh(x[3 * k + 2]! * wx! + h2 * wh! + b!);
      return h3 * wo! + bo!;
    });
    expectClose(net.predict(x, 2), hand, 1e-6);
    expect(Math.abs(hand[0]! - hand[1]!)).toBeGreaterThan(0.1);
    net.dispose();
  });

  it('computes a hidden-1 LSTM as by hand, gates in the order i, f, g, o (1e-6)', () => {
    const net = createTfjsRnn({ cell: 'lstm', hidden: 1, window: 3 }, sgd1, createRng(1));
    const Wx = [0.5, -0.3, 0.8, 0.2].map(Math.fround);
    const Wh = [0.1, 0.4, -0.6, 0.9].map(Math.fround);
    const B = [0.05, 1, -0.1, 0.3].map(Math.fround);
    const [wo, bo] = [1.5, 0.1].map(Math.fround) as [number, number];
    net.setWeights([...Wx, ...Wh, ...B, wo, bo]);
    const x = Float64Array.of(-1, -0.8, -0.9, 1, 0.8, 0.9);
    const hand = [0, 1].map((k) => {
      let h = 0;
      let c = 0;
      for (let t = 0; t < 3; t++) {
        const v = x[3 * k + t]!;
        const i = sig(v * Wx[0]! + h * Wh[0]! + B[0]!);
        const f = sig(v * Wx[1]! + h * Wh[1]! + B[1]!);
        const g = Math.tanh(v * Wx[2]! + h * Wh[2]! + B[2]!);
        const o = sig(v * Wx[3]! + h * Wh[3]! + B[3]!);
        c = f * c + i * g;
        h = o * Math.tanh(c);
      }
      return h * wo + bo;
    });
    expectClose(net.predict(x, 2), hand, 1e-6);
    expect(Math.abs(hand[0]! - hand[1]!)).toBeGreaterThan(0.1);
    net.dispose();
  });

  for (const cell of CELLS) {
    it(`matches the float64 reference of the documented layout (${cell}, hidden 3, 1e-5)`, () => {
      const spec = { cell, hidden: 3, window: 5 };
      const net = createTfjsRnn(spec, sgd1, createRng(2));
      // Weights of all signs and sizes, so every entry and its place matter.
      const r = createRng(3);
      net.setWeights(Array.from({ length: net.numParams }, () => 1.6 * r.next() - 0.8));
      const { x } = randomData(7, 5, 4);
      const w = net.weights();
      expectClose(net.predict(x, 7), reference(cell, 3, 5, w, x, 7), 1e-5);
      // Fewer windows than the inputs hold: the first ones only; none gives none.
      expectClose(net.predict(x, 2), reference(cell, 3, 5, w, x, 2), 1e-5);
      expect(net.predict(x, 0)).toHaveLength(0);
      net.dispose();
    });
  }

  it('refuses too few inputs and sizes out of range with readable messages', () => {
    const net = createTfjsRnn({ cell: 'rnn', hidden: 2, window: 4 }, sgd1, createRng(1));
    expect(() => net.predict(new Float64Array(7), 2)).toThrow(
      '2 windows of 4 values need 8 inputs; 7 were given.',
    );
    expect(() =>
      net.trainEpoch(new Float64Array(8), new Float64Array(1), 2, 4, createRng(1)),
    ).toThrow('2 windows need 2 targets; 1 was given.');
    expect(() =>
      net.trainEpoch(new Float64Array(8), new Float64Array(2), 2, 0, createRng(1)),
    ).toThrow('The batch size must be a whole number from 1, not 0.');
    net.dispose();
    expect(() => createTfjsRnn({ cell: 'lstm', hidden: 0, window: 4 }, sgd1, createRng(1))).toThrow(
      "The recurrent model's hidden size must be a whole number from 1 to 64, not 0.",
    );
    expect(() => createTfjsRnn({ cell: 'rnn', hidden: 65, window: 4 }, sgd1, createRng(1))).toThrow(
      /from 1 to 64, not 65\./,
    );
    expect(() => createTfjsRnn({ cell: 'rnn', hidden: 4, window: 0 }, sgd1, createRng(1))).toThrow(
      /window must be a whole number of values from 1, not 0\./,
    );
  });
});

describe('createTfjsRnn: gradients and optimiser steps', () => {
  for (const cell of CELLS) {
    it(`takes the gradient of the MSE that central differences of predict give (${cell})`, () => {
      const spec = { cell, hidden: 3, window: 4 };
      const count = 12;
      const { x, y } = randomData(count, 4, 5);
      const net = createTfjsRnn(spec, sgd1, createRng(6));
      const w0 = net.weights();
      const { loss, grad } = sgdGradient(spec, w0, x, y);
      // The loss returned is the MSE before the step.
      expectClose([loss], [mse(net, x, y, count)], 1e-6);
      const eps = 1e-2;
      const fd = w0.map((v, i) => {
        const plus = [...w0];
        const minus = [...w0];
        plus[i] = v + eps;
        minus[i] = v - eps;
        net.setWeights(plus);
        const lp = mse(net, x, y, count);
        net.setWeights(minus);
        const lm = mse(net, x, y, count);
        // The step actually taken in float32.
        return (lp - lm) / (Math.fround(v + eps) - Math.fround(v - eps));
      });
      const scale = Math.max(...fd.map(Math.abs));
      expect(scale).toBeGreaterThan(0.05);
      let worst = 0;
      for (let i = 0; i < fd.length; i++) {
        const err = Math.abs(grad[i]! - fd[i]!) / scale;
        worst = Math.max(worst, err);
        if (!(err <= 1e-3))
          throw new Error(`∂/∂θ${i}: ${grad[i]} vs ${fd[i]} (error ${err}·max|g| > 1e-3)`);
      }
      console.info(
        `${cell}: gradient vs central differences, worst error ${worst.toExponential(1)}·max|g|`,
      );
      net.dispose();
    });
  }

  it('adds λ·θ to the gradient when l2 > 0 (one SGD step: θ − lr·(g + λθ))', () => {
    const spec = { cell: 'lstm', hidden: 2, window: 3 } as const;
    const { x, y } = randomData(9, 3, 7);
    const net = createTfjsRnn(spec, { name: 'sgd', learningRate: 0.5, l2: 0.3 }, createRng(8));
    const w0 = net.weights();
    const { grad } = sgdGradient(spec, w0, x, y);
    net.trainEpoch(x, y, 9, 9, createRng(1));
    expectClose(
      net.weights(),
      w0.map((v, i) => v - 0.5 * (grad[i]! + 0.3 * v)),
      1e-6,
    );
    net.dispose();
  });

  for (const cell of CELLS) {
    it(`steps as optim.ts's Adam does, with L2 (${cell}, 8 full-batch steps, 2e-6)`, () => {
      const spec = { cell, hidden: 3, window: 4 };
      const { x, y } = randomData(10, 4, 9);
      const adam: OptimizerSpec = { name: 'adam', learningRate: 0.05, l2: 0.01 };
      const net = createTfjsRnn(spec, adam, createRng(10));
      const theta = Float64Array.from(net.weights());
      const ours = createOptimizer(adam, theta.length);
      const start = Array.from(theta);
      let worst = 0;
      for (let s = 0; s < 8; s++) {
        const { grad } = sgdGradient(spec, Array.from(theta), x, y);
        ours.step(theta, Float64Array.from(grad));
        net.trainEpoch(x, y, 10, 10, createRng(s));
        const w = net.weights();
        for (let i = 0; i < w.length; i++) worst = Math.max(worst, Math.abs(w[i]! - theta[i]!));
        expectClose(w, theta, 2e-6);
        // Both go on from the float32 weights, so float32's rounding does not pile up over steps.
        theta.set(w);
      }
      // Adam moves each parameter by up to its rate per step: far more than the float32 gap.
      const moved = Math.max(...start.map((v, i) => Math.abs(v - theta[i]!)));
      console.info(
        `${cell}: Adam against optim.ts, worst gap ${worst.toExponential(1)} over moves up to ${moved.toFixed(2)}`,
      );
      expect(moved).toBeGreaterThan(0.2);
      net.dispose();
    });
  }
});

describe('createTfjsRnn: initial weights and determinism', () => {
  for (const cell of CELLS) {
    it(`starts from Glorot input and output weights, orthogonal recurrent blocks, biases 0 (${cell})`, () => {
      const h = 6;
      const G = cell === 'lstm' ? 4 : 1;
      const net = createTfjsRnn({ cell, hidden: h, window: 4 }, sgd1, createRng(11));
      const w = net.weights();
      const wx = w.slice(0, G * h);
      const wh = w.slice(G * h, G * h + h * G * h);
      const b = w.slice(G * h + h * G * h, 2 * G * h + h * G * h);
      const wo = w.slice(2 * G * h + h * G * h, -1);
      expect(wo).toHaveLength(h);
      const inX = Math.sqrt(6 / (1 + G * h));
      const inO = Math.sqrt(6 / (h + 1));
      expect(Math.max(...wx.map(Math.abs))).toBeLessThanOrEqual(inX);
      expect(Math.max(...wx.map(Math.abs))).toBeGreaterThan(inX / 2);
      expect(Math.max(...wo.map(Math.abs))).toBeLessThanOrEqual(inO);
      expect(Math.max(...wo.map(Math.abs))).toBeGreaterThan(inO / 4);
      // Each gate's h × h block of Wh has orthonormal columns: QᵀQ = I (float32).
      for (let g = 0; g < G; g++)
        for (let p = 0; p < h; p++)
          for (let q = 0; q < h; q++) {
            let dot = 0;
            for (let r = 0; r < h; r++)
              dot += wh[r * G * h + g * h + p]! * wh[r * G * h + g * h + q]!;
            expect(dot).toBeCloseTo(p === q ? 1 : 0, 6);
          }
      // Biases 0, but the LSTM's forget gate (the second block) 1; the output bias 0.
      expect(b).toEqual(
        Array.from({ length: G * h }, (_, i) => (G === 4 && i >= h && i < 2 * h ? 1 : 0)),
      );
      expect(w.at(-1)).toBe(0);
      net.dispose();
    });
  }

  it('is deterministic: the same seeds give the same weights, losses and forecasts', () => {
    const { x, y } = randomData(40, 5, 12);
    const run = (seed: number) => {
      const net = createTfjsRnn(
        { cell: 'lstm', hidden: 4, window: 5 },
        { name: 'adam', learningRate: 0.02, l2: 0.001 },
        createRng(seed),
      );
      const rng = createRng(13);
      const out: unknown[] = [net.weights()];
      for (let e = 0; e < 3; e++) out.push(net.trainEpoch(x, y, 40, 7, rng));
      out.push(Array.from(net.predict(x, 40)), net.weights(), rng.next());
      net.dispose();
      return out;
    };
    const a = run(1);
    expect(run(1)).toEqual(a);
    const b = run(2);
    expect(b[0]).not.toEqual(a[0]);
    expect(b[1]).not.toEqual(a[1]);
  });

  it('draws its batch order as the quantum model’s batcher does (shuffle, order kept across epochs)', () => {
    // Batches of one: an SGD epoch visits the windows in the batcher's order, so the weights after
    // it depend on that order; replaying the same order one window per epoch gives the same weights.
    const spec = { cell: 'rnn', hidden: 2, window: 3 } as const;
    const { x, y } = randomData(6, 3, 14);
    const opt: OptimizerSpec = { name: 'sgd', learningRate: 0.3, l2: 0 };
    const a = createTfjsRnn(spec, opt, createRng(15));
    const b = createTfjsRnn(spec, opt, createRng(15));
    const ra = createRng(16);
    a.trainEpoch(x, y, 6, 1, ra);
    a.trainEpoch(x, y, 6, 1, ra);
    // The order: Fisher–Yates of 0 … 5 from the same generator, then again over that order.
    const rb = createRng(16);
    const order = [0, 1, 2, 3, 4, 5];
    for (let e = 0; e < 2; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = rb.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const k of order)
        b.trainEpoch(x.slice(3 * k, 3 * k + 3), y.slice(k, k + 1), 1, 1, createRng(0));
    }
    expect(a.weights()).toEqual(b.weights());
    expect(ra.next()).toBe(rb.next());
    a.dispose();
    b.dispose();
  });
});

describe('createTfjsRnn: learning a sine', () => {
  /** sin(2π t/20), min–max scaled to [−1, 1]: windows of 6, horizon 1, 200 train and 80 test. */
  const W = 6;
  const len = 286;
  const raw = Array.from({ length: len }, (_, t) => Math.sin((2 * Math.PI * t) / 20));
  const lo = Math.min(...raw);
  const hi = Math.max(...raw);
  const series = raw.map((v) => (2 * (v - lo)) / (hi - lo) - 1);
  const count = len - W;
  const x = new Float64Array(count * W);
  const y = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    for (let t = 0; t < W; t++) x[k * W + t] = series[k + t]!;
    y[k] = series[k + W]!;
  }
  const nTrain = 200;
  const test = { x: x.subarray(nTrain * W), y: y.subarray(nTrain), n: count - nTrain };

  for (const [cell, epochs, lr] of [
    ['rnn', 20, 0.01],
    ['lstm', 20, 0.01],
  ] as const) {
    it(`${cell}, hidden 8: test MSE below 0.01 after ${epochs} epochs (Adam ${lr}, batch 16)`, () => {
      const net = createTfjsRnn(
        { cell, hidden: 8, window: W },
        { name: 'adam', learningRate: lr, l2: 0 },
        createRng(1),
      );
      const rng = createRng(2);
      const before = mse(net, test.x, test.y, test.n);
      const times: number[] = [];
      let trainLoss = NaN;
      for (let e = 0; e < epochs; e++) {
        const t0 = performance.now();
        trainLoss = net.trainEpoch(x, y, nTrain, 16, rng);
        times.push(performance.now() - t0);
      }
      const after = mse(net, test.x, test.y, test.n);
      const warm = times.slice(5).sort((a, b) => a - b);
      console.info(
        `${cell} [8] on the sine: test MSE ${before.toExponential(2)} → ${after.toExponential(2)} ` +
          `after ${epochs} epochs (last train loss ${trainLoss.toExponential(2)}); ` +
          `epoch of 200 windows: median ${warm[warm.length >> 1]!.toFixed(1)} ms, fastest ${warm[0]!.toFixed(1)} ms`,
      );
      expect(before).toBeGreaterThan(0.05);
      expect(after).toBeLessThan(0.01);
      net.dispose();
    });
  }
});

describe('createTfjsRnn: weights and memory', () => {
  for (const cell of CELLS) {
    it(`sets and returns its weights (float32), and refuses a wrong number of them (${cell})`, () => {
      const net = createTfjsRnn({ cell, hidden: 2, window: 3 }, sgd1, createRng(1));
      const n = rnnParamCount(cell, 2);
      const w = Array.from({ length: n }, (_, i) => 0.1 * i - 0.7 + 1e-9);
      net.setWeights(w);
      expect(net.weights()).toEqual(w.map(Math.fround));
      const other = createTfjsRnn({ cell, hidden: 2, window: 3 }, sgd1, createRng(2));
      other.setWeights(net.weights());
      const { x } = randomData(4, 3, 1);
      expect(Array.from(other.predict(x, 4))).toEqual(Array.from(net.predict(x, 4)));
      const name = cell === 'lstm' ? 'The LSTM' : 'The recurrent network';
      expect(() => net.setWeights([1, 2, 3])).toThrow(`${name} has ${n} parameters; 3 were given.`);
      expect(() => net.setWeights(new Float64Array(n + 1))).toThrow(`; ${n + 1} were given.`);
      // A refused list changes nothing.
      expect(net.weights()).toEqual(w.map(Math.fround));
      net.dispose();
      other.dispose();
    });
  }

  for (const cell of CELLS) {
    it(`keeps the number of tensors fixed across epochs and frees them all on dispose (${cell})`, () => {
      const before = tf.memory().numTensors;
      const { x, y } = randomData(30, 4, 2);
      const net = createTfjsRnn(
        { cell, hidden: 3, window: 4 },
        { name: 'adam', learningRate: 0.05, l2: 0.01 },
        createRng(1),
      );
      // Five variables and Adam's two powers β₁ᵗ, β₂ᵗ; the first step adds Adam's moments, and
      // nothing may grow after that.
      expect(tf.memory().numTensors).toBe(before + 5 + 2);
      const rng = createRng(3);
      net.trainEpoch(x, y, 30, 8, rng);
      const settled = tf.memory().numTensors;
      for (let e = 0; e < 5; e++) {
        net.trainEpoch(x, y, 30, 8, rng);
        net.predict(x, 30);
        net.setWeights(net.weights());
        expect(tf.memory().numTensors).toBe(settled);
      }
      expect(() => net.setWeights([0])).toThrow(/parameters/);
      expect(tf.memory().numTensors).toBe(settled);
      net.dispose();
      expect(tf.memory().numTensors).toBe(before);
      expect(() => net.predict(x, 1)).toThrow('This recurrent model was disposed.');
      expect(() => net.trainEpoch(x, y, 30, 8, rng)).toThrow(/disposed/);
      net.dispose(); // twice is harmless
    });
  }
});
