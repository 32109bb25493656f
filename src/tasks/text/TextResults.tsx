// The text task's results: both models' perplexities beside the floor, their cross-entropy per
// epoch, and the text each writes.
import { useMemo } from 'react';
import { LossChart } from '../../charts/LossChart';
import type { EpochPoint } from '../../charts/types';
import type { TextMetrics, TextReport } from '../../../workers/protocol';
import { textInfo, textReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { TextFigures } from './TextFigures';
import { TextSamples } from './TextSamples';
import './text.css';

const LOSS_ONLY = ['loss'] as const;

const asMetrics = (m: TextMetrics) => ({ ...m, trainAccuracy: NaN, testAccuracy: NaN });
/** A text report as the loss chart's epoch point (no accuracy). */
const asPoint = (r: TextReport): EpochPoint => ({
  epoch: r.epoch,
  quantum: asMetrics(r.text.quantum),
  classical: asMetrics(r.text.classical),
});

export function TextResults() {
  const info = useLab((s) => textInfo(s.info));
  const history = useLab((s) => textReports(s.history));
  const samples = useLab((s) => s.pictures.textSamples?.samples ?? null);
  const epochs = useExperimentOf('text', (e) => e.training.epochs);
  const hidden = useExperimentOf('text', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const points = useMemo(() => history.map(asPoint), [history]);
  const last = history[history.length - 1] ?? null;
  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
      </div>
      {!info && <p className="hint">Preparing the text and both models…</p>}
      {info && (
        <>
          {show('figures') && <TextFigures info={info} last={last} />}
          {show('chart') && (
            <LossChart
              history={points}
              epochs={epochs}
              panels={LOSS_ONLY}
              lossLabel="Cross-entropy (nats per token)"
              height={300}
            />
          )}
          {show('samples') && <TextSamples samples={samples} />}
        </>
      )}
    </section>
  );
}
