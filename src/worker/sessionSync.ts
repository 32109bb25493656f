// Keeps the worker's session in step with the experiment: any change to data, model, training or
// baseline rebuilds it (after a short pause, so typing does not rebuild on every key); view
// settings never do. Reports what the worker is busy with, and offers a way out of a job that
// takes too long: cancel terminates the worker (the bridge starts a fresh one on the next call)
// and leaves the experiment as it is. While it runs, the store's run actions drive this worker.
import type { StoreApi } from 'zustand';
import { describeSize } from '../experiment/size';
import { schemaFor } from '../experiment/tasks/registry';
import type { Experiment } from '../experiment/types';
import { SPEED_RATES } from '../experiment/lists';
import { useLab, type LabState } from '../store/store';
import type { TrainEvent } from '../../workers/protocol';
import { CancelledError, busyWith, lab, type LabClient } from './labClient';
import { framePacer, type Scheduler } from './framePacer';

const RELOAD_DELAY_MS = 150;

/** Runs `flush` at once: every event is applied as it comes (unit tests, and no DOM). */
export const immediately: Scheduler = (flush) => flush();

/**
 * The page shows the worker's pictures (decision boundaries, Bloch points) at most this often
 * while training: each costs the page more than a report, and the eye follows a few a second. The
 * reports (counters, loss chart) are applied with every flush. A picture held back is applied
 * when its time comes, and at once whenever the status changes (Pause, the last epoch) or a call
 * is answered, so the pictures a run stops on are its last ones.
 */
const PICTURE_MS = 250;

export interface SessionSync {
  /** Builds the current experiment's session and follows its changes; returns the stop function. */
  start(): () => void;
  /** Stops the worker whatever it is doing; the experiment stays, with a message saying so. */
  cancel(): void;
  /** Builds the session again (after a cancel or a failure). */
  retry(): void;
}

/** The part of an experiment a session is built from. */
function sessionKey(e: Experiment): string {
  return JSON.stringify([e.task, schemaFor(e).sessionParts(e)]);
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * `pictureMs`: while training, pictures are applied at most this often (0: with every flush).
 */
export function createSessionSync(
  client: LabClient,
  store: Pick<StoreApi<LabState>, 'getState' | 'subscribe'>,
  schedule: Scheduler = immediately,
  pictureMs = 0,
): SessionSync {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped whenever the current load stops mattering: answers of older loads are ignored. */
  let generation = 0;

  /** Worker events not yet applied, with the load they belong to. */
  let queue: { id: number; event: TrainEvent }[] = [];
  /** Pictures held back while training (see PICTURE_MS), of the load `heldId`. */
  let held: TrainEvent[] = [];
  let heldId = -1;
  let picturesAt = -Infinity;
  let pictureTimer: ReturnType<typeof setTimeout> | undefined;
  /** Applies the queued events; with `all` (a call's answer), the held pictures too. */
  const flushEvents = (all = false): void => {
    const events = queue;
    queue = [];
    const current = [
      ...(heldId === generation ? held : []),
      ...events.filter((e) => e.id === generation).map((e) => e.event),
    ];
    held = [];
    const now = performance.now();
    const hold =
      pictureMs > 0 &&
      !all &&
      now - picturesAt < pictureMs &&
      store.getState().status === 'playing' &&
      !current.some((e) => e.type === 'status' || e.type === 'error');
    if (hold) {
      held = current.filter((e) => e.type === 'picture');
      heldId = generation;
      if (held.length && pictureTimer === undefined)
        pictureTimer = setTimeout(
          () => {
            pictureTimer = undefined;
            schedule(flushEvents);
          },
          picturesAt + pictureMs - now,
        );
    } else if (current.some((e) => e.type === 'picture')) picturesAt = now;
    const apply = hold ? current.filter((e) => e.type !== 'picture') : current;
    if (apply.length) store.getState().receiveAll(apply);
  };
  const flushAll = (): void => flushEvents(true);
  const enqueue = (id: number, event: TrainEvent): void => {
    if (id !== generation) return;
    queue.push({ id, event });
    schedule(flushEvents);
  };

  /** Trained weights from an opened link: shown at once, before any training. */
  const applyPendingWeights = (id: number): void => {
    const { pendingWeights, setPendingWeights, notify, setLinkWeights } = store.getState();
    if (!pendingWeights) return;
    setPendingWeights(null);
    client.setWeights(pendingWeights).then(
      () => id === generation && setLinkWeights(true),
      (e: unknown) => {
        if (e instanceof CancelledError) return;
        notify({
          kind: 'error',
          message: `The trained weights in this link do not fit its models (${messageOf(e)}); they start untrained.`,
        });
      },
    );
  };

  /** Play once the next session is built (the settings changed while it was training). */
  let resume = false;

  const load = (exp: Experiment): void => {
    const id = ++generation;
    const todo = schemaFor(exp).incomplete?.(exp) ?? null;
    if (todo) {
      resume = false;
      store.getState().wait(todo);
      return;
    }
    store.getState().loading();
    // The worker answers its messages in order: the pace is set before the load starts, without
    // waiting for its answer (a round trip through a main thread busy with the first render).
    void client.setSpeed(SPEED_RATES[exp.view.speed]).catch(() => undefined);
    client
      .load(exp, (event) => enqueue(id, event))
      .then(
        (info) => {
          if (id !== generation) return;
          // The session's first events (its status, epoch 0) came before this answer.
          flushAll();
          store.getState().loaded(info);
          applyPendingWeights(id);
          if (resume) {
            resume = false;
            store.getState().play();
          }
        },
        (e: unknown) => {
          if (id !== generation || e instanceof CancelledError) return;
          resume = false;
          const { failed, halt } = store.getState();
          failed(messageOf(e));
          halt('The experiment could not be prepared (see the message above). Change it, or press Prepare again.'); // prettier-ignore
        },
      );
  };

  const sync: SessionSync = {
    start() {
      let key = sessionKey(store.getState().experiment);
      let speed = store.getState().experiment.view.speed;
      load(store.getState().experiment);
      let seen = store.getState().experiment;
      const unsubscribe = store.subscribe((s) => {
        // Weights for the session as it is (a file or link of the same experiment): apply now;
        // otherwise the coming load applies them.
        if (
          s.pendingWeights &&
          s.status !== 'loading' &&
          !s.stopped &&
          sessionKey(s.experiment) === key
        )
          applyPendingWeights(generation);
        // Reports and pictures change the store many times a second: only edits matter here.
        if (s.experiment === seen) return;
        seen = s.experiment;
        if (s.experiment.view.speed !== speed) {
          speed = s.experiment.view.speed;
          void client.setSpeed(SPEED_RATES[speed]).catch(() => undefined);
        }
        const next = sessionKey(s.experiment);
        if (next === key) return;
        key = next;
        // A change while training (a gate dragged in mid-run) starts again from step 0 with the
        // new settings: say so, and go on playing if it was.
        const { status, epoch, stopped, notify } = store.getState();
        const wasPlaying = status === 'playing' && !stopped;
        if (status !== 'loading' && epoch > 0) {
          const noun = schemaFor(s.experiment).step.one;
          notify({
            kind: 'info',
            message: `You changed the experiment at ${noun} ${epoch}: its models start again from ${noun} 0 with the change${wasPlaying ? ' and go on training' : ''}.`,
          });
        }
        resume = resume || wasPlaying;
        // Stop at once (the old session's events are ignored from now on) and show that a new
        // session is coming, so Play never drives a session that no longer matches the settings.
        generation++;
        void client.pause().catch(() => undefined);
        store.getState().loading();
        clearTimeout(timer);
        timer = setTimeout(() => load(store.getState().experiment), RELOAD_DELAY_MS);
      });
      const offActivity = client.onActivity((a) => store.getState().setActivity(a));
      store.getState().setActivity(client.activity());
      // The worker sends a call's events before its answer: the answer applies them first, so
      // the store never sees a job end before its last picture (a search's result).
      const answered = <T>(p: Promise<T>): Promise<T> => p.finally(flushAll);
      store.getState().connect({
        play: () => answered(client.play()),
        keepTraining: () => answered(client.keepTraining()),
        pause: () => {
          resume = false;
          return answered(client.pause());
        },
        step: () => answered(client.step()),
        reset: () => answered(client.reset()),
        act: (name, arg) => answered(client.act(name, arg)),
        weights: () => client.weights(),
        cancel: () => sync.cancel(),
        retry: () => sync.retry(),
      });
      return () => {
        store.getState().connect(null);
        unsubscribe();
        offActivity();
        clearTimeout(timer);
        clearTimeout(pictureTimer);
        pictureTimer = undefined;
        generation++;
      };
    },
    cancel() {
      const { status, worker, job, experiment, halt } = store.getState();
      generation++;
      clearTimeout(timer);
      client.cancel();
      const size = describeSize(schemaFor(experiment).size(experiment));
      halt(
        status === 'loading'
          ? `Stopped preparing the experiment (${size}). Nothing in it was changed: make it smaller, or press Prepare again.`
          : `Stopped the worker while ${busyWith(worker, job) ?? 'it was busy'}. Nothing in the experiment was changed; press Prepare again to train it from the start.`,
      );
    },
    retry() {
      clearTimeout(timer);
      load(store.getState().experiment);
    },
  };
  return sync;
}

/** The page's one session sync, over the page's worker and store. */
export const sessionSync: SessionSync = createSessionSync(lab, useLab, framePacer(), PICTURE_MS);
