// The text task (issue 13): epochs per second of a whole session step (the quantum model and the
// TensorFlow.js Transformer, each one epoch over the training contexts, then both scored on every
// context) for the default Quixer (4 qubits, 2 layers, degree 2, context 4 on 2,000 tokens of a
// Markov chain), the QLSTM and the QRNN on the same text; and each quantum model's own epoch.
// Median of timed epochs after a few untimed ones.

import { TASK_SCHEMAS } from '../src/experiment/tasks/registry';
import type { TextExperiment, TextModel } from '../src/experiment/types';
import { createTextSession } from '../workers/ml/text/session';
import { loadTextEngine } from '../workers/ml/text/textEngine';

export interface TextBench {
  quixerSessionEpochsPerS: number;
  quixerEpochMs: number;
  qlstmSessionEpochsPerS: number;
  qlstmEpochMs: number;
  qrnnSessionEpochsPerS: number;
  qrnnEpochMs: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function run(model: TextModel): { perS: number; quantumMs: number } {
  const e: TextExperiment = { ...TASK_SCHEMAS.text.defaults(), model };
  const s = createTextSession(e, null);
  try {
    for (let i = 0; i < 2; i++) s.step();
    const total: number[] = [];
    const quantum: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = s.step();
      total.push(performance.now() - t);
      quantum.push(r.text.quantum.ms);
    }
    return { perS: 1000 / median(total), quantumMs: median(quantum) };
  } finally {
    s.dispose();
  }
}

export async function textBench(): Promise<TextBench> {
  await loadTextEngine();
  const quixer = run(TASK_SCHEMAS.text.defaults().model);
  const qlstm = run({ kind: 'qlstm', qubits: 4, hidden: 4, layers: 1 });
  const qrnn = run({ kind: 'qrnn', historyQubits: 3, dataQubits: 1, layers: 2 });
  return {
    quixerSessionEpochsPerS: quixer.perS,
    quixerEpochMs: quixer.quantumMs,
    qlstmSessionEpochsPerS: qlstm.perS,
    qlstmEpochMs: qlstm.quantumMs,
    qrnnSessionEpochsPerS: qrnn.perS,
    qrnnEpochMs: qrnn.quantumMs,
  };
}
