// The sequence task's quantum models behind one interface: the QRNN (qrnn.ts) and the QLSTM
// (qlstm.ts) both forecast a window's next value and train by mini-batches with exact gradients.

import type { SequenceModel } from '../../../src/experiment/types';
import type { Rng } from '../../sim';
import type { Forecaster } from './forecaster';
import { createQlstm } from './qlstm';
import { createQrnn, qrnnQubits } from './qrnn';

export interface QuantumForecaster extends Forecaster {
  /** Qubits simulated at once. */
  readonly qubits: number;
}

/** The experiment's quantum model over windows of `window` values, its parameters from `rng`. */
export function createQuantumForecaster(
  model: SequenceModel,
  window: number,
  rng: Rng,
): QuantumForecaster {
  if (model.kind === 'qlstm') {
    const { qubits, hidden, layers } = model;
    const m = createQlstm({ window, qubits, hidden, layers }, rng);
    return Object.assign(m, { qubits });
  }
  const spec = { window, historyQubits: model.historyQubits, dataQubits: model.dataQubits, layers: model.layers }; // prettier-ignore
  const m = createQrnn(spec, rng);
  return Object.assign(m, { qubits: qrnnQubits(spec) });
}
