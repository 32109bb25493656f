// One sentence on what each step of a code does, for the circuits panel, by the step's name (the
// worker names them, sim/noise/qec.ts). The phase-flip code is the bit-flip code in the X basis.
import type { QecInfo } from '../../../workers/protocol';

type Kind = QecInfo['kind'];

const BIT: Record<string, string> = {
  encode:
    'Two CNOTs copy the logical qubit’s value onto two more: |0⟩ becomes |000⟩ and |1⟩ becomes |111⟩ (a superposition of them stays one: nothing is cloned).',
  syndrome:
    'Two ancillas learn the parities of qubits 0, 1 and of qubits 1, 2 without reading the data itself: a flipped qubit breaks the parities it takes part in.',
  correct:
    'The ancillas’ pattern names the flipped qubit (1,0: qubit 0; 1,1: qubit 1; 0,1: qubit 2), and a controlled X flips it back. Pattern 0,0: nothing to fix.',
  decode: 'Undoes the encoding (the two CNOTs again): qubit 0 holds the logical qubit again.',
};

const PHASE: Record<string, string> = {
  prepare:
    'An H puts the logical qubit in |+⟩, the input a phase flip spoils: it is read back in the X basis at the end.',
  encode:
    'Two CNOTs copy the logical qubit’s value onto two more, then Hadamards turn |000⟩ into |+++⟩ and |111⟩ into |−−−⟩: the same code, in the X basis.',
  syndrome:
    'As in the bit-flip code, in the X basis: Hadamards turn phase flips into bit flips, the two ancillas learn the parities of qubits 0, 1 and 1, 2 without reading the data, and Hadamards turn the data back.',
  correct:
    'The ancillas’ pattern names the flipped qubit (1,0: qubit 0; 1,1: qubit 1; 0,1: qubit 2), and a controlled Z flips its sign back (in the X basis, Z swaps |+⟩ and |−⟩). Pattern 0,0: nothing to fix.',
  decode:
    'Undoes the encoding (Hadamards, then the two CNOTs): qubit 0 holds the logical qubit again.',
};

const SHOR: Record<string, string> = {
  encode:
    'A phase-flip code first (CNOTs spread qubit 0 onto qubits 3 and 6, Hadamards put all three in the X basis), then a bit-flip code inside each: qubits 0, 3 and 6 are each copied onto their two neighbours.',
  'correct and decode':
    'No ancillas: in each block, two CNOTs and a Toffoli undo its bit-flip code and flip its first qubit back when the other two both saw a flip (a majority vote); then Hadamards on 0, 3, 6 and the same vote across the blocks fix a flipped sign. Any single X, Y or Z on one of the nine qubits is undone.',
};

/** What the step `name` of a `kind` code does; null when there is nothing to add to its name. */
export function stepSentence(name: string, kind: Kind): string | null {
  const table = kind === 'shor' ? SHOR : kind === 'phaseFlip' ? PHASE : BIT;
  return table[name.toLowerCase()] ?? null;
}
