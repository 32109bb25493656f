// The run slice: what the worker reports while training, what it is busy with, and the actions
// that drive it (play, step, reset, speed, longer jobs, cancel), so panels never call the bridge
// themselves. Never enters undo history.

import type { StateCreator } from 'zustand';
import type {
  LoadInfo,
  Picture,
  PictureKind,
  PictureOf,
  Report,
  TrainEvent,
  TrainStatus,
} from '../../workers/protocol';
import { CancelledError } from '../worker/labClient';
import type { Activity, LabClient } from '../worker/labClient';
import type { Weights } from '../experiment/types';
import type { SpeedName } from '../experiment/lists';
import type { LabState } from './store';

/**
 * What the run actions drive: the worker's training calls and jobs (the bridge), and the session's
 * cancel and retry. src/worker/sessionSync.ts connects the page's worker while it runs.
 */
export type RunDriver = Pick<
  LabClient,
  'play' | 'pause' | 'step' | 'reset' | 'keepTraining' | 'act' | 'weights'
> & {
  /** Stops the worker whatever it is doing; the experiment stays as it is. */
  cancel(): void;
  /** Prepares the session again (after a cancel or a failure). */
  retry(): void;
};

/** A longer job of the session running in the worker (a bond-length scan). */
export interface Job {
  name: string;
  /** What it does, in words that follow "Busy …" ("scanning the bond length"). */
  what: string;
}

export interface RunSlice {
  status: TrainStatus | 'loading';
  epoch: number;
  /** One report per step since epoch 0, of the open task's kind. */
  history: Report[];
  info: LoadInfo | null;
  /** The newest picture of each kind the worker sent (decision boundaries, probabilities, scan). */
  pictures: { [K in PictureKind]?: PictureOf<K> };
  /** The last error from the worker or from loading, in words a student understands. */
  error: string | null;
  /**
   * Why there is no session to train (its preparation was cancelled or failed), in words for the
   * run controls; null while one is ready or coming.
   */
  stopped: string | null;
  /**
   * What the user still has to do before the experiment can run (TaskSchema.incomplete): no
   * session is prepared meanwhile, and nothing trains; null otherwise.
   */
  waiting: string | null;
  /** The oldest call the worker has not answered yet (for "busy" messages and Cancel). */
  worker: Activity;
  /** The models hold trained weights from the opened link, and training has not moved them yet. */
  linkWeights: boolean;
  /** The longer job running in the worker (see runJob); null when none. */
  job: Job | null;
  loading(): void;
  loaded(info: LoadInfo): void;
  failed(message: string): void;
  /** No session: `reason` says why and what to do. */
  halt(reason: string): void;
  /** The experiment is still being built: no session until it is complete (see `waiting`). */
  wait(todo: string): void;
  receive(event: TrainEvent): void;
  /** Applies a batch of events in order, as one update. */
  receiveAll(events: readonly TrainEvent[]): void;
  setActivity(a: Activity): void;
  setLinkWeights(on: boolean): void;
  /** Sets the pace of play (part of the experiment's view, so links keep it). */
  setSpeed(speed: SpeedName): void;
  dismissError(): void;
  /** Gives the actions below the worker to drive (null: none; they then say so). */
  connect(driver: RunDriver | null): void;
  play(): void;
  /** Plays on past the last step until paused (after the set steps are trained). */
  keepTraining(): void;
  pause(): void;
  /** Trains one step. */
  step(): void;
  /** Starts training again from untrained models. */
  reset(): void;
  /**
   * Runs one of the session's longer jobs (`act` of the worker): `job` holds it until it ends; a
   * failure shows as the error; a cancel is none (the run controls say the worker was stopped).
   */
  runJob(name: string, arg: unknown, what: string): void;
  /** Stops the worker whatever it is doing (a load, a step, a job); the experiment stays. */
  cancel(): void;
  /** Prepares the session again after a cancel or a failed load. */
  retry(): void;
  /** The session's trained parameters (for a link that carries them); null without a session. */
  trainedWeights(): Promise<Weights | null>;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** What a worker event changes in the run slice. */
type RunState = Pick<RunSlice, 'history' | 'epoch' | 'linkWeights' | 'pictures' | 'status' | 'error'>; // prettier-ignore

function afterEvent(s: RunState, event: TrainEvent): Partial<RunState> {
  switch (event.type) {
    case 'epochs': {
      const last = event.reports[event.reports.length - 1];
      // A report for epoch 0 starts a fresh history (after load or reset); a completing one (the
      // worker's settle, when training stops) takes the place of the last report, of its epoch.
      const completes = event.completes && last && s.history.at(-1)?.epoch === last.epoch;
      const history = completes
        ? [...s.history.slice(0, -1), last]
        : event.reports[0]?.epoch === 0
          ? [...event.reports]
          : [...s.history, ...event.reports];
      const epoch = last ? last.epoch : s.epoch;
      return {
        history,
        epoch,
        linkWeights: s.linkWeights && epoch === 0,
      };
    }
    case 'picture':
      return { pictures: { ...s.pictures, [event.picture.kind]: event.picture as Picture } };
    case 'status':
      return {
        status: event.status,
        epoch: event.epoch,
        linkWeights: s.linkWeights && event.status !== 'playing',
      };
    case 'error':
      return { error: event.message };
  }
}

export const createRunSlice: StateCreator<LabState, [], [], RunSlice> = (set, get) => {
  let driver: RunDriver | null = null;
  /** Runs `call` on the driver; its failure (not a cancel) becomes the error the page shows. */
  const drive = (call: (d: RunDriver) => Promise<unknown>): Promise<void> => {
    // No session while the experiment is being built: nothing to drive.
    if (get().waiting) return Promise.resolve();
    if (!driver) {
      get().failed('The lab worker is not running: reload the page.');
      return Promise.resolve();
    }
    return call(driver).then(
      () => undefined,
      (e: unknown) => {
        // A cancelled call is no error: the run controls already say the worker was stopped.
        if (!(e instanceof CancelledError)) get().failed(messageOf(e));
      },
    );
  };
  return {
    status: 'loading',
    epoch: 0,
    history: [],
    info: null,
    pictures: {},
    error: null,
    stopped: null,
    waiting: null,
    worker: null,
    linkWeights: false,
    job: null,
    // Events of the new session arrive before load() resolves: clear on loading, not on loaded.
    loading: () =>
      set({
        status: 'loading',
        error: null,
        stopped: null,
        waiting: null,
        linkWeights: false,
        history: [],
        epoch: 0,
        pictures: {},
      }),
    // The answer means the session is built and idle in the worker; its events (epoch 0, status)
    // come on another channel (the listener's port) and may arrive later: Play need not wait
    // for them. A status they already set stays.
    loaded: (info) => set((s) => (s.status === 'loading' ? { info, status: 'idle' } : { info })),
    failed: (message) => set({ error: message, status: 'paused' }),
    halt: (reason) => set({ stopped: reason }),
    wait: (todo) =>
      set({ waiting: todo, status: 'idle', info: null, history: [], epoch: 0, pictures: {} }),
    receive: (event) => set((s) => afterEvent(s, event)),
    // One update (one render) for a batch: each event sees the state the ones before it left.
    receiveAll: (events) =>
      set((s) => {
        let next: RunState = s;
        for (const event of events) next = { ...next, ...afterEvent(next, event) };
        return next;
      }),
    setActivity: (worker) => set({ worker }),
    setLinkWeights: (linkWeights) => set({ linkWeights }),
    // The session sync passes the pace on to the worker whenever the experiment's changes.
    setSpeed: (speed) => get().setViewCore({ speed }),
    dismissError: () => set({ error: null }),
    connect: (d) => {
      driver = d;
    },
    play: () => void drive((d) => d.play()),
    keepTraining: () => void drive((d) => d.keepTraining()),
    pause: () => void drive((d) => d.pause()),
    step: () => void drive((d) => d.step()),
    reset: () => {
      set({ linkWeights: false });
      void drive((d) => d.reset());
    },
    runJob: (name, arg, what) => {
      if (get().job) return;
      const job: Job = { name, what };
      set({ job });
      void drive((d) => d.act(name, arg)).then(() => {
        if (get().job === job) set({ job: null });
      });
    },
    trainedWeights: async () => {
      if (!driver || get().waiting) return null;
      try {
        return await driver.weights();
      } catch (e) {
        if (!(e instanceof CancelledError)) get().failed(messageOf(e));
        return null;
      }
    },
    cancel: () => {
      if (driver) driver.cancel();
      set({ job: null });
    },
    retry: () => {
      if (driver) driver.retry();
      else get().failed('The lab worker is not running: reload the page.');
    },
  };
};
