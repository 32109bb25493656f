// The classification task's part of the schema: data, the quantum model (a model kind), the
// classical baseline and the view. Shared parts (training, weights) are in ../../types.ts.

import type { Activation, BaselineEngine, Choice, Entangler, ReadoutKind } from '../../lists';
import type { EditorCircuit } from '../../circuit/types';
import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { NoiseSettings } from '../../noise';
import type { BenchmarkDatasetId } from '../benchmark/datasets';
import type { DatasetName } from './datasets';

/** A point the user added by clicking on the data plot: features in [−1, 1]², a class label. */
export interface CustomPoint {
  x1: number;
  x2: number;
  label: number;
}

/**
 * Tabular data of d features and two classes instead of a 2-D set: one of the benchmark task's
 * data sets at a difficulty value (drawn with data.seed, split as the benchmark splits it), or the
 * user's CSV file. The pictures show it on the plane of its two principal axes.
 */
export interface TableData {
  dataset: BenchmarkDatasetId;
  /** One of the data set's difficulty values (ignored for the user's file). */
  difficulty: number;
  /** The user's CSV file (dataset 'custom'). */
  csv?: string;
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
  /** When present, the data are this table; set, points, noise, trainRatio and custom are kept
   *  (to come back to) but unused. */
  table?: TableData;
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

export interface TrainingSettings extends TrainingCore {
  batchSize: number;
  /** L2 penalty λ (loss + λ/2·|θ|²), both models. */
  l2: number;
}

export interface BaselineSettings {
  kind: 'mlp';
  /** 'match': hidden layers chosen so the parameter count is closest to the quantum model's. */
  size: 'match' | { hidden: number[] };
  activation: Activation;
  /** Same layers, initial weights, batches and optimiser either way; schema-1 links mean 'arrays'. */
  engine: BaselineEngine;
}

/** Parts of the classification page a teacher can hide (Classroom dialog); stored by name in links. */
export const HIDEABLE_CHOICES = [
  { value: 'data', label: 'Data settings' },
  { value: 'training', label: 'Training settings' },
  { value: 'noise', label: 'Noise settings' },
  { value: 'model', label: 'Quantum model settings' },
  { value: 'classical', label: 'Classical model settings' },
  { value: 'figures', label: 'Table of figures' },
  { value: 'chart', label: 'Loss and accuracy chart' },
  { value: 'boundaries', label: 'Decision boundaries' },
  { value: 'bloch', label: 'Bloch sphere' },
  { value: 'speed', label: 'Speed control' },
] as const satisfies readonly Choice<string>[];
export const HIDEABLE = HIDEABLE_CHOICES.map((c) => c.value);
export type Hideable = (typeof HIDEABLE_CHOICES)[number]['value'];

export interface ViewSettings extends ViewCore<Hideable> {
  showTest: boolean;
  discretize: boolean;
}

export interface ClassifyExperiment {
  /** Schema version (CURRENT_VERSION in migrate.ts). */
  version: 4;
  task: 'classify';
  data: DataSettings;
  model: ModelSettings;
  training: TrainingSettings;
  baseline: BaselineSettings;
  view: ViewSettings;
  /** The quantum model's noise (absent: an ideal simulator). */
  noise?: NoiseSettings;
  /** Present when a link carries trained models: opening it shows them before any training. */
  weights?: Weights;
}
