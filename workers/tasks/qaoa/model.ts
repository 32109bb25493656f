// The optimisation task's problems as QAOA sees them: an Ising energy over bitstrings, what the
// user's objective is, and which bitstrings meet the constraints. Every problem (graph cut,
// portfolio, traffic, custom) is built into this one shape (problems/), and QAOA and the classical
// solvers work on nothing else.

import type { ProblemPicture } from '../../protocol';

/**
 * E(x) = offset + Σ_i h_i z_i + Σ_(i<j) J_ij z_i z_j with z_i = 1 − 2x_i, x_i bit i of the basis
 * index (qubit i). The energy QAOA and the solvers minimise, penalties included.
 */
export interface Ising {
  n: number;
  offset: number;
  /** Linear coefficients, length n. */
  h: Float64Array;
  /** Couplings (i < j, no repeats), coefficient w. */
  couplings: { i: number; j: number; w: number }[];
}

export interface Problem {
  ising: Ising;
  /** 'cut': the score shown is −E (maximised); 'cost': the score shown is E (minimised). */
  objective: 'cut' | 'cost';
  /** The user's objective without penalties, for a bitstring (cut size, return − q·risk, …). */
  plain(bits: number): number;
  /** Words for plain(): "Cut", "Return − q × risk", "Congestion", "Cost". */
  plainName: string;
  /** Whether bits meets the constraints (true when there are none). */
  feasible(bits: number): boolean;
  /** Penalty weight and what it enforces ("exactly 3 assets"), or null. */
  penalty: { weight: number; enforces: string } | null;
  /** For the XY mixer: the Hamming weight every feasible bitstring has (portfolio budget). */
  budget: number | null;
  picture: ProblemPicture;
}
