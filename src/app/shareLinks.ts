// The addresses a teacher hands out: the link to an experiment (the teacher's own, or a student
// link locked so the Classroom dialog and the hidden panels stay away), and the embed code of an
// iframe for a course page. Pure: the page's address comes in as an argument.
import { linkHash } from '../experiment/codec';
import type { Experiment } from '../experiment/types';

/** Where the page lives: origin and path of its address. */
export type PageAddress = Pick<Location, 'origin' | 'pathname'>;

/** Size of the embed's iframe: both decision boundaries fit side by side. */
export const EMBED_SIZE = { width: 800, height: 500 };

/** The experiment as students get it: what is hidden stays hidden. */
export function lockedFor(e: Experiment): Experiment {
  return { ...e, view: { ...e.view, locked: true } } as Experiment;
}

/** The experiment as its teacher keeps it: the Classroom dialog stays. */
export function unlocked(e: Experiment): Experiment {
  return { ...e, view: { ...e.view, locked: false } } as Experiment;
}

/** The full address that opens `e` (embedded: only the run controls and the results). */
export function experimentUrl(page: PageAddress, e: Experiment, embed = false): string {
  return `${page.origin}${page.pathname}${embed ? '?embed' : ''}${linkHash(e)}`;
}

/** Characters that would end an HTML attribute or start markup. */
const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An iframe of the page at `src` (an embedded view), to paste into a course page. */
export function iframeCode(src: string, title: string): string {
  const { width, height } = EMBED_SIZE;
  return `<iframe src="${escapeAttr(src)}" width="${width}" height="${height}" style="border:0;max-width:100%" title="${escapeAttr(title)}" loading="lazy"></iframe>`;
}

/** An iframe showing `e` embedded and locked, to paste into a course page. */
export function embedCode(page: PageAddress, e: Experiment, title: string): string {
  return iframeCode(experimentUrl(page, lockedFor(e), true), title);
}
