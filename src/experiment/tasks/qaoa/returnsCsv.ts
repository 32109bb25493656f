// Reading the returns a student pastes for portfolio selection: one column per asset, one row per
// period, an optional header of names. Never throws; a refusal names the line and column.
// Also the sample mean and covariance the portfolio problem is built from.

export type ReturnsParse =
  | {
      ok: true;
      /** One name per asset: the header's, or A1, A2, … */
      names: string[];
      /** rows[t][k]: return of asset k in period t (as written, e.g. 0.012 for 1.2 %). */
      rows: number[][];
    }
  | { ok: false; message: string };

export const MIN_ASSETS = 2;
export const MAX_ASSETS = 16;
export const MIN_PERIODS = 3;
export const MAX_PERIODS = 10_000;

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A cell as a number: unicode minus allowed, and a decimal comma when commas do not separate. */
function toNumber(cell: string, sep: string): number {
  let s = cell.replace(/\u2212/g, '-');
  if (sep !== ',' && DECIMAL_COMMA.test(s)) s = s.replace(',', '.');
  return NUMBER_TEXT.test(s) ? Number(s) : NaN;
}

/** Cells of a line, trimmed, surrounding double quotes removed. */
function cells(line: string, sep: string): string[] {
  return line.split(sep).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * Parses returns as CSV. The separator is a tab if the first line has one, else a semicolon if it
 * has one, else a comma (with tabs or semicolons, 0,012 is read as 0.012). The first row is a header
 * when any of its cells is not a number. Blank lines are skipped. 2–16 columns, 3–10,000 rows.
 */
export function parseReturnsCsv(text: string): ReturnsParse {
  const lines = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : [];
  const used = lines.map((l, k) => ({ line: k + 1, text: l })).filter((l) => l.text.trim() !== '');
  if (used.length === 0) {
    return {
      ok: false,
      message: 'The returns are empty: paste one column per asset and one row per period.',
    };
  }
  const head = used[0]!.text;
  const sep = head.includes('\t') ? '\t' : head.includes(';') ? ';' : ',';
  const firstCells = cells(head, sep);
  const hasHeader = firstCells.some((c) => Number.isNaN(toNumber(c, sep)));
  const width = firstCells.length;
  if (width < MIN_ASSETS || width > MAX_ASSETS) {
    return {
      ok: false,
      message: `Line ${used[0]!.line} has ${width} column${width === 1 ? '' : 's'}: give ${MIN_ASSETS} to ${MAX_ASSETS} assets, one column each.`,
    };
  }
  const names = hasHeader
    ? firstCells.map((c, k) => (c === '' ? `A${k + 1}` : c))
    : firstCells.map((_, k) => `A${k + 1}`);
  const body = hasHeader ? used.slice(1) : used;
  if (body.length < MIN_PERIODS) {
    return {
      ok: false,
      message: `There ${body.length === 1 ? 'is 1 row' : `are ${body.length} rows`} of returns: give at least ${MIN_PERIODS} periods.`,
    };
  }
  if (body.length > MAX_PERIODS) {
    return {
      ok: false,
      message: `There are ${body.length} rows of returns; at most ${MAX_PERIODS.toLocaleString('en-US')}.`,
    };
  }
  const rows: number[][] = [];
  for (const { line, text: t } of body) {
    const cs = cells(t, sep);
    if (cs.length !== width) {
      return {
        ok: false,
        message: `Line ${line} has ${cs.length} value${cs.length === 1 ? '' : 's'}; line ${used[0]!.line} has ${width}: every row needs one value per asset.`,
      };
    }
    const row: number[] = [];
    for (let k = 0; k < width; k++) {
      const c = cs[k]!;
      if (c === '') return { ok: false, message: `Line ${line}, column ${k + 1} is empty.` };
      const v = toNumber(c, sep);
      if (!Number.isFinite(v)) {
        const hint = c.endsWith('%') ? ' (write 1.2 % as 0.012)' : '';
        return {
          ok: false,
          message: `Line ${line}, column ${k + 1}: "${c.length > 30 ? `${c.slice(0, 29)}…` : c}" is not a number${hint}.`,
        };
      }
      row.push(v);
    }
    rows.push(row);
  }
  return { ok: true, names, rows };
}

/**
 * Per-asset sample mean μ_k and sample covariance Σ_kl = Σ_t (r_tk − μ_k)(r_tl − μ_l) / (T − 1)
 * of T ≥ 2 rows.
 */
export function meanAndCovariance(rows: readonly (readonly number[])[]): {
  mu: number[];
  cov: number[][];
} {
  const T = rows.length;
  const n = rows[0]?.length ?? 0;
  const mu = new Array<number>(n).fill(0);
  for (const r of rows) for (let k = 0; k < n; k++) mu[k]! += r[k]! / T;
  const cov = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const r of rows) {
    for (let k = 0; k < n; k++) {
      const dk = r[k]! - mu[k]!;
      for (let l = k; l < n; l++) cov[k]![l]! += (dk * (r[l]! - mu[l]!)) / (T - 1);
    }
  }
  for (let k = 0; k < n; k++) for (let l = 0; l < k; l++) cov[k]![l] = cov[l]![k]!;
  return { mu, cov };
}
