// What every model of the text task does: read a context of `context` tokens (ids in [0, vocab))
// and give the probabilities of the next token; train on contexts by mini-batches with the mean
// next-token cross-entropy (natural log) as the loss. The quantum models (quixer.ts, the QLSTM)
// implement it with exact gradients; the classical ones (textTfjs.ts) with tfjs autodiff.

import type { Circuit, Rng } from '../../sim';
import type { Optimizer } from '../optim';

/**
 * Contexts and their next tokens: inputs[k·context + t] is context k's token t (oldest first),
 * targets[k] the token that follows it.
 */
export interface TokenBatch {
  inputs: Int32Array;
  targets: Int32Array;
}

/** A trainable quantum next-token model. */
export interface NextTokenModel {
  /** The circuit to draw (one Quixer token unitary, or one QLSTM gate circuit). */
  readonly circuit: Circuit;
  /** Qubits the model simulates (system plus any register it needs). */
  readonly qubits: number;
  readonly vocab: number;
  readonly context: number;
  readonly numParams: number;
  /** The trainable parameters, changed in place by trainEpoch. */
  readonly theta: Float64Array;
  /** Next-token probabilities of contexts [0, count): out[k·vocab + v], each row summing to 1. */
  probabilities(inputs: Int32Array, count: number): Float64Array;
  /**
   * One epoch over contexts [0, count) in mini-batches of batchSize, order shuffled by rng
   * (createMiniBatcher from classifier.ts); returns the mean cross-entropy of the batches as trained.
   */
  trainEpoch(
    inputs: Int32Array,
    targets: Int32Array,
    count: number,
    batchSize: number,
    opt: Optimizer,
    rng: Rng,
  ): number;
  /** Mean cross-entropy (nats) over contexts [0, count) and its exact gradient at theta; grad is overwritten. */
  lossAndGradient(
    inputs: Int32Array,
    targets: Int32Array,
    count: number,
    grad: Float64Array,
  ): number;
  /**
   * Quixer only: the mean post-selection success probability of the LCU + polynomial block over
   * contexts [0, count) (what a device would keep of its shots).
   */
  successProbability?(inputs: Int32Array, count: number): number;
}

/** Vocabulary and context every next-token model takes: [least, most]. */
export const TOKEN_LIMITS = { vocab: [2, 16], context: [2, 8] } as const;

/**
 * Refuses a model's vocabulary size or context length outside TOKEN_LIMITS, with a sentence that
 * names the model (`model` finishes "The …'s vocabulary size must be …").
 */
export function checkTokenSpec(model: string, spec: { vocab: number; context: number }): void {
  const words = { vocab: 'vocabulary size', context: 'context length' } as const;
  for (const key of ['vocab', 'context'] as const) {
    const v = spec[key];
    const [lo, hi] = TOKEN_LIMITS[key];
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new Error(`The ${model}'s ${words[key]} must be a whole number from ${lo} to ${hi}; got ${v}.`); // prettier-ignore
  }
}

/**
 * Refuses token data that does not fit: `count` contexts of `context` tokens with ids in
 * [0, vocab) (and as many targets when given), with a sentence that says what is wrong.
 */
export function checkTokens(
  context: number,
  vocab: number,
  inputs: Int32Array,
  targets: Int32Array | null,
  count: number,
): void {
  if (!Number.isInteger(count) || count < (targets ? 1 : 0))
    throw new Error(`The number of contexts must be a whole number of at least ${targets ? 1 : 0}; got ${count}.`); // prettier-ignore
  if (inputs.length < count * context)
    throw new Error(`${count} contexts of ${context} tokens need ${count * context} inputs; ${inputs.length} were given.`); // prettier-ignore
  if (targets && targets.length < count)
    throw new Error(`${count} contexts need ${count} targets; ${targets.length} were given.`);
  const bad = (a: Int32Array, n: number): number => {
    for (let i = 0; i < n; i++) if (!(a[i]! >= 0 && a[i]! < vocab)) return i;
    return -1;
  };
  const i = bad(inputs, count * context);
  if (i >= 0) throw new Error(`Token ${inputs[i]} at input ${i} is outside the vocabulary 0–${vocab - 1}.`); // prettier-ignore
  const j = targets ? bad(targets, count) : -1;
  if (j >= 0) throw new Error(`Target ${targets![j]} of context ${j} is outside the vocabulary 0–${vocab - 1}.`); // prettier-ignore
}
