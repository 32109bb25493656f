// A teacher's own lesson as a link: "#lesson=" + format marker + base64url(deflate-raw(JSON)).
// Shipped lessons travel by name instead ("?lesson=one-qubit&step=3"). Reading never throws: a
// damaged, oversized or newer link gives a sentence, as an experiment link does.
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64url, toBase64url } from '../experiment/base64url';
import { inflateBounded } from '../experiment/inflate';
import { fail } from '../experiment/result';
import type { Result } from '../experiment/result';
import { MAX_LESSON_CHARS } from './format';
import type { Lesson } from './format';
import { lessonFromText } from './validate';
import type { MetricCheck, OpenedLesson } from './validate';

const MARKER = '1';
/** Longest lesson link read at all. */
export const MAX_LESSON_LINK_CHARS = 200_000;

export function encodeLesson(lesson: Lesson): string {
  return MARKER + toBase64url(deflateSync(strToU8(JSON.stringify(lesson)), { level: 9 }));
}

/** "#lesson=…": the fragment that opens this lesson at its first step. */
export function lessonHash(lesson: Lesson): string {
  return `#lesson=${encodeLesson(lesson)}`;
}

/** The lesson in a "#lesson=" payload, or why it cannot be opened. */
export function decodeLesson(payload: string, metricExists?: MetricCheck): Result<OpenedLesson> {
  if (typeof payload !== 'string') return fail('corrupt', '', 'This lesson link is not text.');
  const s = payload.replace(/\s+/g, '');
  if (s.length > MAX_LESSON_LINK_CHARS)
    return fail(
      'too-large',
      '',
      `This lesson link is too long (${s.length} characters; at most ${MAX_LESSON_LINK_CHARS}). Nothing was opened.`,
    );
  if (s === '')
    return fail('corrupt', '', 'This lesson link is empty. Check that it was copied whole.');
  if (s[0] !== MARKER)
    return /^[2-9]$/.test(s[0]!)
      ? fail(
          'too-new',
          '',
          'This lesson link was made by a newer version of QML Playground. Reload the page to get the newest version.',
        )
      : fail('corrupt', '', 'This lesson link is damaged. Check that it was copied whole.');
  const bytes = fromBase64url(s.slice(1));
  if (!bytes)
    return fail('corrupt', '', 'This lesson link is damaged (it has characters no link has).');
  let inflated: Uint8Array | 'too-large';
  try {
    inflated = inflateBounded(bytes, MAX_LESSON_CHARS);
  } catch {
    return fail(
      'corrupt',
      '',
      'This lesson link is damaged or incomplete. Check that it was copied whole.',
    );
  }
  if (inflated === 'too-large')
    return fail(
      'too-large',
      '',
      `This lesson link unpacks to more than ${MAX_LESSON_CHARS} characters. Nothing was opened.`,
    );
  return lessonFromText(strFromU8(inflated), metricExists);
}
