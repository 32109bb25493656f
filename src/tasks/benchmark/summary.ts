// The benchmark table from finished cells: per model and difficulty the mean test accuracy over
// seeds and its spread, with the study's published value beside it, and the same as CSV.

import { publishedAccuracy } from '../../experiment/tasks/benchmark/published';

/** What the table needs of one finished cell. */
export interface ScoredCell {
  model: string;
  difficulty: number;
  testAccuracy: number;
}

/** Mean and sample standard deviation of a model's test accuracy at one difficulty. */
export interface CellSummary {
  mean: number;
  /** Sample standard deviation over seeds (0 with one seed). */
  spread: number;
  count: number;
}

/** summary.get(model)?.get(difficulty): the cells finished so far, summarised. */
export function summarise(cells: readonly ScoredCell[]): Map<string, Map<number, CellSummary>> {
  const groups = new Map<string, Map<number, number[]>>();
  for (const c of cells) {
    const byDifficulty = groups.get(c.model) ?? new Map<number, number[]>();
    groups.set(c.model, byDifficulty);
    const list = byDifficulty.get(c.difficulty) ?? [];
    byDifficulty.set(c.difficulty, list);
    list.push(c.testAccuracy);
  }
  const out = new Map<string, Map<number, CellSummary>>();
  for (const [model, byDifficulty] of groups) {
    const row = new Map<number, CellSummary>();
    for (const [difficulty, values] of byDifficulty) {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const ss = values.reduce((a, v) => a + (v - mean) ** 2, 0);
      const spread = values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0;
      row.set(difficulty, { mean, spread, count: values.length });
    }
    out.set(model, row);
  }
  return out;
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
const field = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const num = (v: number | undefined): string => (v === undefined ? '' : v.toFixed(4));

/**
 * The table as CSV: one row per model and difficulty with the mean, spread and number of seeds
 * of our test accuracy and the study's published value (empty where it has none).
 */
export function benchmarkCsv(
  dataset: string,
  difficultyName: string,
  models: readonly { id: string; label: string }[],
  difficulties: readonly number[],
  cells: readonly ScoredCell[],
): string {
  const summary = summarise(cells);
  const lines = [
    [
      'model',
      'dataset',
      difficultyName,
      'test_accuracy_mean',
      'test_accuracy_spread',
      'seeds',
      'published',
    ].join(','),
  ];
  for (const m of models)
    for (const d of difficulties) {
      const s = summary.get(m.id)?.get(d);
      lines.push(
        [field(m.label), field(dataset), String(d), num(s?.mean), num(s?.spread), String(s?.count ?? 0), num(publishedAccuracy(dataset, d, m.id))].join(','), // prettier-ignore
      );
    }
  return lines.join('\n') + '\n';
}
