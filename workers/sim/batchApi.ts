// The batched simulator's interface (batch.ts builds it): what a run takes, what it keeps, and
// how large a batch may be.

import type { Program } from './compile';
import type { Step } from './fuse';
import type { StateVector } from './state';

export interface BatchOptions {
  /** Run the fused program (default) or every op as compiled (the reference in tests). */
  fuse?: boolean;
  /** Use the WebAssembly SIMD kernels where available (default), or JavaScript only (tests). */
  simd?: boolean;
  /** Run groups of steps on low qubits block by block (default; off in tests for the reference). */
  block?: boolean;
  /** The qubits below which steps are grouped: blocks of 2^this amplitudes (BLOCK_QUBITS). */
  blockQubits?: number;
}

export interface BatchSimulator {
  readonly program: Program;
  readonly steps: readonly Step[];
  readonly n: number;
  /** Most inputs one run takes. */
  readonly capacity: number;
  readonly numParams: number;
  readonly numFeatures: number;
  /**
   * Runs the circuit from |0…0⟩ with parameters θ on inputs 0 … count−1, input s reading feature
   * f at xs[s·stride + f] (stride defaults to numFeatures). With `backward` false (a forward
   * run only: evaluation, pictures) it keeps nothing for `backward`, which then refuses.
   */
  run(
    params: ArrayLike<number>,
    xs: ArrayLike<number>,
    count: number,
    stride?: number,
    backward?: boolean,
  ): void;
  /** The final state of input s after `run` (a view, overwritten by the next run or backward). */
  state(s: number): StateVector;
  /** Where to write λ_s = Σ_c ∂L/∂⟨M_c⟩·M_c|ψ_s⟩ for each input s before `backward`. */
  seed(s: number): StateVector;
  /** Adds ∂L/∂θ to grad (length ≥ numParams) for the last run, seeded; uses up its states. */
  backward(grad: Float64Array): void;
}

/**
 * Consecutive steps on qubits below this run block by block (2^14 amplitudes, 256 KiB: in the
 * core's cache) on states of more qubits: one trip through memory for the group, not one each.
 */
export const BLOCK_QUBITS = 14;

/** Largest batch memory: 2 arrays of capacity·2^n amplitudes stay within 64 MiB each. */
const MAX_BATCH_AMPLITUDES = 1 << 22;

/** The largest useful batch for n qubits (at least 1), at most `wanted`. */
export function batchCapacity(n: number, wanted: number): number {
  return Math.max(1, Math.min(wanted, Math.floor(MAX_BATCH_AMPLITUDES / 2 ** n)));
}
