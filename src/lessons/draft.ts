// The teacher's lesson in the making: pure edits of a draft (add the page's experiment as a step,
// move, remove, change a step's words), and the draft kept in this browser between visits.
import { LESSON_FORMAT, LESSON_VERSION } from './format';
import type { Lesson, LessonStep } from './format';
import { lessonFromJson } from './validate';

export const DRAFT_KEY = 'qml-playground/lesson-draft';

export function emptyDraft(): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: 'My lesson',
    summary: '',
    steps: [],
  };
}

/** The draft with a step holding the experiment `payload` (a link's, after "#e=") appended. */
export function addStep(draft: Lesson, payload: string, title: string): Lesson {
  const step: LessonStep = { title, experiment: payload, text: '' };
  return { ...draft, steps: [...draft.steps, step] };
}

/** Step `k` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function moveStep(draft: Lesson, k: number, by: -1 | 1): Lesson {
  const to = k + by;
  if (to < 0 || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  [steps[k], steps[to]] = [steps[to]!, steps[k]!];
  return { ...draft, steps };
}

export function removeStep(draft: Lesson, k: number): Lesson {
  return { ...draft, steps: draft.steps.filter((_, i) => i !== k) };
}

export function updateStep(draft: Lesson, k: number, patch: Partial<LessonStep>): Lesson {
  const steps = draft.steps.map((s, i) => {
    if (i !== k) return s;
    const next: LessonStep = { ...s, ...patch };
    // An emptied highlight, question or "try this" is removed, not kept as an empty field.
    if (!next.highlight) delete next.highlight;
    if (!next.try) delete next.try;
    if (next.question && next.question.ask === '' && next.question.answer === '')
      delete next.question;
    return next;
  });
  return { ...draft, steps };
}

/** The draft kept in this browser, or null (none, unreadable, or storage disabled). */
export function readDraft(): Lesson | null {
  try {
    const text = localStorage.getItem(DRAFT_KEY);
    if (!text) return null;
    const json = JSON.parse(text) as Lesson;
    // A draft may be unfinished (no steps yet), so only its shape is checked here.
    if (json.format !== LESSON_FORMAT || !Array.isArray(json.steps)) return null;
    return json;
  } catch {
    return null;
  }
}

export function keepDraft(draft: Lesson | null): void {
  try {
    if (draft) localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Full or disabled storage: the draft lives while the page does.
  }
}

/** Whether the draft is a lesson that opens (the first problem in words, or null). */
export function draftProblem(
  draft: Lesson,
  check: Parameters<typeof lessonFromJson>[1],
): string | null {
  if (draft.steps.length === 0) return 'Add a step first: open an experiment, then “Add this experiment as a step”.'; // prettier-ignore
  const r = lessonFromJson(draft, check);
  return r.ok ? null : r.error.message;
}

/** A file name from the lesson's title ("My lesson" → "my-lesson.lesson.json"). */
export function lessonFileName(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'lesson'}.lesson.json`;
}
