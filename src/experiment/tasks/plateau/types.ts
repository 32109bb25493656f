// The barren-plateau task's part of the schema: random parameterised circuits (McClean et al.
// 2018) swept over a range of qubit counts, one count a step, and the variance of one component
// of the cost's gradient at each (the chart "Gradient variance against qubits").

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';

export const PLATEAU_COST_CHOICES = [
  { value: 'global', label: 'Global: Z on every qubit' },
  { value: 'pair', label: 'Local: Z₀Z₁ (two qubits)' },
  { value: 'local', label: 'Local: average of each qubit’s Z' },
] as const satisfies readonly Choice<string>[];
export type PlateauCost = (typeof PLATEAU_COST_CHOICES)[number]['value'];

export const PLATEAU_SCALING_CHOICES = [
  { value: 'fixed', label: 'Same for every n' },
  { value: 'perQubit', label: 'Layers × n (grows with n)' },
] as const satisfies readonly Choice<string>[];
export type PlateauScaling = (typeof PLATEAU_SCALING_CHOICES)[number]['value'];

export const PLATEAU_COMPONENT_CHOICES = [
  { value: 'first', label: 'First angle (qubit 0, layer 1)' },
  { value: 'middle', label: 'Middle angle (middle qubit and layer)' },
] as const satisfies readonly Choice<string>[];
export type PlateauComponent = (typeof PLATEAU_COMPONENT_CHOICES)[number]['value'];

export interface PlateauSettings {
  /** The sweep's smallest qubit count. */
  minQubits: number;
  /** Its largest (a point only where minQubits + k·qubitStep reaches it or stays below). */
  maxQubits: number;
  /** Qubits between neighbouring points (1: every n, 2: every other). */
  qubitStep: number;
  /** Random circuits drawn at each qubit count (the variance is over them). */
  circuits: number;
  /** Layers of random rotations and CZs (times n when `scaling` is perQubit). */
  layers: number;
  scaling: PlateauScaling;
  /** The cost C = ⟨H⟩ whose gradient is measured. */
  cost: PlateauCost;
  /** Which parameter θ_k the derivative ∂C/∂θ_k is taken along. */
  component: PlateauComponent;
}

export const PLATEAU_HIDEABLE_CHOICES = [
  { value: 'plateau', label: 'Plateau settings' },
  { value: 'chart', label: 'Variance chart' },
  { value: 'table', label: 'Table of points' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export type PlateauHideable = (typeof PLATEAU_HIDEABLE_CHOICES)[number]['value'];

export interface PlateauExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'plateau';
  plateau: PlateauSettings;
  /** epochs: the sweep's qubit counts (kept equal to their number by the validator); seed: the circuits'. */
  training: TrainingCore;
  view: ViewCore<PlateauHideable>;
  /** Unused: nothing is trained. */
  weights?: Weights;
}
