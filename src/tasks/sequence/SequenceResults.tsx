// The sequence task's results: both models' forecast errors beside the naive forecast, their loss
// per epoch (with the quantum model's ideal twin under noise), and their forecasts drawn over the
// true series.
import type { SequenceReport } from '../../../workers/protocol';
import { sequenceInfo, sequenceReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { ForecastChart } from './ForecastChart';
import { PairResults } from './PairResults';
import { SequenceFigures } from './SequenceFigures';

const losses = (r: SequenceReport) => ({ epoch: r.epoch, ...r.forecast });

export function SequenceResults() {
  const info = useLab((s) => sequenceInfo(s.info));
  const history = useLab((s) => sequenceReports(s.history));
  const forecast = useLab((s) => s.pictures.forecast?.forecast ?? null);
  const epochs = useExperimentOf('sequence', (e) => e.training.epochs);
  const hidden = useExperimentOf('sequence', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const last = history[history.length - 1] ?? null;
  return (
    <PairResults
      figures={info && (show('figures') ? <SequenceFigures info={info} last={last} /> : <></>)}
      preparing="the series and both models"
      reports={history}
      losses={losses}
      epochs={epochs}
      lossLabel="Mean squared error"
      reference={info && { value: info.persistence.test, label: 'Persistence (test)' }}
      showChart={show('chart')}
    >
      {info && show('forecast') && (
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
            noisy={last?.forecast.ideal !== undefined}
          />
        </figure>
      )}
    </PairResults>
  );
}
