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

/**
 * Why the benchmark runs on the ideal simulator only. Measured (Node 20, "Very noisy"): one noisy
 * run of the IQP kernel's compute–uncompute circuit takes 78 ms on 8 qubits and 2.5 s on 10, and
 * a kernel cell needs 43,080 of them (240 × 239 / 2 train pairs and 60 × 240 test pairs): about
 * an hour and 30 hours per cell, against 0.08 s and 0.15 s ideal. The IQP variational model on
 * 10 qubits (5 layers): 4 s a noisy run, and 411 runs for a parameter-shift gradient.
 */
const BENCHMARK_NOISE =
  'Noise is not simulated for the benchmark. Its models run on up to 10 qubits, where a density matrix holds a million numbers and one noisy run of one data point takes about 3 s: a quantum kernel cell compares 43,000 pairs of points (over a day per cell, against 0.2 s without noise), and a variational model’s parameter-shift gradient takes about half an hour per data point per step. Try Classification, or Sequences (time series) with the QRNN, to train under noise.'; // prettier-ignore

export const benchmarkSchema: TaskSchema<'benchmark'> = {
  name: 'benchmark',
  label: 'Benchmark (better than classical?)',
  defaults,
  step: { one: 'cell', many: 'cells' },
  noiseUnavailable: () => BENCHMARK_NOISE,
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
