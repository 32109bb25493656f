// The text task's schema entry: predicting the next token of a sequence (a Markov chain of known
// entropy, or a tiny corpus) with a quantum sequence model against a classical one of about its size.

import type { TaskSchema } from '../taskSchema';
import { TEXT_HIDEABLE_CHOICES } from './types';
import { checkText } from './validate';
import { qrnnQubitCount } from '../sequence/validate';

/**
 * Why the text task trains on the ideal simulator only. Measured (Node 20, "Very noisy", the
 * defaults: 2,000 tokens, context 4, 1,597 training contexts): Quixer's sum of token unitaries
 * needs controlled gates on n + log₂T qubits on hardware: 31 ms a noisy run and 48 s a
 * parameter-shift gradient per context even without preparing its ancillas (about 21 h an
 * epoch, against 0.05 s ideal); the QRNN (4 qubits, reset form) and the QLSTM (16 gate circuits
 * a context) with reverse-mode gradients through the channels (densityTape.ts) take about 13 s
 * and 30 s an epoch, against 0.1–0.2 s and 1 s ideal.
 */
const TEXT_NOISE =
  'Noise is not simulated for the text task. An epoch reads about 1,600 contexts, and on a density matrix it would take over 10 s for the QRNN and about 30 s for the QLSTM (0.2 s and 1 s without noise), and most of a day for Quixer, whose sum of token unitaries needs ancilla qubits and controlled gates on a real device. Try Sequences (time series) with the QRNN, or Classification, to train under noise.'; // prettier-ignore

export const textSchema: TaskSchema<'text'> = {
  name: 'text',
  label: 'Sequences (text)',
  defaults: () => ({
    version: 4,
    task: 'text',
    data: { source: 'markov', symbols: 6, order: 1, length: 2000, context: 4, trainRatio: 0.8, seed: 1 }, // prettier-ignore
    model: { kind: 'quixer', qubits: 4, layers: 2, degree: 2, embed: 4, hidden: 8 },
    training: { optimizer: 'adam', learningRate: 0.05, epochs: 30, gradient: 'adjoint', shots: 0, seed: 1, batchSize: 32, l2: 0 }, // prettier-ignore
    baseline: { kind: 'transformer', size: 'match' },
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'epoch', many: 'epochs' },
  noiseUnavailable: () => TEXT_NOISE,
  sections: { data: 'Text', model: 'Quantum model', baseline: 'Classical model' },
  check: (c, o) => checkText(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: {
    source: 'so',
    symbols: 'sy',
    order: 'od',
    context: 'cx',
    degree: 'dg',
    embed: 'eb',
  },
  migrations: {},
  hideable: TEXT_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.data, e.model, e.training, e.baseline],
  circuit: () => null,
  withCircuit: (e) => e,
  size: (e) => {
    const m = e.model;
    const T = e.data.context;
    const ring = (n: number): number => (n < 2 ? 0 : n === 2 ? 1 : n);
    if (m.kind === 'qrnn') {
      // Per step: the encoding (one RY per data qubit), then per layer RX·RZ·RX on every qubit of
      // the step's register and RZZ on its ring.
      const n = m.historyQubits + m.dataQubits;
      const perStep = m.dataQubits + m.layers * (3 * n + ring(n));
      return { qubits: qrnnQubitCount(m, T), gates: perStep * T };
    }
    if (m.kind === 'qlstm') {
      // Per step, four gate circuits: H·RY·RZ encoding on every qubit, then per layer a CNOT ring
      // and three rotations on every qubit.
      const perGate = 3 * m.qubits + m.layers * (ring(m.qubits) + 3 * m.qubits);
      return { qubits: m.qubits, gates: 4 * perGate * T };
    }
    // The polynomial applies the combination of the T token unitaries `degree` times; each
    // unitary is `layers` layers of 2n RY and 2n CRX; then one more layer.
    const perUnitary = m.layers * 4 * m.qubits;
    return { qubits: m.qubits, gates: m.degree * T * perUnitary + 4 * m.qubits };
  },
};
