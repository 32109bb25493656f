// The molecule-energy task's part of the schema: the problem (a molecule at a bond length, or a
// Pauli sum the user writes), the ansatz, training, the bond-length scan and the view.

import type { Choice } from '../../lists';
import type { EditorCircuit } from '../../circuit/types';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { NoiseSettings } from '../../noise';

export const MOLECULE_CHOICES = [
  { value: 'h2', label: 'H₂' },
  { value: 'heh+', label: 'HeH⁺' },
  { value: 'custom', label: 'Custom Hamiltonian' },
] as const satisfies readonly Choice<string>[];
export type MoleculeChoice = (typeof MOLECULE_CHOICES)[number]['value'];

/** How the molecule's spin orbitals become qubits. */
export const QUBIT_FORM_CHOICES = [
  { value: 'jw4', label: '4 qubits (Jordan–Wigner)' },
  { value: 'parity2', label: '2 qubits (parity, symmetry-reduced)' },
] as const satisfies readonly Choice<string>[];
export type QubitForm = (typeof QUBIT_FORM_CHOICES)[number]['value'];

export const ANSATZ_CHOICES = [
  { value: 'hea', label: 'Hardware-efficient layers' },
  { value: 'givens', label: 'Chemistry-inspired (H₂)' },
  { value: 'circuit', label: 'Circuit editor' },
] as const satisfies readonly Choice<string>[];
export type AnsatzKind = (typeof ANSATZ_CHOICES)[number]['value'];

export const START_CHOICES = [
  { value: 'hf', label: 'Hartree–Fock' },
  { value: 'zero', label: '|0…0⟩' },
] as const satisfies readonly Choice<string>[];
export type StartState = (typeof START_CHOICES)[number]['value'];

export interface VqeProblem {
  molecule: MoleculeChoice;
  /** Distance between the two nuclei, in ångström (0.3–3.0). */
  bondLength: number;
  /** Qubit form of a molecule; HeH⁺ has only 'jw4'. */
  form: QubitForm;
  /** The Pauli sum of 'custom', as the user wrote it ("0.5 Z0 Z1 + 0.3 X0 - 1.2"). */
  hamiltonian: string;
}

/** The parameterised circuit: a preset described by its settings, or one built in the editor. */
export type VqeAnsatz =
  | { kind: 'hea'; layers: number; start: StartState }
  | { kind: 'givens' }
  | { kind: 'circuit'; circuit: EditorCircuit };

/** Optimiser iterations on ⟨H⟩: the settings every task's training has. */
export type VqeTraining = TrainingCore;

/** Bond lengths of the dissociation curve: `points` evenly spaced from `from` to `to` Å. */
export interface ScanSettings {
  from: number;
  to: number;
  points: number;
}

/** Parts of the molecule page a teacher can hide (Classroom dialog); stored by name in links. */
export const VQE_HIDEABLE_CHOICES = [
  { value: 'problem', label: 'Problem settings' },
  { value: 'training', label: 'Training settings' },
  { value: 'noise', label: 'Noise settings' },
  { value: 'ansatz', label: 'Ansatz settings' },
  { value: 'hamiltonian', label: 'Hamiltonian terms' },
  { value: 'figures', label: 'Energies' },
  { value: 'chart', label: 'Energy chart' },
  { value: 'state', label: 'State probabilities' },
  { value: 'scan', label: 'Bond length scan' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export const VQE_HIDEABLE = VQE_HIDEABLE_CHOICES.map((c) => c.value);
export type VqeHideable = (typeof VQE_HIDEABLE_CHOICES)[number]['value'];

export interface VqeExperiment {
  version: 4;
  task: 'vqe';
  problem: VqeProblem;
  ansatz: VqeAnsatz;
  training: VqeTraining;
  scan: ScanSettings;
  view: ViewCore<VqeHideable>;
  /** The ansatz's noise (absent: an ideal simulator). */
  noise?: NoiseSettings;
  /** Trained ansatz parameters (quantum; classical is empty). */
  weights?: Weights;
}
