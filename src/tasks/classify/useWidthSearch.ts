// The "Smallest classical model that can" job from the page: runs the session's 'smallestWidth'
// search in the worker, and when it finds a width sets the classical size to it (one undoable
// edit) and plays the rebuilt session, so the fairer comparison appears without another click.
import { useEffect, useRef, useState } from 'react';
import type { Experiment } from '../../experiment/types';
import { classifyInfo } from '../../store/runOf';
import { useLab } from '../../store/store';
import { widthSearchText } from './comparisonCaveat';

/** The session's job name (workers/tasks/classify/runner.ts). */
export const WIDTH_JOB = 'smallestWidth';

let tokens = 0;

/**
 * Follows the search with this token in the store: when it ends, reports what it found, sets the
 * width, and plays the session rebuilt with it (status idle, info holding that width). Stops on a
 * cancel, a failure, or any other edit meanwhile. Returns the function that stops following.
 */
export function followWidthSearch(
  token: number,
  report: (text: string, after: Experiment) => void,
): () => void {
  let width: number | null = null;
  /** The experiment with the width set; null until setBaseline has returned. */
  let after: Experiment | null = null;
  let jobSeen = false;
  const unsubscribe = useLab.subscribe((s) => {
    if (width === null) {
      if (s.job?.name === WIDTH_JOB) jobSeen = true;
      const search = s.pictures.widthSearch?.search;
      if (search?.token === token && search.done) {
        width = search.found;
        // The edit notifies this listener again at once: `after` stays null until it returns.
        if (width !== null) s.setBaseline({ size: { hidden: [width] } });
        after = useLab.getState().experiment;
        report(widthSearchText(search), after);
        if (width === null) unsubscribe();
      } else if (jobSeen && s.job === null) unsubscribe(); // cancelled, or failed (the error shows)
      return;
    }
    if (after === null) return;
    if (s.experiment !== after) return unsubscribe();
    const hidden = classifyInfo(s.info)?.classicalHidden;
    if (s.status === 'idle' && hidden?.length === 1 && hidden[0] === width) {
      unsubscribe();
      s.play();
    }
  });
  return unsubscribe;
}

export interface WidthSearchUi {
  start(): void;
  /** The search is running in the worker. */
  running: boolean;
  /** Progress while it runs, then what it found while the experiment is the one it left. */
  message: string | null;
}

export function useWidthSearch(): WidthSearchUi {
  const [token, setToken] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; after: Experiment } | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  const search = useLab((s) => s.pictures.widthSearch?.search ?? null);
  const running = useLab((s) => s.job?.name === WIDTH_JOB);
  const experiment = useLab((s) => s.experiment);

  const start = (): void => {
    stop.current?.();
    const t = ++tokens;
    setToken(t);
    setOutcome(null);
    stop.current = followWidthSearch(t, (text, after) => setOutcome({ text, after }));
    useLab.getState().runJob(WIDTH_JOB, { token: t }, 'training classical models of width 1, 2, 3, …'); // prettier-ignore
  };

  // Progress only while the job runs: a cancelled search leaves its last picture behind.
  const progress =
    search && search.token === token && running && !search.done ? widthSearchText(search) : null;
  const message = progress ?? (outcome && outcome.after === experiment ? outcome.text : null);
  return { start, running, message };
}
