// How the results' figures are written: two decimals, and milliseconds to a precision that suits
// their size; a dash for none.

/** Milliseconds with a precision that suits their size (0.04, 1.3, 120). */
export const ms = (v: number | undefined): string =>
  v === undefined || !(v > 0) ? '–' : v < 1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0);

/** Two decimals (a loss, an accuracy). */
export const fmt = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(2);
