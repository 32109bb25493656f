// The sequence task's quantum models behind one interface: the QRNN (qrnn.ts, or under noise
// noisyQrnn.ts) and the QLSTM (qlstm.ts) both forecast a window's next value and train by
// mini-batches with exact gradients.

import type { SequenceModel } from '../../../src/experiment/types';
import type { Rng } from '../../sim';
import type { NoiseModel } from '../../sim/noise/types';
import type { Forecaster } from './forecaster';
import { createNoisyQrnn } from './noisyQrnn';
import { createQlstm } from './qlstm';
import { createQrnn, qrnnQubits } from './qrnn';

export interface QuantumForecaster extends Forecaster {
  /** Qubits simulated at once. */
  readonly qubits: number;
  /** Whether it runs under noise (on a density matrix). */
  readonly noisy: boolean;
}

/**
 * The experiment's quantum model over windows of `window` values, its parameters from `rng`. The
 * QRNN runs under `noise` when it is given (a density matrix of its history and data qubits); the
 * QLSTM is not simulated under noise (the sequence schema's noiseUnavailable says why) and
 * ignores it.
 */
export function createQuantumForecaster(
  model: SequenceModel,
  window: number,
  rng: Rng,
  noise: NoiseModel | null = null,
): QuantumForecaster {
  if (model.kind === 'qlstm') {
    const { qubits, hidden, layers } = model;
    const m = createQlstm({ window, qubits, hidden, layers }, rng);
    return Object.assign(m, { qubits, noisy: false });
  }
  const spec = { window, historyQubits: model.historyQubits, dataQubits: model.dataQubits, layers: model.layers }; // prettier-ignore
  if (noise) {
    const m = createNoisyQrnn(spec, rng, noise);
    return Object.assign(m, { qubits: spec.historyQubits + spec.dataQubits, noisy: true });
  }
  const m = createQrnn(spec, rng);
  return Object.assign(m, { qubits: qrnnQubits(spec), noisy: false });
}
