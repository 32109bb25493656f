// The text task's results: both models' perplexities beside the floor, their cross-entropy per
// epoch, and the text each writes.
import type { TextReport } from '../../../workers/protocol';
import { textInfo, textReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { PairResults } from '../sequence/PairResults';
import { TextFigures } from './TextFigures';
import { TextSamples } from './TextSamples';
import './text.css';

const losses = (r: TextReport) => ({ epoch: r.epoch, ...r.text });

export function TextResults() {
  const info = useLab((s) => textInfo(s.info));
  const history = useLab((s) => textReports(s.history));
  const samples = useLab((s) => s.pictures.textSamples?.samples ?? null);
  const epochs = useExperimentOf('text', (e) => e.training.epochs);
  const hidden = useExperimentOf('text', (e) => e.view.hidden);
  const show = (h: (typeof hidden)[number]): boolean => !hidden.includes(h);
  const last = history[history.length - 1] ?? null;
  return (
    <PairResults
      figures={info && (show('figures') ? <TextFigures info={info} last={last} /> : <></>)}
      preparing="the text and both models"
      reports={history}
      losses={losses}
      epochs={epochs}
      lossLabel="Cross-entropy (nats per token)"
      reference={
        info?.floor ? { value: Math.log(info.floor), label: 'Floor (entropy rate)' } : null
      }
      showChart={show('chart')}
    >
      {info && show('samples') && <TextSamples samples={samples} />}
    </PairResults>
  );
}
