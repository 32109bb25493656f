// Edits of a benchmark experiment that keep it whole: models in the list's order, difficulties
// ascending, and training.epochs equal to the run's cells (the run controls count them).

import { cellCount } from '../../experiment/tasks/benchmark/cells';
import {
  benchmarkDatasetDef,
  type BenchmarkDatasetId,
} from '../../experiment/tasks/benchmark/datasets';
import {
  BENCHMARK_MODELS,
  benchmarkModel,
  defaultHyper,
  type BenchmarkModelId,
} from '../../experiment/tasks/benchmark/models';
import type { BenchmarkExperiment } from '../../experiment/types';

/** How many difficulty values a data set starts with when picked: its first four. */
const FIRST_VALUES = 4;

/** The experiment with its derived parts brought in line (sorted lists, cell count). */
export function normalised(e: BenchmarkExperiment): BenchmarkExperiment {
  const order = (id: string): number => BENCHMARK_MODELS.findIndex((m) => m.id === id);
  const next: BenchmarkExperiment = {
    ...e,
    sweep: { ...e.sweep, difficulties: [...new Set(e.sweep.difficulties)].sort((a, b) => a - b) },
    models: [...e.models].sort((a, b) => order(a.id) - order(b.id)),
  };
  return { ...next, training: { ...next.training, epochs: cellCount(next) } };
}

/** Another data set, with its first difficulty values ticked. */
export function withDataset(
  e: BenchmarkExperiment,
  dataset: BenchmarkDatasetId,
): BenchmarkExperiment {
  const def = benchmarkDatasetDef(dataset)!;
  return normalised({ ...e, sweep: { ...e.sweep, dataset, difficulties: def.difficulty.values.slice(0, FIRST_VALUES) } }); // prettier-ignore
}

/** One difficulty value ticked or not (the last one stays: a run needs one). */
export function withDifficulty(
  e: BenchmarkExperiment,
  value: number,
  on: boolean,
): BenchmarkExperiment {
  const rest = e.sweep.difficulties.filter((v) => v !== value);
  if (!on && rest.length === 0) return e;
  return normalised({ ...e, sweep: { ...e.sweep, difficulties: on ? [...rest, value] : rest } });
}

/** A model ticked (with its default hyper-parameters) or not (the last one stays). */
export function withModel(
  e: BenchmarkExperiment,
  id: BenchmarkModelId,
  on: boolean,
): BenchmarkExperiment {
  const rest = e.models.filter((m) => m.id !== id);
  if (!on && rest.length === 0) return e;
  const added = { id, hyper: defaultHyper(benchmarkModel(id)!) };
  return normalised({ ...e, models: on ? [...rest, added] : rest });
}

/** One hyper-parameter of a ticked model. */
export function withHyper(
  e: BenchmarkExperiment,
  id: BenchmarkModelId,
  name: string,
  value: number,
): BenchmarkExperiment {
  return normalised({
    ...e,
    models: e.models.map((m) => (m.id === id ? { ...m, hyper: { ...m.hyper, [name]: value } } : m)),
  });
}
