// The task's results: the fitted decay rate of the gradient's variance (how many qubits halve it),
// whether the mean stays at zero, the log chart of the variance against n with a previous sweep
// faint behind it, and the numbers as a table.
import { useMemo } from 'react';
import type { PlateauInfo, PlateauPoint } from '../../../workers/protocol';
import { QUANTUM } from '../../charts/palette';
import { fitExponential } from '../../experiment/tasks/plateau/fit';
import { Figure } from '../../panels/Figure';
import { InfoTip } from '../../panels/InfoTip';
import { plateauInfo, plateauReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { CHART_TITLE, PlateauChart, type PlateauSeries } from './PlateauChart';
import { PlateauHistogram } from './PlateauHistogram';
import { PlateauTable } from './PlateauTable';
import { fitVerdict, formatVariance, halvingWords, sweepWords } from './plateauWords';
import { usePlateauReference } from './usePlateauReference';
import './plateau.css';

export function PlateauResults() {
  const info = useLab((s) => plateauInfo(s.info));
  const reports = useLab((s) => plateauReports(s.history));
  const waiting = useLab((s) => s.waiting);
  const gradients = useLab((s) => s.pictures.plateauGradients?.gradients ?? null);
  const hidden = useExperimentOf('plateau', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(
    () => reports.map((r) => r.plateau).filter((p): p is PlateauPoint => p !== null),
    [reports],
  );
  const earlier = usePlateauReference(info, points);
  const current = useMemo((): PlateauSeries | null => info && series(info, points), [info, points]); // prettier-ignore
  const reference = useMemo(() => earlier && series(earlier.info, earlier.points), [earlier]);
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">{waiting ?? 'Preparing the sweep…'}</p>}
      {info && current && (
        <>
          <PlateauFigures info={info} current={current} reference={reference} />
          {show('chart') && (
            <figure className="plateau-chart">
              <div className="plateau-chart-head">
                <h3>{CHART_TITLE}</h3>
                <InfoTip term="barrenPlateau" />
              </div>
              {points.length === 0 && (
                <p className="hint">
                  Press Play to compute {info.qubits.length} qubit counts ({info.qubits.join(', ')}
                  ), {info.circuits} random circuits each; the largest takes the longest.
                </p>
              )}
              <PlateauChart qubits={info.qubits} current={current} reference={reference} />
              <p className="hint">
                Each point: the variance of ∂C/∂θ over {info.circuits} random circuits, computed
                exactly (parameter shift on the simulated state); the bar is ± one standard error.
                The dashed line is the least-squares fit of ln Var on n.
              </p>
            </figure>
          )}
          {show('chart') && gradients && gradients.n !== null && (
            <PlateauHistogram gradients={gradients} />
          )}
          {show('table') && (
            <PlateauTable points={points} earlier={reference?.points ?? []} fit={current.fit} />
          )}
        </>
      )}
    </section>
  );
}

function series(info: PlateauInfo, points: readonly PlateauPoint[]): PlateauSeries {
  return { label: sweepWords(info), short: sweepWords(info, true), points, fit: fitExponential(points) }; // prettier-ignore
}

interface FiguresProps {
  info: PlateauInfo;
  current: PlateauSeries;
  reference: PlateauSeries | null;
}

/** The scoreboard: the fitted rate, the smallest variance so far, the mean's largest drift. */
function PlateauFigures({ info, current, reference }: FiguresProps) {
  const { fit, points } = current;
  const last = points.at(-1);
  // The mean's largest distance from zero, in its own standard errors.
  const drift = points.reduce((m, p) => Math.max(m, Math.abs(p.mean) / (p.meanError || 1)), 0);
  return (
    <>
      <div className="scoreboard plateau-scoreboard">
        <Figure
          name="Variance per added qubit"
          value={fit ? `× ${(1 / fit.base).toFixed(2)}` : '—'}
          color={QUANTUM}
          note={fit ? `the variance ${halvingWords(fit)}` : 'needs two points'}
        />
        <Figure
          name={last ? `Var[∂C] at ${last.n} qubits` : 'Var[∂C]'}
          value={last ? formatVariance(last.variance) : '—'}
          note={last ? `± ${formatVariance(last.varianceError)}` : `${points.length} of ${info.qubits.length} points`} // prettier-ignore
        />
        <Figure
          name="Mean gradient"
          value={points.length ? (drift < 3 ? '≈ 0' : 'off zero') : '—'}
          note={points.length ? `within ${drift.toFixed(1)} standard errors of 0` : undefined}
        />
      </div>
      {fit && (
        <p className="plateau-verdict" data-testid="plateau-fit">
          {fitVerdict(fit)}
        </p>
      )}
      {fit && reference?.fit && (
        <p className="hint">
          Earlier sweep ({reference.label}): the variance {halvingWords(reference.fit)} (
          {reference.fit.base.toFixed(2)}^(−n)).
        </p>
      )}
    </>
  );
}
