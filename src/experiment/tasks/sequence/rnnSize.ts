// Sizes of the sequence task's classical baselines (a simple RNN and an LSTM of one layer, one
// input per step, a linear output from the last hidden state), and the hidden size that brings
// one to about the quantum model's number of parameters. Pure: no tfjs, so the schema's size
// estimate and the runner can use it without loading TensorFlow.js.

import type { SequenceBaselineKind } from './types';

/** Largest hidden size the baselines take (and hiddenForParams chooses among 1 … this). */
export const RNN_HIDDEN_MAX = 64;

/**
 * Trainable parameters of a one-layer cell of `hidden` units on 1 input per step, with a linear
 * output from the last hidden state. RNN: h·1 + h·h + h (input, recurrent, bias) + h + 1
 * (output). LSTM: 4·(h·1 + h·h + h) + h + 1 (four gates).
 */
export function rnnParamCount(cell: SequenceBaselineKind, hidden: number): number {
  const h = hidden;
  const gates = cell === 'lstm' ? 4 : 1;
  return gates * (h + h * h + h) + h + 1;
}

/**
 * The hidden size in 1 … RNN_HIDDEN_MAX whose parameter count is closest to `target` (ties: the
 * smaller). A target below the smallest count gives 1, one above the largest gives the maximum.
 */
export function hiddenForParams(cell: SequenceBaselineKind, target: number): number {
  let best = 1;
  let gap = Math.abs(rnnParamCount(cell, 1) - target);
  for (let h = 2; h <= RNN_HIDDEN_MAX; h++) {
    const d = Math.abs(rnnParamCount(cell, h) - target);
    if (d < gap) {
      best = h;
      gap = d;
    }
  }
  return best;
}
