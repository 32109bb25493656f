// The sequence task's schema entry: forecasting a time series with a quantum recurrent network
// against a classical recurrent network of about its size.

import { isIdealNoise } from '../../noise';
import type { TaskSchema } from '../taskSchema';
import { SEQUENCE_HIDEABLE_CHOICES } from './types';
import { checkSequence, qrnnQubitCount } from './validate';

/**
 * Why the QLSTM trains on the ideal simulator only. Measured (Node 20, "Very noisy", its defaults:
 * 4 qubits, window 6, 136 training windows, 24 gate circuits a window): a gate circuit takes
 * 0.4 ms a noisy run, 14 ms with its parameter-shift gradient and 1.4 ms with the reverse-mode
 * one (densityTape.ts), so an epoch with the evaluation takes about 7 s (47 s by parameter shift)
 * against 0.08 s ideal. The QRNN's 3-qubit density matrix: 0.2 s against 0.03 s.
 */
const QLSTM_NOISE =
  'Noise is simulated for the QRNN only. The QLSTM runs 24 small circuits per window (four gates at every step), and on density matrices one epoch at its defaults takes about 7 s even with the exact reverse-mode gradients the QRNN uses (47 s by parameter shift), against 0.1 s without noise. Choose the quantum recurrent network (QRNN) to train under noise; settings made here are kept for it.'; // prettier-ignore

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
  noise: true,
  noiseUnavailable: (e) => (e.model.kind === 'qlstm' ? QLSTM_NOISE : null),
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
  sessionParts: (e) => [e.data, e.model, e.training, e.baseline, e.noise],
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
    // Under noise the data register is measured and reset each step: a density matrix on H ∪ D.
    const qubits = isIdealNoise(e.noise) ? qrnnQubitCount(m, e.data.window) : n;
    return { qubits, gates: perStep * e.data.window };
  },
};
