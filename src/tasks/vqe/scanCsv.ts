// The bond-length scan as a table of numbers: its row type and its CSV file.

/** One bond length of the dissociation curve; energies in hartree. */
export type { ScanRow } from '../../../workers/protocol';
import type { ScanRow } from '../../../workers/protocol';

export const SCAN_CSV_HEADER = 'bond length (Å),Hartree–Fock (Ha),VQE (Ha),exact (Ha)';

/** A number for the file: fixed decimals, ASCII minus (spreadsheets parse it), empty when missing. */
function cell(v: number | null, decimals: number): string {
  if (v === null || !Number.isFinite(v)) return '';
  const s = v.toFixed(decimals);
  return /^-0\.0*$/.test(s) ? s.slice(1) : s;
}

/**
 * CSV of the scan, one line per row in the given order after the header, lines ending in "\n":
 * bond length with 3 decimals, energies with 6, an empty VQE cell where VQE has not run.
 */
export function scanToCsv(rows: readonly ScanRow[]): string {
  const lines = rows.map((r) =>
    [cell(r.bondLength, 3), cell(r.hartreeFock, 6), cell(r.vqe, 6), cell(r.exact, 6)].join(','),
  );
  return [SCAN_CSV_HEADER, ...lines].join('\n') + '\n';
}
