// The text task's part of the schema: a token sequence to continue (the next token from a context
// of past tokens), a quantum sequence model and a classical one of about its size.

import type { Choice } from '../../lists';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { QrnnModel } from '../sequence/types';

export const TEXT_SOURCE_CHOICES = [
  { value: 'markov', label: 'Markov chain' },
  { value: 'corpus', label: 'Tiny corpus' },
] as const satisfies readonly Choice<string>[];
export type TextSourceName = (typeof TEXT_SOURCE_CHOICES)[number]['value'];

export interface TextSettings {
  source: TextSourceName;
  /** Markov chain: the size of its alphabet (4–16). */
  symbols: number;
  /** Markov chain: how many past tokens the next one depends on. */
  order: 1 | 2;
  /** Tokens drawn from the chain, or read from the start of the corpus (at most its length). */
  length: number;
  /** Past tokens the models read per prediction. */
  context: number;
  /** The first share of the contexts in order trains; the rest tests (never shuffled across). */
  trainRatio: number;
  /** Seed of the chain (its transition table and the sequence drawn from it). */
  seed: number;
}

/** Past tokens the models read per prediction. */
export const CONTEXT_LIMITS = { min: 2, max: 8 } as const;

export const TEXT_MODEL_CHOICES = [
  { value: 'quixer', label: 'Quantum transformer (Quixer)' },
  { value: 'qlstm', label: 'Quantum LSTM (QLSTM)' },
  { value: 'qrnn', label: 'Quantum recurrent network (QRNN)' },
] as const satisfies readonly Choice<string>[];
export type TextModelKind = (typeof TEXT_MODEL_CHOICES)[number]['value'];

/**
 * Quixer (Khatri et al. 2024) at toy scale: one parameterised unitary per token on `qubits`
 * qubits, their linear combination with trainable coefficients (LCU), a polynomial of degree
 * `degree` of it (QSVT), then one trainable layer and a small classical head.
 */
export interface QuixerModel {
  kind: 'quixer';
  qubits: number;
  /** Ansatz layers of each token's unitary. */
  layers: number;
  /** Degree of the polynomial of the combined unitary. */
  degree: number;
  /** Width of the token embedding that the unitaries' angles are a linear map of. */
  embed: number;
  /** Hidden units of the classical head (Linear → ReLU → Linear). */
  hidden: number;
}
/** The quantum LSTM (as the series task's) reading one-hot tokens, with a softmax head. */
export interface QlstmTextModel {
  kind: 'qlstm';
  qubits: number;
  hidden: number;
  layers: number;
}
/** The QRNN (as the series task's) reading each token as trained angles, with a softmax head. */
export type TextModel = QuixerModel | QlstmTextModel | QrnnModel;

export const TEXT_BASELINE_CHOICES = [
  { value: 'rnn', label: 'Simple RNN' },
  { value: 'lstm', label: 'LSTM' },
  { value: 'transformer', label: 'Transformer' },
] as const satisfies readonly Choice<string>[];
export type TextBaselineKind = (typeof TEXT_BASELINE_CHOICES)[number]['value'];

export interface TextBaseline {
  kind: TextBaselineKind;
  /** 'match': the size whose parameter count is closest to the quantum model's; else hidden units (the Transformer's width). */
  size: 'match' | { hidden: number };
}

export interface TextTraining extends TrainingCore {
  batchSize: number;
  /** L2 penalty λ (loss + λ/2·|θ|²), both models. */
  l2: number;
}

export const TEXT_HIDEABLE_CHOICES = [
  { value: 'data', label: 'Text settings' },
  { value: 'training', label: 'Training settings' },
  { value: 'model', label: 'Quantum model settings' },
  { value: 'classical', label: 'Classical model settings' },
  { value: 'figures', label: 'Table of figures' },
  { value: 'chart', label: 'Loss chart' },
  { value: 'samples', label: 'Sampled text' },
  { value: 'speed', label: 'Speed control' },
  { value: 'noise', label: 'Noise (why it is not simulated)' },
] as const satisfies readonly Choice<string>[];
export type TextHideable = (typeof TEXT_HIDEABLE_CHOICES)[number]['value'];

export interface TextExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'text';
  data: TextSettings;
  model: TextModel;
  training: TextTraining;
  baseline: TextBaseline;
  view: ViewCore<TextHideable>;
  /** Trained parameters of both models. */
  weights?: Weights;
}
