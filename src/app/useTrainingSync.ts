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

/** Trained weights from an opened link: shown at once, before any training. */
function applyPendingWeights(): void {
  const { pendingWeights, setPendingWeights, notify } = useLab.getState();
  if (!pendingWeights) return;
  setPendingWeights(null);
  lab.setWeights(pendingWeights).catch((e: unknown) =>
    notify({
      kind: 'error',
      message: `The trained weights in this link do not fit its models (${e instanceof Error ? e.message : String(e)}); they start untrained.`,
    }),
  );
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
          (info) => {
            if (id !== generation) return;
            loaded(info);
            applyPendingWeights();
          },
          (e: unknown) => id === generation && failed(e instanceof Error ? e.message : String(e)),
        );
    };
    let key = sessionKey(useLab.getState().experiment);
    load(useLab.getState().experiment);
    const unsubscribe = useLab.subscribe((s) => {
      const next = sessionKey(s.experiment);
      if (next === key) return;
      key = next;
      // Stop at once (the old session's events are ignored from now on) and show that a new
      // session is coming, so Play never drives a session that no longer matches the settings.
      generation++;
      void lab.pause().catch(() => undefined);
      useLab.getState().loading();
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
