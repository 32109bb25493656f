// The sequence task's part of the schema: a time series to forecast (the next value from a window
// of past values), a quantum recurrent model and a classical recurrent baseline of about its size.

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { NoiseSettings } from '../../noise';

export const SERIES_CHOICES = [
  { value: 'sine', label: 'Sine' },
  { value: 'damped', label: 'Damped oscillation' },
  { value: 'mackey-glass', label: 'Mackey–Glass (delay 17)' },
  { value: 'seasonal', label: 'Seasonal temperature' },
  { value: 'custom', label: 'Import series (CSV)' },
] as const satisfies readonly Choice<string>[];
export type SeriesName = (typeof SERIES_CHOICES)[number]['value'];
export const SERIES_NAMES = SERIES_CHOICES.map((c) => c.value);

/** Shortest and longest series the generators draw, and the longest the user may import. */
export const SERIES_LIMITS = { minLength: 40, maxLength: 2000, maxImport: 10_000 } as const;
/** Window (past values read per forecast) and horizon (how far ahead the forecast is). */
export const WINDOW_LIMITS = { min: 2, max: 12 } as const;
export const HORIZON_LIMITS = { min: 1, max: 10 } as const;

export interface SeriesSettings {
  series: SeriesName;
  /** Values drawn from the generator (the imported file sets its own). */
  length: number;
  /** Relative noise added to the generated values (0 = none). */
  noise: number;
  /** Past values the models read per forecast. */
  window: number;
  /** Steps ahead the forecast is (1 = the next value). */
  horizon: number;
  /** The first share of the windows in time order trains; the rest tests (never shuffled across). */
  trainRatio: number;
  /** Seed of the generator's noise (and of the seasonal series' weather). */
  seed: number;
  /** The user's CSV text (series 'custom'). */
  csv?: string;
  /** The CSV column read (a header name or a 1-based number); the first numeric one if absent. */
  column?: string;
}

export const SEQUENCE_MODEL_CHOICES = [
  { value: 'qrnn', label: 'Quantum recurrent network (QRNN)' },
  { value: 'qlstm', label: 'Quantum LSTM (QLSTM)' },
] as const satisfies readonly Choice<string>[];
export type SequenceModelKind = (typeof SEQUENCE_MODEL_CHOICES)[number]['value'];

/**
 * The quantum recurrent network of Li, Wang, Han et al. (2023): a history register carried from
 * step to step and a data register that reads each value, measured and reset after each step
 * (simulated exactly with a fresh data register per step: historyQubits + window·dataQubits).
 */
export interface QrnnModel {
  kind: 'qrnn';
  historyQubits: number;
  dataQubits: number;
  /** Hardware-efficient blocks per step (the same parameters every step). */
  layers: number;
}
/**
 * The quantum LSTM of Chen, Yoo and Fang (2020): an LSTM whose four gates are variational circuits
 * on `qubits` qubits, reading [x_t, h_{t−1}] through a trainable linear map and read out through
 * another; the recurrence (cell and hidden state) is classical.
 */
export interface QlstmModel {
  kind: 'qlstm';
  qubits: number;
  /** Size of the hidden and cell state. */
  hidden: number;
  /** Variational layers per gate circuit. */
  layers: number;
}
export type SequenceModel = QrnnModel | QlstmModel;
/** Most qubits the QRNN's unrolled circuit may take: historyQubits + window·dataQubits. */
export const QRNN_MAX_QUBITS = 20;

export const SEQUENCE_BASELINE_CHOICES = [
  { value: 'rnn', label: 'Simple RNN' },
  { value: 'lstm', label: 'LSTM' },
  { value: 'transformer', label: 'Transformer' },
] as const satisfies readonly Choice<string>[];
export type SequenceBaselineKind = (typeof SEQUENCE_BASELINE_CHOICES)[number]['value'];

export interface SequenceBaseline {
  kind: SequenceBaselineKind;
  /** 'match': the hidden size whose parameter count is closest to the quantum model's. */
  size: 'match' | { hidden: number };
}

export interface SequenceTraining extends TrainingCore {
  batchSize: number;
  /** L2 penalty λ (loss + λ/2·|θ|²), both models. */
  l2: number;
}

export const SEQUENCE_HIDEABLE_CHOICES = [
  { value: 'data', label: 'Series settings' },
  { value: 'training', label: 'Training settings' },
  { value: 'model', label: 'Quantum model settings' },
  { value: 'classical', label: 'Classical model settings' },
  { value: 'figures', label: 'Table of figures' },
  { value: 'chart', label: 'Loss chart' },
  { value: 'forecast', label: 'Forecast against truth' },
  { value: 'speed', label: 'Speed control' },
  { value: 'noise', label: 'Noise settings' },
] as const satisfies readonly Choice<string>[];
export type SequenceHideable = (typeof SEQUENCE_HIDEABLE_CHOICES)[number]['value'];

export interface SequenceExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'sequence';
  data: SeriesSettings;
  model: SequenceModel;
  training: SequenceTraining;
  baseline: SequenceBaseline;
  view: ViewCore<SequenceHideable>;
  /** The QRNN's noise (absent: an ideal simulator; the QLSTM is not simulated under noise). */
  noise?: NoiseSettings;
  /** Trained parameters of both models. */
  weights?: Weights;
}
