// The sequence task's part of the worker's messages (protocol.ts joins it to the unions): what a
// forecasting session is, what each epoch reports, and the forecasts it draws. Types only.

import type { Circuit } from './sim/circuit';

export interface SequenceInfo {
  task: 'sequence';
  quantumKind: 'qrnn' | 'qlstm';
  /** The QRNN unrolled over the window (a fresh data register per step), or one QLSTM gate circuit. */
  circuit: Circuit;
  /** Qubits simulated at once (under noise, the QRNN's history and data registers as a density matrix). */
  qubits: number;
  quantumParams: number;
  classicalParams: number;
  classicalKind: 'rnn' | 'lstm' | 'transformer';
  classicalHidden: number;
  /** What the series is ("Sine", or the imported column's name). */
  seriesName: string;
  /** The whole series in its own units. */
  series: Float64Array;
  window: number;
  horizon: number;
  /** Index in the series of each window's target; windows [0, trainCount) train, the rest test. */
  targetIndex: Int32Array;
  trainCount: number;
  /** Scaled value s is min + (s + 1)/2·(max − min) in the series' units (from the training part). */
  scale: { min: number; max: number };
  /** The naive forecast (each window's last value): mean squared error, scaled units. */
  persistence: { train: number; test: number };
}

/** Mean squared errors of one model in scaled units (the series mapped to [−1, 1] by its training part). */
export interface SequenceMetrics {
  trainLoss: number;
  testLoss: number;
  /** Wall time of this epoch's training step, in milliseconds. */
  ms: number;
}

export interface SequenceReport {
  epoch: number;
  /** `quantum` is the model as it runs (under noise when there is noise); `ideal` its ideal twin then. */
  forecast: { quantum: SequenceMetrics; classical: SequenceMetrics; ideal?: SequenceMetrics };
}

/** Both models' forecasts of every window's target, in the series' units. */
export interface Forecast {
  epoch: number;
  quantum: Float64Array;
  classical: Float64Array;
}
