// Opening the page: the experiment comes from the link if there is one (a bad link opens the
// default with a message), else from the autosave, else the default. Runs before the first render.
// A page opened from a link never writes over the work saved in this browser: its edits live in
// the address bar (a reload keeps them), and the saved work is offered back until it is chosen.
import { defaultExperiment } from '../experiment/defaults';
import { decodeExperiment, encodeExperiment, readHash } from '../experiment/codec';
import type { Experiment } from '../experiment/types';
import { useLab } from '../store/store';
import { startLessonFromAddress } from './lessonStart';
import { readLinkFlags, type LinkFlags } from './linkFlags';

/** Where the current experiment is kept between visits. */
export const AUTOSAVE_KEY = 'qml-playground/autosave';

/** The experiment saved in this browser, or null (none, unreadable, or storage disabled). */
export function readAutosave(): Experiment | null {
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

/** Links are canonical, so equal links mean equal experiments whatever their key order. */
const same = (a: Experiment, b: Experiment): boolean => encodeExperiment(a) === encodeExperiment(b);

/**
 * The address's flags; a flag appended to a copied link ("…#e=…?embed") is moved where it
 * belongs ("…?embed#e=…") in the address bar, so a reload or a copy keeps it.
 */
export function settleLinkFlags(
  location: Pick<Location, 'hash' | 'search' | 'pathname'>,
): LinkFlags {
  const flags = readLinkFlags(location.search, location.hash);
  if (flags.search !== location.search || flags.hash !== location.hash)
    history.replaceState(history.state, '', `${location.pathname}${flags.search}${flags.hash}`);
  return flags;
}

export function startUp(location: Pick<Location, 'hash' | 'search' | 'pathname'>): void {
  const store = useLab.getState();
  const flags = settleLinkFlags(location);
  const { embed } = flags;
  store.setEmbed(embed);
  if (startLessonFromAddress(flags.search, flags.hash)) return;
  if (readHash(flags.hash) === null) {
    const saved = readAutosave();
    if (saved) store.loadExperiment(saved);
    // An embedded view (an iframe in a course page) only shows; it never saves over anything.
    store.setAutosave(!embed);
    return;
  }
  openLink(flags.hash);
}

/**
 * Opens the experiment of a link (on start, or when a new link is pasted into the same tab); a
 * bad link opens the default with a message. When the work saved in this browser differs, it is
 * kept (autosave pauses) and offered back. Embedded, that work is neither replaced nor offered:
 * the course page chose what to show.
 */
export function openLink(hash: string, saved: Experiment | null = readAutosave()): void {
  const store = useLab.getState();
  const fromLink = readHash(hash);
  if (fromLink === null) return;
  if (!fromLink.ok) {
    const fallback = defaultExperiment();
    store.loadExperiment(fallback);
    const keep = !store.embed && saved !== null && !same(saved, fallback);
    store.setAutosave(!store.embed && !keep);
    store.notify({
      kind: 'error',
      message: `This link could not be opened: ${fromLink.error.message} The default experiment is shown instead.`,
      action: keep ? offerBack(saved) : undefined,
    });
    return;
  }
  const { weights, ...experiment } = fromLink.value;
  store.loadExperiment(experiment);
  if (weights) store.setPendingWeights(weights);
  const keep = !store.embed && saved !== null && !same(saved, experiment);
  store.setAutosave(!store.embed && !keep);
  if (keep) {
    store.notify({
      kind: 'info',
      message:
        'You opened a link. Your own work saved in this browser is kept: changes here stay in ' +
        'this link and do not replace it.',
      action: offerBack(saved),
    });
  }
}

function offerBack(saved: Experiment): { label: string; run(): void } {
  return {
    label: 'Bring my work back',
    run: () => {
      const store = useLab.getState();
      store.replaceExperiment(saved);
      // Back on the saved work: from now on edits are saved in this browser again.
      store.setAutosave(true);
      store.notify(null);
    },
  };
}
