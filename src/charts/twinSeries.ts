// The curves a noisy run adds to a convergence chart beside the noisy model's line: its ideal
// twin (dashed, IDEAL) and the zero-noise extrapolation (dots, MITIGATED). The VQE energy and the
// QAOA cost charts draw them the same way.
import { DASH } from './chartParts';
import type { ConvergencePoint, ExtraSeries } from './ConvergenceChart';
import { IDEAL, MITIGATED } from './palette';

/** One iteration's further values under noise (absent on an ideal run). */
export interface TwinPoint {
  iteration: number;
  /** The ideal twin's value. */
  ideal?: number;
  /** The noisy value extrapolated to zero noise. */
  mitigated?: number;
}

/** "Ideal" and "Mitigated (ZNE)" when any point has an ideal value; none on an ideal run. */
export function twinSeries(points: readonly TwinPoint[]): ExtraSeries[] {
  if (!points.some((p) => p.ideal !== undefined)) return [];
  const of = (v: (p: TwinPoint) => number | undefined) =>
    points.map((p): ConvergencePoint => ({ iteration: p.iteration, value: v(p) ?? NaN }));
  return [
    { key: 'ideal', label: 'Ideal', color: IDEAL, dash: DASH, width: 3, points: of((p) => p.ideal) }, // prettier-ignore
    // Dots: the ideal line, often close by, shows between them.
    { key: 'mitigated', label: 'Mitigated (ZNE)', color: MITIGATED, dash: null, width: 3, marks: 'dots', points: of((p) => p.mitigated) }, // prettier-ignore
  ];
}
