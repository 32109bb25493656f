// Test helpers for the density-matrix core: |ψ⟩⟨ψ| and random mixed states as dense reference
// matrices, the conversion to the simulator's layout, and Σ K ρ K† computed densely by hand.

import { runCircuit, SimError, type Rng } from '../../../../workers/sim';
import { createDensity } from '../../../../workers/sim/noise/density';
import type { DensityMatrix } from '../../../../workers/sim/noise/types';
import { combine, dagger, embed, matMul, zeros, type CMat } from '../reference';
import { randomStateCircuit } from '../random';

/** |ψ⟩⟨ψ| from interleaved amplitudes, as a dense reference matrix. */
export function outer(amp: Float64Array): CMat {
  const d = amp.length / 2;
  const m = zeros(d);
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      const xr = amp[2 * r]!, xi = amp[2 * r + 1]!, yr = amp[2 * c]!, yi = amp[2 * c + 1]!;
      m.re[r * d + c] = xr * yr + xi * yi;
      m.im[r * d + c] = xi * yr - xr * yi;
    } // prettier-ignore
  return m;
}

/** A random mixed state of rank 3: Σ w_i |ψ_i⟩⟨ψ_i| with random weights summing to 1. */
export function randomMixed(rng: Rng, n: number): CMat {
  const w = [rng.next() + 0.1, rng.next() + 0.1, rng.next() + 0.1];
  const total = w[0]! + w[1]! + w[2]!;
  let m = zeros(1 << n);
  for (const wi of w)
    m = combine(1, m, wi / total, outer(runCircuit(randomStateCircuit(rng, n)).amp));
  return m;
}

/** The simulator's density matrix holding a reference matrix (its layout is row-major). */
export function toDensity(m: CMat): DensityMatrix {
  const rho = createDensity(Math.log2(m.d));
  for (let i = 0; i < m.re.length; i++) {
    rho.data[2 * i] = m.re[i]!;
    rho.data[2 * i + 1] = m.im[i]!;
  }
  return rho;
}

/** A reference matrix from interleaved numbers (a Kraus operator, 2×2 or 4×4). */
export function fromInterleaved(k: Float64Array): CMat {
  const m = zeros(Math.round(Math.sqrt(k.length / 2)));
  for (let i = 0; i < m.re.length; i++) {
    m.re[i] = k[2 * i]!;
    m.im[i] = k[2 * i + 1]!;
  }
  return m;
}

/** Σ K ρ K† with each K embedded on `qubits` (local bit i = qubits[i]), densely. */
export function denseChannel(rho: CMat, n: number, kraus: Float64Array[], qubits: number[]): CMat {
  let out = zeros(rho.d);
  for (const k of kraus) {
    const big = embed(n, fromInterleaved(k), qubits);
    out = combine(1, out, 1, matMul(matMul(big, rho), dagger(big)));
  }
  return out;
}

/** Largest |ρ_rc − conj(ρ_cr)|: 0 for a Hermitian matrix. */
export function hermitianDefect(rho: DensityMatrix): number {
  const d = 1 << rho.n;
  const a = rho.data;
  let worst = 0;
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      const e = 2 * (r * d + c), f = 2 * (c * d + r);
      worst = Math.max(worst, Math.hypot(a[e]! - a[f]!, a[e + 1]! + a[f + 1]!));
    } // prettier-ignore
  return worst;
}

/** Runs f, which must throw a SimError, and returns the field it names. */
export function fieldOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SimError) return e.field;
    throw e;
  }
  throw new Error('no SimError was thrown');
}
