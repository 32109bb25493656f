// Beside the scoreboard: says when the classical model lost because it is too small to draw the
// data's boundary (comparisonCaveat.ts), and offers the smallest width that can (useWidthSearch).
import { classifyInfo, epochReports } from '../../store/runOf';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { comparisonCaveat } from './comparisonCaveat';
import { useWidthSearch } from './useWidthSearch';
import './comparisonNote.css';

export function ComparisonNote() {
  const last = useLab((s) => epochReports(s.history).at(-1));
  const info = useLab((s) => classifyInfo(s.info));
  const busy = useLab((s) => s.job !== null || s.status === 'loading' || s.stopped !== null);
  const epochs = useExperimentOf('classify', (e) => e.training.epochs);
  const activation = useExperimentOf('classify', (e) => e.baseline.activation);
  const dataset = useExperimentOf('classify', (e) => e.data.set);
  const search = useWidthSearch();

  const caveat =
    last && info
      ? comparisonCaveat({
          epoch: last.epoch,
          epochs,
          quantumTrain: last.quantum.trainAccuracy,
          classicalTrain: last.classical.trainAccuracy,
          classicalTest: last.classical.testAccuracy,
          hidden: info.classicalHidden,
          params: info.classicalParams,
          activation,
          dataset,
          classes: info.classes,
        })
      : null;
  if (!caveat && !search.message) return null;

  return (
    <aside className="comparison-note" aria-label="About this comparison">
      {caveat && (
        <>
          <p>{caveat.text}</p>
          <button
            type="button"
            disabled={busy}
            title="Train one-hidden-layer models of width 1, 2, 3, … with the same settings and use the first that reaches the quantum model’s train accuracy" // prettier-ignore
            onClick={search.start}
          >
            Smallest classical model that can
          </button>
        </>
      )}
      {search.message && (
        <p className="comparison-search" role="status">
          {search.message}
        </p>
      )}
    </aside>
  );
}
