// The lesson's settings ("Code"): which repetition code, the noise that hits its three data
// qubits, the physical error p the figures and circuits show (typed or slid), and the sweep of p
// the chart draws, one point a step.
import { useState } from 'react';
import {
  QEC_CHANNEL_CHOICES,
  QEC_CODE_CHOICES,
  type QecChannelName,
  type QecCodeName,
} from '../../experiment/tasks/qec/types';
import { QEC_LIMITS } from '../../experiment/tasks/qec/validate';
import type { QecSettings } from '../../experiment/types';
import { NumberField } from '../../panels/fields/NumberField';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';
import { useExperimentOf } from '../../store/useExperimentOf';
import { formatP } from './qecCurves';
import { sweepSpacing, withCode, withPoints } from './qecEdits';
import './qec.css';

export function QecPanel() {
  const code = useExperimentOf('qec', (e) => e.code);
  const points = useExperimentOf('qec', (e) => e.training.epochs);
  const editTask = useLab((s) => s.editTask);
  const set = (patch: Partial<QecSettings>): void => editTask('qec', (e) => withCode(e, patch));
  const L = QEC_LIMITS;
  return (
    <section className="panel" aria-labelledby="qec-code-heading">
      <h2 id="qec-code-heading">Code</h2>
      <SelectField<QecCodeName>
        label="Code"
        wide
        value={code.kind}
        options={QEC_CODE_CHOICES}
        onChange={(kind) => set({ kind })}
      />
      <SelectField<QecChannelName>
        label="Noise channel"
        wide
        value={code.channel}
        options={QEC_CHANNEL_CHOICES}
        onChange={(channel) => set({ channel })}
      />
      <div className="qec-p">
        <NumberField
          label="Physical error p"
          value={code.p}
          min={L.p[0]}
          max={L.p[1]}
          step={0.01}
          onCommit={(p) => set({ p })}
        />
        <PSlider value={code.p} onCommit={(p) => set({ p })} />
      </div>
      <div className="field-row">
        <NumberField
          label="Sweep p up to"
          value={code.pMax}
          min={L.pMax[0]}
          max={L.pMax[1]}
          step={0.05}
          onCommit={(pMax) => set({ pMax })}
        />
        <NumberField
          label="Points"
          integer
          value={points}
          min={L.points[0]}
          max={L.points[1]}
          onCommit={(n) => editTask('qec', (e) => withPoints(e, n))}
        />
      </div>
      <p className="hint">
        Each of the {code.kind === 'shor' ? 'nine' : 'three'} data qubits meets the noise once,
        independently, between encoding and correction. The figures and circuits are at p ={' '}
        {formatP(code.p)}; Play sweeps {points} values of p from 0 to {formatP(code.pMax)},{' '}
        {formatP(sweepSpacing(code.pMax, points))} apart, one a step.
      </p>
    </section>
  );
}

interface SliderProps {
  value: number;
  onCommit(p: number): void;
}

/**
 * A slider beside the p field. It moves freely while dragged and commits once, when let go (or
 * at each arrow key), so that a drag is one undoable edit and one new session, not fifty.
 */
function PSlider({ value, onCommit }: SliderProps) {
  const [draft, setDraft] = useState<number | null>(null);
  const commit = (): void => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      className="qec-p-slider"
      type="range"
      min={QEC_LIMITS.p[0]}
      max={QEC_LIMITS.p[1]}
      step={0.01}
      value={draft ?? value}
      aria-label="Physical error p, slider"
      aria-valuetext={`p = ${formatP(draft ?? value)}`}
      onChange={(e) => setDraft(Number(e.target.value))}
      onPointerUp={commit}
      onKeyUp={commit}
      onBlur={commit}
    />
  );
}
