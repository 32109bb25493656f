// Opening and closing lessons on the page: a shipped one fetched by name from lessons/ beside the
// page, a teacher's from a file, an address or a link. A lesson that cannot be opened leaves the
// page as it was and says why. While a lesson is open, its steps never overwrite the work saved in
// this browser; closing it brings that work back.
import { decodeExperiment } from '../experiment/codec';
import type { Result } from '../experiment/result';
import { fail } from '../experiment/result';
import type { Experiment } from '../experiment/types';
import { LESSON_INDEX_FORMAT, LESSON_NAME, MAX_LESSON_CHARS } from '../lessons/format';
import type { LessonIndex } from '../lessons/format';
import { decodeLesson } from '../lessons/link';
import { lessonFromText } from '../lessons/validate';
import type { OpenedLesson } from '../lessons/validate';
import { fetchText } from '../panels/exchange/fetchText';
import type { LessonOrigin } from '../store/lessonSlice';
import { useLab } from '../store/store';
import { metricExists } from '../tasks/lessonChecks';
import { lessonSearch, readLessonRef } from './lessonAddress';
import { lockedFor } from './shareLinks';
import { readAutosave } from './startup';

/** Address of a file in lessons/ beside the page (works from any folder the page is served in). */
const shippedUrl = (file: string): string => new URL(`lessons/${file}`, document.baseURI).href;

async function fetchShippedText(file: string): Promise<Result<string>> {
  const got = await fetchText(shippedUrl(file), MAX_LESSON_CHARS, 'a lesson');
  return got.ok ? { ok: true, value: got.text } : fail('corrupt', '', got.reason);
}

/** The list of shipped lessons, for the Lessons menu. */
export async function fetchLessonIndex(): Promise<Result<LessonIndex>> {
  const text = await fetchShippedText('index.json');
  if (!text.ok) return text;
  try {
    const json = JSON.parse(text.value) as LessonIndex;
    if (json.format !== LESSON_INDEX_FORMAT || !Array.isArray(json.lessons)) throw new Error();
    return { ok: true, value: json };
  } catch {
    return fail('corrupt', '', 'The list of lessons is damaged. Reload the page.');
  }
}

/** A shipped lesson by name, checked whole. */
export async function fetchShippedLesson(name: string): Promise<Result<OpenedLesson>> {
  if (!LESSON_NAME.test(name)) return fail('invalid', 'lesson', `There is no lesson called “${name}”.`); // prettier-ignore
  const text = await fetchShippedText(`${name}.json`);
  return text.ok ? lessonFromText(text.value, metricExists) : text;
}

/** A teacher's lesson file (or the text fetched from their address), checked whole. */
export const readLessonText = (text: string): Result<OpenedLesson> => lessonFromText(text, metricExists); // prettier-ignore

/**
 * Opens a lesson on the page at `step`: saved work is kept apart until the lesson is closed. A
 * locked origin (a student link) locks every step, and the experiment `current` shown at it.
 */
export function startLesson(
  opened: OpenedLesson,
  origin: LessonOrigin,
  step = 0,
  current?: Experiment,
): void {
  const store = useLab.getState();
  store.setAutosave(false);
  store.notify(null);
  const lock = (e: Experiment): Experiment => (origin.locked ? lockedFor(e) : e);
  const experiments = opened.experiments.map(lock);
  store.openLesson({ ...opened, experiments }, origin, step, current && lock(current));
}

/** Closes the lesson; the work saved in this browser comes back (else the step stays open). */
export function endLesson(): void {
  const store = useLab.getState();
  store.closeLesson();
  const search = lessonSearch(location.search, null, 0);
  const hash = location.hash.replace(/(^#|&)lesson=[^&?]*&?/, '$1');
  history.replaceState(history.state, '', `${location.pathname}${search}${hash}`);
  if (store.embed) return;
  const saved = readAutosave();
  if (saved) store.replaceExperiment(saved);
  store.setAutosave(true);
}

function refuse(message: string): void {
  useLab.getState().notify({ kind: 'error', message: `This lesson could not be opened: ${message}` }); // prettier-ignore
}

/**
 * On opening the page: the lesson the address names, at its step, with the step's experiment as
 * the address holds it (the student's edits survive a reload). Returns whether the address names
 * a lesson (then the page must not open the fragment's experiment as an ordinary link).
 */
export function startLessonFromAddress(search: string, hash: string): boolean {
  const ref = readLessonRef(search, hash);
  if (ref === null) return false;
  const store = useLab.getState();
  store.setAutosave(false);
  if ('bad' in ref) {
    refuse(`there is no lesson called “${ref.bad.slice(0, 60)}”.`);
    return false;
  }
  const e = hash
    .replace(/^#/, '')
    .split(/[?&]/)
    .find((p) => p.startsWith('e='));
  const opened = e === undefined ? null : decodeExperiment(e.slice(2));
  const current = opened?.ok
    ? (({ weights: _w, ...x }) => x as Experiment)(opened.value)
    : undefined;
  if (current) store.loadExperiment(current);
  const open = (lesson: Result<OpenedLesson>, origin: LessonOrigin): void => {
    if (!lesson.ok) return refuse(lesson.error.message);
    startLesson(lesson.value, origin, ref.step, current);
    // An embedded lesson is never presented: its frame is the course page's.
    if (ref.present && !useLab.getState().embed) store.setPresenting(true);
  };
  if (ref.kind === 'own') {
    open(decodeLesson(ref.payload, metricExists), { kind: 'own', payload: ref.payload, locked: ref.locked }); // prettier-ignore
    return true;
  }
  void fetchShippedLesson(ref.name).then((lesson) =>
    open(lesson, { kind: 'shipped', name: ref.name, locked: ref.locked }),
  );
  return true;
}
