// Golden links of the sequence tasks (time series and text), frozen as released: golden.test.ts
// opens each of them with the others.
import type { Experiment, SequenceExperiment, TextExperiment } from '../../../src/experiment/types';

export interface Golden {
  name: string;
  version: number;
  link: string;
  expected: Experiment;
}

/** The sequence task's default experiment as schema 4 wrote it. */
const SEQUENCE_DEFAULT: SequenceExperiment = {
  version: 4,
  task: 'sequence',
  data: { series: 'sine', length: 200, noise: 0.05, window: 6, horizon: 1, trainRatio: 0.7, seed: 1 }, // prettier-ignore
  model: { kind: 'qrnn', historyQubits: 2, dataQubits: 1, layers: 2 },
  training: { optimizer: 'adam', learningRate: 0.05, epochs: 40, gradient: 'adjoint', shots: 0, seed: 1, batchSize: 16, l2: 0 }, // prettier-ignore
  baseline: { kind: 'lstm', size: 'match' },
  view: { hidden: [], speed: 'normal', locked: false },
};

/** The text task's default experiment as schema 4 wrote it. */
const TEXT_DEFAULT: TextExperiment = {
  version: 4,
  task: 'text',
  data: { source: 'markov', symbols: 6, order: 1, length: 2000, context: 4, trainRatio: 0.8, seed: 1 }, // prettier-ignore
  model: { kind: 'quixer', qubits: 4, layers: 2, degree: 2, embed: 4, hidden: 8 },
  training: { optimizer: 'adam', learningRate: 0.05, epochs: 30, gradient: 'adjoint', shots: 0, seed: 1, batchSize: 32, l2: 0 }, // prettier-ignore
  baseline: { kind: 'transformer', size: 'match' },
  view: { hidden: [], speed: 'normal', locked: false },
};

export const SEQUENCE_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the sequence default (QRNN and LSTM on a sine)',
    version: 4,
    link: '1PZBBDoIwFETvMuuGFIKa9CrGRYEqSClCK0QJd3e-ia4m4b0_Q7phmWFKhdTDILrp6ULtoNBYmA3hDaMzfSCnprOTQmxgcsYkfhfE9QGm0Fph7WCOCi2v8l1hGKWj50dMcwhivmhS4DGjYYiXeL_9iscHddvYQfTvqMxXkZDVjrTk0o2E1n3sQqIYW4r0CwYLK_8f9jFJU-QvYbCpbkG-rMJb8vOFTBbDOA_WyyYf4mp9dPv-AQ',
    expected: SEQUENCE_DEFAULT,
  },
  {
    name: 'schema 4: Mackey–Glass, window 8, two steps ahead, a simple RNN of 6 units, forecast hidden',
    version: 4,
    link: '1PZBbDoIwEEX3cr-rwbfpVowfFaogpRUGIUjYu7cY_Jp07pk5k47oGui9QltCQ2z9tj61UMgM9Aj_gU4YkknWJwXJoDcsNeHKpKUdVg9nRDjgPPckhPsC-qyQc3Q7KVQhLirZRN14H8mBCQEu2VHEsiHXcn5cBOFF3GSmivgsTw4KN2F4VLBM9zQ9mJB6hsK3BCWfj3VbFi68ub_45xVeNCJn4zgx7_rlecE9NDY10uJKLLp9aCrjop3_cjdO7DR9AQ',
    expected: {
      ...SEQUENCE_DEFAULT,
      data: { ...SEQUENCE_DEFAULT.data, series: 'mackey-glass', length: 400, noise: 0, window: 8, horizon: 2 }, // prettier-ignore
      model: { kind: 'qrnn', historyQubits: 3, dataQubits: 1, layers: 2 },
      baseline: { kind: 'rnn', size: { hidden: 6 } },
      view: { ...SEQUENCE_DEFAULT.view, hidden: ['forecast'] },
    },
  },
  {
    name: 'schema 4: the text default (Quixer and a Transformer on a Markov chain)',
    version: 4,
    link: '1PZBbDsIgFET3Mt_EYH3EsBXjB7VPS4sFrNWme3fA6BeBOXNnuAsmB7UXCB0UQjkHCBQaakGgIDcnAV9AbQXMAJVJKflgyfbadXYi7V9QRwH7pa4zx60CPZkFXUtyfLRz6UiOeYoyNGQCDTVOL-p0K6NGX2DK8ou0d9p1oXuaTaojDwK5h9pFC9Ud69RUSN1sO8T2viFIPuPBgbn5FwlOD76yrk9t_Dv9IlwbEJueEYudzhdqMXggqU2M5m4qbXy5rh8',
    expected: TEXT_DEFAULT,
  },
  {
    name: 'schema 4: the corpus, context 6, a QLSTM beside a simple RNN of 8 units, samples hidden',
    version: 4,
    link: '1PZBdDoIwEITvMs-Nqf-mVzE-FEFFSgtsRZRwd6cafGp259uZSUf0HcxGIVYwiMUQoZBbmBGRgl7stwqSwywVnIdZa625CITPoWseQlxeMDuF8KPOA6dJoSYzoipJtk5iTbDNaEAf8iuFG6UNwUjbcc4IDXmb24S7bwHNApnwkCcF1TXzr1RI3UPpU1-5ESS_4kPDzP2TO--T_k6LlHeYqPfPeTxCbN24QnAilaJ96GrrUjj_42KdFNP0AQ',
    expected: {
      ...TEXT_DEFAULT,
      data: { ...TEXT_DEFAULT.data, source: 'corpus', length: 3000, context: 6, trainRatio: 0.75 },
      model: { kind: 'qlstm', qubits: 3, hidden: 4, layers: 2 },
      baseline: { kind: 'rnn', size: { hidden: 8 } },
      view: { ...TEXT_DEFAULT.view, hidden: ['samples'] },
    },
  },
];
