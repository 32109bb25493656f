// Readouts of a density matrix, as observables.ts gives them for a statevector: basis-state
// probabilities, Tr(Mρ) of a compiled observable, and Bloch vectors.

import type { Qubit } from '../circuit';
import { SimError } from '../errors';
import type { CompiledObservable } from '../observables';
import type { DensityMatrix } from './types';

/** Parity of every 16-bit number, so that a sign (−1)^{|b∧z|} costs two table look-ups. */
const PARITY16 = (() => {
  const t = new Uint8Array(65536);
  for (let v = 1; v < 65536; v++) t[v] = (t[v >> 1]! ^ (v & 1)) as 0 | 1;
  return t;
})();

/** Probability of every basis state: the diagonal ρ[b][b] (index b, qubit 0 least significant). */
export function densityProbabilities(rho: DensityMatrix, out?: Float64Array): Float64Array {
  const size = 1 << rho.n;
  const p = out ?? new Float64Array(size);
  const d = rho.data;
  // The diagonal entry (b, b) is at complex index b·(2^n + 1).
  const step = 2 * (size + 1);
  for (let b = 0, e = 0; b < size; b++, e += step) p[b] = d[e]!;
  return p;
}

/**
 * Tr(Mρ). For a term coeff·P with P|c⟩ = phase·(−1)^{|c∧z|}|c⊕x⟩, P[b][c] is that phase and
 * sign when b = c⊕x, so Tr(Pρ) = Σ_b P[b][c]·ρ[c][b] = phase·Σ_c (−1)^{|c∧z|}·ρ[c][c⊕x]; the
 * diagonal part adds Σ_b w_b·ρ[b][b]. Real for Hermitian M and ρ: the real part is returned.
 */
export function densityExpectation(rho: DensityMatrix, obs: CompiledObservable): number {
  const n = rho.n;
  if (obs.n !== n) {
    throw new SimError(
      'observable',
      `The observable is for ${obs.n} qubits, but the density matrix has ${n}.`,
    );
  }
  const d = rho.data;
  const size = 1 << n;
  let total = 0;
  for (let t = 0; t < obs.xMask.length; t++) {
    const x = obs.xMask[t]!;
    const z = obs.zMask[t]!;
    let sr = 0;
    let si = 0;
    for (let c = 0; c < size; c++) {
      const e = 2 * ((c << n) | (c ^ x));
      const v = c & z;
      if (PARITY16[v & 0xffff]! ^ PARITY16[v >>> 16]!) {
        sr -= d[e]!;
        si -= d[e + 1]!;
      } else {
        sr += d[e]!;
        si += d[e + 1]!;
      }
    }
    total += obs.phaseRe[t]! * sr - obs.phaseIm[t]! * si;
  }
  if (obs.diagonal) {
    const w = obs.diagonal;
    const step = 2 * (size + 1);
    for (let b = 0, e = 0; b < size; b++, e += step) total += w[b]! * d[e]!;
  }
  return total;
}

/**
 * Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of qubit q into out[o … o+2], without allocating. With the
 * reduced ρ01 = Σ_b ρ[b][b + 2^q] over b with bit q clear: x = 2 Re ρ01, y = −2 Im ρ01,
 * z = Σ_b ρ[b][b] − ρ[b + 2^q][b + 2^q].
 */
export function densityBloch(rho: DensityMatrix, q: Qubit, out: Float64Array, o = 0): void {
  const n = rho.n;
  if (!Number.isInteger(q) || q < 0 || q >= n) {
    throw new SimError('qubits', `Qubit ${q} does not exist; the state has qubits 0 to ${n - 1}.`);
  }
  const d = rho.data;
  const size = 1 << n;
  const s = 1 << q;
  let re = 0;
  let im = 0;
  let z = 0;
  for (let b = 0; b < size; b++) {
    if (b & s) continue;
    const e01 = 2 * ((b << n) | (b | s));
    re += d[e01]!;
    im += d[e01 + 1]!;
    z += d[2 * ((b << n) | b)]! - d[2 * (((b | s) << n) | (b | s))]!;
  }
  out[o] = 2 * re;
  out[o + 1] = -2 * im;
  out[o + 2] = z;
}

/** Bloch vector (⟨X⟩, ⟨Y⟩, ⟨Z⟩) of every qubit: out[3q … 3q+2]. */
export function densityBlochVectors(rho: DensityMatrix, out?: Float64Array): Float64Array {
  const v = out ?? new Float64Array(3 * rho.n);
  for (let q = 0; q < rho.n; q++) densityBloch(rho, q, v, 3 * q);
  return v;
}
