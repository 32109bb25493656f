// QAOA's expected cut (or cost) per iteration, against the optimum and the classical solvers' best;
// under noise the noisy value, its ideal twin's and the zero-noise extrapolation.
import { useCallback, useMemo } from 'react';
import { DASH, DOT } from '../../charts/chartParts';
import { ConvergenceChart } from '../../charts/ConvergenceChart';
import type { ConvergencePoint, RefLine } from '../../charts/ConvergenceChart';
import { paddedDomain } from '../../charts/paddedDomain';
import { CLASSICAL, INK } from '../../charts/palette';
import { twinSeries, type TwinPoint } from '../../charts/twinSeries';

/** ⟨C⟩ at one iteration (under noise, the noisy one), with the twin's and the mitigated ⟨C⟩. */
export type CostPoint = ConvergencePoint & TwinPoint;

interface Props {
  /** ⟨C⟩ of the QAOA state per iteration, in iteration order; redrawn in place on every update. */
  points: readonly CostPoint[];
  /** A cut is maximised (higher is better), a cost minimised (lower is better). */
  objective: 'cut' | 'cost';
  /** The best value of all (brute force). */
  optimum: number;
  /** Best value found by simulated annealing. */
  annealing: number;
  /** Best value found by the greedy local search. */
  greedy: number;
  height?: number;
}

/**
 * Greedy search: Okabe–Ito yellow darkened to read on white (green is the cut edge, orange the
 * annealing, purple QAOA, blue the mitigated dots under noise).
 */
const GREEDY = '#8c7a00';
/** Share of the span left beyond the best value, where the labels go, and beyond the worst. */
const PAD_BEST = 0.15;
const PAD_WORST = 0.05;

export function CostChart({ points, objective, optimum, annealing, greedy, height }: Props) {
  // The line climbs (cut) or falls (cost) towards the references: their labels go on the far side.
  const side = objective === 'cut' ? 'above' : 'below';
  const refs = useMemo(
    (): RefLine[] => [
      { key: 'optimum', label: 'Optimum', value: optimum, color: INK, dash: null, width: 2, labelSide: side }, // prettier-ignore
      { key: 'sa', label: 'Simulated annealing', short: 'Annealing', value: annealing, color: CLASSICAL, dash: DASH, width: 3, labelSide: side }, // prettier-ignore
      { key: 'greedy', label: 'Greedy search', short: 'Greedy', value: greedy, color: GREEDY, dash: DOT, width: 3, labelSide: side }, // prettier-ignore
    ],
    [optimum, annealing, greedy, side],
  );
  const domain = useCallback(
    (values: readonly number[], shown: readonly RefLine[]) => {
      const all = [...values, ...shown.map((r) => r.value)];
      const scale = all.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, Math.abs(v)) : m), 0);
      // A flat line on the optimum still gets a readable range: 10% of the values' size, or 1.
      const minSpan = scale > 0 ? scale * 0.1 : 1;
      return objective === 'cut'
        ? paddedDomain(all, PAD_WORST, PAD_BEST, minSpan)
        : paddedDomain(all, PAD_BEST, PAD_WORST, minSpan);
    },
    [objective],
  );
  const series = useMemo(() => twinSeries(points), [points]);
  const what = objective === 'cut' ? 'Expected cut' : 'Expected cost';
  return (
    <ConvergenceChart
      label={`${what} against iteration`}
      points={points}
      lineLabel={series.length > 0 ? 'Noisy' : 'QAOA'}
      series={series}
      refs={refs}
      yTitle={what}
      yDecimals={0}
      domain={domain}
      height={height}
    />
  );
}
