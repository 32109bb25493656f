// The lesson slice: the lesson being followed (its steps' experiments, the step shown, the
// student's edits of the steps they left), presentation mode, and the teacher's draft of a lesson
// of their own. Going to a step opens its experiment; going back to a step shows it as the student
// left it; "Start the step again" opens it as the lesson has it.
import type { StateCreator } from 'zustand';
import type { Experiment } from '../experiment/types';
import type { Lesson } from '../lessons/format';
import type { OpenedLesson } from '../lessons/validate';
import type { LabState } from './store';

/** Where an open lesson came from, which decides its address. */
export type LessonOrigin =
  /** A lesson shipped with the page: "?lesson=<name>&step=k". */
  (
    | { kind: 'shipped'; name: string }
    /** A teacher's file, address or link: "?step=k#lesson=<payload>&e=…". */
    | { kind: 'own'; payload: string }
  ) & {
    /** Opened from a student link ("&locked"): every step locked, as a locked experiment's link. */
    locked?: boolean;
  };

export interface OpenLesson extends OpenedLesson {
  origin: LessonOrigin;
  /** The step shown, from 0. */
  step: number;
  /** The experiments of steps the student changed and left, by step. */
  edited: Readonly<Record<number, Experiment>>;
}

export interface LessonSlice {
  lesson: OpenLesson | null;
  /** The lesson full-screen in large type, for a projector. */
  presenting: boolean;
  /** The teacher's lesson in the making (the Lesson builder); kept in this browser. */
  draft: Lesson | null;
  /** The Lesson builder's dialog is open. */
  building: boolean;
  /**
   * Opens a lesson at `step` (clamped to its steps); `current`, when given, is the experiment to
   * show at that step instead of the lesson's (a reload keeps the student's edits).
   */
  openLesson(opened: OpenedLesson, origin: LessonOrigin, step?: number, current?: Experiment): void;
  goToStep(step: number): void;
  /** Opens the step's experiment as the lesson has it, dropping the student's edits. */
  restartStep(): void;
  closeLesson(): void;
  setPresenting(on: boolean): void;
  setDraft(draft: Lesson | null): void;
  setBuilding(on: boolean): void;
}

const clamp = (k: number, n: number): number => Math.min(Math.max(0, Math.trunc(k) || 0), n - 1);

export const createLessonSlice: StateCreator<LabState, [], [], LessonSlice> = (set, get) => ({
  lesson: null,
  presenting: false,
  draft: null,
  building: false,
  openLesson: (opened, origin, step = 0, current) => {
    const k = clamp(step, opened.experiments.length);
    set({ lesson: { ...opened, origin, step: k, edited: {} } });
    get().loadExperiment(current ?? opened.experiments[k]!);
  },
  goToStep: (step) => {
    const { lesson, experiment } = get();
    if (!lesson) return;
    const k = clamp(step, lesson.experiments.length);
    if (k === lesson.step) return;
    const left = lesson.step;
    const edited = { ...lesson.edited };
    if (experiment !== lesson.experiments[left]) edited[left] = experiment;
    else delete edited[left];
    set({ lesson: { ...lesson, step: k, edited } });
    get().loadExperiment(edited[k] ?? lesson.experiments[k]!);
  },
  restartStep: () => {
    const { lesson } = get();
    if (!lesson) return;
    const edited = { ...lesson.edited };
    delete edited[lesson.step];
    set({ lesson: { ...lesson, edited } });
    get().loadExperiment(lesson.experiments[lesson.step]!);
  },
  closeLesson: () => set({ lesson: null, presenting: false }),
  setPresenting: (presenting) => set({ presenting }),
  setDraft: (draft) => set({ draft }),
  setBuilding: (building) => set({ building }),
});
