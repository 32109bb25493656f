// The run slice: what the worker reports while training. Never enters undo history.

import type { StateCreator } from 'zustand';
import type { LoadInfo, TrainEvent, TrainStatus } from '../../workers/trainer';
import type { Boundaries, EpochReport } from '../../workers/ml/session';
import type { LabState } from './store';

export interface RunSlice {
  status: TrainStatus | 'loading';
  epoch: number;
  history: EpochReport[];
  info: LoadInfo | null;
  boundaries: Boundaries | null;
  bloch: Float64Array | null;
  /** The last error from the worker or from loading, in words a student understands. */
  error: string | null;
  /** Epochs per second while playing (Infinity = as fast as possible). */
  speed: number;
  loading(): void;
  loaded(info: LoadInfo): void;
  failed(message: string): void;
  receive(event: TrainEvent): void;
  setSpeed(rate: number): void;
  dismissError(): void;
}

export const createRunSlice: StateCreator<LabState, [], [], RunSlice> = (set) => ({
  status: 'loading',
  epoch: 0,
  history: [],
  info: null,
  boundaries: null,
  bloch: null,
  error: null,
  speed: 30,
  // Events of the new session arrive before load() resolves: clear on loading, not on loaded.
  loading: () =>
    set({ status: 'loading', error: null, history: [], epoch: 0, boundaries: null, bloch: null }),
  loaded: (info) => set({ info }),
  failed: (message) => set({ error: message, status: 'paused' }),
  receive: (event) =>
    set((s) => {
      switch (event.type) {
        case 'epochs': {
          const last = event.reports[event.reports.length - 1];
          // A report for epoch 0 starts a fresh history (after load or reset).
          const base = event.reports[0]?.epoch === 0 ? [] : s.history;
          return { history: [...base, ...event.reports], epoch: last ? last.epoch : s.epoch };
        }
        case 'boundaries':
          return { boundaries: event.boundaries };
        case 'bloch':
          return { bloch: event.vectors };
        case 'status':
          return { status: event.status, epoch: event.epoch };
        case 'error':
          return { error: event.message };
      }
    }),
  setSpeed: (rate) => set({ speed: rate }),
  dismissError: () => set({ error: null }),
});
