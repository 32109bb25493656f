// Tests of sampling text from a model: seeds, the context each call sees, a deterministic model's
// continuation, frequencies against the model's distribution (and at a temperature), the errors,
// and detokenising.

import { describe, expect, it } from 'vitest';
import { detokenise, sampleTokens } from '../../../../workers/ml/text/sample';

/** A fixed distribution over 4 tokens, whatever the context. */
const FIXED = Float64Array.of(0.1, 0.2, 0.3, 0.4);
const fixed = (): Float64Array => FIXED;

/** Counts of each token among draws. */
function counts(tokens: Int32Array, vocab: number): number[] {
  const c = new Array<number>(vocab).fill(0);
  for (const t of tokens) c[t]!++;
  return c;
}

/** Expects n draws' counts within 4 binomial standard deviations of n·p. */
function expectNear(c: number[], p: ArrayLike<number>, n: number): void {
  for (let v = 0; v < c.length; v++) {
    const sd = Math.sqrt(n * p[v]! * (1 - p[v]!));
    expect(Math.abs(c[v]! - n * p[v]!)).toBeLessThanOrEqual(4 * sd);
  }
}

describe('sampleTokens', () => {
  it('reproduces with its seed and changes with another', () => {
    const a = sampleTokens(fixed, Int32Array.of(0), 200, 5);
    expect(sampleTokens(fixed, Int32Array.of(0), 200, 5)).toEqual(a);
    expect(sampleTokens(fixed, Int32Array.of(0), 200, 6)).not.toEqual(a);
  });

  it('continues a deterministic model: next = (sum of the context) mod 5', () => {
    const model = (ctx: Int32Array): Float64Array => {
      const p = new Float64Array(5);
      p[ctx.reduce((a, t) => a + t, 0) % 5] = 1;
      return p;
    };
    // 1, 2, 3 → 6 % 5 = 1; 2, 3, 1 → 1; 3, 1, 1 → 0; 1, 1, 0 → 2; 1, 0, 2 → 3.
    expect(Array.from(sampleTokens(model, Int32Array.of(1, 2, 3), 5, 9))).toEqual([1, 1, 0, 2, 3]);
  });

  it('gives the model the sliding context, oldest first, as a copy', () => {
    const seen: number[][] = [];
    const model = (ctx: Int32Array): Float64Array => {
      seen.push(Array.from(ctx));
      ctx.fill(0); // a model writing into its input must not change what is drawn next
      return Float64Array.of(0, 0, 1);
    };
    const start = Int32Array.of(0, 1);
    expect(Array.from(sampleTokens(model, start, 3, 1))).toEqual([2, 2, 2]);
    expect(seen).toEqual([[0, 1], [1, 2], [2, 2]]); // prettier-ignore
    expect(Array.from(start)).toEqual([0, 1]);
  });

  it('draws a fixed distribution with its frequencies (10k draws, within 4σ)', () => {
    const n = 10_000;
    expectNear(counts(sampleTokens(fixed, Int32Array.of(0), n, 3), 4), FIXED, n);
  });

  it('draws p^(1/T), normalised, at temperature T; the most probable token at T = 0', () => {
    const n = 10_000;
    const at = (t: number): number[] => {
      const w = Array.from(FIXED, (p) => p ** (1 / t));
      const sum = w.reduce((a, x) => a + x, 0);
      return w.map((x) => x / sum);
    };
    expectNear(counts(sampleTokens(fixed, Int32Array.of(0), n, 4, 0.5), 4), at(0.5), n);
    expectNear(counts(sampleTokens(fixed, Int32Array.of(0), n, 4, 3), 4), at(3), n);
    expect(counts(sampleTokens(fixed, Int32Array.of(0), 50, 4, 0), 4)).toEqual([0, 0, 0, 50]);
  });

  it('normalises weights that do not sum to 1', () => {
    const n = 10_000;
    const c = counts(
      sampleTokens(() => Float64Array.of(3, 1), Int32Array.of(0), n, 2),
      2,
    );
    expectNear(c, [0.75, 0.25], n);
  });

  it('never draws a token of probability 0', () => {
    const c = counts(sampleTokens(() => Float64Array.of(0.5, 0, 0.5, 0), Int32Array.of(0), 2000, 8), 4); // prettier-ignore
    expect([c[1], c[3]]).toEqual([0, 0]);
  });

  it('refuses an empty start, bad settings and probabilities that are not weights', () => {
    const s = Int32Array.of(0);
    expect(() => sampleTokens(fixed, new Int32Array(0), 3, 0)).toThrow('at least 1 token');
    expect(() => sampleTokens(fixed, s, -1, 0)).toThrow('whole number ≥ 0, not -1');
    expect(() => sampleTokens(fixed, s, 3, 0, -1)).toThrow('temperature must be a number ≥ 0');
    expect(() => sampleTokens(() => Float64Array.of(0, 0), s, 3, 0)).toThrow('probability 0 to every token'); // prettier-ignore
    expect(() => sampleTokens(() => Float64Array.of(0.5, NaN), s, 3, 0)).toThrow('probability NaN to token 1'); // prettier-ignore
    let calls = 0;
    const shrinking = (): Float64Array => (calls++ === 0 ? FIXED : Float64Array.of(1));
    expect(() => sampleTokens(shrinking, s, 3, 0)).toThrow('1 probabilities at token 1, after 4');
    expect(sampleTokens(fixed, s, 0, 0).length).toBe(0);
  });
});

describe('detokenise', () => {
  it('joins the vocabulary strings of the tokens', () => {
    expect(detokenise(Int32Array.of(2, 0, 1, 3), ['a', ' ', 'h', '·'])).toBe('ha ·');
  });

  it('refuses a token outside the vocabulary', () => {
    expect(() => detokenise(Int32Array.of(0, 2), ['a', 'b'])).toThrow('Token 2 at 1 is outside');
  });
});
