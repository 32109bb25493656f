// Words for a chart's accessible name, read from the table it draws (the one its CSV download
// holds): the latest value of each series ("Loss and accuracy: Quantum test loss 0.31, Classical
// test loss 0.28 at epoch 12"), or the largest entries of a bar chart. Also the numbers of the
// hidden table that stands beside the chart for screen readers, and which of its rows it shows.
import type { CsvCell, CsvTable } from './download/csvText';

/**
 * How a chart's table is put in words. 'latest': the first column is the x (epochs, iterations)
 * and each other column a series, each said at its last value. 'largest': a row per category
 * (states, bitstrings), the rows with the largest values in each named column said first.
 */
export type SummaryRule =
  { kind: 'latest' } | { kind: 'largest'; columns: readonly string[]; count?: number };

export const LATEST: SummaryRule = { kind: 'latest' };

/** What is said while a chart has nothing drawn. */
export const NOTHING_YET = 'nothing drawn yet';

const MINUS = '\u2212';

/**
 * A number as the summary says it: whole numbers in full ("1,250"), others to `digits` significant
 * digits ("0.306", "−1.14"), very small or large ones in powers of ten ("2.1e−5"); a true minus.
 */
export function spokenNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return '';
  let text: string;
  if (Number.isInteger(v)) text = Math.abs(v).toLocaleString('en-US');
  else {
    const a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e6))
      text = Number(a.toPrecision(digits)).toExponential().replace('-', MINUS).replace('+', '');
    else if (a >= 10 ** digits) text = Math.round(a).toLocaleString('en-US');
    else text = String(Number(a.toPrecision(digits)));
  }
  return v < 0 ? MINUS + text : text;
}

/** A table cell as the hidden table shows it: numbers to four significant digits, gaps empty. */
export function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? spokenNumber(cell, 4) : cell;
}

/** "Epoch" → "epoch", "Bond length (Å)" → "bond length (Å)"; "p" and "QAOA" stay as they are. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

const isNumber = (c: CsvCell | undefined): c is number =>
  typeof c === 'number' && Number.isFinite(c);

/** The chart's accessible name: `label`, a colon, and its table in words by `rule`. */
export function chartSummary(label: string, table: CsvTable, rule: SummaryRule = LATEST): string {
  const words = rule.kind === 'latest' ? latestWords(table) : largestWords(table, rule);
  return `${label}: ${words ?? NOTHING_YET}`;
}

/** Each series' last value, grouped by the x it is at; null when no series has a value. */
function latestWords({ columns, rows }: CsvTable): string | null {
  const xName = inSentence(columns[0] ?? 'x');
  const byX = new Map<string, string[]>();
  for (let j = 1; j < columns.length; j++) {
    let i = rows.length - 1;
    while (i >= 0 && !isNumber(rows[i]![j])) i--;
    if (i < 0) continue;
    const x = rows[i]![0];
    const at = isNumber(x) ? spokenNumber(x, 4) : (x ?? '');
    const said = `${columns[j]} ${spokenNumber(rows[i]![j] as number)}`;
    byX.set(at, [...(byX.get(at) ?? []), said]);
  }
  if (byX.size === 0) return null;
  return [...byX].map(([x, said]) => `${said.join(', ')} at ${xName} ${x}`).join('; ');
}

/** The largest positive entries of each named column, with their rows' names; null when none. */
function largestWords(
  { columns, rows }: CsvTable,
  rule: { columns: readonly string[]; count?: number },
): string | null {
  const count = rule.count ?? 3;
  const parts: string[] = [];
  for (const name of rule.columns) {
    const j = columns.indexOf(name);
    if (j < 1) continue;
    const top = rows
      .filter((r) => isNumber(r[j]) && (r[j] as number) > 0)
      .sort((a, b) => (b[j] as number) - (a[j] as number))
      .slice(0, count);
    if (top.length === 0) continue;
    const said = top.map((r) => `${cellText(r[0] ?? null)} ${spokenNumber(r[j] as number)}`);
    parts.push(`highest ${inSentence(name)} ${said.join(', ')}`);
  }
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * Indices of the rows a hidden table shows: all of them up to `max`, else `max` spread evenly
 * from the first to the last (a screen reader's user reads the shape; the CSV has every row).
 */
export function shownRows(n: number, max: number): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max <= 1) return n > 0 ? [n - 1] : [];
  const out = new Set<number>();
  for (let k = 0; k < max; k++) out.add(Math.round((k * (n - 1)) / (max - 1)));
  return [...out];
}
