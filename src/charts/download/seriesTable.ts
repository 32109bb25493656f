// Series drawn against a shared x (epochs, iterations, bond lengths) as one table: a row per x.
import type { CsvCell, CsvTable } from './csvText';

/** One series: its column's name and its points, y[i] at x[i]. */
export interface NamedSeries {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/**
 * A table with `xName` then one column per series, a row per x any series has (ascending), each
 * cell the series' value there or empty where it has none. A series with two values at one x keeps
 * the later.
 */
export function seriesTable(xName: string, series: readonly NamedSeries[]): CsvTable {
  const xs = new Set<number>();
  for (const s of series) for (let i = 0; i < s.x.length; i++) xs.add(s.x[i]!);
  const order = [...xs].sort((a, b) => a - b);
  const row = new Map(order.map((x, i) => [x, i]));
  const rows: CsvCell[][] = order.map((x) => [x, ...series.map((): CsvCell => null)]);
  series.forEach((s, j) => {
    const n = Math.min(s.x.length, s.y.length);
    for (let i = 0; i < n; i++) rows[row.get(s.x[i]!)!]![j + 1] = s.y[i]!;
  });
  return { columns: [xName, ...series.map((s) => s.name)], rows };
}
