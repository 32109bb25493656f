// The session sync's handling of worker events: applied in batches as one store update, older
// loads' dropped, a call's queued events applied before its answer, and pictures at most every
// so often while training (the last ones always shown).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { createLabStore } from '../../../src/store/store';
import { createSessionSync } from '../../../src/worker/sessionSync';
import { INFO, flush, scriptedClient } from './scriptedClient';

describe('sessionSync events', () => {
  it("applies the worker events in batches, as one store update, dropping an older load's", async () => {
    const store = createLabStore();
    store.getState().loadExperiment(defaultExperiment());
    const bridge = scriptedClient();
    let later: (() => void) | null = null;
    const sync = createSessionSync(bridge.client, store, (flush) => (later = flush));
    const stop = sync.start();
    await flush();
    bridge.emit({ type: 'status', status: 'idle', epoch: 0 });
    // The load's answer applies the events before it at once (Play need not wait for a frame).
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().status).toBe('idle');
    store.getState().play();
    const report = (epoch: number) => ({
      epoch,
      quantum: { trainLoss: 1, trainAccuracy: 0.5, testLoss: 1, testAccuracy: 0.5, ms: 1 },
      classical: { trainLoss: 1, trainAccuracy: 0.5, testLoss: 1, testAccuracy: 0.5, ms: 1 },
    });
    let updates = 0;
    const off = store.subscribe(() => updates++);
    bridge.emit({ type: 'status', status: 'playing', epoch: 0 });
    bridge.emit({ type: 'epochs', reports: [report(1), report(2)] });
    bridge.emit({ type: 'epochs', reports: [report(3)] });
    expect(store.getState().epoch).toBe(0);
    expect(updates).toBe(0);
    later!();
    expect(updates).toBe(1);
    expect(store.getState().status).toBe('playing');
    expect(store.getState().epoch).toBe(3);
    expect(store.getState().history.map((r) => r.epoch)).toEqual([1, 2, 3]);
    // Events queued before an edit are of the old session: they are dropped.
    bridge.emit({ type: 'epochs', reports: [report(4)] });
    store.getState().setTraining({ epochs: 61 });
    later!();
    expect(store.getState().status).toBe('loading');
    expect(store.getState().history).toEqual([]);
    off();
    stop();
  });

  it("applies a job's queued events before its answer ends the job (a search's result)", async () => {
    const store = createLabStore();
    store.getState().loadExperiment(defaultExperiment());
    const bridge = scriptedClient();
    const sync = createSessionSync(bridge.client, store, () => undefined); // never flushes by itself
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    const job = 'smallestWidth';
    const seen: [boolean, boolean][] = [];
    const off = store.subscribe((s) => seen.push([s.job !== null, 'widthSearch' in s.pictures]));
    store.getState().runJob(job, { token: 1 }, 'searching');
    await flush();
    const search = { token: 1, done: true, found: 2, target: 1, tried: [] };
    bridge.emit({ type: 'picture', picture: { kind: 'widthSearch', search } as never });
    expect('widthSearch' in store.getState().pictures).toBe(false);
    bridge.answer('act');
    await flush();
    expect(store.getState().job).toBeNull();
    // The picture arrived while the job still ran: never a finished job without its result.
    expect(seen).toContainEqual([true, true]);
    expect(seen).not.toContainEqual([false, false]);
    off();
    stop();
  });

  describe('pictures while training', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const report = (epoch: number) => ({
      epoch,
      quantum: { trainLoss: 1, trainAccuracy: 0.5, testLoss: 1, testAccuracy: 0.5, ms: 1 },
      classical: { trainLoss: 1, trainAccuracy: 0.5, testLoss: 1, testAccuracy: 0.5, ms: 1 },
    });
    const bloch = (epoch: number) =>
      ({ type: 'picture', picture: { kind: 'bloch', epoch, vectors: new Float64Array(3) } }) as const; // prettier-ignore
    const shownEpoch = (store: ReturnType<typeof createLabStore>): number | undefined =>
      store.getState().pictures.bloch?.epoch;

    /** A session playing, its flushes run by the test (`later`), pictures at most every 250 ms. */
    async function playing() {
      const store = createLabStore();
      store.getState().loadExperiment(defaultExperiment());
      const bridge = scriptedClient();
      let later: (() => void) | null = null;
      const sync = createSessionSync(bridge.client, store, (f) => (later = f), 250);
      const stop = sync.start();
      await flush();
      bridge.answer('load', INFO);
      await flush();
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
      bridge.emit({ type: 'status', status: 'playing', epoch: 0 });
      bridge.emit(bloch(0));
      later!();
      expect(shownEpoch(store)).toBe(0);
      return { store, bridge, stop, later: () => later!() };
    }

    it('holds a picture back until its time, applying the reports meanwhile', async () => {
      const { store, bridge, stop, later } = await playing();
      vi.advanceTimersByTime(100);
      bridge.emit({ type: 'epochs', reports: [report(1)] });
      bridge.emit(bloch(1));
      later();
      expect(store.getState().epoch).toBe(1);
      expect(shownEpoch(store)).toBe(0);
      // A newer picture of the same kind replaces the held one.
      bridge.emit(bloch(2));
      later();
      expect(shownEpoch(store)).toBe(0);
      // Its time comes: a flush is scheduled and shows the newest.
      vi.advanceTimersByTime(150);
      later();
      expect(shownEpoch(store)).toBe(2);
      stop();
    });

    it('shows the held pictures at once when training stops, or a call is answered', async () => {
      const { store, bridge, stop, later } = await playing();
      bridge.emit(bloch(1));
      later();
      expect(shownEpoch(store)).toBe(0);
      // The last epoch: the worker's final pictures, then its status.
      bridge.emit(bloch(2));
      bridge.emit({ type: 'status', status: 'done', epoch: 2 });
      later();
      expect(store.getState().status).toBe('done');
      expect(shownEpoch(store)).toBe(2);

      store.getState().keepTraining();
      await vi.advanceTimersByTimeAsync(0);
      bridge.emit({ type: 'status', status: 'playing', epoch: 2 });
      later();
      bridge.emit(bloch(3));
      later();
      expect(shownEpoch(store)).toBe(2);
      // Pause: its answer applies what was held, whatever the time.
      store.getState().pause();
      await vi.advanceTimersByTimeAsync(0);
      expect(shownEpoch(store)).toBe(3);
      stop();
    });
  });
});
