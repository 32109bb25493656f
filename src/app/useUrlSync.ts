// Keeps the address bar and the autosave in step with the experiment (and the lesson followed, if
// any: lessonAddress.ts): replaceState (so Back is not flooded), debounced, without weights (those
// go only into links copied on purpose). The
// autosave is written only while the store allows it (not in a link's page that would replace
// other saved work).
import { useLayoutEffect } from 'react';
import { encodeExperiment } from '../experiment/codec';
import type { Experiment } from '../experiment/types';
import { useLab } from '../store/store';
import { lessonHashPart, lessonSearch } from './lessonAddress';
import { startLessonFromAddress } from './lessonStart';
import { AUTOSAVE_KEY, openLink, settleLinkFlags } from './startup';

const DELAY_MS = 150;

/** The fragment this page last wrote, to tell our own updates from a link pasted by the user. */
let written = '';

/** Writes the autosave, when the store allows it. */
function keep(code: string): void {
  if (!useLab.getState().autosave) return;
  try {
    localStorage.setItem(AUTOSAVE_KEY, code);
  } catch {
    // Full or disabled storage: the address bar still holds the work.
  }
}

function save(e: Experiment): void {
  const code = encodeExperiment(e);
  const { lesson, presenting } = useLab.getState();
  written = `#${lessonHashPart(lesson?.origin ?? null)}e=${code}`;
  // Without an open lesson the query stays as it is: a shipped lesson named there may still be
  // on its way (closing one takes its parameters out: lessonStart.ts).
  const search = lesson
    ? lessonSearch(location.search, lesson.origin, lesson.step, presenting)
    : location.search;
  const url = `${location.pathname}${search}${written}`;
  history.replaceState(history.state, '', url);
  keep(code);
}

/**
 * Runs `fn` once the page is idle (at the latest after `timeout` ms); returns the cancel function.
 * Where requestIdleCallback is missing, after `timeout`.
 */
function whenIdle(fn: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, timeout);
  return () => clearTimeout(id);
}

/** Latest moment of the first write after opening the page. */
const FIRST_SAVE_MS = 1000;

export function useUrlSync(): void {
  // In the commit itself, not after paint: the page can show Play enabled in its first render
  // (the worker may answer first), and a link pasted from then on must find the listener.
  useLayoutEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = useLab.getState().experiment;
    let lastLesson = useLab.getState().lesson;
    let lastPresenting = useLab.getState().presenting;
    // The first write (the opened experiment's link into the address bar) encodes and compresses
    // it, which the first view does not need: it waits until the page is idle, not in the first
    // render's task. An edit before then is saved as any edit is.
    const cancelFirst = whenIdle(() => {
      if (timer === undefined) save(last);
    }, FIRST_SAVE_MS);
    const unsubscribe = useLab.subscribe((s) => {
      if (s.experiment === last && s.lesson === lastLesson && s.presenting === lastPresenting)
        return;
      last = s.experiment;
      lastLesson = s.lesson;
      lastPresenting = s.presenting;
      clearTimeout(timer);
      timer = setTimeout(() => save(last), DELAY_MS);
    });
    // Flush a pending save when the page goes away, so a quick reload keeps the last edit.
    const flush = (): void => {
      clearTimeout(timer);
      save(useLab.getState().experiment);
    };
    window.addEventListener('pagehide', flush);
    // A different link pasted into the address bar of this tab does not reload the page.
    const onHash = (): void => {
      if (location.hash === written) return;
      // Keep this tab's last edit first (not in the address bar, which now holds the new link),
      // so the link is compared with, and offers back, the latest work.
      clearTimeout(timer);
      keep(encodeExperiment(useLab.getState().experiment));
      // "?embed" typed after the fragment: the page becomes the embedded view, as on opening.
      const flags = settleLinkFlags(location);
      if (flags.embed) useLab.getState().setEmbed(true);
      // A lesson's link ("#lesson=…") opens the lesson; an experiment's opens the experiment.
      if (startLessonFromAddress(location.search, flags.hash)) return;
      openLink(flags.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      cancelFirst();
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
}
