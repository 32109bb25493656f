// The public face of the chemistry core: a molecule and bond length in, a qubit Hamiltonian
// (total energy, hartree) with its Hartree–Fock and exact reference energies out.

import type { PauliTerm } from '../../../sim/observables';
import { SLATER_ZETA, sto3g } from './basis';
import { groundState, moleculeSector } from './exact';
import { encodeHamiltonian, fermionHamiltonian } from './fermion';
import type { Nucleus } from './integrals';
import { jordanWignerAnnihilator } from './jordanWigner';
import {
  parityAnnihilator,
  parityIndex,
  dropBits,
  reducedQubits,
  twoQubitReduction,
} from './parity';
import { toPauliTerms } from './pauliAlgebra';
import { rhf } from './rhf';

export type MoleculeName = 'h2' | 'heh+';
/** 'jw4': Jordan–Wigner on 4 qubits; 'parity2': parity with two-qubit reduction (H₂ only). */
export type QubitForm = 'jw4' | 'parity2';

export interface MoleculeProblem {
  /** The qubit Hamiltonian, sparse labels; ⟨H⟩ is the TOTAL energy in hartree (nuclear repulsion in the "" term). */
  terms: PauliTerm[];
  qubits: number;
  electrons: number;
  /** Nuclear repulsion, hartree. */
  nuclearRepulsion: number;
  /** Total restricted Hartree–Fock energy, hartree. */
  hfEnergy: number;
  /** Basis index of the Hartree–Fock determinant in this qubit form. */
  hfState: number;
  /** Total full-CI energy in the molecule's electron-number and S_z = 0 sector, hartree. */
  exactEnergy: number;
}

/** 1 bohr in ångström (CODATA 2018). */
export const BOHR_IN_ANGSTROM = 0.529177210903;
/** Bond lengths a student may choose, in ångström. */
export const BOND_LENGTH_RANGE_ANGSTROM = [0.3, 3.0] as const;

const NAMES: Record<MoleculeName, string> = { h2: 'H₂', 'heh+': 'HeH⁺' };

/** The two nuclei on the z axis, R bohr apart: H–H, or He (Z = 2) at the origin and H at R. */
function geometry(name: MoleculeName, R: number): { nuclei: Nucleus[]; zetas: number[] } {
  const first = name === 'h2' ? { Z: 1, zeta: SLATER_ZETA.H } : { Z: 2, zeta: SLATER_ZETA.He };
  return {
    nuclei: [
      { charge: first.Z, position: [0, 0, 0] },
      { charge: 1, position: [0, 0, R] },
    ],
    zetas: [first.zeta, SLATER_ZETA.H],
  };
}

/**
 * The STO-3G Hamiltonian of H₂ or HeH⁺ (two electrons each) at the given bond length (Å) as a
 * Pauli sum: 'jw4' (4 qubits, qubit 2i/2i+1 = orbital i spin α/β, HF state 0b0011) or
 * 'parity2' (2 qubits, Qiskit's parity mapping with two-qubit reduction, HF state 0b01).
 */
export function moleculeProblem(
  name: MoleculeName,
  bondLengthAngstrom: number,
  form: QubitForm,
): MoleculeProblem {
  if (name !== 'h2' && name !== 'heh+') {
    throw new Error(`Unknown molecule "${String(name)}": choose H₂ or HeH⁺.`);
  }
  const [lo, hi] = BOND_LENGTH_RANGE_ANGSTROM;
  if (!(bondLengthAngstrom >= lo && bondLengthAngstrom <= hi)) {
    throw new Error(
      `The bond length must be between ${lo} Å and ${hi} Å; got ${bondLengthAngstrom} Å.`,
    );
  }
  if (form === 'parity2' && name !== 'h2') {
    throw new Error(
      `The 2-qubit (parity) form is available for H₂ only; use the 4-qubit form for ${NAMES[name]}.`,
    );
  }
  if (form !== 'jw4' && form !== 'parity2') {
    throw new Error(`Unknown qubit form "${String(form)}": choose 4 qubits (jw4) or 2 (parity2).`);
  }
  const electrons = 2;
  const R = bondLengthAngstrom / BOHR_IN_ANGSTROM;
  const { nuclei, zetas } = geometry(name, R);
  const basis = nuclei.map((nuc, i) => sto3g(zetas[i]!, nuc.position));
  const hf = rhf(basis, nuclei, electrons);
  const K = basis.length;
  const nAlpha = electrons / 2;
  const common = {
    electrons,
    nuclearRepulsion: hf.nuclearRepulsion,
    hfEnergy: hf.totalEnergy,
  };

  if (form === 'jw4') {
    const terms = toPauliTerms(
      encodeHamiltonian(fermionHamiltonian(hf, 'interleaved'), jordanWignerAnnihilator),
    );
    const qubits = 2 * K;
    const exact = groundState(terms, qubits, { sector: moleculeSector(qubits, electrons) });
    // Interleaved order: the lowest N spin-orbitals are the occupied ones.
    return { ...common, terms, qubits, hfState: 2 ** electrons - 1, exactEnergy: exact.energy };
  }

  const encoded = encodeHamiltonian(fermionHamiltonian(hf, 'block'), parityAnnihilator);
  const terms = toPauliTerms(twoQubitReduction(encoded, K, nAlpha, electrons - nAlpha));
  const qubits = 2 * K - 2;
  // Block order: α orbitals 0…nα−1 are modes 0…, β orbitals 0… are modes K….
  const occupation = (2 ** nAlpha - 1) | ((2 ** (electrons - nAlpha) - 1) * 2 ** K);
  const hfState = dropBits(parityIndex(occupation, 2 * K), reducedQubits(K), 2 * K);
  // The reduction already fixed N_α and N parities; for H₂ the remaining space is exactly the
  // N = 2, S_z = 0 sector, so no further restriction is needed.
  const exact = groundState(terms, qubits);
  return { ...common, terms, qubits, hfState, exactEnergy: exact.energy };
}
