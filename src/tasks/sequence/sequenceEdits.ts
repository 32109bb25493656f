// Edits of a sequence experiment that keep it valid: the QRNN takes a fresh data register per
// step of the window, so past its qubit limit the window shrinks to fit instead of being refused.
import { QRNN_MAX_QUBITS } from '../../experiment/tasks/sequence/types';
import type { QrnnModel, SequenceExperiment, SeriesSettings } from '../../experiment/types';

/** The longest window the model's registers allow (at least 2). */
export function maxWindow(m: QrnnModel): number {
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

/** The experiment with `patch` applied to the QRNN, and the window shortened if it no longer fits. */
export function withModel(e: SequenceExperiment, patch: Partial<QrnnModel>): SequenceExperiment {
  const model = { ...e.model, ...patch };
  return { ...e, model, data: { ...e.data, window: Math.min(e.data.window, maxWindow(model)) } };
}
