// The sequence task's quantum models behind one interface: the QRNN (qrnn.ts) and the QLSTM
// (qlstm.ts) both forecast a window's next value and train by mini-batches with exact gradients.

import type { SequenceModel } from '../../../src/experiment/types';
import type { Circuit, Rng } from '../../sim';
import type { Optimizer } from '../optim';
import { createQlstm } from './qlstm';
import { createQrnn, qrnnQubits } from './qrnn';

export interface QuantumForecaster {
  /** The circuit to draw: the QRNN unrolled, or one QLSTM gate circuit. */
  readonly circuit: Circuit;
  /** Qubits simulated at once. */
  readonly qubits: number;
  readonly numParams: number;
  /** The trained parameters, changed in place by trainEpoch. */
  readonly theta: Float64Array;
  predict(inputs: Float64Array, count: number): Float64Array;
  trainEpoch(
    inputs: Float64Array,
    targets: Float64Array,
    count: number,
    batchSize: number,
    opt: Optimizer,
    rng: Rng,
  ): number;
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
