// Reading a data set a student brings to the benchmark as a CSV file: a parser that never throws
// and, when it refuses, names the row and column to fix as a spreadsheet would show them.

import { formatCount } from '../../formatCount';

/** What a benchmark accepts; maxChars because the data travels inside the experiment's link. */
export const CSV_LIMITS = {
  minRows: 10,
  maxRows: 5000,
  maxFeatures: 16,
  maxChars: 200_000,
} as const;

/** A CSV file read as a binary classification data set. */
export interface ParsedCsv {
  /** Features per row. */
  d: number;
  rows: number;
  /** rows × d numbers, row-major. */
  x: Float64Array;
  /** −1 or +1 per row. */
  y: Int8Array;
  /** Column names of the features (from the header, else "x1", "x2", …). */
  featureNames: string[];
  labelName: string;
  /** The two label values as written in the file: [the one mapped to −1, the one mapped to +1]. */
  classes: [string, string];
}

export type CsvResult = { ok: true; data: ParsedCsv } | { ok: false; message: string };

/** Header names that mark the label column, in priority order: "x, y, label" keeps y a feature. */
const LABEL_NAMES = ['label', 'class', 'target', 'y'];
/** The label's name when the file has no header. */
const DEFAULT_LABEL_NAME = 'label';
/** Values longer than this are cut in messages, so a stray paragraph does not flood the page. */
const SHOWN_CHARS = 30;
/** How many label values the "more than two" message lists. */
const SHOWN_VALUES = 5;

type Separator = ',' | ';' | '\t';

/** One line that holds data: its 1-based line number in the file and its trimmed fields. */
interface Line {
  row: number;
  fields: string[];
}

const fail = (message: string): CsvResult => ({ ok: false, message });

/** "1 row", "4 rows", "5,001 rows". */
const count = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** A value for a message, cut when long. */
const shown = (s: string): string =>
  s.length > SHOWN_CHARS ? `${s.slice(0, SHOWN_CHARS - 1)}…` : s;

/** The field as a finite number, or undefined ("" would be 0 to Number(), so it is refused here). */
function toNumber(s: string): number | undefined {
  if (s === '') return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Comma, unless the first line has none outside quotes: then semicolon or tab, whichever it has
 * more of (spreadsheets in locales with a decimal comma write semicolons; copy-paste gives tabs).
 */
function chooseSeparator(line: string): Separator {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    else if (c === '\t') tabs++;
  }
  if (commas > 0) return ',';
  if (semicolons > tabs) return ';';
  return tabs > 0 ? '\t' : ',';
}

/**
 * The trimmed fields of one line, or undefined when a quote is left open. A field may be quoted
 * ("a, b", with "" for a quote inside); quoted values cannot span lines, since we split the file
 * into lines first: tabular data for a classifier has no use for a newline inside a value.
 */
function splitFields(line: string, sep: Separator): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (c === sep) {
      fields.push(field.trim());
      field = '';
      wasQuoted = false;
    } else if (c === '"' && !wasQuoted && field.trim() === '') {
      // A quote opens a quoted value only at the start of a field; elsewhere (5" screen) it is text.
      inQuotes = wasQuoted = true;
      field = '';
    } else field += c;
  }
  if (inQuotes) return undefined;
  fields.push(field.trim());
  return fields;
}

/**
 * Whether the first line names the columns: some field is not a number. One exception: when only
 * the last field is not a number and the same value ends another line, it is a label ("1.2,3,yes").
 */
function isHeader(lines: readonly Line[]): boolean {
  const head = lines[0]!.fields;
  const words = head.flatMap((f, i) => (toNumber(f) === undefined ? [i] : []));
  if (words.length === 0) return false;
  if (words.length > 1 || words[0] !== head.length - 1) return true;
  const last = head[head.length - 1];
  return !lines.some((l, i) => i > 0 && l.fields[l.fields.length - 1] === last);
}

/** Reads a CSV file as a benchmark data set: features and a label with two values. */
export function parseBenchmarkCsv(text: string): CsvResult {
  // Refused before any parsing: the link could not hold it anyway.
  if (text.length > CSV_LIMITS.maxChars)
    return fail(
      `The file has ${formatCount(text.length)} characters; an experiment keeps at most ` +
        `${formatCount(CSV_LIMITS.maxChars)} in its link. Use fewer rows or round the numbers.`,
    );
  // trim() below would also drop a BOM or a \r; removed here so the rules do not rest on it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rawLines = body.split(/\r?\n/);
  const first = rawLines.findIndex((l) => l.trim() !== '');
  if (first < 0) return fail('The file is empty.');
  const sep = chooseSeparator(rawLines[first]!);

  const lines: Line[] = [];
  for (let i = first; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    if (raw.trim() === '') continue;
    const fields = splitFields(raw, sep);
    if (!fields)
      return fail(
        `Row ${i + 1} has a quote (") that is not closed; a quoted value must end on the same line.`,
      );
    // A spreadsheet's empty row is exported as ",,,": as blank as an empty line.
    if (fields.every((f) => f === '')) continue;
    lines.push({ row: i + 1, fields });
  }
  if (lines.length === 0) return fail('The file is empty.');

  const header = isHeader(lines);
  const head = lines[0]!.fields;
  const width = head.length;
  let labelCol = width - 1;
  if (header)
    for (const name of LABEL_NAMES) {
      const k = head.findIndex((f) => f.toLowerCase() === name);
      if (k >= 0) {
        labelCol = k;
        break;
      }
    }
  const labelName = (header && head[labelCol]) || DEFAULT_LABEL_NAME;
  const columns = head.flatMap((_, c) => (c === labelCol ? [] : [c]));
  const featureNames = columns.map((c, k) => (header && head[c]) || `x${k + 1}`);
  const d = columns.length;

  if (d === 0)
    return fail(
      `The file has one column only (“${shown(labelName)}”); the benchmark needs feature columns ` +
        `besides the label, separated by commas.`,
    );
  if (d > CSV_LIMITS.maxFeatures)
    return fail(
      `The file has ${d} feature columns; the benchmark takes at most ${CSV_LIMITS.maxFeatures}.`,
    );
  const data = header ? lines.slice(1) : lines;
  const rows = data.length;
  if (rows < CSV_LIMITS.minRows)
    return fail(
      `The file has ${count(rows, 'row')} of data; the benchmark needs at least ${CSV_LIMITS.minRows}.`,
    );
  if (rows > CSV_LIMITS.maxRows)
    return fail(
      `The file has ${count(rows, 'row')} of data; the benchmark takes at most ` +
        `${formatCount(CSV_LIMITS.maxRows)}.`,
    );

  const x = new Float64Array(rows * d);
  const labels: string[] = [];
  for (let r = 0; r < rows; r++) {
    const { row, fields } = data[r]!;
    if (fields.length !== width)
      return fail(`Row ${row} has ${count(fields.length, 'field')}; the first row has ${width}.`);
    const label = fields[labelCol]!;
    if (label === '')
      return fail(
        `Row ${row}, column ${labelCol + 1} (“${shown(labelName)}”) is empty; every row needs a label.`,
      );
    labels.push(label);
    for (let k = 0; k < d; k++) {
      const c = columns[k]!;
      const s = fields[c]!;
      const v = toNumber(s);
      if (v !== undefined) {
        x[r * d + k] = v;
        continue;
      }
      const where = `Row ${row}, column ${c + 1} (“${shown(featureNames[k]!)}”)`;
      return fail(
        s === ''
          ? `${where} is empty; every feature needs a number.`
          : `${where}: “${shown(s)}” is not a number.`,
      );
    }
  }

  // Numeric labels are compared as numbers ("1" and "1.0" are one class, the smaller is −1);
  // text labels as written, the first seen is −1.
  const numeric = labels.every((s) => toNumber(s) !== undefined);
  const key = (s: string): string | number => (numeric ? toNumber(s)! : s);
  const written = new Map<string | number, string>();
  for (const s of labels) if (!written.has(key(s))) written.set(key(s), s);
  const values = [...written];
  if (values.length === 1)
    return fail(
      `The label column “${shown(labelName)}” has only one value (“${shown(values[0]![1])}”): ` +
        `a classifier needs two.`,
    );
  if (values.length > 2) {
    const list = values.slice(0, SHOWN_VALUES).map(([, s]) => shown(s));
    const more = values.length > SHOWN_VALUES ? ' …' : '';
    return fail(
      `The label column “${shown(labelName)}” has ${formatCount(values.length)} values ` +
        `(${list.join(', ')}${more}): the benchmark compares two classes.`,
    );
  }
  let [minus, plus] = values as [[string | number, string], [string | number, string]];
  if (numeric && (plus[0] as number) < (minus[0] as number)) [minus, plus] = [plus, minus];
  const y = new Int8Array(rows);
  for (let r = 0; r < rows; r++) y[r] = key(labels[r]!) === minus[0] ? -1 : 1;

  return {
    ok: true,
    data: { d, rows, x, y, featureNames, labelName, classes: [minus[1], plus[1]] },
  };
}
