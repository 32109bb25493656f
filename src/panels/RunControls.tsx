// Play / Pause, Step, Reset, the step counter and the speed: what drives training, through the
// store's run actions. A step is the task's own (an epoch, an optimiser iteration). Below them, one
// line says what is going on when the buttons cannot be used (preparing, busy, stopped, finished),
// and every disabled button carries its reason; Cancel stops a worker that takes too long.
import { useId, useMemo } from 'react';
import { SPEED_CHOICES, SPEED_RATES, type SpeedName } from '../experiment/lists';
import { describeSize } from '../experiment/size';
import { schemaFor } from '../experiment/tasks/registry';
import { useLab } from '../store/store';
import { busyWith } from '../worker/labClient';
import { useElapsed } from './useElapsed';

/** A pace's label with its rate in the task's steps ("Slow (5 epochs/s)"). */
const speedLabel = (label: string, rate: number, many: string): string =>
  Number.isFinite(rate) ? `${label} (${rate} ${many}/s)` : label;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** A call unanswered for this long counts as busy: the status says so and Cancel appears. */
const BUSY_AFTER_S = 1;

export function RunControls() {
  const status = useLab((s) => s.status);
  const epoch = useLab((s) => s.epoch);
  const epochs = useLab((s) => s.experiment.training.epochs);
  const experiment = useLab((s) => s.experiment);
  const stopped = useLab((s) => s.stopped);
  const waiting = useLab((s) => s.waiting);
  const worker = useLab((s) => s.worker);
  const speed = useLab((s) => s.experiment.view.speed);
  const job = useLab((s) => s.job);
  const embed = useLab((s) => s.embed);
  const { play, keepTraining, pause, step, reset, setSpeed, cancel, retry } = useLab.getState();
  const noun = schemaFor(experiment).step;
  const Noun = capitalised(noun.one);
  const hidden = useLab((s) => s.experiment.view.hidden as readonly string[]);
  const hideSpeed = hidden.includes('speed');
  // Messages name only the panels this page shows.
  const trainingShown = !embed && !hidden.includes('training');
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
    : waiting
      ? waiting
      : loading
        ? 'Wait until the experiment is prepared.'
        : job
          ? `Wait until the worker has finished ${job.what}, or cancel it.`
          : null;
  // A fixed job (the benchmark's cells) has nothing past its end: Reset runs it again.
  const fixedRun = schemaFor(experiment).fixedRun === true;
  const ranAll = fixedRun && finished ? `All ${epochs} ${noun.many} are done: Reset to run them again.` : null; // prettier-ignore
  const reasons = {
    play: blocked ?? ranAll,
    step:
      blocked ?? ranAll ?? (playing ? `Pause first: Step trains one ${noun.one} at a time.` : null),
    reset: blocked,
  };

  let line: string | null = null;
  if (stopped) line = stopped;
  else if (waiting) line = waiting;
  else if (loading) line = `Preparing the experiment… ${size}`;
  else if (busy) line = `Busy ${busyWith(worker, job)}…`;
  else if (ranAll) line = ranAll;
  else if (finished)
    line =
      epoch > epochs
        ? `Trained ${epoch} ${noun.many}, ${epoch - epochs} past the ${epochs} set. Keep training to go on, or Reset to start again.`
        : `Trained all ${epochs} ${noun.many}. Keep training to go on${trainingShown ? ` (or raise ${capitalised(noun.many)} under Training)` : ''}, or Reset to start again.`; // prettier-ignore
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
          playing ? 'Pause' : finished && !fixedRun ? 'Keep training' : 'Play',
          playing ? pause : finished && !fixedRun ? keepTraining : play,
          'primary',
        )}
        {button('step', 'Step', step)}
        {button('reset', 'Reset', reset)}
        <span className="epoch" aria-live="off">
          {Noun} {epoch}
        </span>
        <span className="epoch-of">{epoch > epochs ? `(${epochs} set)` : `of ${epochs}`}</span>
        {!hideSpeed && (
          <label className="speed">
            Speed
            <select value={speed} onChange={(e) => setSpeed(e.target.value as SpeedName)}>
              {SPEED_CHOICES.map((s) => (
                <option key={s.value} value={s.value}>
                  {speedLabel(s.label, SPEED_RATES[s.value], noun.many)}
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
