// Text written by a model: seeded autoregressive sampling (each drawn token joins the context the
// next one is predicted from) and tokens turned back into the characters they stand for.

import { createRng } from '../../sim/rng';

/**
 * `length` tokens drawn one at a time, seeded: token i is drawn from probsOf(context), the context
 * being the last start.length tokens (start, then the tokens drawn so far; probsOf gets a fresh
 * copy, oldest token first), and then slides by one. probsOf returns one weight per vocabulary
 * token (≥ 0, not all 0; normalised here). With temperature T the weights become p^(1/T): T < 1
 * sharpens, T > 1 flattens, T = 0 always takes the most probable token (the lowest id on a tie).
 * Returns only the drawn tokens, not start.
 */
export function sampleTokens(
  probsOf: (context: Int32Array) => Float64Array,
  start: Int32Array,
  length: number,
  seed: number,
  temperature = 1,
): Int32Array {
  if (start.length < 1) throw new Error('Sampling needs a starting context of at least 1 token.');
  if (!Number.isInteger(length) || length < 0)
    throw new Error(`The number of tokens to draw must be a whole number ≥ 0, not ${length}.`);
  if (!(Number.isFinite(temperature) && temperature >= 0))
    throw new Error(`The temperature must be a number ≥ 0, not ${temperature}.`);
  const rng = createRng(seed);
  const n = start.length;
  // start followed by the drawn tokens; the context of token i is window[i … i + n).
  const window = new Int32Array(n + length);
  window.set(start);
  let vocab = -1;
  for (let i = 0; i < length; i++) {
    const probs = probsOf(window.slice(i, i + n));
    if (vocab < 0) vocab = probs.length;
    if (probs.length !== vocab || vocab < 1)
      throw new Error(
        `The model gave ${probs.length} probabilities at token ${i}, after ${vocab} before.`,
      );
    window[n + i] = drawToken(probs, temperature, rng.next(), i);
  }
  return window.slice(n);
}

/** A token drawn from weights p at temperature T with u uniform in [0, 1) (step i, for errors). */
function drawToken(p: Float64Array, temperature: number, u: number, i: number): number {
  let max = 0;
  let best = 0;
  for (let v = 0; v < p.length; v++) {
    const pv = p[v]!;
    if (!(pv >= 0 && pv < Infinity))
      throw new Error(`The model gave probability ${pv} to token ${v} at step ${i}.`);
    if (pv > max) [max, best] = [pv, v];
  }
  if (max === 0) throw new Error(`The model gave probability 0 to every token at step ${i}.`);
  if (temperature === 0) return best;
  // Weights relative to the largest, (p/max)^(1/T), so a small T neither overflows nor underflows all.
  let total = 0;
  for (let v = 0; v < p.length; v++) total += weight(p[v]!, max, temperature);
  let target = u * total;
  let last = best;
  for (let v = 0; v < p.length; v++) {
    const w = weight(p[v]!, max, temperature);
    if (w <= 0) continue;
    last = v;
    target -= w;
    if (target < 0) return v;
  }
  // Rounding left target ≥ 0 after the last positive weight: that is the one drawn.
  return last;
}

/** (p/max)^(1/T); p itself at T = 1 (the same draw, without a power). */
function weight(p: number, max: number, temperature: number): number {
  return temperature === 1 ? p : (p / max) ** (1 / temperature);
}

/** The text tokens stand for: vocab[token] joined (vocab from tokeniseText or markovAlphabet). */
export function detokenise(tokens: Int32Array, vocab: string[]): string {
  let text = '';
  for (let i = 0; i < tokens.length; i++) {
    const s = vocab[tokens[i]!];
    if (s === undefined)
      throw new Error(
        `Token ${tokens[i]} at ${i} is outside the vocabulary 0–${vocab.length - 1}.`,
      );
    text += s;
  }
  return text;
}
