// The text task's one-layer Transformer in TensorFlow.js: the forward pass against a float64
// reference of the documented layout and equations, probabilities and loss, the gradient against
// finite differences, initial weights, determinism, learning a cycle, weights in and out, refusals.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextNet, initTfjs, type TextNetSpec } from '../../../../workers/ml/text/textTfjs';
import { createTfjsTransformer } from '../../../../workers/ml/text/transformerTfjs';
import { textNetParamCount } from '../../../../src/experiment/tasks/text/netSize';
import { createRng } from '../../../../workers/sim';
import {
  affine,
  expectConstant,
  expectGlorot,
  expectTransformerInit,
  reader,
  softmax,
  transformerReference,
} from '../tfjsReference';
import * as nets from './textNetHelpers';

beforeAll(async () => {
  await initTfjs();
});

const spec = (size: number, vocab: number, context: number) =>
  ({ kind: 'transformer', size, vocab, context }) as const;

/** Next-token probabilities in float64 from the equations and layout of createTfjsTransformer. */
const reference =
  ({ size: d, vocab: V, context: T }: TextNetSpec): nets.Reference =>
  (w, inputs, count) => {
    const r = reader(w);
    const E = r.take(V * d);
    const block = transformerReference(r, d, T);
    const [Wout, bout] = [r.take(d * V), r.take(V)];
    expect(r.end()).toBe(w.length);
    const out = new Float64Array(count * V);
    for (let k = 0; k < count; k++) {
      // e_t = E[token_t]: row token_t of E.
      const at = (t: number) => inputs[k * T + t]! * d;
      const e = Array.from({ length: T }, (_, t) => E.slice(at(t), at(t) + d));
      out.set(softmax(affine(block(e), Wout, bout)), k * V);
    }
    return out;
  };

/** A Transformer with weights in ±1, so every entry and its place matter. */
const scrambledNet = (d: number, V: number, T: number, seed: number) =>
  nets.scrambled(spec(d, V, T), seed, 1);

describe('createTextNet (Transformer): forward pass and loss', () => {
  for (const d of [2, 3]) {
    it(`matches the float64 reference of the documented layout (V 3, T 3, d ${d}, 1e-5)`, () => {
      const net = scrambledNet(d, 3, 3, d);
      nets.expectMatchesReference(net, spec(d, 3, 3), reference(spec(d, 3, 3)), 4);
      net.dispose();
    });
  }

  it('gives probability rows that sum to 1 and a loss of their mean −log p (1e-5)', () => {
    const net = scrambledNet(4, 7, 5, 3);
    nets.expectRowsAndLoss(net, 7, 5);
    net.dispose();
  });

  it('trains along the gradient of loss() that central differences give', () => {
    const net = scrambledNet(2, 3, 3, 6);
    nets.expectTextGradient(net, spec(2, 3, 3));
    net.dispose();
  });
});

describe('createTextNet (Transformer): initial weights, determinism, learning', () => {
  it('starts from Glorot matrices, biases 0 and LayerNorm gains 1, in the documented order', () => {
    const [d, V, T] = [6, 10, 4];
    const net = createTextNet(spec(d, V, T), nets.adam, createRng(7));
    const w = net.weights();
    expect(net.numParams).toBe(textNetParamCount('transformer', d, V, T));
    const r = reader(w);
    expectGlorot(r, V, d);
    expectTransformerInit(r, d, T);
    expectGlorot(r, d, V);
    expectConstant(r, V, 0);
    expect(r.end()).toBe(w.length);
    net.dispose();
  });

  it('is deterministic: the same seeds give the same weights and losses; another seed does not', () => {
    nets.expectDeterministic(spec(3, 5, 4));
  });

  it('learns the cycle 0, 1, 2, 3, 0, … in 30 epochs: cross-entropy below 0.3', () => {
    nets.expectLearnsCycle(spec(4, 4, 3));
  });

  it('frees every tensor it made once disposed', () => {
    const before = tf.memory().numTensors;
    const net = nets.useAndDispose(spec(3, 4, 3));
    expect(tf.memory().numTensors).toBe(before);
    expect(() => net.probabilities(Int32Array.of(0, 1, 2), 1)).toThrow(
      'This Transformer was disposed.',
    );
  });
});

describe('createTextNet (Transformer): weights in and out, refusals', () => {
  it('gives back the weights it was set to (as float32), and refuses a wrong number of them', () => {
    const net = createTextNet(spec(3, 5, 2), nets.adam, createRng(1));
    nets.expectWeightsRoundTrip(net, 'Transformer', net.numParams + 1);
    net.dispose();
  });

  it('refuses tokens outside the vocabulary, bad widths, and a recurrent spec', () => {
    const net = createTextNet(spec(2, 3, 2), nets.adam, createRng(1));
    expect(() => net.probabilities(Int32Array.of(0, 3), 1)).toThrow(
      'Token 3 at input 1 is outside the vocabulary 0–2.',
    );
    expect(() => net.trainEpoch(Int32Array.of(0, 1), Int32Array.of(5), 1, 1, createRng(1))).toThrow(
      'Target 5 of context 0 is outside the vocabulary 0–2.',
    );
    net.dispose();
    expect(() => createTextNet(spec(0, 3, 2), nets.adam, createRng(1))).toThrow(
      "The Transformer's width must be a whole number from 1 to 64, not 0.",
    );
    expect(() => createTextNet(spec(2.5, 3, 2), nets.adam, createRng(1))).toThrow(/not 2\.5\./);
    expect(() =>
      createTfjsTransformer(
        { kind: 'lstm', size: 2, vocab: 3, context: 2 },
        nets.adam,
        createRng(1),
      ),
    ).toThrow('createTfjsTransformer builds Transformers: use createTextNet for an RNN.');
  });
});
