// Sizes of the sequence task's classical baselines (a simple RNN and an LSTM of one layer, one
// input per step, a linear output from the last hidden state; a one-layer Transformer over the
// window), and the size that brings one to about the quantum model's number of parameters. Pure:
// no tfjs, so the schema's size estimate and the runner can use it without loading TensorFlow.js.

import type { SequenceBaselineKind } from './types';

/** Largest hidden size (a Transformer's width d) the baselines take (and hiddenForParams's range). */
export const RNN_HIDDEN_MAX = 64;

/**
 * Trainable parameters of a baseline of `hidden` units (the Transformer's width d) reading
 * windows of `window` values, with a linear output.
 *
 * RNN: h·1 + h·h + h (input, recurrent, bias) + h + 1 (output). LSTM: 4·(h·1 + h·h + h) + h + 1
 * (four gates); neither depends on the window.
 *
 * Transformer (one layer, one head, pre-LayerNorm; T = window): d + d (input projection 1 → d)
 * + T·d (position embedding) + 2d (LayerNorm 1) + 4·(d·d + d) (Wq, Wk, Wv, Wo with biases)
 * + 2d (LayerNorm 2) + (d·2d + 2d) + (2d·d + d) (MLP d → 2d → d) + d + 1 (output)
 * = 8d² + (T + 14)·d + 1.
 */
export function rnnParamCount(cell: SequenceBaselineKind, hidden: number, window: number): number {
  if (cell === 'transformer') {
    const d = hidden;
    return 8 * d * d + (window + 14) * d + 1;
  }
  const h = hidden;
  const gates = cell === 'lstm' ? 4 : 1;
  return gates * (h + h * h + h) + h + 1;
}

/**
 * The hidden size (width) in 1 … RNN_HIDDEN_MAX whose parameter count for this window is closest
 * to `target` (ties: the smaller). A target below the smallest count gives 1, one above the
 * largest gives the maximum.
 */
export function hiddenForParams(
  cell: SequenceBaselineKind,
  target: number,
  window: number,
): number {
  let best = 1;
  let gap = Math.abs(rnnParamCount(cell, 1, window) - target);
  for (let h = 2; h <= RNN_HIDDEN_MAX; h++) {
    const d = Math.abs(rnnParamCount(cell, h, window) - target);
    if (d < gap) {
      best = h;
      gap = d;
    }
  }
  return best;
}
