// The curves a noisy run adds to a convergence chart beside the noisy model's line: its ideal
// twin (dashed, IDEAL) and the zero-noise extrapolation (dots, MITIGATED). The VQE energy and the
// QAOA cost charts draw them the same way, and their figures read the latest extrapolation.
import { DASH } from './chartParts';
import type { ConvergencePoint, ExtraSeries } from './ConvergenceChart';
import { IDEAL, MITIGATED } from './palette';

/** One iteration's further values under noise (absent on an ideal run). */
export interface TwinPoint {
  iteration: number;
  /** The ideal twin's value. */
  ideal?: number;
  /**
   * The noisy value extrapolated to zero noise; absent at the iterations where it was not
   * computed (the worker spends at most a share of the time on it).
   */
  mitigated?: number;
}

/**
 * "Ideal" and "Mitigated (ZNE)" when any point has an ideal value; none on an ideal run. The
 * mitigated dots stand only where it was computed.
 */
export function twinSeries(points: readonly TwinPoint[]): ExtraSeries[] {
  if (!points.some((p) => p.ideal !== undefined)) return [];
  const ideal = points.map((p): ConvergencePoint => ({ iteration: p.iteration, value: p.ideal ?? NaN })); // prettier-ignore
  // Only the computed ones: the chart spaces a dotted series' dots by index, and gaps between
  // sparse values would hide most of them.
  const mitigated: ConvergencePoint[] = [];
  for (const p of points) if (p.mitigated !== undefined) mitigated.push({ iteration: p.iteration, value: p.mitigated }); // prettier-ignore
  return [
    { key: 'ideal', label: 'Ideal', color: IDEAL, dash: DASH, width: 3, points: ideal },
    // Dots: the ideal line, often close by, shows between them.
    { key: 'mitigated', label: 'Mitigated (ZNE)', color: MITIGATED, dash: null, width: 3, marks: 'dots', points: mitigated }, // prettier-ignore
  ];
}

/** The latest report that carries the zero-noise extrapolation, or null when none does. */
export function latestMitigated<R extends { mitigated?: unknown }>(
  history: readonly R[],
): R | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.mitigated !== undefined) return history[i]!; // prettier-ignore
  return null;
}
