// The rows the counts chart and its table show: each listed basis state (and the rest as one
// row when not all are listed) with its exact probability, count and measured frequency.
import type { CircuitInfo, ShotCounts } from '../../../workers/protocol';
import { basisLabel } from '../../charts/basisLabel';

export interface CountRow {
  /** "|01⟩", or "Other states" for the rest. */
  label: string;
  /** True for a basis state's ket (set in monospace). */
  ket: boolean;
  exact: number;
  count: number;
  /** count / shots; null before the first shot. */
  frequency: number | null;
}

/** Rows in the session's order; counts of another session (or none yet) read as zero. */
export function countRows(info: CircuitInfo, counts: ShotCounts | null): CountRow[] {
  const mine = counts !== null && counts.counts.length === info.states.length ? counts : null;
  const shots = mine?.shots ?? 0;
  const freq = (c: number): number | null => (shots > 0 ? c / shots : null);
  const rows: CountRow[] = info.states.map((s, k) => {
    const count = mine?.counts[k] ?? 0;
    return { label: basisLabel(s, info.qubits), ket: true, exact: info.exact[k] ?? 0, count, frequency: freq(count) }; // prettier-ignore
  });
  // The states not listed as one row, when any of them can come up.
  if (info.rest > 0) {
    const other = mine?.other ?? 0;
    rows.push({ label: 'Other states', ket: false, exact: info.rest, count: other, frequency: freq(other) }); // prettier-ignore
  }
  return rows;
}

/** The typical distance of a frequency from its probability after `shots` shots: 1/√N. */
export function statisticalError(shots: number): number | null {
  return shots > 0 ? 1 / Math.sqrt(shots) : null;
}

/**
 * Largest |frequency − probability| over the rows: how far the counts still are from the
 * distribution (of the order of 1/√N after N shots). Null before the first shot.
 */
export function largestGap(rows: readonly CountRow[]): number | null {
  let gap: number | null = null;
  for (const r of rows)
    if (r.frequency !== null) gap = Math.max(gap ?? 0, Math.abs(r.frequency - r.exact));
  return gap;
}
