// Keeps the worker's session in step with the experiment: any change to data, model, training or
// baseline reloads it (after a short pause, so typing does not reload on every key); view
// settings never do.
import { useEffect } from 'react';
import type { Experiment } from '../experiment/types';
import { useLab } from '../store/store';
import { lab } from '../worker/labClient';

const RELOAD_DELAY_MS = 150;

/** The part of an experiment a session is built from. */
function sessionKey(e: Experiment): string {
  return JSON.stringify([e.data, e.model, e.training, e.baseline]);
}

export function useTrainingSync(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const load = (exp: Experiment): void => {
      const id = ++generation;
      const { loading, loaded, failed, receive, speed } = useLab.getState();
      loading();
      lab
        .setSpeed(speed)
        .then(() => lab.load(exp, (event) => id === generation && receive(event)))
        .then(
          (info) => id === generation && loaded(info),
          (e: unknown) => id === generation && failed(e instanceof Error ? e.message : String(e)),
        );
    };
    let key = sessionKey(useLab.getState().experiment);
    load(useLab.getState().experiment);
    const unsubscribe = useLab.subscribe((s) => {
      const next = sessionKey(s.experiment);
      if (next === key) return;
      key = next;
      clearTimeout(timer);
      timer = setTimeout(() => load(useLab.getState().experiment), RELOAD_DELAY_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      generation++;
    };
  }, []);
}
