// Density matrices: allocation, the size limit, |ψ⟩⟨ψ| from a statevector, trace and purity.
// Layout (types.ts): ρ[r][c] at complex index (r << n) | c, a 2n-qubit "statevector".

import { SimError } from '../errors';
import { allocAmplitudes } from '../simd';
import { formatBytes, type StateVector } from '../state';
import type { DensityMatrix } from './types';

/** Largest density matrix the simulator allocates (4^12 entries = 256 MiB). */
export const MAX_DENSITY_QUBITS = 12;

/** Bytes a density matrix of n qubits occupies: 4^n complex numbers of 16 bytes. */
function densityBytes(n: number): number {
  return 4 ** n * 16;
}

/** Checks a qubit count before any memory is touched; throws a SimError a student can read. */
export function checkDensityQubits(n: number): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new SimError(
      'qubits',
      `The number of qubits must be a whole number from 1 to ${MAX_DENSITY_QUBITS} for a noisy ` +
        `simulation; got ${n}.`,
    );
  }
  if (n > MAX_DENSITY_QUBITS) {
    throw new SimError(
      'qubits',
      `${n} qubits would need ${formatBytes(densityBytes(n))} of memory as a density matrix; ` +
        `noisy simulation is limited to ${MAX_DENSITY_QUBITS} qubits ` +
        `(${formatBytes(densityBytes(MAX_DENSITY_QUBITS))}). Turn noise off to simulate up to 24 qubits.`,
    );
  }
}

/**
 * A new density matrix |0…0⟩⟨0…0| on n qubits. From 5 qubits on (a 2n-qubit array of 10 qubits
 * or more) it lives in WebAssembly memory, so the SIMD kernels apply.
 */
export function createDensity(n: number): DensityMatrix {
  checkDensityQubits(n);
  const [data] = allocAmplitudes(2 * n) as [Float64Array];
  data[0] = 1;
  return { n, data };
}

/** Sets ρ back to |0…0⟩⟨0…0| in place. */
export function resetDensity(rho: DensityMatrix): void {
  rho.data.fill(0);
  rho.data[0] = 1;
}

/** Copies src into dst (same qubit count) without allocating. */
export function copyDensity(dst: DensityMatrix, src: DensityMatrix): void {
  if (dst.n !== src.n) {
    throw new SimError(
      'qubits',
      `Cannot copy a ${src.n}-qubit density matrix into a ${dst.n}-qubit one.`,
    );
  }
  dst.data.set(src.data);
}

/** |ψ⟩⟨ψ|: ρ[r][c] = ψ[r]·conj(ψ[c]). */
export function densityFromState(sv: StateVector): DensityMatrix {
  const rho = createDensity(sv.n);
  const a = sv.amp;
  const d = rho.data;
  const size = 1 << sv.n;
  for (let r = 0; r < size; r++) {
    const xr = a[2 * r]!;
    const xi = a[2 * r + 1]!;
    const row = 2 * (r << sv.n);
    for (let c = 0; c < size; c++) {
      const yr = a[2 * c]!;
      const yi = a[2 * c + 1]!;
      d[row + 2 * c] = xr * yr + xi * yi;
      d[row + 2 * c + 1] = xi * yr - xr * yi;
    }
  }
  return rho;
}

/** Re Tr ρ (1 for a valid state; the imaginary part of a Hermitian ρ's trace is 0). */
export function densityTrace(rho: DensityMatrix): number {
  const d = rho.data;
  const size = 1 << rho.n;
  // The diagonal entry (b, b) is at complex index b·(2^n + 1).
  const step = 2 * (size + 1);
  let t = 0;
  for (let b = 0, e = 0; b < size; b++, e += step) t += d[e]!;
  return t;
}

/** Tr ρ² = Σ |ρ_rc|² for a Hermitian ρ: 1 for a pure state, 1/2^n for the maximally mixed one. */
export function purity(rho: DensityMatrix): number {
  const d = rho.data;
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i]! * d[i]!;
  return s;
}
