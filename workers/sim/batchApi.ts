// The batched simulator's interface (batch.ts builds it): what a run takes (and the checks that
// refuse what does not fit), what it keeps, and how large a batch may be.

import type { Program } from './compile';
import { SimError } from './errors';
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

/**
 * The states a run starts from, in the simulator's layout (per amplitude b of a state, re at 2b and
 * im at 2b + 1; 2^(n+1) numbers a state): `count` states back to back in one array of exactly
 * count·2^(n+1) numbers, or a list whose first `count` entries are the states (the same array
 * may appear more than once). Read before the run writes any state, so not views of the
 * simulator's own states (`state(s)`), which the run overwrites input by input.
 */
export type BatchStart = Float64Array | readonly Float64Array[];

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
  /**
   * `run` from given states instead of |0…0⟩: input s starts in start state s (any amplitudes;
   * the run is linear), e.g. each row's state after a circuit's fixed prefix. `backward` after it
   * gives the exact gradient of this circuit's parameters from there on.
   */
  runFrom(
    params: ArrayLike<number>,
    xs: ArrayLike<number>,
    count: number,
    start: BatchStart,
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

/** Refuses a run's arguments (before anything is overwritten) that do not fit program p. */
export function checkRun(
  p: Program,
  capacity: number,
  params: ArrayLike<number>,
  xs: ArrayLike<number>,
  c: number,
  stride: number,
): void {
  if (!Number.isInteger(c) || c < 1 || c > capacity)
    throw new SimError('count', `A run takes 1 to ${capacity} inputs; got ${c}.`);
  if (params.length < p.numParams)
    throw new SimError('params', `The circuit uses ${p.numParams} trainable parameters; ${params.length} were given.`); // prettier-ignore
  if (p.numFeatures > 0 && xs.length < (c - 1) * stride + p.numFeatures)
    throw new SimError('x', `${c} inputs of ${p.numFeatures} features need ${(c - 1) * stride + p.numFeatures} numbers; ${xs.length} were given.`); // prettier-ignore
}

export const isStateList = (start: BatchStart): start is readonly Float64Array[] =>
  Array.isArray(start);

/** Refuses start states that are not c states of n qubits (2^(n+1) numbers each). */
export function checkStart(start: BatchStart, c: number, n: number): void {
  const len = 2 << n;
  if (!isStateList(start)) {
    if (start.length !== c * len)
      throw new SimError('start', `${c} start states of ${n} qubits take ${c} × ${len} = ${c * len} numbers (re, im per amplitude); ${start.length} were given.`); // prettier-ignore
    return;
  }
  if (start.length < c)
    throw new SimError('start', `A run of ${c} inputs needs ${c} start states; ${start.length} were given.`); // prettier-ignore
  for (let s = 0; s < c; s++)
    if (start[s]!.length !== len)
      throw new SimError('start', `Start state ${s} has ${start[s]!.length} numbers; a state of ${n} qubits has ${len} (re, im per amplitude).`); // prettier-ignore
}
