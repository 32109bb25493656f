// The sequence task's schema entry: forecasting a time series with a quantum recurrent network
// against a classical recurrent network of about its size.

import type { TaskSchema } from '../taskSchema';
import { SEQUENCE_HIDEABLE_CHOICES } from './types';
import { checkSequence, qrnnQubitCount } from './validate';

export const sequenceSchema: TaskSchema<'sequence'> = {
  name: 'sequence',
  label: 'Sequences (time series)',
  defaults: () => ({
    version: 4,
    task: 'sequence',
    data: { series: 'sine', length: 200, noise: 0.05, window: 6, horizon: 1, trainRatio: 0.7, seed: 1 }, // prettier-ignore
    model: { kind: 'qrnn', historyQubits: 2, dataQubits: 1, layers: 2 },
    training: { optimizer: 'adam', learningRate: 0.05, epochs: 40, gradient: 'adjoint', shots: 0, seed: 1, batchSize: 16, l2: 0 }, // prettier-ignore
    baseline: { kind: 'lstm', size: 'match' },
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'epoch', many: 'epochs' },
  sections: { data: 'Series', model: 'Quantum model', baseline: 'Classical model' },
  check: (c, o) => checkSequence(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: {
    series: 'sq',
    length: 'ln',
    window: 'wi',
    horizon: 'hz',
    historyQubits: 'hq',
    dataQubits: 'dq',
  },
  migrations: {},
  hideable: SEQUENCE_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.data, e.model, e.training, e.baseline],
  circuit: () => null,
  withCircuit: (e) => e,
  incomplete: (e) =>
    e.data.series === 'custom' && e.data.csv === undefined
      ? 'Import a CSV file with your series (Series → Import series), or pick a generated one.'
      : null,
  size: (e) => {
    const m = e.model;
    const ring = (n: number): number => (n < 2 ? 0 : n === 2 ? 1 : n);
    if (m.kind === 'qlstm') {
      // Per step, four gate circuits: H·RY·RZ encoding on every qubit, then per layer a CNOT ring
      // and three rotations on every qubit.
      const perGate = 3 * m.qubits + m.layers * (ring(m.qubits) + 3 * m.qubits);
      return { qubits: m.qubits, gates: 4 * perGate * e.data.window };
    }
    const n = m.historyQubits + m.dataQubits;
    // Per step: the encoding (one RY per data qubit), then per layer RX·RZ·RX on every qubit of
    // the step's register and RZZ on its ring.
    const perStep = m.dataQubits + m.layers * (3 * n + ring(n));
    return { qubits: qrnnQubitCount(m, e.data.window), gates: perStep * e.data.window };
  },
};
