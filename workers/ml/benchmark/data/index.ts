// The benchmark task's data sets (Bowles, Ahmed & Schuld, "Better than classical?", arXiv
// 2403.07059): the schema's list (src/experiment/tasks/benchmark/datasets.ts) with each set's
// seeded generator.

import {
  BENCHMARK_DATASET_DEFS,
  type BenchmarkDatasetDef,
  type BenchmarkDatasetId,
} from '../../../../src/experiment/tasks/benchmark/datasets';
import type { TabularData } from '../types';
import { generateBarsAndStripes } from './barsAndStripes';
import { customData } from './custom';
import { generateHiddenManifold, generateHiddenManifoldLatent } from './hiddenManifold';
import { generateHyperplanes } from './hyperplanes';
import { generateLinearlySeparable } from './linearlySeparable';
import { generateTwoCurves } from './twoCurves';

export type { LabelledSet } from './split';
export { customData };

export type { BenchmarkDatasetId };

/** One benchmark data set: the schema's entry and its seeded generator. */
export interface BenchmarkDataset extends BenchmarkDatasetDef {
  /** The set at this difficulty; the same (difficulty, seed) gives identical arrays. */
  generate(difficulty: number, seed: number): TabularData;
}

/** The study's families; the user's data comes from its file (customData). */
type GeneratedId = Exclude<BenchmarkDatasetId, 'custom'>;

const GENERATORS: Record<GeneratedId, (difficulty: number, seed: number) => TabularData> = {
  linear: (d, seed) => generateLinearlySeparable(d, seed),
  manifold: (d, seed) => generateHiddenManifold(d, seed),
  manifoldM: (m, seed) => generateHiddenManifoldLatent(m, seed),
  curves: (degree, seed) => generateTwoCurves(degree, seed),
  hyperplanes: (k, seed) => generateHyperplanes(k, seed),
  bars: (s, seed) => generateBarsAndStripes(s, seed),
};

/** Every generated benchmark data set, in the order the UI lists them. */
export const BENCHMARK_DATASETS: readonly BenchmarkDataset[] = BENCHMARK_DATASET_DEFS.flatMap(
  (def) => (def.id === 'custom' ? [] : [{ ...def, generate: GENERATORS[def.id] }]),
);

/** The entry with this id; throws, naming the known ids, for an unknown one. */
export function benchmarkDataset(id: string): BenchmarkDataset {
  const found = BENCHMARK_DATASETS.find((entry) => entry.id === id);
  if (!found) {
    throw new Error(
      `Unknown benchmark data set "${id}": expected one of ${BENCHMARK_DATASETS.map((e) => e.id).join(', ')}.`,
    );
  }
  return found;
}
