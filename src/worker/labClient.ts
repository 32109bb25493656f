// The one bridge that owns the lab worker: starts it on the first call, cancels by terminating it
// (the next call starts a fresh one), and turns every failure into a rejected promise.
import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { LabApi, TrainListener } from '../../workers/lab.worker';
import type { Experiment } from '../experiment/types';
import type { Circuit } from '../../workers/sim';

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

export interface LabClient {
  /** Simulates `circuit` in the worker; probabilities[i] is that of basis state i (qubit 0 = bit 0). */
  simulate(circuit: Circuit): ReturnType<LabApi['simulate']>;
  /** Resolves once the worker is up. */
  ping(): ReturnType<LabApi['ping']>;
  /** Builds an experiment's data and models; training events go to `onEvent`. */
  load(experiment: Experiment, onEvent: TrainListener): ReturnType<LabApi['load']>;
  play(): Promise<void>;
  pause(): Promise<void>;
  step(): Promise<void>;
  reset(): Promise<void>;
  /** Epochs per second while playing (Infinity: as fast as possible). */
  setSpeed(rate: number): Promise<void>;
  weights(): ReturnType<LabApi['weights']>;
  /** The state of a circuit at input x, for the editor's live view. */
  inspect(circuit: Circuit, x: number[], seed: number): ReturnType<LabApi['inspect']>;
  setWeights(w: { quantum: number[]; classical: number[] }): Promise<void>;
  /** Stops the worker now: pending calls reject with CancelledError; the next call restarts it. */
  cancel(): void;
}

function createLabWorker(): WorkerLike {
  return new Worker(new URL('../../workers/lab.worker.ts', import.meta.url), { type: 'module' });
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

export function createLabClient(createWorker: () => WorkerLike = createLabWorker): LabClient {
  let worker: WorkerLike | null = null;
  let remote: Remote<LabApi> | null = null;
  const pending = new Set<(reason: Error) => void>();

  function stop(reason: Error): void {
    const current = worker;
    worker = null;
    remote = null;
    if (current) {
      current.removeEventListener('error', onError);
      current.removeEventListener('messageerror', onError);
      current.terminate();
    }
    for (const reject of [...pending]) reject(reason);
    pending.clear();
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
    worker = w;
    remote = wrap<LabApi>(w);
    return remote;
  }

  // Runs one call against the (started) worker; settles with it, or rejects when the worker dies.
  function run<T>(use: (api: Remote<LabApi>) => Promise<T>): Promise<T> {
    const api = start();
    return new Promise<T>((resolve, reject) => {
      const fail = (reason: Error) => {
        pending.delete(fail);
        reject(reason);
      };
      pending.add(fail);
      use(api).then(
        (value) => {
          pending.delete(fail);
          resolve(value);
        },
        (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  return {
    simulate: (circuit) => run((api) => api.simulate(circuit)),
    ping: () => run((api) => api.ping()),
    load: (experiment, onEvent) => run((api) => api.load(experiment, proxy(onEvent))),
    play: () => run((api) => api.play()),
    pause: () => run((api) => api.pause()),
    step: () => run((api) => api.step()),
    reset: () => run((api) => api.reset()),
    setSpeed: (rate) => run((api) => api.setSpeed(rate)),
    weights: () => run((api) => api.weights()),
    inspect: (circuit, x, seed) => run((api) => api.inspect(circuit, x, seed)),
    setWeights: (w) => run((api) => api.setWeights(w)),
    cancel: () => stop(new CancelledError()),
  };
}

/** The app's one lab worker. */
export const lab: LabClient = createLabClient();
