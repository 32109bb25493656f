// A table as CSV text (RFC 4180): what a chart draws, for a spreadsheet or a script.

/** A cell: a number (written in full precision), a string, or null (left empty). */
export type CsvCell = number | string | null;

/** A table with named columns; each row has one cell per column. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

/**
 * CSV text of `columns` then `rows`, lines ended by CRLF as RFC 4180 says. Numbers are written in
 * the shortest form that reads back to the same double (JavaScript's own), so nothing is rounded
 * away; a number that is not finite (a gap in a series) and null are left empty. A field holding a
 * comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvText(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(row.map(cell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // −0 reads as "0": a spreadsheet shows "-0" otherwise.
    return Object.is(value, -0) ? '0' : String(value);
  }
  return field(value);
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
