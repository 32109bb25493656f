// The optimisation task's results: the figures, the expected score against iteration beside the
// classical solvers, the problem drawn with each solver's best answer, the measured bitstrings and
// the depth-1 landscape with the optimiser's path. Under noise the figures and the chart add the
// ideal twin and the zero-noise extrapolation (where computed); samples come from the noisy state.
import { useMemo } from 'react';
import { latestMitigated } from '../../charts/twinSeries';
import { InfoTip } from '../../panels/InfoTip';
import { qaoaInfo, qaoaReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { BitstringHistogram } from './BitstringHistogram';
import { CostChart, type CostPoint } from './CostChart';
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
    () =>
      history.map((r): CostPoint => ({
        iteration: r.epoch,
        value: r.expected,
        ideal: r.ideal?.expected,
        mitigated: r.mitigated?.expected,
      })),
    [history],
  );
  const last = history[history.length - 1] ?? null;
  const mitigated = useMemo(() => latestMitigated(history), [history]);
  const noisy = last?.ideal !== undefined;
  const solutions = useMemo(
    () =>
      info
        ? [
            { key: 'qaoa', label: noisy ? 'QAOA (best sampled, noisy)' : 'QAOA (best sampled)', solution: samples?.best ?? null }, // prettier-ignore
            { key: 'brute', label: 'Brute force', solution: info.bruteForce },
            { key: 'annealing', label: 'Simulated annealing', solution: info.annealing },
            { key: 'greedy', label: 'Greedy', solution: info.greedy },
          ]
        : [],
    [info, samples, noisy],
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
              <QaoaFigures info={info} last={last} mitigated={mitigated} samples={samples} />
              {noisy && (
                <p className="hint">
                  Ideal: the same QAOA trained beside the noisy one without noise, from the same
                  angles. Mitigated: the noisy expected {info.objective === 'cut' ? 'cut' : 'cost'}{' '}
                  measured again with the noise 3 and 5 times as strong (each gate G run as G·G†·G,
                  …) and extrapolated back to no noise; readout error is not scaled by this, so it
                  stays in. That runs the circuit 8 times over, so it is computed every few
                  iterations (at most a quarter of the time) and whenever training stops. The
                  classical solvers have no quantum noise.
                </p>
              )}
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
                <h3 id="bitstrings-heading">Measured bitstrings{noisy && ' (noisy)'}</h3>
                <InfoTip term="bitstrings" />
              </div>
              <BitstringHistogram
                samples={samples}
                qubits={info.qubits}
                objective={info.objective}
              />
            </section>
          )}
          {show('landscape') && <LandscapeSection info={info} history={history} noisy={noisy} />}
        </>
      )}
    </section>
  );
}
