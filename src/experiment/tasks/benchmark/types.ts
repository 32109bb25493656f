// The benchmark task's part of the schema ("Better than classical?"): which data set and which
// difficulties to sweep, how many seeds, which models with which hyper-parameters, and whether
// each entangling model runs beside its separable version. One step of a run is one cell: a model
// fitted on the data set at one difficulty with one seed.

import type { TrainingCore, ViewCore, Weights } from '../../common';
import type { Choice } from '../../lists';
import type { BenchmarkDatasetId } from './datasets';
import type { BenchmarkModelId } from './models';

export type { BenchmarkDatasetId, BenchmarkModelId };

export interface BenchmarkSweep {
  dataset: BenchmarkDatasetId;
  /** The difficulty values to run, ascending, each one of the data set's sweep values. */
  difficulties: number[];
  /** Seeds per difficulty and model: training.seed, training.seed + 1, … */
  seeds: number;
  /** The user's CSV file (dataset 'custom'; kept when another set is picked, to come back to). */
  csv?: string;
}

/** A ticked model and its hyper-parameters (every one of its list, each a value of its grid). */
export interface BenchmarkModelSetting {
  id: BenchmarkModelId;
  hyper: Record<string, number>;
}

export const BENCHMARK_HIDEABLE_CHOICES = [
  { value: 'sweep', label: 'Benchmark settings' },
  { value: 'models', label: 'Models' },
  { value: 'chart', label: 'Accuracy chart' },
  { value: 'table', label: 'Results table' },
  { value: 'noise', label: 'Noise (why it is not simulated)' },
] as const satisfies readonly Choice<string>[];
export const BENCHMARK_HIDEABLE = BENCHMARK_HIDEABLE_CHOICES.map((c) => c.value);
export type BenchmarkHideable = (typeof BENCHMARK_HIDEABLE_CHOICES)[number]['value'];

export interface BenchmarkExperiment {
  version: 4;
  task: 'benchmark';
  sweep: BenchmarkSweep;
  /** The ticked models, in the order of the model list. */
  models: BenchmarkModelSetting[];
  /** Also run the separable version of each ticked entangling model (the Entanglement toggle). */
  compareSeparable: boolean;
  /**
   * Each cell takes the hyper-parameters the study found best for its model, data set and
   * difficulty (studyHyper.ts), where it published them; the model's own settings elsewhere.
   * Absent in links made before it existed: their own settings everywhere, as they ran then.
   */
  studyHyper?: boolean;
  /** epochs: the run's cells (kept equal to cellCount by the validator); seed: the first seed. */
  training: TrainingCore;
  view: ViewCore<BenchmarkHideable>;
  /** Unused: a benchmark keeps no trained parameters. */
  weights?: Weights;
}
