// The parity encoding and its two-qubit reduction (Qiskit's ParityMapper with
// two_qubit_reduction): H₂ in STO-3G on 2 qubits instead of 4.

import { addString, masksOf, type PauliOperator } from './pauliAlgebra';

/**
 * Qubit j stores the parity p_j = n_0 ⊕ … ⊕ n_j of the modes up to j. Emptying mode j flips
 * p_j … p_{M−1} (X on all of them); the fermionic sign is (−1)^{p_{j−1}} (Z_{j−1}); and mode j
 * is occupied when p_j ≠ p_{j−1}. Projector times sign, X_j(1 − Z_{j−1}Z_j)/2·Z_{j−1}, is
 * (X_j Z_{j−1} + iY_j)/2, so a_j = (X_j Z_{j−1} + iY_j)/2 · X_{j+1} ⋯ X_{M−1}.
 */
export function parityAnnihilator(mode: number, modes: number): PauliOperator {
  const bit = 1 << mode;
  const above = ((1 << modes) - 1) & ~((bit << 1) - 1);
  const prev = mode > 0 ? 1 << (mode - 1) : 0;
  const op: PauliOperator = new Map();
  addString(op, bit | above, prev, 0.5, 0); // X_j Z_{j−1} X_>j
  addString(op, bit | above, bit, 0, 0.5); // i·Y_j X_>j
  return op;
}

/** Basis index of a determinant (bit j = n_j) in the parity encoding: bit j = n_0 ⊕ … ⊕ n_j. */
export function parityIndex(occupation: number, modes: number): number {
  let out = 0;
  let p = 0;
  for (let j = 0; j < modes; j++) {
    p ^= (occupation >> j) & 1;
    out |= p << j;
  }
  return out;
}

/** The bits of `index` outside `removed`, renumbered in order (a basis index after tapering). */
export function dropBits(index: number, removed: readonly number[], n: number): number {
  let out = 0;
  let i = 0;
  for (let q = 0; q < n; q++) {
    if (removed.includes(q)) continue;
    out |= ((index >> q) & 1) << i++;
  }
  return out;
}

/**
 * Removes qubits on which every term is I or Z, replacing Z_q by its eigenvalue (±1) in the
 * sector of interest; the remaining qubits are renumbered in order. Throws if some term has
 * X or Y on a removed qubit (then the qubit is not a conserved parity and cannot be dropped).
 */
export function taperQubits(
  op: PauliOperator,
  fixed: ReadonlyMap<number, 1 | -1>,
  n: number,
): PauliOperator {
  const removed = [...fixed.keys()];
  const out: PauliOperator = new Map();
  for (const [key, [re, im]] of op) {
    // Strings that cancelled while the operator was built carry rounding noise, not physics.
    if (Math.hypot(re, im) < 1e-13) continue;
    const { x, z } = masksOf(key);
    let sign = 1;
    for (const [q, s] of fixed) {
      if ((x >> q) & 1) {
        throw new Error(`Internal error: qubit ${q} is not a symmetry of the Hamiltonian.`);
      }
      if ((z >> q) & 1) sign *= s;
    }
    addString(out, dropBits(x, removed, n), dropBits(z, removed, n), sign * re, sign * im);
  }
  return out;
}

/**
 * The two-qubit reduction over 2K block-ordered modes (all α, then all β) with nAlpha α and
 * nBeta β electrons: parity qubit K−1 holds the α-number parity and qubit 2K−1 the total
 * parity, both conserved, so Z_{K−1} → (−1)^{N_α} and Z_{2K−1} → (−1)^{N}.
 */
export function twoQubitReduction(
  op: PauliOperator,
  K: number,
  nAlpha: number,
  nBeta: number,
): PauliOperator {
  const fixed = new Map<number, 1 | -1>([
    [K - 1, nAlpha % 2 === 0 ? 1 : -1],
    [2 * K - 1, (nAlpha + nBeta) % 2 === 0 ? 1 : -1],
  ]);
  return taperQubits(op, fixed, 2 * K);
}

/** The qubits twoQubitReduction removes. */
export function reducedQubits(K: number): number[] {
  return [K - 1, 2 * K - 1];
}
