// Where a lesson lives in the page's address. A shipped lesson by name in the query
// ("?lesson=one-qubit&step=3"); a teacher's own lesson whole in the fragment, beside the step's
// experiment ("?step=3#lesson=<payload>&e=<experiment>"). Steps count from 1 in addresses; a
// "present" flag ("?lesson=one-qubit&present") opens the lesson presented on a projector, and a
// "locked" flag opens it as students get it: every step locked (no Classroom dialog, no hidden
// panels shown, no editing the lesson). Pure.
import { LESSON_NAME } from '../lessons/format';
import type { LessonOrigin } from '../store/lessonSlice';

export type LessonRef = LessonOrigin & {
  /** The step to open, from 0. */
  step: number;
  /** Open it presented (large type, keys step through). */
  present: boolean;
};

/** The lesson an address opens, or null; a malformed name is reported as `bad`. */
export function readLessonRef(search: string, hash: string): LessonRef | { bad: string } | null {
  const query = new URLSearchParams(search);
  const stepText = query.get('step');
  const step =
    stepText !== null && /^\d{1,3}$/.test(stepText) ? Math.max(0, Number(stepText) - 1) : 0;
  const present = query.has('present');
  const locked = query.has('locked');
  const part = hash
    .replace(/^#/, '')
    .split(/[?&]/)
    .find((p) => p.startsWith('lesson='));
  if (part !== undefined)
    return { kind: 'own', payload: part.slice('lesson='.length), step, present, locked };
  const name = query.get('lesson');
  if (name === null) return null;
  if (!LESSON_NAME.test(name)) return { bad: name };
  return { kind: 'shipped', name, step, present, locked };
}

/** The query with the lesson's parameters set (or removed when `origin` is null), others kept. */
export function lessonSearch(
  search: string,
  origin: LessonOrigin | null,
  step: number,
  present = false,
): string {
  const query = new URLSearchParams(search);
  query.delete('lesson');
  query.delete('step');
  query.delete('present');
  query.delete('locked');
  if (origin?.kind === 'shipped') query.set('lesson', origin.name);
  if (origin) query.set('step', String(step + 1));
  if (origin?.locked) query.set('locked', '');
  if (origin && present) query.set('present', '');
  const q = query.toString().replace(/=(?=&|$)/g, '');
  return q === '' ? '' : `?${q}`;
}

/** What goes before "e=" in the fragment: the own lesson's payload ("lesson=…&"), else nothing. */
export function lessonHashPart(origin: LessonOrigin | null): string {
  return origin?.kind === 'own' ? `lesson=${origin.payload}&` : '';
}

/** How a lesson's link opens it: embedded in a course page, or presented. */
export interface LessonLinkKind {
  embed?: boolean;
  present?: boolean;
}

/** The address of a lesson at a step (page = origin + path), for "Copy lesson link". */
export function lessonUrl(
  page: Pick<Location, 'origin' | 'pathname'>,
  origin: LessonOrigin,
  step: number,
  { embed = false, present = false }: LessonLinkKind = {},
): string {
  const search = lessonSearch(embed ? '?embed' : '', origin, step, present && !embed);
  const hash = origin.kind === 'own' ? `#lesson=${origin.payload}` : '';
  return `${page.origin}${page.pathname}${search}${hash}`;
}
