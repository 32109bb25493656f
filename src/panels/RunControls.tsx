// Play / Pause, Step, Reset, the epoch counter and the speed: what drives training. Below them, one
// line says what is going on when the buttons cannot be used (preparing, busy, stopped, finished),
// and every disabled button carries its reason; Cancel stops a worker that takes too long.
import { useId, useMemo } from 'react';
import { describeSize } from '../experiment/size';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { CancelledError, TASKS, lab } from '../worker/labClient';
import { sessionSync } from '../worker/sessionSync';
import { useElapsed } from './useElapsed';

const SPEEDS = [
  { label: 'Slow (5 epochs/s)', value: 5 },
  { label: 'Normal (30 epochs/s)', value: 30 },
  { label: 'Fast (as fast as possible)', value: Infinity },
];

/** A call unanswered for this long counts as busy: the status says so and Cancel appears. */
const BUSY_AFTER_S = 1;

export function RunControls() {
  const status = useLab((s) => s.status);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.experiment.training.epochs);
  const experiment = useLab((s) => s.experiment);
  const stopped = useLab((s) => s.stopped);
  const worker = useLab((s) => s.worker);
  const speed = useLab((s) => s.speed);
  const setSpeed = useLab((s) => s.setSpeed);
  const failed = useLab((s) => s.failed);
  const setLinkWeights = useLab((s) => s.setLinkWeights);
  const hideSpeed = useLab((s) => (s.experiment.view.hidden as string[]).includes('speed'));
  const elapsed = useElapsed(worker?.since ?? null);
  const size = useMemo(() => describeSize(schemaFor(experiment).size(experiment)), [experiment]);
  const ids = { status: useId(), play: useId(), step: useId(), reset: useId() };

  const loading = status === 'loading';
  const playing = status === 'playing' && !stopped;
  const finished = !playing && epoch >= epochs;
  const busy = worker !== null && elapsed >= BUSY_AFTER_S;
  const call = (p: Promise<void>): void => {
    p.catch((e: unknown) => {
      // A cancelled call is no error: the status line already says the worker was stopped.
      if (!(e instanceof CancelledError)) failed(e instanceof Error ? e.message : String(e));
    });
  };

  // Why the buttons cannot be used now, most important first; null when they can.
  const blocked = stopped ? stopped : loading ? 'Wait until the experiment is prepared.' : null;
  const reasons = {
    play: blocked ?? (finished ? `Training has reached its last epoch (${epochs}).` : null),
    step:
      blocked ??
      (playing
        ? 'Pause first: Step trains one epoch at a time.'
        : finished
          ? `Training has reached its last epoch (${epochs}).`
          : null),
    reset: blocked,
  };

  let line: string | null = null;
  if (stopped) line = stopped;
  else if (loading) line = `Preparing the experiment… ${size}`;
  else if (busy) line = `Busy ${TASKS[worker.task]}…`;
  else if (finished)
    line = `Trained all ${epochs} epochs. Press Reset to start again, or raise Epochs under Training.`;
  const seconds = (loading || busy) && !stopped && elapsed >= 2 ? ` (${elapsed} s)` : '';

  const button = (
    key: 'play' | 'step' | 'reset',
    label: string,
    onClick: () => void,
    className?: string,
  ) => (
    <>
      <button
        type="button"
        className={className}
        disabled={reasons[key] !== null}
        title={reasons[key] ?? undefined}
        aria-describedby={reasons[key] !== null ? ids[key] : undefined}
        onClick={onClick}
      >
        {label}
      </button>
      {reasons[key] !== null && (
        <span id={ids[key]} className="visually-hidden">
          {reasons[key]}
        </span>
      )}
    </>
  );

  return (
    <div className="run-controls">
      <div className="run-buttons" role="toolbar" aria-label="Training">
        {button(
          'play',
          playing ? 'Pause' : 'Play',
          () => call(playing ? lab.pause() : lab.play()),
          'primary',
        )}
        {button('step', 'Step', () => call(lab.step()))}
        {button('reset', 'Reset', () => {
          setLinkWeights(false);
          call(lab.reset());
        })}
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
      <div className={`run-status${stopped ? ' stopped' : ''}`}>
        <p id={ids.status} role="status">
          {line}
          {seconds && <span aria-hidden="true">{seconds}</span>}
        </p>
        {busy && !stopped && (
          <button type="button" onClick={() => sessionSync.cancel()}>
            Cancel
          </button>
        )}
        {stopped && (
          <button type="button" onClick={() => sessionSync.retry()}>
            Prepare again
          </button>
        )}
      </div>
    </div>
  );
}
