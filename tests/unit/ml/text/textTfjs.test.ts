// The text task's recurrent baselines in TensorFlow.js (simple RNN, LSTM): forward passes against a
// float64 reference of the documented layout, probabilities and loss, the gradient against finite
// differences, initial weights, determinism, learning a cycle, weights in and out, refusals.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import {
  createTextNet,
  initTfjs,
  type TextNet,
  type TextNetSpec,
} from '../../../../workers/ml/text/textTfjs';
import { createRng } from '../../../../workers/sim';
import { expectClose, sgd1, sig } from '../sequence/rnnTfjsHelpers';

beforeAll(async () => {
  await initTfjs();
});

const CELLS = ['rnn', 'lstm'] as const;
type Cell = (typeof CELLS)[number];
const adam: OptimizerSpec = { name: 'adam', learningRate: 0.05, l2: 0 };

/**
 * Next-token probabilities in float64 from the layout documented on createTfjsTextRnn: Wx (V × G·h),
 * Wh (h × G·h), b (G·h), Wo (h × V), bo (V), row-major; LSTM gate blocks i, f, g, o.
 */
function reference(
  cell: Cell,
  h: number,
  V: number,
  T: number,
  w: ArrayLike<number>,
  inputs: Int32Array,
  count: number,
): Float64Array {
  const G = cell === 'lstm' ? 4 : 1;
  const whAt = V * G * h;
  const bAt = whAt + h * G * h;
  const woAt = bAt + G * h;
  const boAt = woAt + h * V;
  expect(boAt + V).toBe(w.length);
  const out = new Float64Array(count * V);
  for (let k = 0; k < count; k++) {
    let hs = new Float64Array(h);
    const cs = new Float64Array(h);
    for (let t = 0; t < T; t++) {
      const tok = inputs[k * T + t]!;
      const z = new Float64Array(G * h);
      for (let c = 0; c < G * h; c++) {
        z[c] = w[tok * G * h + c]! + w[bAt + c]!;
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
    const logits = Array.from({ length: V }, (_, v) => {
      let s = w[boAt + v]!;
      for (let j = 0; j < h; j++) s += hs[j]! * w[woAt + j * V + v]!;
      return s;
    });
    const top = Math.max(...logits);
    const e = logits.map((l) => Math.exp(l - top));
    const sum = e.reduce((a, b) => a + b, 0);
    for (let v = 0; v < V; v++) out[k * V + v] = e[v]! / sum;
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

/** The cycle 0, 1, …, V − 1, 0, 1, … cut into `count` contexts of T tokens and the next token. */
function cycle(count: number, T: number, V: number) {
  return {
    x: Int32Array.from({ length: count * T }, (_, i) => (Math.floor(i / T) + (i % T)) % V),
    y: Int32Array.from({ length: count }, (_, k) => (k + T) % V),
  };
}

/** A net with weights of all signs and sizes, so every entry and its place matter. */
function scrambled(cell: Cell, size: number, V: number, T: number, seed: number): TextNet {
  const net = createTextNet({ kind: cell, size, vocab: V, context: T }, sgd1, createRng(seed));
  const r = createRng(seed + 100);
  net.setWeights(Array.from({ length: net.numParams }, () => 4 * r.next() - 2));
  return net;
}

describe('createTextNet (RNN, LSTM): forward pass and loss', () => {
  for (const cell of CELLS) {
    it(`matches the float64 reference of the documented layout (${cell}, V 3, T 3, h 2, 1e-5)`, () => {
      const net = scrambled(cell, 2, 3, 3, 1);
      const { x } = randomTokens(9, 3, 3, 2);
      const w = net.weights();
      const p = net.probabilities(x, 9);
      expectClose(p, reference(cell, 2, 3, 3, w, x, 9), 1e-5);
      // The context matters: some token's probability differs by 0.1 between two contexts.
      expect(contextSpread(p, 3)).toBeGreaterThan(0.1);
      expectClose(net.probabilities(x, 2), reference(cell, 2, 3, 3, w, x, 2), 1e-5);
      expect(net.probabilities(x, 0)).toHaveLength(0);
      net.dispose();
    });
  }

  for (const cell of CELLS) {
    it(`gives probability rows that sum to 1 and a loss of their mean −log p (${cell}, 1e-5)`, () => {
      const net = scrambled(cell, 5, 7, 4, 3);
      const { x, y } = randomTokens(30, 4, 7, 4);
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
  }

  for (const cell of CELLS) {
    it(`trains along the gradient of loss() that central differences give (${cell})`, () => {
      const spec = { kind: cell, size: 2, vocab: 3, context: 3 };
      const { x, y } = randomTokens(12, 3, 3, 5);
      const net = scrambled(cell, 2, 3, 3, 6);
      const w0 = net.weights();
      // One full-batch SGD step of rate 1 moves θ by −g; its returned loss is the loss before it.
      const probe = createTextNet(spec, sgd1, createRng(0));
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
  }
});

describe('createTextNet: L2', () => {
  for (const kind of [...CELLS, 'transformer'] as const) {
    it(`adds λ·θ to the gradient (one SGD step: θ − lr·(g + λθ), ${kind})`, () => {
      const spec = { kind, size: 2, vocab: 3, context: 3 };
      const { x, y } = randomTokens(9, 3, 3, 16);
      const plain = createTextNet(spec, { name: 'sgd', learningRate: 0.5, l2: 0 }, createRng(17));
      const l2 = createTextNet(spec, { name: 'sgd', learningRate: 0.5, l2: 0.3 }, createRng(17));
      const w0 = plain.weights();
      expect(l2.weights()).toEqual(w0);
      plain.trainEpoch(x, y, 9, 9, createRng(1));
      l2.trainEpoch(x, y, 9, 9, createRng(1));
      // θ_plain = θ − lr·g, so θ_l2 = θ_plain − lr·λ·θ.
      const stepped = plain.weights();
      expectClose(
        l2.weights(),
        w0.map((v, i) => stepped[i]! - 0.5 * 0.3 * v),
        1e-6,
      );
      plain.dispose();
      l2.dispose();
    });
  }
});

describe('createTextNet (RNN, LSTM): initial weights, determinism, learning', () => {
  for (const cell of CELLS) {
    it(`starts from Glorot weights, biases 0 but the LSTM's forget gate 1 (${cell})`, () => {
      const [h, V, T] = [6, 10, 4];
      const G = cell === 'lstm' ? 4 : 1;
      const net = createTextNet({ kind: cell, size: h, vocab: V, context: T }, adam, createRng(7));
      const w = net.weights();
      const parts = [V * G * h, h * G * h, G * h, h * V, V];
      const [wx, wh, b, wo, bo] = parts.map((n, i) => {
        const at = parts.slice(0, i).reduce((a, c) => a + c, 0);
        return w.slice(at, at + n);
      }) as [number[], number[], number[], number[], number[]];
      expect(bo.length).toBe(V);
      expect(net.numParams).toBe(w.length);
      const within = (m: number[], limit: number) => {
        const top = Math.max(...m.map(Math.abs));
        expect(top).toBeLessThanOrEqual(limit);
        expect(top).toBeGreaterThan(limit / 2);
      };
      within(wx, Math.sqrt(6 / (V + G * h)));
      within(wh, Math.sqrt(3 / h));
      within(wo, Math.sqrt(6 / (h + V)));
      expect(b).toEqual(
        Array.from({ length: G * h }, (_, i) => (G === 4 && i >= h && i < 2 * h ? 1 : 0)),
      );
      expect(bo).toEqual(new Array(V).fill(0));
      net.dispose();
    });
  }

  it('is deterministic: the same seeds give the same weights and losses; another seed does not', () => {
    const { x, y } = randomTokens(40, 4, 5, 8);
    const run = (seed: number) => {
      const spec = { kind: 'lstm', size: 3, vocab: 5, context: 4 } as const;
      const net = createTextNet(spec, { ...adam, l2: 0.001 }, createRng(seed));
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
    // Training moved the weights and lowered the loss.
    expect(a.w).not.toEqual(a.w0);
    expect(a.losses[2]!).toBeLessThan(a.losses[0]!);
  });

  for (const cell of CELLS) {
    it(`learns the cycle 0, 1, 2, 3, 0, … in 30 epochs: cross-entropy below 0.3 (${cell})`, () => {
      const { x, y } = cycle(40, 3, 4);
      const net = createTextNet({ kind: cell, size: 4, vocab: 4, context: 3 }, adam, createRng(12));
      const first = net.trainEpoch(x, y, 40, 8, createRng(13));
      const rng = createRng(14);
      let last = first;
      for (let e = 1; e < 30; e++) last = net.trainEpoch(x, y, 40, 8, rng);
      console.info(`${cell}: cycle cross-entropy ${first.toFixed(3)} → ${last.toFixed(3)}`);
      expect(first).toBeGreaterThan(1);
      expect(last).toBeLessThan(0.3);
      expect(net.loss(x, y, 40)).toBeLessThan(0.3);
      net.dispose();
    });
  }

  it('frees every tensor it made once disposed', () => {
    const before = tf.memory().numTensors;
    const { x, y } = randomTokens(20, 3, 4, 15);
    for (const cell of CELLS) {
      const net = createTextNet({ kind: cell, size: 3, vocab: 4, context: 3 }, adam, createRng(1));
      net.trainEpoch(x, y, 20, 6, createRng(2));
      net.probabilities(x, 20);
      net.loss(x, y, 20);
      net.setWeights(net.weights());
      net.dispose();
      net.dispose();
      expect(() => net.weights()).toThrow(/was disposed/);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('createTextNet (RNN, LSTM): weights in and out, refusals', () => {
  it('gives back the weights it was set to (as float32), and refuses a wrong number of them', () => {
    for (const cell of CELLS) {
      const net = createTextNet({ kind: cell, size: 3, vocab: 5, context: 2 }, adam, createRng(1));
      const r = createRng(2);
      const w = Array.from({ length: net.numParams }, () => r.normal());
      net.setWeights(w);
      expect(net.weights()).toEqual(w.map(Math.fround));
      const name = cell === 'lstm' ? 'LSTM' : 'simple RNN';
      expect(() => net.setWeights(w.slice(1))).toThrow(
        `The ${name} has ${net.numParams} parameters; ${net.numParams - 1} were given.`,
      );
      // The refused weights changed nothing.
      expect(net.weights()).toEqual(w.map(Math.fround));
      net.dispose();
    }
  });

  it('refuses tokens outside the vocabulary, too few inputs, bad batch sizes and bad specs', () => {
    const net = createTextNet({ kind: 'rnn', size: 2, vocab: 4, context: 3 }, adam, createRng(1));
    const x = Int32Array.of(0, 1, 2, 3, 4, 0);
    expect(() => net.probabilities(x, 2)).toThrow(
      'Token 4 at input 4 is outside the vocabulary 0–3.',
    );
    expect(() => net.loss(Int32Array.of(0, 1, 2), Int32Array.of(-1), 1)).toThrow(
      'Target -1 of context 0 is outside the vocabulary 0–3.',
    );
    expect(() => net.probabilities(Int32Array.of(0, 1, 2, 3), 2)).toThrow(
      '2 contexts of 3 tokens need 6 inputs; 4 were given.',
    );
    expect(() =>
      net.trainEpoch(Int32Array.of(0, 1, 2), Int32Array.of(1), 1, 0, createRng(1)),
    ).toThrow('The batch size must be a whole number from 1, not 0.');
    net.dispose();
    const make = (kind: 'rnn' | 'lstm', size: number, vocab: number, context: number) => () =>
      createTextNet({ kind, size, vocab, context }, adam, createRng(1));
    expect(make('lstm', 0, 4, 3)).toThrow(
      "The LSTM's hidden size must be a whole number from 1 to 64, not 0.",
    );
    expect(make('rnn', 65, 4, 3)).toThrow(/from 1 to 64, not 65\./);
    expect(make('rnn', 2, 1, 3)).toThrow(
      'The vocabulary must be a whole number of at least 2 tokens, not 1.',
    );
    expect(make('rnn', 2, 4, 0)).toThrow(
      'The context must be a whole number of at least 1 token, not 0.',
    );
    const gru = { kind: 'gru', size: 2, vocab: 4, context: 3 } as unknown as TextNetSpec;
    expect(() => createTextNet(gru, adam, createRng(1))).toThrow(
      'The classical text model must be a simple RNN, an LSTM or a Transformer, not "gru".',
    );
  });
});
