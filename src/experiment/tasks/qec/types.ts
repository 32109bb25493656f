// The error-correction lesson's part of the schema: a repetition code, the noise that hits its
// qubits, and a sweep of the physical error probability (one point a step) for the chart
// "Logical error against physical error".

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';

export const QEC_CODE_CHOICES = [
  { value: 'bitFlip', label: 'Bit-flip code (3 qubits)' },
  { value: 'phaseFlip', label: 'Phase-flip code (3 qubits)' },
  { value: 'shor', label: 'Shor code (9 qubits)' },
] as const satisfies readonly Choice<string>[];
export type QecCodeName = (typeof QEC_CODE_CHOICES)[number]['value'];

export const QEC_CHANNEL_CHOICES = [
  { value: 'bitFlip', label: 'Bit flips (X)' },
  { value: 'phaseFlip', label: 'Phase flips (Z)' },
  { value: 'depolarizing', label: 'Depolarising (X, Y or Z)' },
] as const satisfies readonly Choice<string>[];
export type QecChannelName = (typeof QEC_CHANNEL_CHOICES)[number]['value'];

export interface QecSettings {
  kind: QecCodeName;
  /** What happens to each data qubit between encoding and correction, independently. */
  channel: QecChannelName;
  /** The physical error probability the scoreboard and the circuits show. */
  p: number;
  /** The sweep runs over training.epochs values of p, evenly from 0 to pMax. */
  pMax: number;
}

export const QEC_HIDEABLE_CHOICES = [
  { value: 'code', label: 'Code settings' },
  { value: 'figures', label: 'Figures at p' },
  { value: 'chart', label: 'Logical error chart' },
  { value: 'circuits', label: 'Circuits of the code' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export type QecHideable = (typeof QEC_HIDEABLE_CHOICES)[number]['value'];

export interface QecExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'qec';
  code: QecSettings;
  /** epochs: the points of the sweep (kept within QEC_LIMITS.points by the validator); seed unused. */
  training: TrainingCore;
  view: ViewCore<QecHideable>;
  /** Unused: the lesson keeps no trained parameters. */
  weights?: Weights;
}
