// A narrow read of the run slice for the matrix-multiplication panels (as src/store/runOf.ts does
// for other tasks): its load info, or nothing while another task's session is loaded; and how
// its numbers are written.
import type { LoadInfo, MatmulInfo } from '../../../workers/protocol';

export const matmulInfo = (i: LoadInfo | null): MatmulInfo | null =>
  i?.task === 'matmul' ? i : null;

/** A matrix entry or amplitude, to `digits` decimals, without "−0". */
export function formatEntry(v: number, digits = 4): string {
  const s = v.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s.replace('-', '−');
}

/** A difference such as 2.2e-16, short. */
export function formatTiny(v: number): string {
  return v === 0 ? '0' : v.toExponential(0).replaceAll('-', '−');
}

/** Up to 3 decimals, trailing zeros dropped ("4", "−2.5", "0.866"), without "−0". */
export function formatShort(v: number): string {
  const r = Number(v.toFixed(3)) + 0;
  return String(Object.is(r, -0) ? 0 : r).replace('-', '−');
}
