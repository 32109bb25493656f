// The error-correction lesson's part of the worker's messages (protocol.ts joins it to the
// unions): the code's circuits, the figures at the chosen p, and one point of the sweep a step.

import type { Circuit, CircuitChannel } from './sim/circuit';

/** The exact logical error of the encoded qubit and the error of a bare qubit, at one p. */
export interface QecPoint {
  p: number;
  /** Probability that the decoded logical qubit reads wrong. */
  logical: number;
  /** The same for one qubit with no code, under the same channel. */
  unencoded: number;
}

export interface QecInfo {
  task: 'qec';
  kind: 'bitFlip' | 'phaseFlip' | 'shor';
  channel: 'bitFlip' | 'phaseFlip' | 'depolarizing';
  /** Qubits simulated (data and ancillas) as a density matrix. */
  qubits: number;
  /**
   * The code's steps in order, each with its own ops (together the whole code); the noise step
   * has no gates: its channels are described in words and `placed` after the ops before it.
   */
  steps: { name: string; circuit: Circuit; channels: string | null; placed: CircuitChannel[] }[];
  /** The figures at the experiment's p. */
  at: QecPoint;
  /** The p values of the sweep, in order (a step computes the next one). */
  sweep: number[];
  /** The p > 0 where the code and a bare qubit fail equally, when the code fits the channel. */
  breakEven: number | null;
  /** True when the code corrects every single-qubit error this channel makes. */
  matched: boolean;
  /** True when the 3-qubit code meets its own channel: the logical error is 3p² − 2p³. */
  analytic: boolean;
}

export interface QecReport {
  epoch: number;
  /** The sweep's point this step computed; null for step 0. */
  point: QecPoint | null;
}

/**
 * What the ancillas measured at the experiment's p, before the correction used it: the
 * probability of each syndrome, indexed by ancilla 3 + 2·ancilla 4 (3-qubit codes only).
 */
export interface QecSyndromes {
  p: number;
  probabilities: number[];
}
