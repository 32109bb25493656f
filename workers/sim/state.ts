// The statevector: 2^n complex amplitudes, interleaved (re, im) in one Float64Array.
// Basis index b holds qubit q in bit q (qubit 0 least significant, as in Qiskit).

import { SimError } from './errors';
import { allocAmplitudes } from './simd';

/** Largest statevector the simulator allocates (2^24 amplitudes = 256 MiB). */
export const MAX_QUBITS = 24;

export interface StateVector {
  /** Number of qubits. */
  readonly n: number;
  /** Amplitude of basis state b is (amp[2b], amp[2b+1]) = (re, im). Length 2^(n+1). */
  readonly amp: Float64Array;
}

/** Bytes a statevector of n qubits occupies. */
export function stateBytes(n: number): number {
  return 2 ** n * 16;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}

/** Checks a qubit count before any memory is touched; throws a SimError a student can read. */
export function checkQubitCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new SimError(
      'qubits',
      `The number of qubits must be a whole number from 1 to ${MAX_QUBITS}; got ${n}.`,
    );
  }
  if (n > MAX_QUBITS) {
    throw new SimError(
      'qubits',
      `${n} qubits would need ${formatBytes(stateBytes(n))} of memory for the statevector; ` +
        `the limit is ${MAX_QUBITS} qubits (${formatBytes(stateBytes(MAX_QUBITS))}).`,
    );
  }
}

/** A new state |0…0⟩ on n qubits. */
export function createState(n: number): StateVector {
  checkQubitCount(n);
  const [amp] = allocAmplitudes(n) as [Float64Array];
  amp[0] = 1;
  return { n, amp };
}

/** Sets the state back to |0…0⟩ in place. */
export function resetState(state: StateVector): void {
  state.amp.fill(0);
  state.amp[0] = 1;
}

/** Copies src into dst (same qubit count) without allocating. */
export function copyState(dst: StateVector, src: StateVector): void {
  dst.amp.set(src.amp);
}

/** A fresh copy. */
export function cloneState(src: StateVector): StateVector {
  const [amp] = allocAmplitudes(src.n) as [Float64Array];
  amp.set(src.amp);
  return { n: src.n, amp };
}

/** Σ |amplitude|² (1 for a valid state). */
export function norm2(state: StateVector): number {
  const a = state.amp;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return s;
}

/** ⟨a|b⟩ as [re, im]. */
export function innerProduct(a: StateVector, b: StateVector): [number, number] {
  const x = a.amp;
  const y = b.amp;
  let re = 0;
  let im = 0;
  for (let i = 0; i < x.length; i += 2) {
    const ar = x[i]!;
    const ai = x[i + 1]!;
    const br = y[i]!;
    const bi = y[i + 1]!;
    re += ar * br + ai * bi;
    im += ar * bi - ai * br;
  }
  return [re, im];
}
