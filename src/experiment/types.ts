// The one experiment schema: a plain, JSON-serialisable object that holds everything needed to
// reproduce a run. Shared by the page and the worker; pure (no DOM, no React).

import type { DatasetName } from '../../workers/ml/data/types';
import type { Entangler } from '../../workers/ml/models/reuploading';
import type { OptimizerName } from '../../workers/ml/optim';
import type { ReadoutKind } from '../../workers/ml/readout';
import type { EditorCircuit } from './circuit/types';

/** A point the user added by clicking on the data plot: features in [−1, 1]², a class label. */
export interface CustomPoint {
  x1: number;
  x2: number;
  label: number;
}

export interface DataSettings {
  set: DatasetName;
  /** Number of generated points (the user's own points come on top). */
  points: number;
  /** 0–1; meaning per data set (label flips or jitter). */
  noise: number;
  /** Fraction of points used for training, the rest for testing. */
  trainRatio: number;
  /** Seed of the data generator and of the train/test split. */
  seed: number;
  custom: CustomPoint[];
}

/** The quantum model: the data re-uploading classifier, described by its hyper-parameters. */
export interface ReuploadingModel {
  kind: 'reuploading';
  qubits: number;
  layers: number;
  entangler: Entangler;
  readout: ReadoutKind;
}

/** A circuit built in the editor, trained with the chosen readout. */
export interface CircuitModel {
  kind: 'circuit';
  circuit: EditorCircuit;
  readout: ReadoutKind;
}

export type ModelSettings = ReuploadingModel | CircuitModel;

export type GradientName = 'adjoint' | 'shift';

export interface TrainingSettings {
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** Epochs a press of Play runs to. */
  epochs: number;
  /** L2 penalty λ (loss + λ/2·|θ|²), both models. */
  l2: number;
  /** 'adjoint': exact; 'shift': parameter shift, from `shots` measurements when shots > 0. */
  gradient: GradientName;
  /** Measurements per expectation value with parameter shift; 0 = exact. */
  shots: number;
  /** Seed of initial parameters, batch order and shot noise. */
  seed: number;
}

export type Activation = 'tanh' | 'relu' | 'sigmoid';

/** How the classical MLP is computed: TensorFlow.js ops (float32), or our typed arrays (float64). */
export const BASELINE_ENGINES = ['tfjs', 'arrays'] as const;
export type BaselineEngine = (typeof BASELINE_ENGINES)[number];

export interface BaselineSettings {
  kind: 'mlp';
  /** 'match': hidden layers chosen so the parameter count is closest to the quantum model's. */
  size: 'match' | { hidden: number[] };
  activation: Activation;
  /** Same layers, initial weights, batches and optimiser either way; schema-1 links mean 'arrays'. */
  engine: BaselineEngine;
}

/** Parts of the page a teacher can hide (Classroom dialog); stored by name in links. */
export const HIDEABLE = [
  'data',
  'training',
  'model',
  'classical',
  'figures',
  'chart',
  'boundaries',
  'bloch',
  'speed',
] as const;
export type Hideable = (typeof HIDEABLE)[number];

export interface ViewSettings {
  showTest: boolean;
  discretize: boolean;
  /** Panels and controls hidden for a class. */
  hidden: Hideable[];
}

/** Trained parameters of both models, in each model's own flat order. */
export interface Weights {
  quantum: number[];
  classical: number[];
}

export interface Experiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 2;
  task: 'classify';
  data: DataSettings;
  model: ModelSettings;
  training: TrainingSettings;
  baseline: BaselineSettings;
  view: ViewSettings;
  /** Present when a link carries trained models: opening it shows them before any training. */
  weights?: Weights;
}
