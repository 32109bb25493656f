// What training produces: the figures as text, the loss and accuracy curves, and both models'
// decision boundaries side by side.
import { BoundaryPlots } from './BoundaryPlots';
import { FiguresTable } from './FiguresTable';
import { HistoryChart } from './HistoryChart';
import { Scoreboard } from './Scoreboard';
import { isNoisyExperiment } from '../experiment/noise';
import { schemaOf } from '../experiment/tasks/registry';
import { epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { useExperimentOf } from '../store/useExperimentOf';
import { ComparisonNote } from '../tasks/classify/ComparisonNote';
import { Toggle } from './fields/Toggle';
import { InfoTip } from './InfoTip';

/** With tabular data, what the square the boundaries fill is. */
function PlaneNote() {
  const plane = useLab((s) => (s.info?.task === 'classify' ? s.info.plane : null));
  if (!plane) return null;
  return (
    <p className="hint">
      The data have {plane.features} features: the plots show the plane through their mean spanned
      by their two principal axes
      {plane.features > 2 ? ` (${Math.round(plane.explained * 100)}% of the variance)` : ''}, with
      each model’s answer on that plane and the points projected onto it. A point can sit on the
      other colour: the model reads its distance from the plane too.
    </p>
  );
}

/** Under the chart while the quantum model trains under noise (beside its ideal twin). */
function NoiseHint() {
  const noisy = useExperimentOf('classify', (e) =>
    isNoisyExperiment(e, schemaOf('classify').circuit(e)),
  );
  const twin = useLab((s) => epochReports(s.history).at(-1)?.ideal !== undefined);
  if (!noisy && !twin) return null;
  return (
    <p className="hint">
      The ideal twin starts from the same parameters and sees the same batches: the gap between the
      two quantum curves is what the noise costs.
    </p>
  );
}

/**
 * The panel reads no reports and no pictures: its parts that show them (scoreboard, table, chart,
 * plots) read their own, so that a report re-renders only them.
 */
export function ResultsPanel() {
  const linkWeights = useLab((s) => s.linkWeights);
  const view = useExperimentOf('classify', (e) => e.view);
  const show = (h: (typeof view.hidden)[number]): boolean => !view.hidden.includes(h);
  const { setView } = useLab.getState();

  return (
    <section className="panel results" aria-labelledby="results-heading">
      <div className="heading-row">
        <h2 id="results-heading">Results</h2>
        <InfoTip term="loss" />
      </div>
      {linkWeights && (
        <p className="weights-note" role="status">
          Trained weights from the link: these results are the trained models’, before any training
          here. Press Play to continue training.
        </p>
      )}
      <Scoreboard />
      <ComparisonNote />
      {show('figures') && <FiguresTable />}
      <p className="hint">
        Losses differ in kind: the quantum model minimises its readout loss, the classical one
        cross-entropy; accuracies compare directly.
      </p>
      {show('chart') && (
        <>
          <HistoryChart height={320} />
          <NoiseHint />
        </>
      )}
      {show('boundaries') && (
        <>
          <div className="heading-row minor">
            <h3>Decision boundaries</h3>
            <InfoTip term="decisionBoundary" />
          </div>
          <div className="toggles">
            <Toggle
              label="Show test data"
              checked={view.showTest}
              onChange={(v) => setView({ showTest: v })}
            />
            <Toggle
              label="Discretize"
              info="discretize"
              checked={view.discretize}
              onChange={(v) => setView({ discretize: v })}
            />
          </div>
          <PlaneNote />
          <BoundaryPlots showTest={view.showTest} discretize={view.discretize} />
        </>
      )}
    </section>
  );
}
