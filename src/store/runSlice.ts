// The run slice: what the worker reports while training, and what it is busy with. Never enters
// undo history.

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
import type { Activity } from '../worker/labClient';
import type { LabState } from './store';

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
  /** The oldest call the worker has not answered yet (for "busy" messages and Cancel). */
  worker: Activity;
  /** The models hold trained weights from the opened link, and training has not moved them yet. */
  linkWeights: boolean;
  /** Epochs per second while playing (Infinity = as fast as possible). */
  speed: number;
  loading(): void;
  loaded(info: LoadInfo): void;
  failed(message: string): void;
  /** No session: `reason` says why and what to do. */
  halt(reason: string): void;
  receive(event: TrainEvent): void;
  setActivity(a: Activity): void;
  setLinkWeights(on: boolean): void;
  setSpeed(rate: number): void;
  dismissError(): void;
}

export const createRunSlice: StateCreator<LabState, [], [], RunSlice> = (set) => ({
  status: 'loading',
  epoch: 0,
  history: [],
  info: null,
  pictures: {},
  error: null,
  stopped: null,
  worker: null,
  linkWeights: false,
  speed: 30,
  // Events of the new session arrive before load() resolves: clear on loading, not on loaded.
  loading: () =>
    set({
      status: 'loading',
      error: null,
      stopped: null,
      linkWeights: false,
      history: [],
      epoch: 0,
      pictures: {},
    }),
  loaded: (info) => set({ info }),
  failed: (message) => set({ error: message, status: 'paused' }),
  halt: (reason) => set({ stopped: reason }),
  receive: (event) =>
    set((s) => {
      switch (event.type) {
        case 'epochs': {
          const last = event.reports[event.reports.length - 1];
          // A report for epoch 0 starts a fresh history (after load or reset).
          const base = event.reports[0]?.epoch === 0 ? [] : s.history;
          const epoch = last ? last.epoch : s.epoch;
          return {
            history: [...base, ...event.reports],
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
    }),
  setActivity: (worker) => set({ worker }),
  setLinkWeights: (linkWeights) => set({ linkWeights }),
  setSpeed: (rate) => set({ speed: rate }),
  dismissError: () => set({ error: null }),
});
