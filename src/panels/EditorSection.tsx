// The circuit editor across the page, with the live state of the circuit for one data point
// (sliders for x0 and x1; the trained parameters once training has run).
import { useState } from 'react';
import { CircuitEditor } from '../editor/CircuitEditor';
import { StateView } from '../editor/state/StateView';
import { useLiveState } from '../editor/useLiveState';
import type { EditorCircuit } from '../experiment/circuit';
import { useLab } from '../store/store';

export function EditorSection({ circuit }: { circuit: EditorCircuit }) {
  const seed = useLab((s) => s.experiment.training.seed);
  const [x, setX] = useState<readonly number[]>([0.5, -0.5]);
  const live = useLiveState(circuit, x, seed);
  return (
    <section className="panel editor-section" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Circuit</h2>
      <div className="editor-layout">
        <CircuitEditor circuit={circuit} params={live.params} />
        <div className="live">
          <h3>State for the data point</h3>
          <div className="point-sliders">
            {[0, 1].map((i) => (
              <label key={i}>
                x{i} = {x[i]!.toFixed(2)}
                <input
                  type="range"
                  min={-1}
                  max={1}
                  step={0.01}
                  value={x[i]}
                  aria-label={`Feature x${i}`}
                  onChange={(e) =>
                    setX(
                      i === 0 ? [Number(e.target.value), x[1]!] : [x[0]!, Number(e.target.value)],
                    )
                  }
                />
              </label>
            ))}
          </div>
          {live.error && (
            <p className="field-error" role="alert">
              {live.error}
            </p>
          )}
          {live.view && (
            <StateView
              qubits={live.view.qubits}
              probabilities={live.view.probabilities}
              bloch={live.view.bloch}
              amplitudes={live.view.amplitudes}
            />
          )}
        </div>
      </div>
    </section>
  );
}
