// The circuit editor across the page, with the live state of the circuit for one data point
// (a slider per feature, or a sample picked on the data plot; the trained parameters once
// training has run). While the worker computes, the old figures are dimmed and say so.
import { useMemo } from 'react';
import { CircuitEditor } from '../editor/CircuitEditor';
import { InputFeatures } from '../editor/inputFeatures';
import { StateView } from '../editor/state/StateView';
import { useLiveState } from '../editor/useLiveState';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';

interface Props {
  circuit: EditorCircuit;
  /** Input features the circuit reads (sliders for each); 0 for a task without data points. */
  features?: number;
}

/** A slider's range: the 2-D sets live in [−1, 1]²; a table's features are spread wider. */
const sliderRange = (features: number): number => (features === 2 ? 1 : 3);

export function EditorSection({ circuit, features = 2 }: Props) {
  const seed = useLab((s) => s.experiment.training.seed);
  const point = useLab((s) => s.livePoint);
  const setX = useLab((s) => s.setLivePoint);
  const x = useMemo(
    () => Array.from({ length: Math.max(features, 2) }, (_, i) => point[i] ?? 0),
    [point, features],
  );
  const live = useLiveState(circuit, x, seed);
  const range = sliderRange(features);
  const view = live.view;
  const stale = view !== null && !live.current;
  return (
    <section className="panel editor-section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Circuit</h2>
      <div className="editor-layout">
        <InputFeatures.Provider value={features}>
          <CircuitEditor circuit={circuit} params={live.params} />
        </InputFeatures.Provider>
        <div className="live">
          <h3>{features > 0 ? 'State for the data point' : 'State of the circuit'}</h3>
          <div className="point-sliders" hidden={features === 0}>
            {x.slice(0, features).map((v, i) => (
              <label key={i}>
                x{i + 1} = {v.toFixed(2)}
                <input
                  type="range"
                  min={-range}
                  max={range}
                  step={0.01}
                  value={v}
                  aria-label={`Feature x${i + 1}`}
                  onChange={(e) => setX(x.map((o, k) => (k === i ? Number(e.target.value) : o)))}
                />
              </label>
            ))}
          </div>
          {features === 2 && <p className="hint">Or point at a sample on the data plot.</p>}
          {live.error && (
            <p className="field-error" role="alert">
              {live.error}
            </p>
          )}
          <p className="live-status" role="status">
            {live.slow &&
              `Simulating ${circuit.qubits} ${circuit.qubits === 1 ? 'qubit' : 'qubits'}… ${
                view
                  ? `The figures below are of the previous ${view.qubits === circuit.qubits ? 'circuit or point' : `circuit (${view.qubits} qubits)`}.`
                  : ''
              }`}
          </p>
          {view && (
            <div
              className={`live-view${stale ? ' stale' : ''}${stale && live.slow ? ' slow' : ''}`}
              aria-busy={stale}
            >
              <StateView
                qubits={view.qubits}
                probabilities={view.probabilities}
                bloch={view.bloch}
                amplitudes={view.amplitudes}
                purity={view.purity}
                readoutError={view.readoutError}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
