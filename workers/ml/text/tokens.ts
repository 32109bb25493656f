// The text task's tokens: a text cut into characters (at most 16 kinds), the contexts the models
// read (`context` past tokens, the next one to predict), split in time order into train and test,
// and the cross-entropy (perplexity = its exp) that scores a model's next-token probabilities.

import type { TokenBatch } from './nextToken';

/** The most token kinds a text is cut into (the models' output size). */
export const CORPUS_VOCAB_MAX = 16;

/** The shortest text, in characters after normalising, that tokeniseText accepts. */
export const MIN_TEXT_CHARS = 50;

/** The token every character left out of the vocabulary maps to, as displayed. */
export const OTHER_TOKEN = '·';

/** The built-in corpus, shipped in public/ (fetched from the app's base URL + file). */
export const CORPUS = {
  file: 'corpus/alice.txt',
  title: "Alice's Adventures in Wonderland, the opening of Chapter I, Down the Rabbit-Hole",
  author: 'Lewis Carroll',
  year: 1865,
} as const;

/** Probabilities below this count as this in a cross-entropy (log 0 would be infinite). */
const PROB_FLOOR = 1e-12;

/** The text as tokenised: lower-cased, each run of whitespace one space, no space at either end. */
export function normaliseText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Character-level tokens of a text (normalised by normaliseText, characters as Unicode code
 * points). If it holds at most maxVocab kinds of character, each has a token; otherwise the
 * maxVocab − 1 most frequent keep one and every other character maps to one more token, shown as
 * '·'. Ids follow frequency, most frequent first, ties broken by first appearance in the text;
 * the '·' token, when there is one, is the last id. A text that already holds '·' is not told
 * apart from it in display. Throws for a text shorter than 50 characters.
 */
export function tokeniseText(
  text: string,
  maxVocab: number = CORPUS_VOCAB_MAX,
): { vocab: string[]; tokens: Int32Array } {
  if (!Number.isInteger(maxVocab) || maxVocab < 2 || maxVocab > CORPUS_VOCAB_MAX)
    throw new Error(`The vocabulary has from 2 to ${CORPUS_VOCAB_MAX} tokens, not ${maxVocab}.`);
  const chars = Array.from(normaliseText(text));
  if (chars.length < MIN_TEXT_CHARS)
    throw new Error(
      `The text has ${chars.length} characters (after joining spaces); a model needs at least ` +
        `${MIN_TEXT_CHARS} to learn from. Use a longer text.`,
    );
  // Map iterates in insertion order, i.e. by first appearance: a stable sort keeps it for ties.
  const counts = new Map<string, number>();
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([ch]) => ch);
  const kept = ranked.length <= maxVocab ? ranked : ranked.slice(0, maxVocab - 1);
  const vocab = kept.length < ranked.length ? [...kept, OTHER_TOKEN] : kept;
  const id = new Map(kept.map((ch, i) => [ch, i]));
  // Only characters left out miss the map; they take the '·' token, id kept.length.
  const tokens = new Int32Array(chars.length);
  for (let i = 0; i < chars.length; i++) tokens[i] = id.get(chars[i]!) ?? kept.length;
  return { vocab, tokens };
}

/** Contexts cut from a token sequence, in time order. */
export interface Contexts extends TokenBatch {
  /** Tokens per context. */
  context: number;
  count: number;
  /** Contexts [0, trainCount) train, [trainCount, count) test: in time order, never shuffled across. */
  trainCount: number;
  /** Index in tokens of each context's target. */
  targetIndex: Int32Array;
}

/**
 * Sliding contexts: context k reads tokens k … k + context − 1 (inputs[k·context + t], oldest
 * first) and its target is token k + context; count = tokens − context. The first
 * round(trainRatio·count) contexts train (at least 2, and at least 1 is left to test), the rest
 * test. Throws an Error a student can read when there are too few tokens or a setting is out of
 * range.
 */
export function makeContexts(tokens: Int32Array, context: number, trainRatio: number): Contexts {
  if (!Number.isInteger(context) || context < 1)
    throw new Error(`The context must be a whole number of tokens ≥ 1, not ${context}.`);
  if (!(trainRatio > 0 && trainRatio < 1))
    throw new Error(`The training share must be between 0 and 1, not ${trainRatio}.`);
  const bad = tokens.findIndex((t) => t < 0);
  if (bad >= 0) throw new Error(`Token ${bad} is ${tokens[bad]}; token ids are ≥ 0.`);
  const count = tokens.length - context;
  if (count < 3)
    throw new Error(
      `The text has ${tokens.length} tokens: too short for contexts of ${context} with 2 ` +
        `training contexts and a test context after them (that takes ${context + 3} tokens). ` +
        `Use a longer text or a shorter context.`,
    );
  const trainCount = Math.min(count - 1, Math.max(2, Math.round(trainRatio * count)));
  const inputs = new Int32Array(count * context);
  const targets = new Int32Array(count);
  const targetIndex = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    inputs.set(tokens.subarray(k, k + context), k * context);
    targetIndex[k] = k + context;
    targets[k] = tokens[k + context]!;
  }
  return { inputs, targets, context, count, trainCount, targetIndex };
}

/** Refuses a range of contexts that is not [from, to) with 0 ≤ from < to ≤ available. */
function checkRange(from: number, to: number, available: number, what: string): void {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from < to))
    throw new Error(`The contexts scored must be a range [from, to) with 0 ≤ from < to, not [${from}, ${to}).`); // prettier-ignore
  if (to > available)
    throw new Error(`Context ${to - 1} is scored but there are only ${available} ${what}.`);
}

/**
 * Mean cross-entropy in nats, −(1/(to − from)) Σ_k log probs[k·vocab + targets[k]] over contexts
 * [from, to), probs holding one row of vocab probabilities per context; a probability below 1e-12
 * (0 included) counts as 1e-12. Perplexity is its exp.
 */
export function crossEntropy(
  probs: Float64Array,
  vocab: number,
  targets: Int32Array,
  from: number,
  to: number,
): number {
  if (!Number.isInteger(vocab) || vocab < 1)
    throw new Error(`The vocabulary size must be a whole number ≥ 1, not ${vocab}.`);
  checkRange(from, to, Math.min(targets.length, Math.floor(probs.length / vocab)), 'rows of probabilities and targets'); // prettier-ignore
  let sum = 0;
  for (let k = from; k < to; k++) {
    const v = targets[k]!;
    if (v < 0 || v >= vocab)
      throw new Error(`Target ${v} of context ${k} is outside the vocabulary 0–${vocab - 1}.`);
    sum -= Math.log(Math.max(PROB_FLOOR, probs[k * vocab + v]!));
  }
  return sum / (to - from);
}

/**
 * The perplexity of the unigram model (each token's frequency among the training targets,
 * whatever came before) on the training targets (exp of their empirical entropy) or on the test
 * targets, where the frequencies are add-one (Laplace) smoothed, (n_v + 1)/(N + vocab), so that a
 * token never seen in training is unlikely but possible: the reference a model must beat to show
 * it uses its context.
 */
export function unigramPerplexity(
  contexts: Pick<Contexts, 'targets' | 'count' | 'trainCount'>,
  vocab: number,
  on: 'train' | 'test' = 'train',
): number {
  const { targets, count, trainCount } = contexts;
  if (!Number.isInteger(vocab) || vocab < 1)
    throw new Error(`The vocabulary size must be a whole number ≥ 1, not ${vocab}.`);
  checkRange(0, trainCount, count, 'contexts');
  checkRange(trainCount, count, targets.length, 'targets');
  const freq = new Float64Array(vocab);
  for (let k = 0; k < trainCount; k++) {
    const v = targets[k]!;
    if (v < 0 || v >= vocab)
      throw new Error(`Target ${v} of context ${k} is outside the vocabulary 0–${vocab - 1}.`);
    freq[v] = freq[v]! + 1;
  }
  const [add, from, to] = on === 'train' ? [0, 0, trainCount] : [1, trainCount, count];
  for (let v = 0; v < vocab; v++) freq[v] = (freq[v]! + add) / (trainCount + add * vocab);
  let sum = 0;
  for (let k = from; k < to; k++) {
    const v = targets[k]!;
    const p = v >= 0 && v < vocab ? freq[v]! : 0;
    sum -= Math.log(Math.max(PROB_FLOOR, p));
  }
  return Math.exp(sum / (to - from));
}
