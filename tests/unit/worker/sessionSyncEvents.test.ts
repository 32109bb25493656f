// The session sync's handling of worker events: applied in batches as one store update, older
// loads' dropped, and a call's queued events applied before its answer.
import { describe, expect, it } from 'vitest';
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
});
