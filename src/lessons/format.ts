// The lesson: a sequence of steps a teacher walks a class through. Each step is an experiment (the
// payload of its link, so the experiment's own versions and migrations apply), a short text in a
// Markdown subset (lessons/markdown), the panel to point at, and optionally a question whose
// answer shows on demand, or a "try this" whose conditions read the running experiment. Lessons
// are files (public/lessons/*.json, or a teacher's own) and links; this module is their shape.

/** Marks a lesson file among other JSON. */
export const LESSON_FORMAT = 'qml-playground-lesson';
/** Version of the lesson layout this build writes; older ones are migrated (lessons/migrate.ts). */
export const LESSON_VERSION = 1;
/** Largest lesson read at all, in characters, checked before parsing. */
export const MAX_LESSON_CHARS = 500_000;
/** Most steps in one lesson. */
export const MAX_STEPS = 40;
/** Longest text of a step, a question or an answer, in characters. */
export const MAX_TEXT_CHARS = 6_000;
/** Longest title. */
export const MAX_TITLE_CHARS = 120;
/** Most conditions in one "try this". */
export const MAX_CONDITIONS = 6;

/**
 * One thing the running experiment must show: a metric the step's task offers (TaskUi's
 * lessonMetrics: "testAccuracy", "probability" of a basis state, "ratio"…) within bounds.
 */
export interface LessonCondition {
  metric: string;
  /** What the metric is of, when it takes an argument: the basis state "11" for "probability". */
  of?: string;
  atLeast?: number;
  atMost?: number;
}

/** A task for the student, checked live against the experiment. */
export interface LessonTry {
  /** What to do (Markdown subset). */
  task: string;
  /** All must hold at once. */
  conditions: LessonCondition[];
  /** Said when they hold (Markdown subset); a default when absent. */
  done?: string;
}

/** A question, with its answer shown when asked for. */
export interface LessonQuestion {
  ask: string;
  answer: string;
}

/** Parts of the page a step can point at; a task's settings panels add their Classroom names. */
export const PAGE_PARTS = ['run', 'editor', 'model', 'results'] as const;

export interface LessonStep {
  title: string;
  /** The experiment, as the payload of its link (what follows "#e="). */
  experiment: string;
  /** The step's text (Markdown subset). */
  text: string;
  /** The part of the page to highlight: one of PAGE_PARTS or a settings panel's Classroom name. */
  highlight?: string;
  question?: LessonQuestion;
  try?: LessonTry;
}

export interface Lesson {
  format: typeof LESSON_FORMAT;
  version: typeof LESSON_VERSION;
  title: string;
  /** One or two sentences for the Lessons menu. */
  summary: string;
  steps: LessonStep[];
}

/** Marks the list of shipped lessons (public/lessons/index.json). */
export const LESSON_INDEX_FORMAT = 'qml-playground-lesson-index';

/** A shipped lesson as the Lessons menu lists it; its file is public/lessons/<name>.json. */
export interface LessonIndexEntry {
  /** File name without ".json", and the value of "?lesson=" that opens it. */
  name: string;
  title: string;
  summary: string;
  steps: number;
}

export interface LessonIndex {
  format: typeof LESSON_INDEX_FORMAT;
  lessons: LessonIndexEntry[];
}

/** Names of shipped lessons: lower-case words joined by hyphens (safe in a path and a query). */
export const LESSON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
