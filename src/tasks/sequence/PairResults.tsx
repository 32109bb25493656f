// The results column of a task that trains a quantum model beside a classical one on a loss
// without accuracy (the series and the text task): its figures, the loss of both per epoch (and of
// the quantum model's ideal twin under noise), and the task's own picture below.
import { useMemo, type ReactNode } from 'react';
import { LossChart, type Reference } from '../../charts/LossChart';
import type { EpochPoint } from '../../charts/types';

const LOSS_ONLY = ['loss'] as const;

/** One model's losses of an epoch, and its time. */
interface Losses {
  trainLoss: number;
  testLoss: number;
  ms: number;
}

const asMetrics = (m: Losses) => ({ ...m, trainAccuracy: NaN, testAccuracy: NaN });

interface Props<R> {
  /** Null while the session is being prepared. */
  figures: ReactNode | null;
  /** What is being prepared ("the series and both models"). */
  preparing: string;
  reports: readonly R[];
  /** Each report's epoch and both models' losses (and, under noise, the quantum model's ideal twin's). */
  losses(r: R): { epoch: number; quantum: Losses; classical: Losses; ideal?: Losses };
  epochs: number;
  lossLabel: string;
  /** A level drawn across the loss chart to compare the curves with. */
  reference: Reference | null;
  showChart: boolean;
  children?: ReactNode;
}

export function PairResults<R>(p: Props<R>) {
  const { reports, losses } = p;
  const points = useMemo(
    () =>
      reports.map((r): EpochPoint => {
        const l = losses(r);
        const point: EpochPoint = { epoch: l.epoch, quantum: asMetrics(l.quantum), classical: asMetrics(l.classical) }; // prettier-ignore
        // The chart draws "Quantum, noisy" and "Quantum, ideal" when the twin is there.
        if (l.ideal) point.ideal = asMetrics(l.ideal);
        return point;
      }),
    [reports, losses],
  );
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {p.figures === null && <p className="hint">Preparing {p.preparing}…</p>}
      {p.figures !== null && (
        <>
          {p.figures}
          {p.showChart && (
            <LossChart
              history={points}
              epochs={p.epochs}
              panels={LOSS_ONLY}
              lossLabel={p.lossLabel}
              reference={p.reference}
              height={300}
            />
          )}
          {p.children}
        </>
      )}
    </section>
  );
}
