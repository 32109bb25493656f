// What VQE reads out, for exported code: the energy, ⟨H⟩ of the Hamiltonian the session built
// (the molecule's terms in hartree, or the user's Pauli sum).
import type { ExportReadout, PauliTerm } from '../../experiment/interchange/types';
import type { Experiment } from '../../experiment/types';
import type { LoadInfo } from '../../../workers/protocol';
import { vqeInfo } from '../../store/runOf';
import { pauliLetters } from './pauliLabels';

export function vqeReadout(_e: Experiment, info: LoadInfo | null): ExportReadout | null {
  const vqe = vqeInfo(info);
  if (!vqe) return null;
  const terms: PauliTerm[] = [];
  for (const t of vqe.terms) {
    const letters = pauliLetters(t.label, vqe.qubits);
    if (!letters) throw new Error(`The Hamiltonian term "${t.label}" could not be read.`);
    const ops: Record<number, 'X' | 'Y' | 'Z'> = {};
    letters.forEach((l, i) => {
      if (l !== 'I') ops[vqe.qubits - 1 - i] = l as 'X' | 'Y' | 'Z';
    });
    terms.push({ coeff: t.coeff, ops });
  }
  return { kind: 'observable', label: 'Energy ⟨H⟩ (hartree)', terms };
}
