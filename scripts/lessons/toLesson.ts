// A lesson source as the files the page reads: each lesson as public/lessons/<name>.json (format
// LESSON_FORMAT, experiments as link payloads, pretty-printed by lessonToText) and the list of
// them, public/lessons/index.json. Pure: scripts/writeLessons.ts writes what this returns, and
// tests/unit/lessons/shipped.test.ts compares it with the files.
import { encodeExperiment } from '../../src/experiment/codec';
import { LESSON_FORMAT, LESSON_INDEX_FORMAT, LESSON_VERSION } from '../../src/lessons/format';
import type { Lesson, LessonIndex, LessonStep, LessonTry } from '../../src/lessons/format';
import { lessonToText } from '../../src/lessons/validate';
import type { LessonSource, StepSource } from './source';

/** Folder of the shipped lessons, from the repository's root. */
export const LESSON_DIR = 'public/lessons';
export const INDEX_FILE = 'index.json';

function stepOf(s: StepSource): LessonStep {
  const step: LessonStep = { title: s.title, experiment: encodeExperiment(s.experiment), text: s.text }; // prettier-ignore
  if (s.highlight !== undefined) step.highlight = s.highlight;
  if (s.question) step.question = { ask: s.question.ask, answer: s.question.answer };
  if (s.try) {
    // The solution stays in the source: the file says what to do, not how.
    const t: LessonTry = { task: s.try.task, conditions: s.try.conditions.map((c) => ({ ...c })) };
    if (s.try.done !== undefined) t.done = s.try.done;
    step.try = t;
  }
  return step;
}

export function lessonOf(s: LessonSource): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: s.title,
    summary: s.summary,
    steps: s.steps.map(stepOf),
  };
}

export function lessonIndexOf(sources: readonly LessonSource[]): LessonIndex {
  return {
    format: LESSON_INDEX_FORMAT,
    lessons: sources.map((s) => ({
      name: s.name,
      title: s.title,
      summary: s.summary,
      steps: s.steps.length,
    })),
  };
}

/** Every file of public/lessons by name, with its text: the lessons in order, then the index. */
export function lessonFiles(sources: readonly LessonSource[]): { file: string; text: string }[] {
  return [
    ...sources.map((s) => ({ file: `${s.name}.json`, text: lessonToText(lessonOf(s)) })),
    { file: INDEX_FILE, text: JSON.stringify(lessonIndexOf(sources), null, 2) + '\n' },
  ];
}
