// The optimisation task's results: the figures, the expected score against iteration beside the
// classical solvers, the problem drawn with each solver's best answer, the measured bitstrings and
// the depth-1 landscape with the optimiser's path.
import { useMemo } from 'react';
import { InfoTip } from '../../panels/InfoTip';
import { qaoaInfo, qaoaReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { BitstringHistogram } from './BitstringHistogram';
import { CostChart } from './CostChart';
import { LandscapeSection } from './LandscapeSection';
import { QaoaFigures } from './QaoaFigures';
import { SolverTabs } from './SolverTabs';

export function QaoaResults() {
  const info = useLab((s) => qaoaInfo(s.info));
  const history = useLab((s) => qaoaReports(s.history));
  const samples = useLab((s) => s.pictures.samples?.samples ?? null);
  const hidden = useExperimentOf('qaoa', (e) => e.view.hidden);
  const waiting = useLab((s) => s.waiting);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(
    () => history.map((r) => ({ iteration: r.epoch, value: r.expected })),
    [history],
  );
  const last = history[history.length - 1] ?? null;
  const solutions = useMemo(
    () =>
      info
        ? [
            { key: 'qaoa', label: 'QAOA (best sampled)', solution: samples?.best ?? null },
            { key: 'brute', label: 'Brute force', solution: info.bruteForce },
            { key: 'annealing', label: 'Simulated annealing', solution: info.annealing },
            { key: 'greedy', label: 'Greedy', solution: info.greedy },
          ]
        : [],
    [info, samples],
  );
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
        <InfoTip term="qaoa" />
      </div>
      {!info && (
        <p className="hint">
          {waiting ?? 'Computing every bitstring’s cost and the classical answers…'}
        </p>
      )}
      {info && (
        <>
          {show('figures') && (
            <>
              <QaoaFigures info={info} last={last} samples={samples} />
              <p className="hint">
                What these mean:{' '}
                <span className="with-tip">
                  approximation ratio <InfoTip term="approximationRatio" />
                </span>{' '}
                <span className="with-tip">
                  simulated annealing <InfoTip term="annealing" />
                </span>{' '}
                <span className="with-tip">
                  greedy search <InfoTip term="greedy" />
                </span>
              </p>
            </>
          )}
          {show('chart') && (
            <CostChart
              points={points}
              objective={info.objective}
              optimum={info.optimum}
              annealing={info.annealing.score}
              greedy={info.greedy.score}
            />
          )}
          {show('solution') && (
            <section aria-labelledby="solution-heading">
              <h3 id="solution-heading">The answers, drawn</h3>
              <SolverTabs picture={info.picture} solutions={solutions} qubits={info.qubits} />
            </section>
          )}
          {show('histogram') && samples && (
            <section aria-labelledby="bitstrings-heading">
              <div className="heading-row minor">
                <h3 id="bitstrings-heading">Measured bitstrings</h3>
                <InfoTip term="bitstrings" />
              </div>
              <BitstringHistogram
                samples={samples}
                qubits={info.qubits}
                objective={info.objective}
              />
            </section>
          )}
          {show('landscape') && <LandscapeSection info={info} history={history} />}
        </>
      )}
    </section>
  );
}
