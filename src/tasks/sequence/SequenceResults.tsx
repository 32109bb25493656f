// The sequence task's results: both models' forecast errors beside the naive forecast, their loss
// per epoch, and their forecasts drawn over the true series.
import { useMemo } from 'react';
import { LossChart } from '../../charts/LossChart';
import type { EpochPoint } from '../../charts/types';
import type { SequenceMetrics, SequenceReport } from '../../../workers/protocol';
import { sequenceInfo, sequenceReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { ForecastChart } from './ForecastChart';
import { SequenceFigures } from './SequenceFigures';

const LOSS_ONLY = ['loss'] as const;

const asMetrics = (m: SequenceMetrics) => ({ ...m, trainAccuracy: NaN, testAccuracy: NaN });
/** A forecast report as the loss chart's epoch point (no accuracy). */
const asPoint = (r: SequenceReport): EpochPoint => ({
  epoch: r.epoch,
  quantum: asMetrics(r.forecast.quantum),
  classical: asMetrics(r.forecast.classical),
});

export function SequenceResults() {
  const info = useLab((s) => sequenceInfo(s.info));
  const history = useLab((s) => sequenceReports(s.history));
  const forecast = useLab((s) => s.pictures.forecast?.forecast ?? null);
  const epochs = useExperimentOf('sequence', (e) => e.training.epochs);
  const hidden = useExperimentOf('sequence', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(() => history.map(asPoint), [history]);
  const last = history[history.length - 1] ?? null;
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">Preparing the series and both models…</p>}
      {info && (
        <>
          {show('figures') && <SequenceFigures info={info} last={last} />}
          {show('chart') && (
            <LossChart
              history={points}
              epochs={epochs}
              panels={LOSS_ONLY}
              lossLabel="Mean squared error"
              height={300}
            />
          )}
          {show('forecast') && (
            <figure className="forecast">
              <figcaption>
                <h3>Forecast against truth</h3>
              </figcaption>
              <ForecastChart
                series={info.series}
                targetIndex={info.targetIndex}
                trainCount={info.trainCount}
                quantum={forecast?.quantum ?? null}
                classical={forecast?.classical ?? null}
              />
            </figure>
          )}
        </>
      )}
    </section>
  );
}
