// Shared by the tests of the text task's tfjs baselines (textTfjs.test.ts for the RNN and LSTM,
// transformerTfjs.test.ts): token data, and the checks every next-token net passes alike
// (probabilities and loss, the gradient, determinism, learning a cycle, use and disposal).
import { expect } from 'vitest';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import {
  createTextNet,
  type TextNet,
  type TextNetSpec,
} from '../../../../workers/ml/text/textTfjs';
import { createRng } from '../../../../workers/sim';
import { centralDifferences, expectClose, expectGradient, sgd1 } from '../tfjsHelpers';

export const adam: OptimizerSpec = { name: 'adam', learningRate: 0.05, l2: 0 };

/** `count` contexts of T tokens and their targets, uniform over the vocabulary. */
export function randomTokens(count: number, T: number, V: number, seed: number) {
  const rng = createRng(seed);
  return {
    x: Int32Array.from({ length: count * T }, () => rng.int(V)),
    y: Int32Array.from({ length: count }, () => rng.int(V)),
  };
}

/** The cycle 0, 1, …, V − 1, 0, 1, … cut into `count` contexts of T tokens and the next token. */
export function cycle(count: number, T: number, V: number) {
  return {
    x: Int32Array.from({ length: count * T }, (_, i) => (Math.floor(i / T) + (i % T)) % V),
    y: Int32Array.from({ length: count }, (_, k) => (k + T) % V),
  };
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

/** A net with weights uniform in ±spread (seeded), so every entry and its place matter. */
export function scrambled(spec: TextNetSpec, seed: number, spread: number): TextNet {
  const net = createTextNet(spec, sgd1, createRng(seed));
  const r = createRng(seed + 100);
  net.setWeights(Array.from({ length: net.numParams }, () => 2 * spread * r.next() - spread));
  return net;
}

/** Next-token probabilities in float64 of `count` contexts, from a net's flat weights. */
export type Reference = (w: readonly number[], inputs: Int32Array, count: number) => Float64Array;

/**
 * The net's probabilities of 9 random contexts equal the float64 reference's (1e-5) and differ
 * between contexts (by 0.1 for some token); so do those of the first `few` alone; none gives none.
 */
export function expectMatchesReference(
  net: TextNet,
  spec: TextNetSpec,
  reference: Reference,
  few: number,
): void {
  const { x } = randomTokens(9, spec.context, spec.vocab, 2);
  const w = net.weights();
  const p = net.probabilities(x, 9);
  expectClose(p, reference(w, x, 9), 1e-5);
  // The context matters: some token's probability differs by 0.1 between two contexts.
  expect(contextSpread(p, spec.vocab)).toBeGreaterThan(0.1);
  expectClose(net.probabilities(x, few), reference(w, x, few), 1e-5);
  expect(net.probabilities(x, 0)).toHaveLength(0);
}

/** Probability rows of 30 random contexts positive and summing to 1, loss() their mean −log p. */
export function expectRowsAndLoss(net: TextNet, V: number, T: number): void {
  const { x, y } = randomTokens(30, T, V, 4);
  const p = net.probabilities(x, 30);
  let ce = 0;
  for (let k = 0; k < 30; k++) {
    const row = p.subarray(V * k, V * k + V);
    expect(Math.min(...row)).toBeGreaterThan(0);
    expectClose([row.reduce((a, b) => a + b, 0)], [1], 1e-5);
    ce -= Math.log(row[y[k]!]!);
  }
  expectClose([net.loss(x, y, 30)], [ce / 30], 1e-5);
}

/**
 * The net trains along the gradient of loss() that central differences give (2e-3·max|g|), on 12
 * random contexts: one full-batch SGD step of rate 1 moves θ by −g, and returns the loss before it.
 */
export function expectTextGradient(net: TextNet, spec: TextNetSpec): void {
  const { x, y } = randomTokens(12, spec.context, spec.vocab, 5);
  const w0 = net.weights();
  const probe = createTextNet(spec, sgd1, createRng(0));
  probe.setWeights(w0);
  expectClose([probe.trainEpoch(x, y, 12, 12, createRng(0))], [net.loss(x, y, 12)], 1e-6);
  const grad = w0.map((v, i) => v - probe.weights()[i]!);
  probe.dispose();
  expectGradient(
    grad,
    centralDifferences(net, w0, () => net.loss(x, y, 12)),
    2e-3,
  );
}

/**
 * The same seeds give the same weights and losses, another seed does not; three epochs (Adam
 * 0.05, L2 0.001, batch 7) move the weights and lower the loss. V and T of the spec: 5 and 4.
 */
export function expectDeterministic(spec: TextNetSpec): void {
  const { x, y } = randomTokens(40, 4, 5, 8);
  const run = (seed: number) => {
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
}

/** 30 epochs (Adam 0.05, batch 8) on the cycle of 4 tokens, contexts of 3: cross-entropy below 0.3. */
export function expectLearnsCycle(spec: TextNetSpec): void {
  const { x, y } = cycle(40, 3, 4);
  const net = createTextNet(spec, adam, createRng(12));
  const first = net.trainEpoch(x, y, 40, 8, createRng(13));
  const rng = createRng(14);
  let last = first;
  for (let e = 1; e < 30; e++) last = net.trainEpoch(x, y, 40, 8, rng);
  console.info(`${spec.kind}: cycle cross-entropy ${first.toFixed(3)} → ${last.toFixed(3)}`);
  expect(first).toBeGreaterThan(1);
  expect(last).toBeLessThan(0.3);
  expect(net.loss(x, y, 40)).toBeLessThan(0.3);
  net.dispose();
}

/** A net of V 4, T 3 used every way (train, probabilities, loss, weights out and in), then disposed twice. */
export function useAndDispose(spec: TextNetSpec): TextNet {
  const { x, y } = randomTokens(20, 3, 4, 15);
  const net = createTextNet(spec, adam, createRng(1));
  net.trainEpoch(x, y, 20, 6, createRng(2));
  net.probabilities(x, 20);
  net.loss(x, y, 20);
  net.setWeights(net.weights());
  net.dispose();
  net.dispose();
  return net;
}

/** Weights set (normal draws) come back as float32; a list of the wrong length is refused, changing nothing. */
export function expectWeightsRoundTrip(net: TextNet, name: string, wrong: number): void {
  const r = createRng(2);
  const w = Array.from({ length: net.numParams }, () => r.normal());
  net.setWeights(w);
  expect(net.weights()).toEqual(w.map(Math.fround));
  expect(() => net.setWeights(new Float64Array(wrong))).toThrow(
    `The ${name} has ${net.numParams} parameters; ${wrong} were given.`,
  );
  expect(net.weights()).toEqual(w.map(Math.fround));
}
