// The experiment slice: the one Experiment, changed only through named actions that record
// undo history. Training never touches it.

import type { StateCreator } from 'zustand';
import { defaultExperiment } from '../experiment/defaults';
import type {
  BaselineSettings,
  CustomPoint,
  DataSettings,
  Experiment,
  ModelSettings,
  TrainingSettings,
  ViewSettings,
} from '../experiment/types';
import type { LabState } from './store';

/** How many edits Undo can go back. */
export const HISTORY_LIMIT = 200;

export interface ExperimentSlice {
  experiment: Experiment;
  past: Experiment[];
  future: Experiment[];
  setData(patch: Partial<DataSettings>): void;
  setModel(model: ModelSettings): void;
  setTraining(patch: Partial<TrainingSettings>): void;
  setBaseline(patch: Partial<BaselineSettings>): void;
  setView(patch: Partial<ViewSettings>): void;
  addPoint(p: CustomPoint): void;
  clearPoints(): void;
  /** Replaces the whole experiment (importing a file, restoring work); undoable. */
  replaceExperiment(e: Experiment): void;
  /** Starts from this experiment with an empty history (opening the page). */
  loadExperiment(e: Experiment): void;
  undo(): void;
  redo(): void;
}

export const createExperimentSlice: StateCreator<LabState, [], [], ExperimentSlice> = (set) => {
  /** Applies an edit and records the previous experiment; no-op edits record nothing. */
  const edit = (change: (e: Experiment) => Experiment): void =>
    set((s) => {
      const next = change(s.experiment);
      if (JSON.stringify(next) === JSON.stringify(s.experiment)) return {};
      return {
        experiment: next,
        past: [...s.past, s.experiment].slice(-HISTORY_LIMIT),
        future: [],
      };
    });
  return {
    experiment: defaultExperiment(),
    past: [],
    future: [],
    setData: (patch) => edit((e) => ({ ...e, data: { ...e.data, ...patch } })),
    setModel: (model) => edit((e) => ({ ...e, model })),
    setTraining: (patch) => edit((e) => ({ ...e, training: { ...e.training, ...patch } })),
    setBaseline: (patch) => edit((e) => ({ ...e, baseline: { ...e.baseline, ...patch } })),
    setView: (patch) => edit((e) => ({ ...e, view: { ...e.view, ...patch } })),
    addPoint: (p) => edit((e) => ({ ...e, data: { ...e.data, custom: [...e.data.custom, p] } })),
    clearPoints: () => edit((e) => ({ ...e, data: { ...e.data, custom: [] } })),
    replaceExperiment: (next) => edit(() => next),
    loadExperiment: (e) => set({ experiment: e, past: [], future: [] }),
    undo: () =>
      set((s) => {
        const prev = s.past[s.past.length - 1];
        if (!prev) return {};
        return { experiment: prev, past: s.past.slice(0, -1), future: [s.experiment, ...s.future] };
      }),
    redo: () =>
      set((s) => {
        const next = s.future[0];
        if (!next) return {};
        return { experiment: next, past: [...s.past, s.experiment], future: s.future.slice(1) };
      }),
  };
};
