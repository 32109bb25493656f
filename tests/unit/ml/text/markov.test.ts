// Tests of the text task's Markov source: the random chain (rows, seeds, Dirichlet), the stationary
// law (π P = π, order 2 over pairs), the entropy rate against hand values and against the mean
// log-loss of a long sample, sampling, the alphabet and the error messages.

import { describe, expect, it } from 'vitest';
import {
  chainCrossEntropy,
  entropyRate,
  markovAlphabet,
  randomMarkovChain,
  sampleMarkov,
  stationary,
  type MarkovChain,
} from '../../../../workers/ml/text/markov';

/** One step of the state process by its definition: (π P)(s') for order 1, over pairs for order 2. */
function stepStates(chain: MarkovChain, pi: Float64Array): Float64Array {
  const { symbols: n, order, transition } = chain;
  const out = new Float64Array(pi.length);
  for (let s = 0; s < pi.length; s++)
    for (let v = 0; v < n; v++) {
      const next = order === 1 ? v : (s % n) * n + v;
      out[next] = out[next]! + pi[s]! * transition[s * n + v]!;
    }
  return out;
}

/** Mean −log P(x_t | the `order` tokens before it) over t ≥ order. */
function sampleLogLoss(chain: MarkovChain, x: Int32Array): number {
  const { symbols: n, order, transition } = chain;
  let sum = 0;
  for (let t = order; t < x.length; t++) {
    const s = order === 1 ? x[t - 1]! : x[t - 2]! * n + x[t - 1]!;
    sum -= Math.log(transition[s * n + x[t]!]!);
  }
  return sum / (x.length - order);
}

const binaryEntropy = (p: number): number => -p * Math.log(p) - (1 - p) * Math.log(1 - p);

describe('randomMarkovChain', () => {
  it.each([1, 2] as const)('order %i: every row is a distribution over the symbols', (order) => {
    const chain = randomMarkovChain(5, order, 7);
    expect(chain.transition.length).toBe(5 ** order * 5);
    for (let s = 0; s < 5 ** order; s++) {
      const row = chain.transition.subarray(s * 5, s * 5 + 5);
      expect(row.every((p) => p >= 0 && p <= 1)).toBe(true);
      expect(row.reduce((a, p) => a + p, 0)).toBeCloseTo(1, 12);
    }
  });

  it('reproduces with its seed and changes with another', () => {
    const a = randomMarkovChain(6, 2, 3);
    expect(randomMarkovChain(6, 2, 3).transition).toEqual(a.transition);
    expect(randomMarkovChain(6, 2, 4).transition).not.toEqual(a.transition);
  });

  it('has peaked rows at alpha 0.3 and flat ones at a large alpha', () => {
    // Row maxima of a symmetric Dirichlet: E[max] grows as alpha shrinks; 1/symbols is the flat limit.
    const meanMax = (alpha: number): number => {
      const c = randomMarkovChain(8, 2, 11, alpha);
      let sum = 0;
      for (let s = 0; s < 64; s++) sum += Math.max(...c.transition.subarray(s * 8, s * 8 + 8));
      return sum / 64;
    };
    expect(meanMax(0.3)).toBeGreaterThan(0.4);
    expect(meanMax(1000)).toBeLessThan(1 / 8 + 0.02);
  });

  it('refuses an alphabet outside 2–16, an order other than 1 or 2, and alpha ≤ 0', () => {
    expect(() => randomMarkovChain(1, 1, 0)).toThrow('from 2 to 16 symbols, not 1');
    expect(() => randomMarkovChain(17, 1, 0)).toThrow('from 2 to 16 symbols, not 17');
    expect(() => randomMarkovChain(4.5, 1, 0)).toThrow('not 4.5');
    expect(() => randomMarkovChain(4, 3 as 1, 0)).toThrow('is 1 or 2, not 3');
    expect(() => randomMarkovChain(4, 1, 0, 0)).toThrow('alpha must be a number > 0');
    expect(() => markovAlphabet(17)).toThrow('from 2 to 16 symbols');
  });
});

describe('stationary', () => {
  it.each([
    [1, 16],
    [2, 4],
    [2, 16],
  ] as const)('order %i, %i symbols: π P = π to 1e-12, π a distribution', (order, symbols) => {
    const chain = randomMarkovChain(symbols, order, 5);
    const pi = stationary(chain);
    expect(pi.length).toBe(symbols ** order);
    expect(pi.every((p) => p >= 0)).toBe(true);
    expect(pi.reduce((a, p) => a + p, 0)).toBeCloseTo(1, 12);
    const next = stepStates(chain, pi);
    for (let s = 0; s < pi.length; s++) expect(Math.abs(next[s]! - pi[s]!)).toBeLessThan(1e-12);
  });

  it('of the hand chain P = [[0.9, 0.1], [0.4, 0.6]] is (0.8, 0.2)', () => {
    const chain: MarkovChain = { symbols: 2, order: 1, transition: Float64Array.of(0.9, 0.1, 0.4, 0.6) }; // prettier-ignore
    const pi = stationary(chain);
    expect(pi[0]).toBeCloseTo(0.8, 13);
    expect(pi[1]).toBeCloseTo(0.2, 13);
  });

  it('of an order-2 chain is the law of the pair (prev2, prev1) in a long sample', () => {
    // alpha 2: no near-certain self-loop (alpha 0.3 can make one, and then runs of it mix slowly).
    const chain = randomMarkovChain(3, 2, 9, 2);
    const pi = stationary(chain);
    const x = sampleMarkov(chain, 60_000, 2);
    const freq = new Float64Array(9);
    for (let t = 1; t < x.length; t++) {
      const s = x[t - 1]! * 3 + x[t]!;
      freq[s] = freq[s]! + 1 / (x.length - 1);
    }
    // Frequencies near 0.1 have a standard error near 0.0012 (iid), more for correlated draws.
    for (let s = 0; s < 9; s++) expect(Math.abs(freq[s]! - pi[s]!)).toBeLessThan(0.01);
  });

  it('of a periodic chain (a → b → a) is uniform', () => {
    const pi = stationary({ symbols: 2, order: 1, transition: Float64Array.of(0, 1, 1, 0) });
    expect(pi[0]).toBeCloseTo(0.5, 13);
  });

  it('of a reducible chain is a stationary law (the lazy limit from uniform)', () => {
    // Token 0 and token 2 are absorbing; token 1 splits evenly between them.
    const chain: MarkovChain = { symbols: 3, order: 1, transition: Float64Array.of(1, 0, 0, 0.5, 0, 0.5, 0, 0, 1) }; // prettier-ignore
    const pi = stationary(chain);
    expect(Array.from(pi).map((p) => +p.toFixed(10))).toEqual([0.5, 0, 0.5]);
  });

  it('refuses a table of the wrong size or rows that do not sum to 1', () => {
    expect(() => stationary({ symbols: 2, order: 1, transition: new Float64Array(3) })).toThrow(
      '2 × 2 transition probabilities, not 3',
    );
    expect(() =>
      stationary({ symbols: 2, order: 1, transition: Float64Array.of(0.5, 0.4, 0.5, 0.5) }),
    ).toThrow('after state 0 sum to 0.9');
  });
});

describe('entropyRate', () => {
  it('of the hand chain is 0.8·H(0.1) + 0.2·H(0.4)', () => {
    const chain: MarkovChain = { symbols: 2, order: 1, transition: Float64Array.of(0.9, 0.1, 0.4, 0.6) }; // prettier-ignore
    const hand = 0.8 * binaryEntropy(0.1) + 0.2 * binaryEntropy(0.4);
    expect(entropyRate(chain)).toBeCloseTo(hand, 13);
  });

  it.each([1, 2] as const)('of a uniform chain of order %i is log(symbols)', (order) => {
    const symbols = 5;
    const transition = new Float64Array(symbols ** order * symbols).fill(1 / symbols);
    expect(entropyRate({ symbols, order, transition })).toBeCloseTo(Math.log(symbols), 13);
  });

  it('of a deterministic cycle is 0', () => {
    const chain: MarkovChain = { symbols: 3, order: 1, transition: Float64Array.of(0, 1, 0, 0, 0, 1, 1, 0, 0) }; // prettier-ignore
    expect(entropyRate(chain)).toBe(0);
  });

  // Per-token log-loss has σ ≈ 0.8 nats for these chains, so the mean of 100k tokens has a standard
  // error near 0.003 nats (more for correlated tokens): 0.01 is over 3 of them; the seeds are fixed.
  it.each([
    [1, 8],
    [2, 4],
  ] as const)('order %i, %i symbols: a long sample’s log-loss is within 0.01 nats', (order, n) => {
    const chain = randomMarkovChain(n, order, 21);
    const rate = entropyRate(chain);
    expect(rate).toBeGreaterThan(0.3);
    expect(rate).toBeLessThan(Math.log(n) - 0.1);
    const x = sampleMarkov(chain, 100_000, 22);
    expect(Math.abs(sampleLogLoss(chain, x) - rate)).toBeLessThan(0.01);
  });
});

describe('sampleMarkov', () => {
  it('reproduces with its seed, changes with another, and stays in the alphabet', () => {
    const chain = randomMarkovChain(4, 2, 1);
    const a = sampleMarkov(chain, 500, 8);
    expect(a.length).toBe(500);
    expect(sampleMarkov(chain, 500, 8)).toEqual(a);
    expect(sampleMarkov(chain, 500, 9)).not.toEqual(a);
    expect(a.every((t) => t >= 0 && t < 4)).toBe(true);
  });

  it('follows a deterministic chain from its drawn start', () => {
    const chain: MarkovChain = { symbols: 3, order: 1, transition: Float64Array.of(0, 1, 0, 0, 0, 1, 1, 0, 0) }; // prettier-ignore
    const x = sampleMarkov(chain, 7, 3);
    for (let t = 1; t < 7; t++) expect(x[t]).toBe((x[t - 1]! + 1) % 3);
  });

  it('keeps the start of the state when fewer tokens than the order are asked for', () => {
    expect(sampleMarkov(randomMarkovChain(4, 2, 1), 1, 0).length).toBe(1);
  });

  it('refuses a length that is not a whole number ≥ 1', () => {
    expect(() => sampleMarkov(randomMarkovChain(4, 1, 1), 0, 0)).toThrow('whole number ≥ 1, not 0');
  });
});

describe('markovAlphabet', () => {
  it('names the symbols a, b, …', () => {
    expect(markovAlphabet(4)).toEqual(['a', 'b', 'c', 'd']);
    expect(markovAlphabet(16).at(-1)).toBe('p');
  });
});

describe('chainCrossEntropy', () => {
  it('scores each target with the chain’s own probability given the last order tokens', () => {
    const chain: MarkovChain = { symbols: 2, order: 1, transition: Float64Array.from([0.9, 0.1, 0.4, 0.6]) }; // prettier-ignore
    // Contexts of 2: [0,1]→1 (p 0.6), [1,0]→0 (p 0.9), [0,0]→1 (p 0.1).
    const inputs = Int32Array.from([0, 1, 1, 0, 0, 0]);
    const targets = Int32Array.from([1, 0, 1]);
    const want = -(Math.log(0.6) + Math.log(0.9) + Math.log(0.1)) / 3;
    expect(chainCrossEntropy(chain, inputs, targets, 2, 0, 3)).toBeCloseTo(want, 14);
    expect(chainCrossEntropy(chain, inputs, targets, 2, 1, 2)).toBeCloseTo(-Math.log(0.9), 14);
    const two: MarkovChain = { symbols: 2, order: 2, transition: Float64Array.from([0.5, 0.5, 0.2, 0.8, 0.7, 0.3, 1, 0]) }; // prettier-ignore
    // State of [1,0] is 1·2 + 0 = 2: P(next = 1) = 0.3.
    expect(chainCrossEntropy(two, Int32Array.from([0, 1, 0]), Int32Array.from([1]), 3, 0, 1)).toBeCloseTo(-Math.log(0.3), 14); // prettier-ignore
    expect(() => chainCrossEntropy(two, inputs, targets, 1, 0, 1)).toThrow(/order 2/);
    expect(() => chainCrossEntropy(chain, inputs, targets, 2, 2, 2)).toThrow(/range/);
  });

  it('averages to the entropy rate over a long sample', () => {
    const chain = randomMarkovChain(6, 2, 3);
    const tokens = sampleMarkov(chain, 60_001, 4);
    const count = tokens.length - 2;
    const inputs = new Int32Array(count * 2);
    const targets = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      inputs[2 * k] = tokens[k]!;
      inputs[2 * k + 1] = tokens[k + 1]!;
      targets[k] = tokens[k + 2]!;
    }
    expect(Math.abs(chainCrossEntropy(chain, inputs, targets, 2, 0, count) - entropyRate(chain))).toBeLessThan(0.02); // prettier-ignore
  });
});
