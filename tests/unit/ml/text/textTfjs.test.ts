// The text task's recurrent baselines in TensorFlow.js (simple RNN, LSTM): forward passes against a
// float64 reference of the documented layout, probabilities and loss, the gradient against finite
// differences, initial weights, determinism, learning a cycle, weights in and out, refusals.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextNet, initTfjs, type TextNetSpec } from '../../../../workers/ml/text/textTfjs';
import { createRng } from '../../../../workers/sim';
import { expectClose } from '../tfjsHelpers';
import { recurrentReference, softmax } from '../tfjsReference';
import * as nets from './textNetHelpers';

beforeAll(async () => {
  await initTfjs();
});

const CELLS = ['rnn', 'lstm'] as const;
type Cell = (typeof CELLS)[number];

/**
 * Next-token probabilities in float64 from the layout documented on createTfjsTextRnn: Wx (V × G·h),
 * Wh (h × G·h), b (G·h), Wo (h × V), bo (V), row-major; LSTM gate blocks i, f, g, o.
 */
const reference =
  (spec: TextNetSpec): nets.Reference =>
  (w, inputs, count) => {
    const { kind, size: h, vocab: V, context: T } = spec;
    const G = kind === 'lstm' ? 4 : 1;
    const whAt = V * G * h;
    const bAt = whAt + h * G * h;
    const woAt = bAt + G * h;
    const boAt = woAt + h * V;
    expect(boAt + V).toBe(w.length);
    const out = new Float64Array(count * V);
    for (let k = 0; k < count; k++) {
      const input = (t: number, c: number) => w[inputs[k * T + t]! * G * h + c]! + w[bAt + c]!;
      const hs = recurrentReference(G, h, T, w, whAt, input);
      const logits = Array.from({ length: V }, (_, v) => {
        let s = w[boAt + v]!;
        for (let j = 0; j < h; j++) s += hs[j]! * w[woAt + j * V + v]!;
        return s;
      });
      out.set(softmax(logits), k * V);
    }
    return out;
  };

/** A net with weights in ±2, so every entry and its place matter. */
const scrambledNet = (cell: Cell, size: number, V: number, T: number, seed: number) =>
  nets.scrambled({ kind: cell, size, vocab: V, context: T }, seed, 2);

describe('createTextNet (RNN, LSTM): forward pass and loss', () => {
  for (const cell of CELLS) {
    it(`matches the float64 reference of the documented layout (${cell}, V 3, T 3, h 2, 1e-5)`, () => {
      const spec = { kind: cell, size: 2, vocab: 3, context: 3 };
      const net = nets.scrambled(spec, 1, 2);
      nets.expectMatchesReference(net, spec, reference(spec), 2);
      net.dispose();
    });
  }

  for (const cell of CELLS) {
    it(`gives probability rows that sum to 1 and a loss of their mean −log p (${cell}, 1e-5)`, () => {
      const net = scrambledNet(cell, 5, 7, 4, 3);
      nets.expectRowsAndLoss(net, 7, 4);
      net.dispose();
    });
  }

  for (const cell of CELLS) {
    it(`trains along the gradient of loss() that central differences give (${cell})`, () => {
      const net = scrambledNet(cell, 2, 3, 3, 6);
      nets.expectTextGradient(net, { kind: cell, size: 2, vocab: 3, context: 3 });
      net.dispose();
    });
  }
});

describe('createTextNet: L2', () => {
  for (const kind of [...CELLS, 'transformer'] as const) {
    it(`adds λ·θ to the gradient (one SGD step: θ − lr·(g + λθ), ${kind})`, () => {
      const spec = { kind, size: 2, vocab: 3, context: 3 };
      const { x, y } = nets.randomTokens(9, 3, 3, 16);
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
      const net = createTextNet(
        { kind: cell, size: h, vocab: V, context: T },
        nets.adam,
        createRng(7),
      );
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
    nets.expectDeterministic({ kind: 'lstm', size: 3, vocab: 5, context: 4 });
  });

  for (const cell of CELLS) {
    it(`learns the cycle 0, 1, 2, 3, 0, … in 30 epochs: cross-entropy below 0.3 (${cell})`, () => {
      nets.expectLearnsCycle({ kind: cell, size: 4, vocab: 4, context: 3 });
    });
  }

  it('frees every tensor it made once disposed', () => {
    const before = tf.memory().numTensors;
    for (const cell of CELLS) {
      const net = nets.useAndDispose({ kind: cell, size: 3, vocab: 4, context: 3 });
      expect(() => net.weights()).toThrow(/was disposed/);
    }
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('createTextNet (RNN, LSTM): weights in and out, refusals', () => {
  it('gives back the weights it was set to (as float32), and refuses a wrong number of them', () => {
    for (const cell of CELLS) {
      const net = createTextNet(
        { kind: cell, size: 3, vocab: 5, context: 2 },
        nets.adam,
        createRng(1),
      );
      nets.expectWeightsRoundTrip(net, cell === 'lstm' ? 'LSTM' : 'simple RNN', net.numParams - 1);
      net.dispose();
    }
  });

  it('refuses tokens outside the vocabulary, too few inputs, bad batch sizes and bad specs', () => {
    const net = createTextNet(
      { kind: 'rnn', size: 2, vocab: 4, context: 3 },
      nets.adam,
      createRng(1),
    );
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
      createTextNet({ kind, size, vocab, context }, nets.adam, createRng(1));
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
    expect(() => createTextNet(gru, nets.adam, createRng(1))).toThrow(
      'The classical text model must be a simple RNN, an LSTM or a Transformer, not "gru".',
    );
  });
});
