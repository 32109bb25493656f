// The load's answer may be applied before the session's events (a scripted client answers first;
// the page's events wait for its next update): the run controls must not wait for the events to
// enable Play, and Play pressed then must drive the worker's session.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { createLabStore } from '../../../src/store/store';
import { createSessionSync } from '../../../src/worker/sessionSync';
import { INFO, flush, scriptedClient } from './scriptedClient';

function setup() {
  const store = createLabStore();
  store.getState().loadExperiment(defaultExperiment());
  const bridge = scriptedClient();
  let plays = 0;
  const client = { ...bridge.client, play: async () => void plays++ };
  const sync = createSessionSync(client, store);
  return { store, bridge, sync, plays: () => plays };
}

describe('the load answered before its events', () => {
  it('makes the session idle (Play enabled) on the answer alone', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    expect(store.getState().status).toBe('loading');
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().info).toBe(INFO);
    expect(store.getState().status).toBe('idle');
    stop();
  });

  it('drives the worker when Play is pressed before the events, which then apply in order', async () => {
    const { store, bridge, sync, plays } = setup();
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    store.getState().play();
    await flush();
    expect(plays()).toBe(1);
    // The session's own events, late: epoch 0, idle, then the play the page asked for.
    bridge.emit({ type: 'status', status: 'idle', epoch: 0 });
    bridge.emit({ type: 'status', status: 'playing', epoch: 0 });
    await flush();
    expect(store.getState().status).toBe('playing');
    stop();
  });

  it('leaves a status the events already set alone', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.emit({ type: 'status', status: 'paused', epoch: 3 });
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().status).toBe('paused');
    stop();
  });
});
