// A step's "try this" in the making (the Lesson builder): a new task with one condition, conditions
// added, changed and removed, and a bound typed in a box turned into a number. Pure: what a task
// measures comes in as arguments, so this runs in Node and the builder's status line (validate.ts)
// names whatever is still missing (no bound, a bound that is not a number).
import { MAX_CONDITIONS } from './format';
import type { LessonCondition, LessonTry } from './format';

/** A number as written in a box (“0.9”, “-1”, “1e-3”), so “0x10” or “1,5” is not one. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * The bound a box holds: undefined when empty (no bound), its number, or NaN when it is not a
 * number, which validation refuses (so it never quietly becomes 0 or no bound).
 */
export function parseBound(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** The box's text for a bound (empty for none, or for one that is not a number). */
export function boundText(bound: number | null | undefined): string {
  return typeof bound === 'number' && Number.isFinite(bound) ? String(bound) : '';
}

/** Whether two bounds are the same (NaN equals NaN: both are "not a number"). */
export function sameBound(a: number | null | undefined, b: number | null | undefined): boolean {
  return Object.is(a ?? undefined, b ?? undefined);
}

/** A condition on `metric`, with no bounds yet: the status line asks for one. */
export function newCondition(metric: string): LessonCondition {
  return { metric };
}

/** A "try this" with an empty task and one condition on `metric`. */
export function newTry(metric: string): LessonTry {
  return { task: '', conditions: [newCondition(metric)] };
}

/** The task or the words said when done changed; emptied words for "done" are removed. */
export function patchTry(
  t: LessonTry,
  patch: Partial<Pick<LessonTry, 'task' | 'done'>>,
): LessonTry {
  const next: LessonTry = { ...t, ...patch };
  if (!next.done) delete next.done;
  return next;
}

/**
 * Condition `i` changed. A metric that takes no argument (`takesArgument` false) drops `of`; an
 * emptied `of` and bounds set to undefined are removed, not kept as empty fields.
 */
export function patchCondition(
  t: LessonTry,
  i: number,
  patch: Partial<LessonCondition>,
  takesArgument: boolean,
): LessonTry {
  const conditions = t.conditions.map((c, k) => {
    if (k !== i) return c;
    const next: LessonCondition = { ...c, ...patch };
    if (!takesArgument || !next.of) delete next.of;
    if (next.atLeast === undefined) delete next.atLeast;
    if (next.atMost === undefined) delete next.atMost;
    return next;
  });
  return { ...t, conditions };
}

/** A condition on `metric` appended; unchanged at MAX_CONDITIONS. */
export function addCondition(t: LessonTry, metric: string): LessonTry {
  if (t.conditions.length >= MAX_CONDITIONS) return t;
  return { ...t, conditions: [...t.conditions, newCondition(metric)] };
}

/** Condition `i` removed; the last one stays (the whole "try this" is removed instead). */
export function removeCondition(t: LessonTry, i: number): LessonTry {
  if (t.conditions.length <= 1) return t;
  return { ...t, conditions: t.conditions.filter((_, k) => k !== i) };
}
