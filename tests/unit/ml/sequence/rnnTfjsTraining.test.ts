// The sequence task's classical baselines in TensorFlow.js, as trained models: the recurrent
// cells' initial weights, determinism and batch order, learning a sine, the weights' round trip,
// and no tensor left behind (RNN, LSTM and, where the test is the same, the Transformer).
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import { rnnParamCount } from '../../../../src/experiment/tasks/sequence/rnnSize';
import { createTfjsRnn, initTfjs } from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';
import { sgd1 } from '../tfjsHelpers';
import { CELLS, KINDS, mse, randomData } from './rnnTfjsHelpers';
import { sineWindows } from './sineWindows';

beforeAll(async () => {
  await initTfjs();
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

  for (const cell of ['lstm', 'transformer'] as const) {
    it(`is deterministic: the same seeds give the same weights, losses and forecasts (${cell})`, () => {
      const { x, y } = randomData(40, 5, 12);
      const run = (seed: number) => {
        const net = createTfjsRnn(
          { cell, hidden: 4, window: 5 },
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
  }

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
  const count = 280;
  const { x, y } = sineWindows(W, count);
  const nTrain = 200;
  const test = { x: x.subarray(nTrain * W), y: y.subarray(nTrain), n: count - nTrain };
  /** The test MSE of persistence, ŷ = the window's last value: about 0.049. */
  let persistence = 0;
  for (let k = 0; k < test.n; k++) persistence += (test.y[k]! - test.x[k * W + W - 1]!) ** 2;
  persistence /= test.n;

  for (const [cell, epochs, lr] of [
    ['rnn', 20, 0.01],
    ['lstm', 20, 0.01],
    ['transformer', 12, 0.01],
  ] as const) {
    it(`${cell}, hidden 8: test MSE below 0.01 and a twentieth of persistence's after ${epochs} epochs (Adam ${lr}, batch 16)`, () => {
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
      expect(after).toBeLessThan(persistence / 20);
      net.dispose();
    });
  }
});

describe('createTfjsRnn: weights and memory', () => {
  for (const cell of KINDS) {
    it(`sets and returns its weights (float32), and refuses a wrong number of them (${cell})`, () => {
      const net = createTfjsRnn({ cell, hidden: 2, window: 3 }, sgd1, createRng(1));
      const n = rnnParamCount(cell, 2, 3);
      const w = Array.from({ length: n }, (_, i) => 0.1 * i - 0.7 + 1e-9);
      net.setWeights(w);
      expect(net.weights()).toEqual(w.map(Math.fround));
      const other = createTfjsRnn({ cell, hidden: 2, window: 3 }, sgd1, createRng(2));
      other.setWeights(net.weights());
      const { x } = randomData(4, 3, 1);
      expect(Array.from(other.predict(x, 4))).toEqual(Array.from(net.predict(x, 4)));
      const name = { rnn: 'The recurrent network', lstm: 'The LSTM', transformer: 'The Transformer' }[cell]; // prettier-ignore
      expect(() => net.setWeights([1, 2, 3])).toThrow(`${name} has ${n} parameters; 3 were given.`);
      expect(() => net.setWeights(new Float64Array(n + 1))).toThrow(`; ${n + 1} were given.`);
      // A refused list changes nothing.
      expect(net.weights()).toEqual(w.map(Math.fround));
      net.dispose();
      other.dispose();
    });
  }

  for (const cell of KINDS) {
    it(`keeps the number of tensors fixed across epochs and frees them all on dispose (${cell})`, () => {
      const before = tf.memory().numTensors;
      const { x, y } = randomData(30, 4, 2);
      const net = createTfjsRnn(
        { cell, hidden: 3, window: 4 },
        { name: 'adam', learningRate: 0.05, l2: 0.01 },
        createRng(1),
      );
      // Five variables (21 for the Transformer) and Adam's two powers β₁ᵗ, β₂ᵗ; the first step
      // adds Adam's moments, and nothing may grow after that.
      expect(tf.memory().numTensors).toBe(before + (cell === 'transformer' ? 21 : 5) + 2);
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
      expect(() => net.predict(x, 1)).toThrow(
        `This ${cell === 'transformer' ? 'Transformer' : 'recurrent model'} was disposed.`,
      );
      expect(() => net.trainEpoch(x, y, 30, 8, rng)).toThrow(/disposed/);
      net.dispose(); // twice is harmless
    });
  }
});
