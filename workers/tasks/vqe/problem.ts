// The Hamiltonian of a molecule-energy experiment, with the classical answers to compare against:
// a molecule from its geometry (chem/molecule.ts), or the user's Pauli sum with its exact ground
// energy over all states.

import { parsePauliSum } from '../../../src/experiment/tasks/vqe/pauliText';
import type { VqeProblem } from '../../../src/experiment/types';
import type { PauliTerm } from '../../sim/observables';
import { groundState } from './chem/exact';
import { moleculeProblem } from './chem/molecule';
import { sectorPenalty } from './sectorPenalty';

export interface Problem {
  terms: PauliTerm[];
  qubits: number;
  exactEnergy: number;
  /** Null for a custom Hamiltonian (no electrons, no Hartree–Fock state). */
  hartreeFock: number | null;
  nuclearRepulsion: number | null;
  /**
   * Added to ⟨H⟩ in training when the qubits are spin orbitals (sectorPenalty.ts); empty when
   * every state of the qubits has the molecule's electrons (the 2-qubit form, a custom sum).
   */
  penalty: PauliTerm[];
}

/** The problem at `bondLength` Å (the experiment's own bond length when omitted). */
export function buildProblem(p: VqeProblem, bondLength = p.bondLength): Problem {
  if (p.molecule === 'custom') {
    const parsed = parsePauliSum(p.hamiltonian);
    if (!parsed.ok) throw new Error(`The Hamiltonian cannot be used: ${parsed.message}`);
    const terms = parsed.terms.map((t: { coeff: number; label: string }) => ({
      coeff: t.coeff,
      label: t.label,
    }));
    const exact = groundState(terms, parsed.qubits).energy;
    return { terms, qubits: parsed.qubits, exactEnergy: exact, hartreeFock: null, nuclearRepulsion: null, penalty: [] }; // prettier-ignore
  }
  const m = moleculeProblem(p.molecule, bondLength, p.molecule === 'h2' ? p.form : 'jw4');
  return {
    terms: m.terms,
    qubits: m.qubits,
    exactEnergy: m.exactEnergy,
    hartreeFock: m.hfEnergy,
    nuclearRepulsion: m.nuclearRepulsion,
    penalty: m.qubits === 2 ? [] : sectorPenalty(m.qubits, m.electrons),
  };
}
