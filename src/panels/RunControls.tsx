// Play / Pause, Step, Reset, the step counter and the speed: what drives training, through the
// store's run actions. A step is the task's own (an epoch, an optimiser iteration). Below them, one
// line says what is going on when the buttons cannot be used (preparing, busy, stopped, finished),
// and every disabled button carries its reason; Cancel stops a worker that takes too long.
import { useId, useMemo } from 'react';
import { describeSize } from '../experiment/size';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { TASK_UIS } from '../tasks/registry';
import { busyWith } from '../worker/labClient';
import { useElapsed } from './useElapsed';

/** Paces of play in steps per second; the labels name the task's step. */
const SPEEDS = [
  { label: (many: string) => `Slow (5 ${many}/s)`, value: 5 },
  { label: (many: string) => `Normal (30 ${many}/s)`, value: 30 },
  { label: () => 'Fast (as fast as possible)', value: Infinity },
];

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

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
  const job = useLab((s) => s.job);
  const { play, pause, step, reset, setSpeed, cancel, retry } = useLab.getState();
  const noun = TASK_UIS[experiment.task].step;
  const Noun = capitalised(noun.one);
  const hideSpeed = useLab((s) => (s.experiment.view.hidden as string[]).includes('speed'));
  const elapsed = useElapsed(worker?.since ?? null);
  const size = useMemo(() => describeSize(schemaFor(experiment).size(experiment)), [experiment]);
  const ids = { status: useId(), play: useId(), step: useId(), reset: useId() };

  const loading = status === 'loading';
  const playing = status === 'playing' && !stopped;
  const finished = !playing && epoch >= epochs;
  const busy = worker !== null && elapsed >= BUSY_AFTER_S;

  // Why the buttons cannot be used now, most important first; null when they can.
  const blocked = stopped
    ? stopped
    : loading
      ? 'Wait until the experiment is prepared.'
      : job
        ? `Wait until the worker has finished ${job.what}, or cancel it.`
        : null;
  const last = `Training has reached its last ${noun.one} (${epochs}).`;
  const reasons = {
    play: blocked ?? (finished ? last : null),
    step:
      blocked ??
      (playing ? `Pause first: Step trains one ${noun.one} at a time.` : finished ? last : null),
    reset: blocked,
  };

  let line: string | null = null;
  if (stopped) line = stopped;
  else if (loading) line = `Preparing the experiment… ${size}`;
  else if (busy) line = `Busy ${busyWith(worker, job)}…`;
  else if (finished)
    line = `Trained all ${epochs} ${noun.many}. Press Reset to start again, or raise ${capitalised(noun.many)} under Training.`; // prettier-ignore
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
        {button('play', playing ? 'Pause' : 'Play', playing ? pause : play, 'primary')}
        {button('step', 'Step', step)}
        {button('reset', 'Reset', reset)}
        <span className="epoch" aria-live="off">
          {Noun} {epoch}
        </span>
        <span className="epoch-of">of {epochs}</span>
        {!hideSpeed && (
          <label className="speed">
            Speed
            <select value={String(speed)} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s.value} value={String(s.value)}>
                  {s.label(noun.many)}
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
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        )}
        {stopped && (
          <button type="button" onClick={retry}>
            Prepare again
          </button>
        )}
      </div>
    </div>
  );
}
