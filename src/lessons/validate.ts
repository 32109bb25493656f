// Reading a lesson: from a file's text or a parsed JSON value to a Lesson whose every step opens,
// or one clear sentence on what is wrong (which step, which field). Never throws. Every step's
// experiment is read as a link is (lessons keep links, so old experiments are migrated), and its
// highlight and conditions are checked against what its task offers.
import { isObj, own } from '../experiment/checker';
import { decodeExperiment } from '../experiment/codec';
import { fail, ok } from '../experiment/result';
import type { Result } from '../experiment/result';
import { schemaFor } from '../experiment/tasks/registry';
import type { Experiment, TaskName } from '../experiment/types';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_CONDITIONS,
  MAX_LESSON_CHARS,
  MAX_STEPS,
  MAX_TEXT_CHARS,
  MAX_TITLE_CHARS,
  PAGE_PARTS,
} from './format';
import type { Lesson, LessonCondition, LessonStep } from './format';

/** A lesson whose steps' experiments have been opened (same order as lesson.steps). */
export interface OpenedLesson {
  lesson: Lesson;
  experiments: Experiment[];
}

/**
 * Whether the task of a step offers a metric to check (the page's task registry knows): false,
 * true, or for a metric that reads an argument ("of"), what the argument is ("basis state, e.g. 11").
 */
export type MetricCheck = (task: TaskName, metric: string) => boolean | string;

class Bad {
  constructor(
    readonly field: string,
    readonly message: string,
  ) {}
}

function text(
  o: Record<string, unknown>,
  key: string,
  where: string,
  max: number,
  field: string,
): string {
  const v = own(o, key);
  if (typeof v !== 'string') throw new Bad(field, `${where} has no ${key} (text).`);
  if (key === 'title' && v.trim() === '') throw new Bad(field, `${where} has an empty title.`);
  if (v.length > max)
    throw new Bad(
      field,
      `${where}: the ${key} is too long (${v.length} characters; at most ${max}).`,
    );
  return v;
}

function optionalText(
  o: Record<string, unknown>,
  key: string,
  where: string,
  field: string,
): string | undefined {
  return own(o, key) === undefined ? undefined : text(o, key, where, MAX_TEXT_CHARS, field);
}

/** The payload of a link given whole ("https://…#e=…"), as a fragment ("#e=…") or bare. */
export function experimentPayload(link: string): string {
  const at = link.indexOf('e=');
  if (link.startsWith('#') || link.includes('://'))
    return at < 0 ? link : link.slice(at + 2).split(/[?&]/)[0]!;
  return link;
}

function condition(v: unknown, where: string, field: string): LessonCondition {
  if (!isObj(v)) throw new Bad(field, `${where} is not a condition.`);
  const metric = own(v, 'metric');
  if (typeof metric !== 'string' || metric === '')
    throw new Bad(field, `${where} names no metric.`);
  const out: LessonCondition = { metric };
  const of = own(v, 'of');
  if (of !== undefined) {
    if (typeof of !== 'string' || of.length > 40)
      throw new Bad(field, `${where}: "of" must be short text.`);
    out.of = of;
  }
  for (const bound of ['atLeast', 'atMost'] as const) {
    const b = own(v, bound);
    if (b === undefined) continue;
    if (typeof b !== 'number' || !Number.isFinite(b))
      throw new Bad(field, `${where}: ${bound} must be a number.`);
    out[bound] = b;
  }
  if (out.atLeast === undefined && out.atMost === undefined)
    throw new Bad(field, `${where} has neither atLeast nor atMost.`);
  return out;
}

function step(
  v: unknown,
  k: number,
  metricExists?: MetricCheck,
): { step: LessonStep; experiment: Experiment } {
  const where = `Step ${k + 1}`;
  const field = `steps[${k}]`;
  if (!isObj(v)) throw new Bad(field, `${where} is not a step.`);
  const title = text(v, 'title', where, MAX_TITLE_CHARS, `${field}.title`);
  const link = text(v, 'experiment', where, 100_000, `${field}.experiment`);
  const opened = decodeExperiment(experimentPayload(link));
  if (!opened.ok)
    throw new Bad(
      `${field}.experiment`,
      `${where} ("${title}"): ${opened.error.message.replace(/^This link/, 'its experiment')}`,
    );
  const { weights: _weights, ...experiment } = opened.value;
  const out: LessonStep = {
    title,
    experiment: experimentPayload(link),
    text: text(v, 'text', where, MAX_TEXT_CHARS, `${field}.text`),
  };
  const highlight = own(v, 'highlight');
  if (highlight !== undefined) {
    const parts: readonly string[] = [
      ...PAGE_PARTS,
      ...schemaFor(experiment).hideable.map((h) => h.value),
    ];
    if (typeof highlight !== 'string' || !parts.includes(highlight))
      throw new Bad(
        `${field}.highlight`,
        `${where} highlights ${JSON.stringify(highlight)}, which this page does not have; it can be one of ${parts.join(', ')}.`,
      );
    out.highlight = highlight;
  }
  const question = own(v, 'question');
  if (question !== undefined) {
    if (!isObj(question))
      throw new Bad(`${field}.question`, `${where}: the question is not a question.`);
    out.question = {
      ask: text(question, 'ask', `${where}'s question`, MAX_TEXT_CHARS, `${field}.question.ask`),
      answer: text(
        question,
        'answer',
        `${where}'s question`,
        MAX_TEXT_CHARS,
        `${field}.question.answer`,
      ),
    };
  }
  const trying = own(v, 'try');
  if (trying !== undefined) {
    if (!isObj(trying)) throw new Bad(`${field}.try`, `${where}: "try" is not a task.`);
    const list = own(trying, 'conditions');
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_CONDITIONS)
      throw new Bad(
        `${field}.try.conditions`,
        `${where}: "try" needs 1 to ${MAX_CONDITIONS} conditions.`,
      );
    const conditions = list.map((c, i) =>
      condition(c, `${where}, condition ${i + 1}`, `${field}.try.conditions[${i}]`),
    );
    for (const [i, c] of conditions.entries()) {
      const found = metricExists?.(experiment.task, c.metric) ?? true;
      if (found === false)
        throw new Bad(
          `${field}.try`,
          `${where} checks "${c.metric}", which the ${schemaFor(experiment).label} task does not measure.`,
        );
      if (typeof found === 'string' && (c.of === undefined || c.of.trim() === ''))
        throw new Bad(
          `${field}.try.conditions[${i}].of`,
          `${where}, condition ${i + 1}: "${c.metric}" needs what it is of (${found}).`,
        );
    }
    const task = text(trying, 'task', `${where}'s "try"`, MAX_TEXT_CHARS, `${field}.try.task`);
    if (task.trim() === '')
      throw new Bad(`${field}.try.task`, `${where}'s "try" needs a task for the student.`);
    out.try = { task, conditions };
    const done = optionalText(trying, 'done', `${where}'s "try"`, `${field}.try.done`);
    if (done !== undefined) out.try.done = done;
  }
  return { step: out, experiment: experiment as Experiment };
}

/** A parsed lesson checked whole. Version 1 is the first layout; a later one adds migrations here. */
export function lessonFromJson(json: unknown, metricExists?: MetricCheck): Result<OpenedLesson> {
  try {
    if (!isObj(json) || own(json, 'format') !== LESSON_FORMAT)
      return fail('invalid', 'format', 'This is not a QML Playground lesson.');
    const version = own(json, 'version');
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      return fail('invalid', 'version', 'This lesson has no valid version number.');
    if (version > LESSON_VERSION)
      return fail(
        'too-new',
        'version',
        `This lesson was made by a newer version of QML Playground (lesson format ${version}); this one reads format ${LESSON_VERSION}. Reload the page to get the newest version.`,
      );
    const title = text(json, 'title', 'The lesson', MAX_TITLE_CHARS, 'title');
    const summary = text(json, 'summary', 'The lesson', MAX_TEXT_CHARS, 'summary');
    const steps = own(json, 'steps');
    if (!Array.isArray(steps) || steps.length === 0)
      return fail('invalid', 'steps', 'This lesson has no steps.');
    if (steps.length > MAX_STEPS)
      return fail(
        'too-large',
        'steps',
        `This lesson has ${steps.length} steps; at most ${MAX_STEPS} are read.`,
      );
    const read = steps.map((s, k) => step(s, k, metricExists));
    return ok({
      lesson: {
        format: LESSON_FORMAT,
        version: LESSON_VERSION,
        title,
        summary,
        steps: read.map((r) => r.step),
      },
      experiments: read.map((r) => r.experiment),
    });
  } catch (err) {
    if (err instanceof Bad) return fail('invalid', err.field, err.message);
    const detail = err instanceof Error ? ` (${err.message})` : '';
    return fail('corrupt', '', `This lesson could not be read${detail}.`);
  }
}

/** A lesson file's text, size checked before parsing. */
export function lessonFromText(source: string, metricExists?: MetricCheck): Result<OpenedLesson> {
  if (typeof source !== 'string') return fail('corrupt', '', 'This lesson is not text.');
  if (source.length > MAX_LESSON_CHARS)
    return fail(
      'too-large',
      '',
      `This lesson is too large (${source.length} characters; at most ${MAX_LESSON_CHARS}). Nothing was opened.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return fail(
      'corrupt',
      '',
      'This lesson is not valid JSON; it may be damaged or not a lesson file.',
    );
  }
  return lessonFromJson(json, metricExists);
}

/** Pretty JSON of a lesson, as files are written. */
export function lessonToText(lesson: Lesson): string {
  return JSON.stringify(lesson, null, 2) + '\n';
}
