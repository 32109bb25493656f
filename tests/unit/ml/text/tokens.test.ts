// Tests of the text task's tokens: tokenising by hand (normalising, vocabulary order, the '·'
// token), the shipped corpus, contexts (targets, split, indices, refusals), the cross-entropy by
// hand and the unigram reference.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CORPUS,
  CORPUS_VOCAB_MAX,
  crossEntropy,
  makeContexts,
  tokeniseText,
  unigramPerplexity,
} from '../../../../workers/ml/text/tokens';
import { detokenise } from '../../../../workers/ml/text/sample';

/** The shipped corpus as the app serves it (public/ is the site's root). */
const corpusText = readFileSync(resolve(__dirname, '../../../../public', CORPUS.file), 'utf8');
/** Lower-cased, whitespace runs as one space, trimmed: written here apart from the module. */
const collapse = (s: string): string => s.toLowerCase().split(/\s+/).filter(Boolean).join(' ');
const ramp = Int32Array.from({ length: 10 }, (_, i) => i);

describe('tokeniseText', () => {
  // Counts after normalising: 'a' 32, ' ' 26, 'c' 16, 'b' 16 (a tie: 'c' is seen first), 'd' 4,
  // 'e' 2, 'f' 1.
  const text = 'AAAA CC\n\nBB  aaaa cc bb\t'.repeat(4) + 'dddd ee f';

  it('orders the vocabulary by frequency, ties by first appearance, and maps the rest to ·', () => {
    const { vocab, tokens } = tokeniseText(text, 5);
    expect(vocab).toEqual(['a', ' ', 'c', 'b', '·']);
    const id: Record<string, number> = { a: 0, ' ': 1, c: 2, b: 3 };
    expect(Array.from(tokens)).toEqual(Array.from(collapse(text), (ch) => id[ch] ?? 4));
    expect(detokenise(tokens, vocab)).toBe(collapse(text).replace(/[def]/g, '·'));
  });

  it('adds no · token when every character fits', () => {
    const { vocab, tokens } = tokeniseText(text, 7);
    expect(vocab).toEqual(['a', ' ', 'c', 'b', 'd', 'e', 'f']);
    expect(detokenise(tokens, vocab)).toBe(collapse(text));
  });

  it('keeps maxVocab − 1 characters when one more kind than fits appears', () => {
    expect(tokeniseText(text, 6).vocab).toEqual(['a', ' ', 'c', 'b', 'd', '·']);
  });

  it('refuses a text under 50 characters after normalising, and a vocabulary outside 2–16', () => {
    expect(() => tokeniseText('a'.repeat(49) + '      ')).toThrow('49 characters');
    expect(tokeniseText('ab'.repeat(25)).tokens.length).toBe(50);
    expect(() => tokeniseText(text, 1)).toThrow('from 2 to 16 tokens, not 1');
    expect(() => tokeniseText(text, 17)).toThrow('from 2 to 16 tokens, not 17');
  });
});

describe('the corpus', () => {
  const { vocab, tokens } = tokeniseText(corpusText);
  const normal = collapse(corpusText);

  it('is a text of 3,000–8,000 characters', () => {
    expect(corpusText.length).toBeGreaterThanOrEqual(3000);
    expect(corpusText.length).toBeLessThanOrEqual(8000);
    expect(tokens.length).toBe(normal.length);
  });

  it('tokenises to exactly 16 symbols, a space and · among them', () => {
    expect(vocab.length).toBe(CORPUS_VOCAB_MAX);
    expect(vocab).toContain(' ');
    expect(vocab.at(-1)).toBe('·');
    expect(new Set(vocab).size).toBe(16);
    expect(vocab.join('')).toBe(' etaohnisrdlwug·');
  });

  it('detokenises to the normalised text, characters out of the vocabulary as ·', () => {
    const kept = new Set(vocab.slice(0, -1));
    const expected = Array.from(normal, (ch) => (kept.has(ch) ? ch : '·')).join('');
    expect(detokenise(tokens, vocab)).toBe(expected);
    expect(expected.slice(0, 41)).toBe('·ha·ter i· down the ra··it·hole ali·e was');
  });

  it('names its title and author', () => {
    expect(CORPUS.author).toBe('Lewis Carroll');
    expect(CORPUS.title).toContain('Alice');
  });
});

describe('makeContexts', () => {
  it('cuts 0..9 into contexts of 3 with the next token as target, split in order', () => {
    const c = makeContexts(ramp, 3, 0.7);
    expect(c.count).toBe(7);
    expect(c.context).toBe(3);
    expect(c.trainCount).toBe(5); // round(0.7 · 7) = 5
    expect(Array.from(c.inputs.subarray(0, 6))).toEqual([0, 1, 2, 1, 2, 3]);
    expect(Array.from(c.inputs.subarray(18))).toEqual([6, 7, 8]);
    expect(Array.from(c.targets)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(c.targetIndex)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('keeps at least 2 training contexts and 1 test context', () => {
    expect(makeContexts(ramp, 3, 0.01).trainCount).toBe(2);
    expect(makeContexts(ramp, 3, 0.99).trainCount).toBe(6);
  });

  it('refuses too few tokens, a bad context or share, and negative tokens', () => {
    expect(makeContexts(ramp, 7, 0.5).count).toBe(3);
    expect(() => makeContexts(ramp, 8, 0.5)).toThrow('The text has 10 tokens: too short');
    expect(() => makeContexts(ramp, 0, 0.5)).toThrow('whole number of tokens ≥ 1, not 0');
    expect(() => makeContexts(ramp, 3, 1)).toThrow('between 0 and 1, not 1');
    expect(() => makeContexts(Int32Array.of(0, 1, 2, -1, 4), 1, 0.5)).toThrow('Token 3 is -1');
  });
});

describe('crossEntropy', () => {
  // Three contexts over 3 tokens; targets 0, 2, 1.
  const probs = Float64Array.of(0.5, 0.25, 0.25, 0.1, 0.1, 0.8, 0.3, 0, 0.7);
  const targets = Int32Array.of(0, 2, 1);

  it('is the mean −log of the target probabilities over [from, to)', () => {
    expect(crossEntropy(probs, 3, targets, 0, 2)).toBeCloseTo(-(Math.log(0.5) + Math.log(0.8)) / 2, 14); // prettier-ignore
    expect(crossEntropy(probs, 3, targets, 1, 2)).toBeCloseTo(-Math.log(0.8), 14);
  });

  it('clamps a probability of 0 at 1e-12', () => {
    expect(crossEntropy(probs, 3, targets, 2, 3)).toBeCloseTo(-Math.log(1e-12), 10);
  });

  it('refuses an empty or out-of-range span and targets outside the vocabulary', () => {
    expect(() => crossEntropy(probs, 3, targets, 1, 1)).toThrow('0 ≤ from < to');
    expect(() => crossEntropy(probs, 3, targets, 0, 4)).toThrow('Context 3 is scored');
    expect(() => crossEntropy(probs, 3, Int32Array.of(0, 3, 1), 0, 2)).toThrow('Target 3 of context 1'); // prettier-ignore
  });
});

describe('unigramPerplexity', () => {
  // Train targets 0, 0, 1, 0 (frequencies 3/4, 1/4); test targets 1, 2.
  const c = { targets: Int32Array.of(0, 0, 1, 0, 1, 2), count: 6, trainCount: 4 };

  it('on the training targets is exp of their empirical entropy', () => {
    const h = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    expect(unigramPerplexity(c, 3)).toBeCloseTo(Math.exp(h), 12);
  });

  it('on the test targets scores them by add-one smoothed training frequencies', () => {
    // (1 + 1)/(4 + 3) for token 1, (0 + 1)/(4 + 3) for the unseen token 2.
    const ce = -(Math.log(2 / 7) + Math.log(1 / 7)) / 2;
    expect(Math.log(unigramPerplexity(c, 3, 'test'))).toBeCloseTo(ce, 10);
  });

  it('of a uniform sequence is the vocabulary size', () => {
    const x = Int32Array.from({ length: 403 }, (_, i) => i % 4);
    const contexts = makeContexts(x, 3, 0.5);
    expect(unigramPerplexity(contexts, 4)).toBeCloseTo(4, 12);
  });
});
