// The experiment slice: the one Experiment, changed only through named actions that record
// undo history. Training never touches it.

import type { StateCreator } from 'zustand';
import { defaultExperiment } from '../experiment/defaults';
import { isIdealNoise, type NoiseSettings } from '../experiment/noise';
import { TASK_SCHEMAS } from '../experiment/tasks/registry';
import type {
  BaselineSettings,
  ClassifyExperiment,
  CustomPoint,
  DataSettings,
  Experiment,
  ExperimentOf,
  ModelSettings,
  TaskName,
  TrainingSettings,
  ViewSettings,
} from '../experiment/types';
import type { ViewCore } from '../experiment/common';
import type { LabState } from './store';

/** How many edits Undo can go back. */
export const HISTORY_LIMIT = 200;

export interface ExperimentSlice {
  experiment: Experiment;
  past: Experiment[];
  future: Experiment[];
  /** Experiments of the other tasks as they were left, so switching back restores them. */
  shelf: Partial<Record<TaskName, Experiment>>;
  /** An edit of the experiment when it is of `task` (else nothing); undoable. */
  editTask<T extends TaskName>(task: T, change: (e: ExperimentOf<T>) => ExperimentOf<T>): void;
  /** Opens another task: as it was left in this page, else its defaults; undoable. */
  switchTask(task: TaskName): void;
  setData(patch: Partial<DataSettings>): void;
  setModel(model: ModelSettings): void;
  /** Training fields every task has (and a classification's batch size and L2). */
  setTraining(patch: Partial<TrainingSettings>): void;
  setBaseline(patch: Partial<BaselineSettings>): void;
  setView(patch: Partial<ViewSettings>): void;
  /** Panels hidden for a class (names from the task's hideable list). */
  setHidden(hidden: string[]): void;
  /** The view settings every task has but the hidden list: the pace of play, the lock. */
  setViewCore(patch: Partial<Pick<ViewCore<string>, 'speed' | 'locked'>>): void;
  /**
   * The quantum model's noise, on a task that simulates it (else nothing); null or all zero
   * removes the section (an ideal simulator).
   */
  setNoise(settings: NoiseSettings | null): void;
  addPoint(p: CustomPoint): void;
  clearPoints(): void;
  /** Replaces the whole experiment (importing a file, restoring work); undoable. */
  replaceExperiment(e: Experiment): void;
  /** Starts from this experiment with an empty history (opening the page). */
  loadExperiment(e: Experiment): void;
  /**
   * Opens `e` as one undoable edit; when it is of another task, the current experiment is kept on
   * the shelf, as switching the task keeps it (an imported circuit opening in the sandbox).
   */
  openExperiment(e: Experiment): void;
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
  const editTask = <T extends TaskName>(
    task: T,
    change: (e: ExperimentOf<T>) => ExperimentOf<T>,
  ): void =>
    // prettier-ignore
    edit((e) => (e.task === task ? change(e as ExperimentOf<T>) : e));
  const classify = (change: (e: ClassifyExperiment) => ClassifyExperiment): void =>
    editTask('classify', change);
  return {
    experiment: defaultExperiment(),
    past: [],
    future: [],
    shelf: {},
    editTask,
    switchTask: (task) =>
      set((s) => {
        if (s.experiment.task === task) return {};
        const next = s.shelf[task] ?? TASK_SCHEMAS[task].defaults();
        return {
          experiment: next,
          shelf: { ...s.shelf, [s.experiment.task]: s.experiment },
          past: [...s.past, s.experiment].slice(-HISTORY_LIMIT),
          future: [],
        };
      }),
    setData: (patch) => classify((e) => ({ ...e, data: { ...e.data, ...patch } })),
    setModel: (model) => classify((e) => ({ ...e, model })),
    setTraining: (patch) =>
      edit((e) => {
        const t: Record<string, unknown> = { ...e.training };
        for (const [k, v] of Object.entries(patch)) if (k in t) t[k] = v;
        return { ...e, training: t } as unknown as Experiment;
      }),
    setBaseline: (patch) => classify((e) => ({ ...e, baseline: { ...e.baseline, ...patch } })),
    setView: (patch) => classify((e) => ({ ...e, view: { ...e.view, ...patch } })),
    setHidden: (hidden) =>
      edit((e) => {
        const names = TASK_SCHEMAS[e.task].hideable.map((h) => h.value);
        const kept = names.filter((n) => hidden.includes(n));
        return { ...e, view: { ...e.view, hidden: kept } } as Experiment;
      }),
    setViewCore: (patch) => edit((e) => ({ ...e, view: { ...e.view, ...patch } }) as Experiment),
    setNoise: (settings) =>
      edit((e) => {
        if (!TASK_SCHEMAS[e.task].noise) return e;
        const { noise: _old, ...rest } = e as Experiment & { noise?: NoiseSettings };
        return (isIdealNoise(settings) ? rest : { ...rest, noise: { ...settings! } }) as Experiment;
      }),
    addPoint: (p) => classify((e) => ({ ...e, data: { ...e.data, custom: [...e.data.custom, p] } })), // prettier-ignore
    clearPoints: () => classify((e) => ({ ...e, data: { ...e.data, custom: [] } })),
    replaceExperiment: (next) => edit(() => next),
    loadExperiment: (e) => set({ experiment: e, past: [], future: [] }),
    openExperiment: (next) =>
      set((s) => ({
        experiment: next,
        shelf:
          next.task === s.experiment.task
            ? s.shelf
            : { ...s.shelf, [s.experiment.task]: s.experiment },
        past: [...s.past, s.experiment].slice(-HISTORY_LIMIT),
        future: [],
      })),
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
