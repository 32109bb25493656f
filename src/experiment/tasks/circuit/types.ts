// The circuit sandbox's part of the schema: a circuit of the user's own in the editor, measured
// shot by shot (the shots split over training.epochs rounds), under the Noise panel's noise.

import type { Choice } from '../../lists';
import type { EditorCircuit } from '../../circuit/types';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { NoiseSettings } from '../../noise';

/** The circuit (in the `circuit` field one level down, as every task keeps an editor circuit). */
export interface SandboxModel {
  circuit: EditorCircuit;
}

/** How the circuit is measured: every qubit in the Z basis, `shots` times over the whole run. */
export interface MeasureSettings {
  shots: number;
}

export const CIRCUIT_HIDEABLE_CHOICES = [
  { value: 'measure', label: 'Measure settings' },
  { value: 'noise', label: 'Noise settings' },
  { value: 'run', label: 'How the circuit is simulated' },
  { value: 'figures', label: 'Shot figures' },
  { value: 'chart', label: 'Counts chart' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export type CircuitHideable = (typeof CIRCUIT_HIDEABLE_CHOICES)[number]['value'];

export interface CircuitExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'circuit';
  model: SandboxModel;
  measure: MeasureSettings;
  /**
   * epochs: the rounds the shots are split over (Play draws one round a step); seed: the seed of
   * the trainable angles' values and of the shots. The rest is unused: nothing trains.
   */
  training: TrainingCore;
  view: ViewCore<CircuitHideable>;
  /** The noise every gate and the readout meet (absent: an ideal simulator). */
  noise?: NoiseSettings;
  /** Unused: the sandbox keeps no trained parameters. */
  weights?: Weights;
}
