// What the classifier reads out, for exported code: the fidelity readout's Bloch vector of qubit
// 0, or the cross-entropy readout's probabilities of the first ⌈log₂ C⌉ qubits.
import type { ExportReadout } from '../../experiment/interchange/types';
import type { Experiment } from '../../experiment/types';
import type { LoadInfo } from '../../../workers/protocol';
import { classifyInfo } from '../../store/runOf';

export function classifyReadout(e: Experiment, info: LoadInfo | null): ExportReadout | null {
  if (e.task !== 'classify') return null;
  if (e.model.readout === 'fidelity') return { kind: 'bloch', qubit: 0 };
  const classes = classifyInfo(info)?.classes ?? 2;
  const k = Math.max(1, Math.ceil(Math.log2(classes)));
  return { kind: 'probabilities', qubits: Array.from({ length: k }, (_, q) => q) };
}
