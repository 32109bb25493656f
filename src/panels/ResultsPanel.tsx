// What training produces: the figures as text, the loss and accuracy curves, and both models'
// decision boundaries side by side.
import { useRef } from 'react';
import { DecisionBoundary } from '../charts/DecisionBoundary';
import { LossChart } from '../charts/LossChart';
import { CLASSICAL, QUANTUM } from '../charts/palette';
import { useContainerWidth } from '../charts/useContainerWidth';
import { classifyInfo, epochReports } from '../store/runOf';
import { useLab } from '../store/store';
import { useExperimentOf } from '../store/useExperimentOf';
import { ComparisonNote } from '../tasks/classify/ComparisonNote';
import { Toggle } from './fields/Toggle';
import { InfoTip } from './InfoTip';
import { useRoomBelow } from './useRoomBelow';

/** Milliseconds with a precision that suits their size (0.04, 1.3, 120). */
const ms = (v: number | undefined): string =>
  v === undefined || !(v > 0) ? '–' : v < 1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0);
const fmt = (v: number | undefined): string =>
  v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(2);

/**
 * Side of each decision-boundary plot: two per row when each gets MIN_PLOT px (a phone's column
 * included, so the models stay side by side), up to MAX_PLOT. With `room` (the embed: pixels from
 * the plots' top to the bottom of the first screen) the plots and their captions also fit in it.
 */
const MIN_PLOT = 140;
const MAX_PLOT = 320;
const PLOT_GAP = 16;
/** A plot's caption above its square, and a little margin below it, in px. */
const CAPTION = 32;
const BELOW = 8;

function boundarySize(width: number, room: number | null): number {
  const perRow = width >= 2 * MIN_PLOT + PLOT_GAP ? 2 : 1;
  const byWidth = Math.floor((width - PLOT_GAP * (perRow - 1)) / perRow);
  const byHeight = room === null ? Infinity : room - CAPTION - BELOW;
  return Math.max(120, Math.min(MAX_PLOT, byWidth, byHeight));
}

export function ResultsPanel() {
  const history = useLab((s) => epochReports(s.history));
  const linkWeights = useLab((s) => s.linkWeights);
  const plots = useRef<HTMLDivElement>(null);
  const width = useContainerWidth(plots, undefined, 2 * MIN_PLOT + PLOT_GAP);
  const embed = useLab((s) => s.embed);
  const size = boundarySize(width, useRoomBelow(plots, embed));
  const info = useLab((s) => classifyInfo(s.info));
  const boundaries = useLab((s) => s.pictures.boundaries?.boundaries ?? null);
  const view = useExperimentOf('classify', (e) => e.view);
  const show = (h: (typeof view.hidden)[number]): boolean => !view.hidden.includes(h);
  const { setView } = useLab.getState();
  const last = history[history.length - 1];
  const train = info?.train ?? EMPTY;
  const test = info?.test ?? EMPTY;
  const classes = info?.classes ?? 2;

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
      <div className="scoreboard">
        <p className="score" style={{ borderColor: QUANTUM }}>
          <span>Quantum test accuracy {fmt(last?.quantum.testAccuracy)}</span>
        </p>
        <p className="score" style={{ borderColor: CLASSICAL }}>
          <span>Classical test accuracy {fmt(last?.classical.testAccuracy)}</span>
        </p>
      </div>
      <ComparisonNote />
      {show('figures') && (
        <div className="figures-scroll" tabIndex={0} role="region" aria-label="Figures, scrollable">
          <table className="figures">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Parameters</th>
                <th scope="col">Train loss</th>
                <th scope="col">Test loss</th>
                <th scope="col">Train accuracy</th>
                <th scope="col">Test accuracy</th>
                <th scope="col" title="Wall time of the last training epoch in the worker">
                  ms / epoch
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(({ model, name, color, params }) => (
                <tr key={model}>
                  <th scope="row">
                    <span className="swatch" style={{ background: color }} aria-hidden="true" />{' '}
                    {name}
                  </th>
                  <td>{info?.[params] ?? '–'}</td>
                  <td>{fmt(last?.[model].trainLoss)}</td>
                  <td>{fmt(last?.[model].testLoss)}</td>
                  <td>{fmt(last?.[model].trainAccuracy)}</td>
                  <td>{fmt(last?.[model].testAccuracy)}</td>
                  <td>{ms(last?.[model].ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="hint">
        Losses differ in kind: the quantum model minimises its readout loss, the classical one
        cross-entropy; accuracies compare directly.
      </p>
      {show('chart') && <LossChart history={history} height={320} />}
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
          <div className="boundaries" ref={plots}>
            {(['quantum', 'classical'] as const).map((m) => (
              <DecisionBoundary
                key={m}
                label={
                  m === 'quantum' ? 'Quantum decision boundary' : 'Classical decision boundary'
                }
                title={m === 'quantum' ? 'Quantum' : 'Classical'}
                probs={boundaries ? boundaries[m] : null}
                resolution={boundaries?.resolution ?? 1}
                classes={classes}
                train={train}
                test={test}
                showTest={view.showTest}
                discretize={view.discretize}
                size={size}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

const EMPTY = { x: new Float64Array(0), y: new Int32Array(0) };

/** The figures table's rows: each model's report, name, colour and parameter count. */
const ROWS = [
  { model: 'quantum', name: 'Quantum', color: QUANTUM, params: 'quantumParams' },
  { model: 'classical', name: 'Classical', color: CLASSICAL, params: 'classicalParams' },
] as const;
