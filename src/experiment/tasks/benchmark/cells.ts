// The cells of a benchmark run, in the order they run: for each difficulty, each seed, each model
// (the data set is drawn once per difficulty and seed, and every model fits the same rows). The
// validator keeps training.epochs equal to their number; the worker runs them; the page lays
// out the table by them.

import { parseBenchmarkCsv } from './csvData';
import { BENCHMARK_DATASET_DEFS, benchmarkDatasetDef } from './datasets';
import { benchmarkModel, defaultHyper, type BenchmarkModelId } from './models';
import type { BenchmarkExperiment, BenchmarkModelSetting, BenchmarkSweep } from './types';

export interface BenchmarkCell {
  model: BenchmarkModelId;
  difficulty: number;
  seed: number;
}

/**
 * The models a run fits: the ticked ones and, with compareSeparable, the separable version of
 * each ticked entangling model right after it (with its default hyper-parameters unless it is
 * ticked too).
 */
export function runModels(
  e: Pick<BenchmarkExperiment, 'models' | 'compareSeparable'>,
): BenchmarkModelSetting[] {
  const out: BenchmarkModelSetting[] = [];
  const has = (id: string): boolean => out.some((m) => m.id === id);
  for (const m of e.models) {
    if (!has(m.id)) out.push(m);
    const partner = e.compareSeparable ? benchmarkModel(m.id)?.separable : undefined;
    if (partner && !has(partner)) {
      const ticked = e.models.find((t) => t.id === partner);
      out.push(
        ticked ?? {
          id: partner as BenchmarkModelId,
          hyper: defaultHyper(benchmarkModel(partner)!),
        },
      );
    }
  }
  return out;
}

/** Every cell of the run, in running order. */
export function planCells(
  e: Pick<BenchmarkExperiment, 'sweep' | 'models' | 'compareSeparable' | 'training'>,
): BenchmarkCell[] {
  const models = runModels(e);
  const cells: BenchmarkCell[] = [];
  for (const difficulty of e.sweep.difficulties)
    for (let k = 0; k < e.sweep.seeds; k++)
      for (const m of models) cells.push({ model: m.id, difficulty, seed: e.training.seed + k });
  return cells;
}

/** How many cells the run has (training.epochs of a valid benchmark experiment). */
export function cellCount(
  e: Pick<BenchmarkExperiment, 'sweep' | 'models' | 'compareSeparable'>,
): number {
  return e.sweep.difficulties.length * e.sweep.seeds * runModels(e).length;
}

let parsedText: string | null = null;
let parsedFeatures = 0;

/** Features per row of the sweep's data at a difficulty value (the user's file: its columns). */
export function sweepFeatures(sweep: BenchmarkSweep, difficulty: number): number {
  if (sweep.dataset !== 'custom')
    return benchmarkDatasetDef(sweep.dataset)?.features(difficulty) ?? 0;
  const text = sweep.csv ?? '';
  if (text !== parsedText) {
    const r = parseBenchmarkCsv(text);
    parsedText = text;
    parsedFeatures = r.ok ? r.data.d : 0;
  }
  return parsedFeatures;
}

/** The most features a row of the sweep has, over its difficulty values. */
export function widestFeatures(sweep: BenchmarkSweep): number {
  return Math.max(0, ...sweep.difficulties.map((v) => sweepFeatures(sweep, v)));
}

/**
 * Why the cells of model `id` at this difficulty are skipped, as the results table says it, or
 * null when they run: a model that reads images on a data set of plain rows, or more features
 * than the model takes.
 */
export function skipReason(sweep: BenchmarkSweep, id: string, difficulty: number): string | null {
  const def = benchmarkModel(id);
  if (!def) return null;
  if (def.images && !benchmarkDatasetDef(sweep.dataset)?.imageSide) {
    const sets = BENCHMARK_DATASET_DEFS.filter((d) => d.imageSide).map((d) => d.label);
    return `The ${def.label} reads images: pick ${sets.join(' or ')}.`;
  }
  const d = sweepFeatures(sweep, difficulty);
  if (d > def.maxFeatures) return `${def.label} takes at most ${def.maxFeatures} features; here d = ${d}.`; // prettier-ignore
  return null;
}
