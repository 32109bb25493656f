// Opening the page: the experiment comes from the link if there is one (a bad link opens the
// default with a message), else from the autosave, else the default. Runs before the first render.
import { defaultExperiment } from '../experiment/defaults';
import { decodeExperiment, readHash } from '../experiment/codec';
import type { Experiment } from '../experiment/types';
import { useLab } from '../store/store';

/** Where the current experiment is kept between visits. */
export const AUTOSAVE_KEY = 'qml-playground/autosave';

function readAutosave(): Experiment | null {
  try {
    const saved = localStorage.getItem(AUTOSAVE_KEY);
    if (!saved) return null;
    const r = decodeExperiment(saved);
    return r.ok ? r.value : null;
  } catch {
    // Storage can be disabled (private modes, iframes): then there is simply nothing to restore.
    return null;
  }
}

const same = (a: Experiment, b: Experiment): boolean => JSON.stringify(a) === JSON.stringify(b);

export function startUp(location: Pick<Location, 'hash' | 'search'>): void {
  const store = useLab.getState();
  store.setEmbed(new URLSearchParams(location.search).has('embed'));
  const saved = readAutosave();
  if (readHash(location.hash) === null) {
    if (saved) store.loadExperiment(saved);
    return;
  }
  openLink(location.hash, saved);
}

/**
 * Opens the experiment of a link (on start, or when a new link is pasted into the same tab);
 * a bad link opens the default with a message, and work it replaces is offered back.
 */
export function openLink(
  hash: string,
  saved: Experiment | null = useLab.getState().experiment,
): void {
  const store = useLab.getState();
  const fromLink = readHash(hash);
  if (fromLink === null) return;
  if (!fromLink.ok) {
    store.loadExperiment(defaultExperiment());
    store.notify({
      kind: 'error',
      message: `This link could not be opened: ${fromLink.error.message} The default experiment is shown instead.`,
      action: saved ? offerBack(saved) : undefined,
    });
    return;
  }
  const { weights, ...experiment } = fromLink.value;
  store.loadExperiment(experiment);
  if (weights) store.setPendingWeights(weights);
  if (saved && !same(saved, experiment)) {
    store.notify({
      kind: 'info',
      message: 'You opened a link, so it replaced the work saved in this browser.',
      action: offerBack(saved),
    });
  }
}

function offerBack(saved: Experiment): { label: string; run(): void } {
  return {
    label: 'Bring my work back',
    run: () => {
      useLab.getState().replaceExperiment(saved);
      useLab.getState().notify(null);
    },
  };
}
