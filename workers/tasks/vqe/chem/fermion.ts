// The electronic Hamiltonian in second quantisation over molecular spin-orbitals, built from a
// Hartree–Fock solution, and its image under a fermion-to-qubit encoding.

import { addScaled, addString, adjoint, product, type PauliOperator } from './pauliAlgebra';
import type { RhfResult } from './rhf';

/** Where spin-orbital (spatial orbital i, spin σ) sits among the 2K modes. */
export type SpinOrder =
  /** mode 2i + σ: α and β of each orbital side by side (our jw4 form). */
  | 'interleaved'
  /** mode σ·K + i: all α orbitals, then all β (Qiskit's order, used by the parity form). */
  | 'block';

export function modeIndex(orbital: number, spin: 0 | 1, K: number, order: SpinOrder): number {
  return order === 'interleaved' ? 2 * orbital + spin : spin * K + orbital;
}

/**
 * H = E_const + Σ_PQ h_PQ a†_P a_Q + ½ Σ_PQRS ⟨PQ|RS⟩ a†_P a†_Q a_S a_R over M = 2K spin-orbitals.
 * All values in hartree.
 */
export interface FermionHamiltonian {
  /** Number of spin-orbitals (modes) M. */
  modes: number;
  /** Constant energy: the nuclear repulsion, so that ⟨H⟩ is the total energy. */
  constant: number;
  /** h_PQ, M×M row-major. */
  one: Float64Array;
  /** ⟨PQ|RS⟩ (physicists' notation) at ((P·M + Q)·M + R)·M + S. */
  two: Float64Array;
}

/** The MO integrals h_pq = Σ C_μp H_μν C_νq and (pq|rs) = Σ C C C C (μν|λσ), by quarter transforms. */
export function moIntegrals(hf: RhfResult): { h: Float64Array; eri: Float64Array } {
  const { K, H, eri: ao } = hf.ao;
  const C = hf.C;
  const h = new Float64Array(K * K);
  for (let p = 0; p < K; p++)
    for (let q = 0; q < K; q++) {
      let s = 0;
      for (let m = 0; m < K; m++)
        for (let n = 0; n < K; n++) s += C[m * K + p]! * H[m * K + n]! * C[n * K + q]!;
      h[p * K + q] = s;
    }
  // Transform one index at a time (K⁵ work instead of K⁸), always the leading one, rotating
  // the indices so that after four passes they are back in order.
  let t = ao;
  for (let pass = 0; pass < 4; pass++) {
    const next = new Float64Array(K ** 4);
    for (let p = 0; p < K; p++)
      for (let b = 0; b < K; b++)
        for (let c = 0; c < K; c++)
          for (let d = 0; d < K; d++) {
            let s = 0;
            for (let a = 0; a < K; a++) s += C[a * K + p]! * t[((a * K + b) * K + c) * K + d]!;
            // (p b c d) → stored as (b c d p): the next pass transforms b.
            next[((b * K + c) * K + d) * K + p] = s;
          }
    t = next;
  }
  return { h, eri: t };
}

/** The spin-orbital Hamiltonian of a converged RHF calculation, modes ordered by `order`. */
export function fermionHamiltonian(hf: RhfResult, order: SpinOrder): FermionHamiltonian {
  const K = hf.ao.K;
  const M = 2 * K;
  const { h, eri } = moIntegrals(hf);
  const one = new Float64Array(M * M);
  const two = new Float64Array(M ** 4);
  const spins = [0, 1] as const;
  for (const s of spins)
    for (let p = 0; p < K; p++)
      for (let q = 0; q < K; q++)
        one[modeIndex(p, s, K, order) * M + modeIndex(q, s, K, order)] = h[p * K + q]!;
  // ⟨PQ|RS⟩ = (pr|qs)·δ(σ_P, σ_R)·δ(σ_Q, σ_S): electron 1 goes R → P, electron 2 goes S → Q.
  for (const s1 of spins)
    for (const s2 of spins)
      for (let p = 0; p < K; p++)
        for (let q = 0; q < K; q++)
          for (let r = 0; r < K; r++)
            for (let s = 0; s < K; s++) {
              const P = modeIndex(p, s1, K, order);
              const Q = modeIndex(q, s2, K, order);
              const R = modeIndex(r, s1, K, order);
              const S = modeIndex(s, s2, K, order);
              two[((P * M + Q) * M + R) * M + S] = eri[((p * K + r) * K + q) * K + s]!;
            }
  return { modes: M, constant: hf.nuclearRepulsion, one, two };
}

/** A fermion-to-qubit encoding: the qubit operator of the annihilator a_j of each mode j. */
export type LadderEncoding = (mode: number, modes: number) => PauliOperator;

/**
 * The qubit image of H under an encoding: H's integrals times products of encoded ladder
 * operators, equal strings combined. ⟨H⟩ is the total energy.
 */
export function encodeHamiltonian(ham: FermionHamiltonian, encode: LadderEncoding): PauliOperator {
  const M = ham.modes;
  const a = Array.from({ length: M }, (_, j) => encode(j, M));
  const ad = a.map(adjoint);
  const op: PauliOperator = new Map();
  addString(op, 0, 0, ham.constant, 0);
  for (let p = 0; p < M; p++)
    for (let q = 0; q < M; q++) {
      const v = ham.one[p * M + q]!;
      if (v !== 0) addScaled(op, product(ad[p]!, a[q]!), v);
    }
  for (let p = 0; p < M; p++)
    for (let q = 0; q < M; q++) {
      if (p === q) continue; // a†_P a†_P = 0
      for (let r = 0; r < M; r++)
        for (let s = 0; s < M; s++) {
          if (r === s) continue;
          const v = ham.two[((p * M + q) * M + r) * M + s]!;
          if (v !== 0) addScaled(op, product(ad[p]!, ad[q]!, a[s]!, a[r]!), 0.5 * v);
        }
    }
  return op;
}
