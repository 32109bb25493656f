// Edits of a sequence experiment that keep it valid: the QRNN takes a fresh data register per
// step of the window, so past its qubit limit the window shrinks to fit instead of being refused.
import { QRNN_MAX_QUBITS, WINDOW_LIMITS } from '../../experiment/tasks/sequence/types';
import type { SequenceExperiment, SequenceModel, SeriesSettings } from '../../experiment/types';

/** The longest window the model allows: the QRNN's registers must fit (at least 2). */
export function maxWindow(m: SequenceModel): number {
  if (m.kind !== 'qrnn') return WINDOW_LIMITS.max;
  return Math.max(2, Math.floor((QRNN_MAX_QUBITS - m.historyQubits) / m.dataQubits));
}

/** The experiment with `patch` applied to its series settings (the window kept within the model's limit). */
export function withData(
  e: SequenceExperiment,
  patch: Partial<SeriesSettings>,
): SequenceExperiment {
  const data = { ...e.data, ...patch };
  data.window = Math.min(data.window, maxWindow(e.model));
  return { ...e, data };
}

/** The experiment with another model, and the window shortened if it no longer fits. */
export function withModel(e: SequenceExperiment, model: SequenceModel): SequenceExperiment {
  return { ...e, model, data: { ...e.data, window: Math.min(e.data.window, maxWindow(model)) } };
}

/** Each model kind as a new user first meets it. */
export const MODEL_DEFAULTS: {
  readonly [K in SequenceModel['kind']]: Extract<SequenceModel, { kind: K }>;
} = {
  // prettier-ignore
  qrnn: { kind: 'qrnn', historyQubits: 2, dataQubits: 1, layers: 2 },
  qlstm: { kind: 'qlstm', qubits: 4, hidden: 2, layers: 1 },
};
