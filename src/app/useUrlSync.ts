// Keeps the address bar and the autosave in step with the experiment: replaceState (so Back is
// not flooded), debounced, without weights (those go only into links copied on purpose).
import { useEffect } from 'react';
import { encodeExperiment } from '../experiment/codec';
import type { Experiment } from '../experiment/types';
import { useLab } from '../store/store';
import { AUTOSAVE_KEY, openLink } from './startup';

const DELAY_MS = 150;

/** The fragment this page last wrote, to tell our own updates from a link pasted by the user. */
let written = '';

function save(e: Experiment): void {
  const code = encodeExperiment(e);
  written = `#e=${code}`;
  const url = `${location.pathname}${location.search}${written}`;
  history.replaceState(history.state, '', url);
  try {
    localStorage.setItem(AUTOSAVE_KEY, code);
  } catch {
    // Full or disabled storage: the address bar still holds the work.
  }
}

export function useUrlSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = useLab.getState().experiment;
    save(last);
    const unsubscribe = useLab.subscribe((s) => {
      if (s.experiment === last) return;
      last = s.experiment;
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
      if (location.hash !== written) openLink(location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
}
