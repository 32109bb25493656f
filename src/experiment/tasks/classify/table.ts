// Tabular data in the classification task: one of the benchmark's data sets at a difficulty value,
// or the user's CSV file, as the data of an ordinary classification experiment (so that a
// benchmark cell opens here and can be looked into). Checked here; drawn by the worker.

import { Invalid, own, type Checker } from '../../checker';
import { parseBenchmarkCsv } from '../benchmark/csvData';
import {
  BENCHMARK_DATASET_DEFS,
  benchmarkDatasetDef,
  type BenchmarkDatasetId,
} from '../benchmark/datasets';
import type { DataSettings, TableData } from './types';

/**
 * Most features a classification experiment takes: the re-uploading preset reads every feature
 * on every qubit, so its circuit grows with d (the benchmark's 8 × 8 images stay there).
 */
export const TABLE_MAX_FEATURES = 16;

const IDS = BENCHMARK_DATASET_DEFS.map((d) => d.id) as BenchmarkDatasetId[];

/** Features per row of the table (the file's columns for the user's data; 0 if it does not parse). */
export function tableFeatures(t: TableData): number {
  if (t.dataset !== 'custom') return benchmarkDatasetDef(t.dataset)?.features(t.difficulty) ?? 0;
  const parsed = parseBenchmarkCsv(t.csv ?? '');
  return parsed.ok ? parsed.data.d : 0;
}

/** Features per point of the experiment's data: 2 for the 2-D sets, the table's otherwise. */
export function dataFeatures(data: DataSettings): number {
  return data.table ? tableFeatures(data.table) : 2;
}

/** What the table is, in a few words: "Linearly separable, d = 4" or "Your data (CSV), 5 features". */
export function tableLabel(t: TableData): string {
  const def = benchmarkDatasetDef(t.dataset)!;
  if (t.dataset === 'custom') return `${def.label}, ${tableFeatures(t)} features`;
  return `${def.label}, ${def.difficulty.name} = ${t.difficulty}`;
}

/** The table a new pick of data set `id` starts with (its default difficulty; a file kept). */
export function tableOf(id: BenchmarkDatasetId, csv?: string): TableData {
  const def = benchmarkDatasetDef(id)!;
  return { dataset: id, difficulty: def.difficulty.default, ...(csv !== undefined ? { csv } : {}) };
}

/** Checks data.table (throws Invalid naming the field). */
export function checkTable(c: Checker, v: unknown): TableData {
  const o = c.obj(v, 'data.table', 'Data → table');
  const dataset = c.pick(o, 'dataset', 'data.table.dataset', 'data set', IDS);
  const def = benchmarkDatasetDef(dataset)!;
  const difficulty = own(o, 'difficulty');
  const allowed = def.difficulty.values;
  if (typeof difficulty !== 'number' || !allowed.includes(difficulty))
    c.bad('data.table.difficulty', `${def.difficulty.label.toLowerCase()} (${def.difficulty.name})`, `one of ${allowed.join(', ')}`, difficulty); // prettier-ignore
  const table: TableData = { dataset, difficulty };
  const csv = own(o, 'csv');
  if (csv === undefined && dataset === 'custom')
    throw new Invalid('data.table.csv', 'Data → your data is missing: import a CSV file.');
  if (csv !== undefined) {
    if (typeof csv !== 'string')
      c.bad('data.table.csv', 'your data', 'the text of a CSV file', csv);
    const parsed = parseBenchmarkCsv(csv);
    if (!parsed.ok) throw new Invalid('data.table.csv', `Data → your data: ${parsed.message}`);
    table.csv = csv;
  }
  const d = tableFeatures(table);
  if (d > TABLE_MAX_FEATURES)
    throw new Invalid(
      'data.table',
      `Data → ${tableLabel(table)} has ${d} features; a classification experiment takes at most ${TABLE_MAX_FEATURES} (the quantum model reads every feature on every qubit).`,
    );
  return table;
}
