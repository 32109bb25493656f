// Energies for people: hartree and millihartree with a true minus sign (U+2212).

const MINUS = '\u2212';

/**
 * `v` with `decimals` decimals and a true minus sign: −1.1373 → "−1.137300" (6 decimals). A value
 * that rounds to zero has no sign; a non-finite one is "–".
 */
export function formatSigned(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return '–';
  const s = Math.abs(v).toFixed(decimals);
  return v < 0 && Number(s) !== 0 ? `${MINUS}${s}` : s;
}

/** An energy in hartree: formatHa(−1.137306) = "−1.137306 Ha"; "–" when not finite. */
export function formatHa(e: number, decimals = 6): string {
  return Number.isFinite(e) ? `${formatSigned(e, decimals)} Ha` : '–';
}

/**
 * An energy difference given in hartree, written in millihartree: formatMilliHa(0.0016) =
 * "1.600 mHa". Pass the absolute difference for a distance; a negative one keeps its sign; "–"
 * when not finite.
 */
export function formatMilliHa(e: number, decimals = 3): string {
  return Number.isFinite(e) ? `${formatSigned(e * 1000, decimals)} mHa` : '–';
}
