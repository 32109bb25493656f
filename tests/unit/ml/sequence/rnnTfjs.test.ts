// The sequence task's classical baselines in TensorFlow.js, the maths: forward passes against hand
// computations and a float64 reference of the documented layouts (RNN, LSTM, Transformer),
// gradients against finite differences, SGD, L2 and Adam steps against optim.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOptimizer, type OptimizerSpec } from '../../../../workers/ml/optim';
import { createTfjsRnn, initTfjs } from '../../../../workers/ml/sequence/rnnTfjs';
import { createRng } from '../../../../workers/sim';
import { centralDifferences, expectClose, expectGradient, sgd1 } from '../tfjsHelpers';
import { sig } from '../tfjsReference';
import { KINDS, mse, randomData, reference, sgdGradient } from './rnnTfjsHelpers';

beforeAll(async () => {
  await initTfjs();
});

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

  for (const cell of KINDS) {
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
  for (const cell of KINDS) {
    it(`takes the gradient of the MSE that central differences of predict give (${cell})`, () => {
      const spec = { cell, hidden: 3, window: 4 };
      const count = 12;
      const { x, y } = randomData(count, 4, 5);
      const net = createTfjsRnn(spec, sgd1, createRng(6));
      const w0 = net.weights();
      const { loss, grad } = sgdGradient(spec, w0, x, y);
      // The loss returned is the MSE before the step.
      expectClose([loss], [mse(net, x, y, count)], 1e-6);
      const fd = centralDifferences(net, w0, () => mse(net, x, y, count));
      // The Transformer's LayerNorms and ReLU curve more within the step of 1e-2.
      const worst = expectGradient(grad, fd, cell === 'transformer' ? 2e-3 : 1e-3);
      console.info(
        `${cell}: gradient vs central differences, worst error ${worst.toExponential(1)}·max|g|`,
      );
      net.dispose();
    });
  }

  for (const cell of ['lstm', 'transformer'] as const) {
    it(`adds λ·θ to the gradient when l2 > 0 (one SGD step: θ − lr·(g + λθ), ${cell})`, () => {
      const spec = { cell, hidden: 2, window: 3 } as const;
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
  }

  for (const cell of KINDS) {
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
