// Play / Pause, Step, Reset, the epoch counter and the speed: what drives training.
import { useLab } from '../store/store';
import { lab } from '../worker/labClient';

const SPEEDS = [
  { label: 'Slow (5 epochs/s)', value: 5 },
  { label: 'Normal (30 epochs/s)', value: 30 },
  { label: 'Fast (as fast as possible)', value: Infinity },
];

export function RunControls() {
  const status = useLab((s) => s.status);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.experiment.training.epochs);
  const speed = useLab((s) => s.speed);
  const setSpeed = useLab((s) => s.setSpeed);
  const failed = useLab((s) => s.failed);
  const hideSpeed = useLab((s) => s.experiment.view.hidden.includes('speed'));
  const playing = status === 'playing';
  const busy = status === 'loading';
  const call = (p: Promise<void>): void => {
    p.catch((e: unknown) => failed(e instanceof Error ? e.message : String(e)));
  };

  return (
    <div className="run-controls" role="toolbar" aria-label="Training">
      <button
        type="button"
        className="primary"
        disabled={busy || (!playing && epoch >= epochs)}
        onClick={() => call(playing ? lab.pause() : lab.play())}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        type="button"
        disabled={busy || playing || epoch >= epochs}
        onClick={() => call(lab.step())}
      >
        Step
      </button>
      <button type="button" disabled={busy} onClick={() => call(lab.reset())}>
        Reset
      </button>
      <span className="epoch" aria-live="off">
        Epoch {epoch}
      </span>
      <span className="epoch-of">of {epochs}</span>
      {!hideSpeed && (
        <label className="speed">
          Speed
          <select
            value={String(speed)}
            onChange={(e) => {
              const rate = Number(e.target.value);
              setSpeed(rate);
              call(lab.setSpeed(rate));
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s.label} value={String(s.value)}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
