// The one bridge that owns the lab worker: starts it on the first call, cancels by terminating it
// (the next call starts a fresh one), turns every failure into a rejected promise, and tells
// listeners what the worker is busy with (the oldest call still waiting for its answer).
import { wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { LabApi, TrainListener } from '../../workers/lab.worker';
import { isEventMessage } from '../../workers/protocol';
import { takeLabWorker } from './labWorker';

/** What the bridge needs from a Worker; a real `Worker` in the app, a fake in unit tests. */
export type WorkerLike = Pick<
  Worker,
  'postMessage' | 'terminate' | 'addEventListener' | 'removeEventListener'
>;

/** Rejection reason of calls still running when `cancel()` is called. */
export class CancelledError extends Error {
  constructor() {
    super('The computation was cancelled.');
    this.name = 'CancelledError';
  }
}

/** What each call asks of the worker, in words for the page ("The worker is busy …"). */
export const TASKS = {
  simulate: 'simulating the circuit',
  ping: 'starting up',
  load: 'preparing the experiment',
  play: 'finishing a training step',
  keepTraining: 'finishing a training step',
  pause: 'finishing a training step',
  step: 'training one step',
  reset: 'resetting the models',
  setSpeed: 'finishing a training step',
  weights: 'reading the trained weights',
  inspect: 'computing the state of the circuit',
  setWeights: 'loading the trained weights',
  act: 'running the job',
} as const satisfies Record<keyof LabApi, string>;
export type WorkerTask = keyof typeof TASKS;

/** The oldest call the worker has not answered yet; null when it owes nothing. */
export type Activity = { task: WorkerTask; since: number } | null;

/**
 * What the worker is busy with, in words; a job (`act`) in its own words when the page knows
 * them ("scanning the bond length"). Null when it owes nothing.
 */
export function busyWith(worker: Activity, job: { what: string } | null): string | null {
  if (!worker) return null;
  return worker.task === 'act' && job ? job.what : TASKS[worker.task];
}

/**
 * The worker's methods, mapped from its API type, except that load takes the page's listener for
 * that load's training events; plus what the bridge itself adds.
 */
export type LabClient = { [K in Exclude<WorkerTask, 'load'>]: LabApi[K] } & {
  load(experiment: Parameters<LabApi['load']>[0], onEvent: TrainListener): ReturnType<LabApi['load']>; // prettier-ignore
  /** Stops the worker now: pending calls reject with CancelledError; the next call restarts it. */
  cancel(): void;
  /** What the worker is busy with now. */
  activity(): Activity;
  /** Calls `listener` whenever activity() changes; returns the unsubscribe function. */
  onActivity(listener: (a: Activity) => void): () => void;
};

function createLabWorker(): WorkerLike {
  return takeLabWorker();
}

function describeWorkerError(event: Event): Error {
  // An ErrorEvent has the message; a worker that failed to load sends a plain Event.
  const message = (event as Partial<ErrorEvent>).message;
  return new Error(
    typeof message === 'string' && message
      ? `The lab worker stopped with an error: ${message}`
      : 'The lab worker failed to start or crashed (no details were given).',
  );
}

export function createLabClient(
  createWorker: () => WorkerLike = createLabWorker,
  now: () => number = () => performance.now(),
): LabClient {
  let worker: WorkerLike | null = null;
  let remote: Remote<LabApi> | null = null;
  /** Each waiting call's reject, with what it asked and when (insertion order = oldest first). */
  const pending = new Map<(reason: Error) => void, { task: WorkerTask; since: number }>();
  const listeners = new Set<(a: Activity) => void>();
  let reported: Activity = null;
  /** Load calls sent to the current worker, and the latest one's event listener. */
  let loads = 0;
  let onEvent: TrainListener | null = null;
  // The worker's training events come on its own channel, after comlink's answers to earlier
  // calls and before those to later ones; only the latest load's are passed on.
  const onMessage = (event: MessageEvent): void => {
    if (isEventMessage(event.data) && event.data.load === loads) onEvent?.(event.data.trainEvent);
  };

  function activity(): Activity {
    const first = pending.values().next();
    return first.done ? null : first.value;
  }
  function report(): void {
    const a = activity();
    if (a === reported) return;
    reported = a;
    for (const l of [...listeners]) l(a);
  }

  function stop(reason: Error): void {
    const current = worker;
    worker = null;
    remote = null;
    if (current) {
      current.removeEventListener('error', onError);
      current.removeEventListener('messageerror', onError);
      current.removeEventListener('message', onMessage as EventListener);
      current.terminate();
    }
    const rejects = [...pending.keys()];
    pending.clear();
    for (const reject of rejects) reject(reason);
    report();
  }

  // A crashed or unloadable worker answers nothing more: fail every pending call, start afresh next time.
  function onError(event: Event): void {
    event.preventDefault();
    stop(describeWorkerError(event));
  }

  function start(): Remote<LabApi> {
    if (remote) return remote;
    const w = createWorker();
    w.addEventListener('error', onError);
    w.addEventListener('messageerror', onError);
    w.addEventListener('message', onMessage as EventListener);
    worker = w;
    loads = 0;
    remote = wrap<LabApi>(w);
    return remote;
  }

  // Runs one call against the (started) worker; settles with it, or rejects when the worker dies.
  function run<T>(task: WorkerTask, use: (api: Remote<LabApi>) => Promise<T>): Promise<T> {
    const api = start();
    return new Promise<T>((resolve, reject) => {
      const settle = (): void => {
        if (pending.delete(fail)) report();
      };
      const fail = (reason: Error) => {
        settle();
        reject(reason);
      };
      pending.set(fail, { task, since: now() });
      report();
      use(api).then(
        (value) => {
          settle();
          resolve(value);
        },
        (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  // One method per entry of TASKS, each a run() of the worker's method of that name.
  const methods = Object.fromEntries(
    (Object.keys(TASKS) as WorkerTask[]).map((name) => [
      name,
      (...args: unknown[]) =>
        run(name, (api) => {
          const call = api[name] as unknown as (...a: unknown[]) => Promise<unknown>;
          return call(...args);
        }),
    ]),
  ) as { [K in WorkerTask]: LabApi[K] };

  return {
    ...methods,
    load(experiment, listener) {
      start();
      loads++;
      onEvent = listener;
      return methods.load(experiment);
    },
    cancel: () => stop(new CancelledError()),
    activity,
    onActivity(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one lab worker. */
export const lab: LabClient = createLabClient();
