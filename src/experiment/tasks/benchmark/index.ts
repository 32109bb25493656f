// The benchmark task's schema entry ("Better than classical?", Bowles, Ahmed & Schuld, arXiv
// 2403.07059): classical and quantum models swept over a data set's difficulty, one cell a step.

import type { TaskSchema } from '../taskSchema';
import { cellCount, runModels, widestFeatures } from './cells';
import { benchmarkModel, defaultHyper, type BenchmarkModelId } from './models';
import { BENCHMARK_HIDEABLE_CHOICES, type BenchmarkExperiment } from './types';
import { checkBenchmarkExperiment } from './validate';

const DEFAULT_MODELS: BenchmarkModelId[] = ['svm', 'logistic', 'iqpKernel', 'separableKernel'];

function defaults(): BenchmarkExperiment {
  const e: BenchmarkExperiment = {
    version: 4,
    task: 'benchmark',
    sweep: { dataset: 'linear', difficulties: [2, 4, 6, 8], seeds: 3 },
    models: DEFAULT_MODELS.map((id) => ({ id, hyper: defaultHyper(benchmarkModel(id)!) })),
    compareSeparable: false,
    studyHyper: true,
    training: { optimizer: 'adam', learningRate: 0.01, epochs: 1, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    view: { hidden: [], speed: 'fast', locked: false },
  };
  e.training.epochs = cellCount(e);
  return e;
}

export const benchmarkSchema: TaskSchema<'benchmark'> = {
  name: 'benchmark',
  label: 'Benchmark (better than classical?)',
  defaults,
  step: { one: 'cell', many: 'cells' },
  fixedRun: true,
  sections: { sweep: 'Benchmark', models: 'Models', compareSeparable: 'Entanglement' },
  check: (c, o) => checkBenchmarkExperiment(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: {
    sweep: 'bw',
    dataset: 'dt',
    difficulties: 'df',
    seeds: 'se',
    models: 'bm',
    hyper: 'hy',
    compareSeparable: 'cp',
    csv: 'cf',
    studyHyper: 'st',
  },
  migrations: {},
  hideable: BENCHMARK_HIDEABLE_CHOICES,
  sessionParts: (e) => [
    e.sweep,
    e.models,
    e.compareSeparable,
    e.studyHyper ?? false,
    e.training.seed,
  ],
  circuit: () => null,
  withCircuit: (e) => e,
  // The most qubits a cell simulates: each model at the widest data it takes.
  size: (e) => {
    const d = widestFeatures(e.sweep);
    const qubits = runModels(e).map((m) => {
      const model = benchmarkModel(m.id)!;
      return d <= model.maxFeatures ? model.qubits(d) : 0;
    });
    return { qubits: Math.max(0, ...qubits), gates: 0 };
  },
};
