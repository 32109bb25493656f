// Restricted (closed-shell) Hartree–Fock by the Roothaan–Hall SCF of Szabo & Ostlund §3.4.6:
// orthogonalise the basis, build the Fock matrix from the density, diagonalise, repeat.

import type { ContractedGaussian } from './basis';
import { aoIntegrals, nuclearRepulsion, type AoIntegrals, type Nucleus } from './integrals';
import { symmetricEigen } from '../../../sim/symmetricEigen';

export interface RhfOptions {
  /** 'symmetric': X = S^{-1/2}; 'canonical': X = U·s^{-1/2} (Szabo eqs 3.167, 3.169). */
  orthogonalisation?: 'symmetric' | 'canonical';
  /** Stop when the electronic energy changes by less than this (hartree) and the density settles. */
  energyTol?: number;
  maxIter?: number;
}

export interface RhfResult {
  ao: AoIntegrals;
  /** MO coefficients, K×K row-major: column i is molecular orbital i over the basis functions. */
  C: Float64Array;
  /** Orbital energies ε_i, ascending, hartree. */
  orbitalEnergies: Float64Array;
  /** Density P_μν = 2 Σ_occ C_μa C_νa. */
  density: Float64Array;
  /** ½ Σ P(H + F), hartree. */
  electronicEnergy: number;
  /** Σ Z_A Z_B / R_AB, hartree. */
  nuclearRepulsion: number;
  /** electronicEnergy + nuclearRepulsion, hartree. */
  totalEnergy: number;
  iterations: number;
}

/** Xᵀ·A·X for K×K row-major matrices. */
function congruence(X: Float64Array, A: Float64Array, K: number): Float64Array {
  const out = new Float64Array(K * K);
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      let s = 0;
      for (let a = 0; a < K; a++)
        for (let b = 0; b < K; b++) s += X[a * K + i]! * A[a * K + b]! * X[b * K + j]!;
      out[i * K + j] = s;
    }
  return out;
}

/** The orthogonalising matrix X with Xᵀ S X = 1. */
function orthogonaliser(S: Float64Array, K: number, kind: 'symmetric' | 'canonical'): Float64Array {
  const { values, vectors: U } = symmetricEigen(S, K);
  const smallest = values[0]!;
  if (!(smallest > 1e-10)) {
    throw new Error(
      'The basis functions are (nearly) linearly dependent: the atoms are too close together.',
    );
  }
  const X = new Float64Array(K * K);
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      if (kind === 'canonical') {
        X[i * K + j] = U[i * K + j]! / Math.sqrt(values[j]!);
      } else {
        let s = 0;
        for (let k = 0; k < K; k++) s += (U[i * K + k]! * U[j * K + k]!) / Math.sqrt(values[k]!);
        X[i * K + j] = s;
      }
    }
  return X;
}

/** G_μν = Σ_λσ P_λσ [(μν|σλ) − ½(μλ|σν)]: the electrons' Coulomb and exchange field. */
function twoElectronPart(P: Float64Array, eri: Float64Array, K: number): Float64Array {
  const G = new Float64Array(K * K);
  const at = (p: number, q: number, r: number, s: number): number => ((p * K + q) * K + r) * K + s;
  for (let m = 0; m < K; m++)
    for (let n = 0; n < K; n++) {
      let g = 0;
      for (let l = 0; l < K; l++)
        for (let s = 0; s < K; s++)
          g += P[l * K + s]! * (eri[at(m, n, s, l)]! - 0.5 * eri[at(m, l, s, n)]!);
      G[m * K + n] = g;
    }
  return G;
}

/** Makes the largest coefficient of each MO positive, so the orbitals (and Pauli signs) are reproducible. */
function fixSigns(C: Float64Array, K: number): void {
  for (let j = 0; j < K; j++) {
    let big = 0;
    for (let i = 0; i < K; i++) big = Math.max(big, Math.abs(C[i * K + j]!));
    let pivot = 0;
    for (let i = 0; i < K; i++)
      if (Math.abs(C[i * K + j]!) >= big * (1 - 1e-9)) {
        pivot = C[i * K + j]!;
        break;
      }
    if (pivot < 0) for (let i = 0; i < K; i++) C[i * K + j] = -C[i * K + j]!;
  }
}

/** One Roothaan–Hall step: diagonalise F in the orthogonal basis; return C and ε. */
function solveFock(
  F: Float64Array,
  X: Float64Array,
  K: number,
): { C: Float64Array; eps: Float64Array } {
  const { values, vectors } = symmetricEigen(congruence(X, F, K), K);
  const C = new Float64Array(K * K);
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += X[i * K + k]! * vectors[k * K + j]!;
      C[i * K + j] = s;
    }
  fixSigns(C, K);
  return { C, eps: values };
}

function densityOf(C: Float64Array, K: number, occupied: number): Float64Array {
  const P = new Float64Array(K * K);
  for (let m = 0; m < K; m++)
    for (let n = 0; n < K; n++) {
      let s = 0;
      for (let a = 0; a < occupied; a++) s += C[m * K + a]! * C[n * K + a]!;
      P[m * K + n] = 2 * s;
    }
  return P;
}

/**
 * Closed-shell SCF for `electrons` electrons (even) in the given basis; positions in bohr,
 * energies in hartree. Starts from the core-Hamiltonian guess (P = 0).
 */
export function rhf(
  basis: readonly ContractedGaussian[],
  nuclei: readonly Nucleus[],
  electrons: number,
  opts: RhfOptions = {},
): RhfResult {
  const K = basis.length;
  if (!Number.isInteger(electrons) || electrons < 0 || electrons % 2 !== 0 || electrons > 2 * K) {
    throw new Error(
      `Restricted Hartree–Fock needs an even number of electrons from 0 to ${2 * K}; got ${electrons}.`,
    );
  }
  const occupied = electrons / 2;
  const energyTol = opts.energyTol ?? 1e-12;
  const maxIter = opts.maxIter ?? 500;
  const ao = aoIntegrals(basis, nuclei);
  const X = orthogonaliser(ao.S, K, opts.orthogonalisation ?? 'symmetric');
  const energyOf = (P: Float64Array, F: Float64Array): number => {
    let e = 0;
    for (let i = 0; i < K * K; i++) e += 0.5 * P[i]! * (ao.H[i]! + F[i]!);
    return e;
  };
  let P: Float64Array = new Float64Array(K * K);
  let energy = Infinity;
  for (let iter = 1; iter <= maxIter; iter++) {
    const G = twoElectronPart(P, ao.eri, K);
    const F = ao.H.map((h, i) => h + G[i]!);
    const newEnergy = energyOf(P, F);
    const { C, eps } = solveFock(F, X, K);
    const newP = densityOf(C, K, occupied);
    let dP = 0;
    for (let i = 0; i < K * K; i++) dP = Math.max(dP, Math.abs(newP[i]! - P[i]!));
    // The energy is stationary in P, so a 1e-12 energy change alone could leave P off by 1e-6;
    // the density test makes the orbitals (and hence the qubit Hamiltonian) converged too.
    if (Math.abs(newEnergy - energy) < energyTol && dP < 1e-9) {
      const Vnn = nuclearRepulsion(nuclei);
      return {
        ao,
        C,
        orbitalEnergies: eps,
        density: newP,
        electronicEnergy: newEnergy,
        nuclearRepulsion: Vnn,
        totalEnergy: newEnergy + Vnn,
        iterations: iter,
      };
    }
    energy = newEnergy;
    P = newP;
  }
  throw new Error(`Hartree–Fock did not converge in ${maxIter} iterations.`);
}
