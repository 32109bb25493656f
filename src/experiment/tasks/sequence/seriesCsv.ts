// Reading a time series a student brings as a CSV file: one numeric column, chosen by its header
// name or number (or the first column of numbers), with errors that name the line as the file
// numbers it and the column, in a sentence a student can act on.

import { formatCount } from '../../formatCount';
import { SERIES_LIMITS } from './types';

/** Longest text read, in characters; a longer one is refused before parsing. */
export const SERIES_CSV_MAX_CHARS = 2_000_000;

/** Cells longer than this are cut in messages, so a stray paragraph does not flood the page. */
const SHOWN_CHARS = 30;
/** Column names listed at most when a name is not found. */
const SHOWN_NAMES = 12;

type Delimiter = ',' | ';' | '\t';

/** One line that holds data: its 1-based number in the file and its cells, trimmed and unquoted. */
interface Row {
  line: number;
  cells: string[];
}

/** A decimal number as a spreadsheet writes it: 3, -2.5, .5, 1e-3 (not "0x1F", not "Infinity"). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A number written with a decimal comma, "3,5". */
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/** The cell as a finite number, or undefined. */
function toNumber(cell: string): number | undefined {
  if (!NUMBER.test(cell)) return undefined;
  const v = Number(cell);
  return Number.isFinite(v) ? v : undefined;
}

/** A number, or one written with a decimal comma (which reading it will explain). */
const looksNumeric = (cell: string): boolean =>
  toNumber(cell) !== undefined || DECIMAL_COMMA.test(cell);

/** A cell for a message, cut when long. */
const shown = (s: string): string =>
  s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS - 1)}…` : s;

/**
 * Tab when the line has one outside quotes, else semicolon when it has one, else comma: a file
 * with tabs or semicolons often writes decimal commas ("1,5;2,3"), which a count would mistake
 * for the delimiter. None when the line has none of them: the file is one column, and a "3,5"
 * below its header is a decimal comma to point out, not two cells.
 */
function chooseDelimiter(line: string): Delimiter | undefined {
  let quoted = false;
  let semicolon = false;
  let comma = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\t') return '\t';
    else if (c === ';') semicolon = true;
    else if (c === ',') comma = true;
  }
  return semicolon ? ';' : comma ? ',' : undefined;
}

/**
 * The cells of one line: split at the delimiter outside double quotes, the quotes dropped ("" in
 * a quoted cell is a quote), surrounding spaces trimmed. An unclosed quote runs to the line's end.
 */
function splitCells(line: string, delimiter: Delimiter | undefined): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      if (quoted && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === delimiter && !quoted) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Whether the first row names the columns: none of its cells is a number, or one that is not
 * sits above a number on the next row. So "date,temp" is a header, and "2020-01,3.5" above
 * "2020-02,3.7" is data (a date column with no header).
 */
function isHeader(rows: readonly Row[]): boolean {
  const first = rows[0]!.cells;
  const words = first.flatMap((cell, c) => (looksNumeric(cell) ? [] : [c]));
  if (words.length === 0) return false;
  if (words.length === first.length) return true;
  const next = rows[1]?.cells;
  return next === undefined || words.some((c) => looksNumeric(next[c] ?? ''));
}

/** Whole numbers rising by one fixed step: an index, a year or a time stamp, not a series. */
function isCount(values: readonly number[]): boolean {
  if (values.length < 2 || !values.every(Number.isInteger)) return false;
  const step = values[1]! - values[0]!;
  return step > 0 && values.every((v, i) => i === 0 || v - values[i - 1]! === step);
}

/** "1 value", "10,001 values". */
const count = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * The index of the column the user names: a header name (case-insensitive, trimmed) or a
 * 1-based number as text; without a header, a number only.
 */
function namedColumn(wanted: string, names: readonly string[] | undefined, width: number): number {
  if (names) {
    const k = names.findIndex((n) => n.toLowerCase() === wanted.toLowerCase());
    if (k >= 0) return k;
  }
  if (/^\d+$/.test(wanted)) {
    const k = Number(wanted);
    if (k >= 1 && k <= width) return k - 1;
    throw new Error(
      `The file has ${count(width, 'column')}, so there is no column ${wanted}; choose a number from 1 to ${width}.`,
    );
  }
  if (!names)
    throw new Error(
      `The file has no header row, so a column is chosen by its number (1 to ${width}), not by a name like "${shown(wanted)}".`,
    );
  const list = names.slice(0, SHOWN_NAMES).map((n) => `"${shown(n)}"`);
  const more = names.length > SHOWN_NAMES ? ', …' : '';
  throw new Error(
    `The file has no column "${shown(wanted)}"; its columns are ${list.join(', ')}${more}.`,
  );
}

/**
 * The first column whose every value is a number, passing over an index or year column (whole
 * numbers rising by a fixed step) when another follows. When no column is all numbers, the first
 * whose first value is a number (or has a decimal comma), so that reading it names the cell to fix.
 */
function firstNumericColumn(data: readonly Row[], width: number): number {
  const numeric: number[] = [];
  for (let c = 0; c < width; c++) {
    const values: number[] = [];
    for (const row of data) {
      const v = toNumber(row.cells[c] ?? '');
      if (v === undefined) break;
      values.push(v);
    }
    if (values.length === data.length && values.length > 0) {
      if (!isCount(values)) return c;
      numeric.push(c);
    }
  }
  if (numeric.length > 0) return numeric[0]!;
  const first = data[0]?.cells ?? [];
  const c = first.findIndex(looksNumeric);
  if (c >= 0) return c;
  throw new Error(
    'No column of the file holds numbers; a series needs one column with a number on every line.',
  );
}

/**
 * Reads one numeric column of a CSV text as a series. The delimiter is a tab, a semicolon or a
 * comma (from the first non-empty line); blank lines are skipped; cells lose surrounding spaces
 * and double quotes; numbers take a decimal point. `column` is a header name (any case) or a
 * 1-based number as text; absent, the first column of numbers that is not an index or a year.
 * The returned `column` names what was read: its header, or "column 2" in a file without one.
 * Throws an Error of one sentence naming the line (1-based, as in the file) and the column.
 */
export function parseSeriesCsv(
  text: string,
  column?: string,
): { values: Float64Array; column: string } {
  if (text.length > SERIES_CSV_MAX_CHARS)
    throw new Error(
      `The file has ${formatCount(text.length)} characters; at most ` +
        `${formatCount(SERIES_CSV_MAX_CHARS)} can be imported.`,
    );
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n/);
  const firstLine = lines.findIndex((l) => l.trim() !== '');
  if (firstLine < 0) throw new Error('The file is empty.');
  const delimiter = chooseDelimiter(lines[firstLine]!);

  const rows: Row[] = [];
  for (let i = firstLine; i < lines.length; i++) {
    const cells = splitCells(lines[i]!, delimiter);
    // A blank line, or a spreadsheet's empty row (",,,").
    if (cells.every((cell) => cell === '')) continue;
    rows.push({ line: i + 1, cells });
  }
  if (rows.length === 0) throw new Error('The file is empty.');

  const header = isHeader(rows);
  const width = rows[0]!.cells.length;
  const names = header ? rows[0]!.cells : undefined;
  const data = header ? rows.slice(1) : rows;
  const { minLength, maxImport } = SERIES_LIMITS;
  if (data.length === 0)
    throw new Error(
      `The file has a header row and no values below it; a series needs at least ${minLength}.`,
    );
  const wanted = column?.trim() ?? '';
  const c = wanted === '' ? firstNumericColumn(data, width) : namedColumn(wanted, names, width);
  const name = names?.[c] || `column ${c + 1}`;
  const label = names?.[c] ? `column "${shown(name)}"` : name;
  const subject = names?.[c] ? `The ${label}` : `Column ${c + 1}`;

  if (data.length > maxImport)
    throw new Error(
      `${subject} has ${count(data.length, 'value')}; an imported series may have at most ${formatCount(maxImport)}.`,
    );
  const values = new Float64Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const { line, cells } = data[r]!;
    const cell = cells[c];
    if (cell === undefined)
      throw new Error(
        `Line ${line}, ${label} is missing: the line has ${count(cells.length, 'cell')}.`,
      );
    if (cell === '') throw new Error(`Line ${line}, ${label} is empty; every line needs a number.`);
    const v = toNumber(cell);
    if (v === undefined)
      throw new Error(
        DECIMAL_COMMA.test(cell)
          ? `Line ${line}, ${label}: "${cell}" is not a number: it has a decimal comma, write ${cell.replace(',', '.')} with a point.`
          : `Line ${line}, ${label}: "${shown(cell)}" is not a number.`,
      );
    values[r] = v;
  }
  if (data.length < minLength)
    throw new Error(
      `${subject} has ${count(data.length, 'value')}; a series needs at least ${minLength}.`,
    );
  return { values, column: name };
}
