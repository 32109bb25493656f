// The lesson's results: the figures at the chosen p (encoded against bare, and the break-even p),
// whether the code helps there, why it cannot when it does not fit the noise, and the chart of the
// logical error against the physical error as Play sweeps p.
import { useMemo } from 'react';
import type { QecInfo, QecPoint } from '../../../workers/protocol';
import { CLASSICAL, QUANTUM } from '../../charts/palette';
import { Figure } from '../../panels/Figure';
import { qecInfo, qecReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { QecChart, type BreakEven } from './QecChart';
import { QecNote } from './QecNote';
import { crossing, formatP, formatProbability, repetitionLogical, verdict } from './qecCurves';
import './qec.css';

export function QecResults() {
  const info = useLab((s) => qecInfo(s.info));
  const reports = useLab((s) => qecReports(s.history));
  const waiting = useLab((s) => s.waiting);
  const typedMax = useExperimentOf('qec', (e) => e.code.pMax);
  // The session's own sweep, so that the chart and its words agree with the points it draws.
  const pMax = info?.sweep.at(-1) ?? typedMax;
  const hidden = useExperimentOf('qec', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(
    () => reports.map((r) => r.point).filter((q): q is QecPoint => q !== null),
    [reports],
  );
  const breakEven = useMemo((): BreakEven | null => {
    if (!info) return null;
    if (info.breakEven !== null)
      return { p: info.breakEven, value: repetitionLogical(info.breakEven), approx: false };
    const met = info.matched ? crossing(points) : null;
    return met && { p: met.p, value: met.value, approx: true };
  }, [info, points]);
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">{waiting ?? 'Preparing the code and its circuits…'}</p>}
      {info && (
        <>
          {show('figures') && (
            <QecFigures
              info={info}
              breakEven={breakEven}
              swept={points.length >= info.sweep.length}
              pMax={pMax}
            />
          )}
          {!info.matched && info.kind !== 'shor' && (
            <QecNote kind={info.kind} channel={info.channel} />
          )}
          {show('chart') && (
            <>
              {points.length === 0 && (
                <p className="hint qec-play">
                  Press Play to sweep p from 0 to {formatP(pMax)}: {info.sweep.length} points, one a
                  step.
                </p>
              )}
              {info.at.p > pMax && (
                <p className="hint">
                  p = {formatP(info.at.p)} lies beyond the sweep (up to {formatP(pMax)}): its
                  figures are above, not on the chart.
                </p>
              )}
              <QecChart
                pMax={pMax}
                at={info.at}
                points={points}
                encoded={info.kind === 'shor' ? '9 qubits, corrected' : '3 qubits + correction'}
                analytic={info.analytic}
                breakEven={breakEven}
              />
              <p className="hint">
                Logical error: the probability that the decoded logical qubit comes out wrong, in
                its value or its phase (an X, Y or Z error on it), computed exactly from the density
                matrix of all {info.qubits} qubits. Bare qubit: the same for one qubit with no code
                under the same noise.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** The scoreboard at the chosen p, and one sentence on whether the code helps there. */
interface FiguresProps {
  info: QecInfo;
  breakEven: BreakEven | null;
  /** Every point of the sweep is in: a break-even not found lies beyond it. */
  swept: boolean;
  pMax: number;
}

function QecFigures({ info, breakEven, swept, pMax }: FiguresProps) {
  const { p, logical, unencoded } = info.at;
  const at = `at p = ${formatP(p)}`;
  const shown = !info.matched
    ? 'none: the code does not fit this noise'
    : breakEven === null
      ? swept
        ? `above ${formatP(pMax)}, the end of the sweep`
        : 'where the curves cross, as Play sweeps p'
      : breakEven.approx
        ? `≈ ${breakEven.p.toFixed(2)} (from the sweep)`
        : formatP(breakEven.p);
  return (
    <>
      <div className="scoreboard qec-scoreboard">
        <Figure name={`Logical error ${at}`} value={formatProbability(logical)} color={QUANTUM} />
        <Figure name={`Bare qubit ${at}`} value={formatProbability(unencoded)} color={CLASSICAL} />
        <Figure name="Break-even p" value={shown} />
      </div>
      <p className="qec-verdict">{verdict(p, logical, unencoded)}</p>
      {info.kind === 'shor' && (
        <p className="hint">
          The Shor code corrects any one error on one of its nine qubits, but nine qubits also make
          two errors likely sooner: below break-even it beats a bare qubit, above it it loses.
        </p>
      )}
    </>
  );
}
