// The text task's part of the worker's messages (protocol.ts joins it to the unions): what a
// next-token session is, what each epoch reports, and the text each model writes. Types only.

import type { Circuit } from './sim/circuit';

export interface TextInfo {
  task: 'text';
  quantumKind: 'quixer' | 'qlstm' | 'qrnn';
  /** One Quixer token unitary, one QLSTM gate circuit, or the QRNN unrolled over the context. */
  circuit: Circuit;
  /** Qubits the model simulates. */
  qubits: number;
  /** Qubits a device would add (Quixer: the LCU's index register and the QSVT ancilla); 0 for the QLSTM. */
  ancillas: number;
  quantumParams: number;
  classicalParams: number;
  classicalKind: 'rnn' | 'lstm' | 'transformer';
  /** Hidden units of the classical model (the Transformer's width). */
  classicalHidden: number;
  /** What the text is ("Markov chain: 6 symbols, order 1", or the corpus's title). */
  sourceName: string;
  /** Each token's text, by id. */
  vocab: string[];
  /** Tokens in the sequence. */
  tokens: number;
  context: number;
  /** Contexts [0, trainCount) train, [trainCount, count) test. */
  trainCount: number;
  count: number;
  /** The first tokens of the text, as text. */
  preview: string;
  /** The best perplexity any model can reach (exp of the chain's entropy rate); null for a corpus. */
  floor: number | null;
  /**
   * Perplexities of the chain's own probabilities on the training and the test contexts (the best
   * any model can expect on these very tokens); null for a corpus.
   */
  chain: { train: number; test: number } | null;
  /** Perplexity on the test contexts of the training tokens' frequencies (a unigram model). */
  unigram: number;
}

/** One model's mean next-token cross-entropy (nats; perplexity = exp of it). */
export interface TextMetrics {
  trainLoss: number;
  testLoss: number;
  /** Wall time of this epoch's training step, in milliseconds. */
  ms: number;
}

export interface TextReport {
  epoch: number;
  text: {
    quantum: TextMetrics;
    classical: TextMetrics;
    /** Quixer: the mean post-selection success probability over the test contexts. */
    success: number | null;
  };
}

/** Text each model writes from the same prompt (the first test context), seeded. */
export interface TextSamples {
  epoch: number;
  prompt: string;
  quantum: string;
  classical: string;
}
