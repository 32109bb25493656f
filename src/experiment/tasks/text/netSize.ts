// Sizes of the text task's classical baselines (a simple RNN, an LSTM and a one-layer Transformer
// that predict the next token of a context), and the size that brings one to about the quantum
// model's number of parameters. Pure: no tfjs, so the page and the worker both use it without
// loading TensorFlow.js.

import type { TextBaselineKind } from './types';

/** The classical next-token models: a simple RNN, an LSTM, a one-layer Transformer. */
export type { TextBaselineKind };

/** Largest size the baselines take (hidden units, or the Transformer's model width d). */
export const TEXT_SIZE_MAX = 64;

/**
 * Trainable parameters of a net for a vocabulary of V tokens, a context of T tokens and a size
 * (h hidden units, or the Transformer's width d).
 *
 * RNN (G = 1) and LSTM (G = 4 gates): the one-hot token feeds the cell, so
 * G·(V·h + h·h + h) (input, recurrent, bias) + h·V + V (output from the last hidden state).
 *
 * Transformer (one layer, one head, post-LayerNorm):
 * V·d (token embedding) + T·d (position embedding) + 4·(d·d + d) (Wq, Wk, Wv, Wo with biases)
 * + 2d (LayerNorm 1) + (d·2d + 2d) + (2d·d + d) (MLP d → 2d → d) + 2d (LayerNorm 2)
 * + d·V + V (output) = 8d² + (2V + T + 11)·d + V.
 */
export function textNetParamCount(
  kind: TextBaselineKind,
  size: number,
  vocab: number,
  context: number,
): number {
  const V = vocab;
  if (kind === 'transformer') {
    const d = size;
    return 8 * d * d + (2 * V + context + 11) * d + V;
  }
  const h = size;
  const gates = kind === 'lstm' ? 4 : 1;
  return gates * (V * h + h * h + h) + h * V + V;
}

/**
 * The size in 1 … TEXT_SIZE_MAX whose parameter count is closest to `target` (ties: the smaller).
 * A target below the smallest count gives 1, one above the largest gives TEXT_SIZE_MAX.
 */
export function textSizeForParams(
  kind: TextBaselineKind,
  target: number,
  vocab: number,
  context: number,
): number {
  let best = 1;
  let gap = Math.abs(textNetParamCount(kind, 1, vocab, context) - target);
  for (let s = 2; s <= TEXT_SIZE_MAX; s++) {
    const d = Math.abs(textNetParamCount(kind, s, vocab, context) - target);
    if (d < gap) {
      best = s;
      gap = d;
    }
  }
  return best;
}
