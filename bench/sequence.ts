// The sequence task (issue 13): epochs per second of a whole session step (the quantum model and
// the TensorFlow.js LSTM, each one epoch over the training windows, then both scored on every
// window), for the default QRNN (8 qubits unrolled) and the QLSTM (4 qubits per gate); and each
// quantum model's own epoch. Median of timed epochs after a few untimed ones.

import { TASK_SCHEMAS } from '../src/experiment/tasks/registry';
import type { SequenceExperiment, SequenceModel } from '../src/experiment/types';
import { loadRnnEngine } from '../workers/ml/sequence/rnnEngine';
import { createSequenceSession } from '../workers/ml/sequence/session';

export interface SequenceBench {
  qrnnSessionEpochsPerS: number;
  qrnnEpochMs: number;
  qlstmSessionEpochsPerS: number;
  qlstmEpochMs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function run(model: SequenceModel): { perS: number; quantumMs: number } {
  const e: SequenceExperiment = { ...TASK_SCHEMAS.sequence.defaults(), model };
  const s = createSequenceSession(e);
  try {
    for (let i = 0; i < 3; i++) s.step();
    const total: number[] = [];
    const quantum: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      const r = s.step();
      total.push(performance.now() - t);
      quantum.push(r.forecast.quantum.ms);
    }
    return { perS: 1000 / median(total), quantumMs: median(quantum) };
  } finally {
    s.dispose();
  }
}

export async function sequenceBench(): Promise<SequenceBench> {
  await loadRnnEngine();
  const qrnn = run({ kind: 'qrnn', historyQubits: 2, dataQubits: 1, layers: 2 });
  const qlstm = run({ kind: 'qlstm', qubits: 4, hidden: 2, layers: 1 });
  return {
    qrnnSessionEpochsPerS: qrnn.perS,
    qrnnEpochMs: qrnn.quantumMs,
    qlstmSessionEpochsPerS: qlstm.perS,
    qlstmEpochMs: qlstm.quantumMs,
  };
}
