// The sweep to compare with: the last one finished under other settings (another cost, depth or
// range), kept while the page stays open, so that switching the cost draws the new curve over the
// old one.
import { useState } from 'react';
import type { PlateauInfo, PlateauPoint } from '../../../workers/protocol';

export interface FinishedSweep {
  /** Which settings made it (the session's info, as JSON). */
  key: string;
  info: PlateauInfo;
  points: readonly PlateauPoint[];
}

const keyOf = (info: PlateauInfo): string => JSON.stringify({ ...info, sample: null });

/** The earlier finished sweep to draw faint behind the current one, or null. */
export function usePlateauReference(
  info: PlateauInfo | null,
  points: readonly PlateauPoint[],
): FinishedSweep | null {
  // The last two sweeps finished, newest first, each with other settings than the other; a
  // sweep that just finished is put in while rendering (React's pattern for state that follows props).
  const [done, setDone] = useState<readonly FinishedSweep[]>([]);
  const key = info ? keyOf(info) : '';
  const finished = info !== null && points.length > 0 && points.length >= info.qubits.length;
  if (finished && !(done[0]?.key === key && done[0].points === points))
    setDone([{ key, info, points }, ...done.filter((s) => s.key !== key)].slice(0, 2));
  if (!info) return null;
  return done.find((s) => s.key !== key) ?? null;
}
