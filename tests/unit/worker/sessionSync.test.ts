// The session sync against a scripted bridge and a real store: what the run controls learn about
// loads, cancel (the experiment stays as it was), retries, failures and weights from a link.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { TASK_SCHEMAS } from '../../../src/experiment/tasks/registry';
import { createLabStore } from '../../../src/store/store';
import { createSessionSync } from '../../../src/worker/sessionSync';
import { INFO, flush, scriptedClient } from './scriptedClient';

function setup() {
  const store = createLabStore();
  store.getState().loadExperiment(defaultExperiment());
  const bridge = scriptedClient();
  const sync = createSessionSync(bridge.client, store);
  return { store, bridge, sync };
}

describe('sessionSync', () => {
  it('shows the load in progress, and what the worker is busy with', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    expect(store.getState().status).toBe('loading');
    expect(store.getState().worker).toEqual({ task: 'load', since: 0 });
    bridge.emit({ type: 'status', status: 'idle', epoch: 0 });
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().info).toBe(INFO);
    expect(store.getState().status).toBe('idle');
    expect(store.getState().worker).toBeNull();
    stop();
  });

  it('cancel stops the worker, leaves the experiment alone and says so; retry loads again', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    const before = store.getState().experiment;
    sync.cancel();
    await flush();
    expect(bridge.cancels()).toBe(1);
    expect(store.getState().experiment).toBe(before);
    expect(store.getState().past).toEqual([]);
    expect(store.getState().stopped).toMatch(
      /^Stopped preparing the experiment \(1 qubit, 9 gates\)\. Nothing in it was changed/,
    );
    expect(store.getState().error).toBeNull();
    expect(store.getState().worker).toBeNull();

    sync.retry();
    await flush();
    expect(store.getState().stopped).toBeNull();
    bridge.emit({ type: 'status', status: 'idle', epoch: 0 });
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().info).toBe(INFO);
    expect(store.getState().status).toBe('idle');
    stop();
  });

  it('after a cancel, an edit of the experiment prepares the new one', async () => {
    const { store, sync } = setup();
    const stop = sync.start();
    await flush();
    sync.cancel();
    store.getState().setTraining({ epochs: 20 });
    expect(store.getState().stopped).toBeNull();
    expect(store.getState().status).toBe('loading');
    stop();
  });

  it('cancelling a busy worker after the load names the job', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.emit({ type: 'status', status: 'idle', epoch: 0 });
    bridge.answer('load', INFO);
    await flush();
    void bridge.client.inspect({ qubits: 1, ops: [] }, [0, 0], 1).catch(() => undefined);
    expect(store.getState().worker?.task).toBe('inspect');
    sync.cancel();
    expect(store.getState().stopped).toMatch(
      /^Stopped the worker while computing the state of the circuit\./,
    );
    stop();
  });

  it('a failed load says why, and no Play is offered on a session that is not there', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.fail('load', 'Out of memory.');
    await flush();
    expect(store.getState().error).toBe('Out of memory.');
    expect(store.getState().stopped).toMatch(/could not be prepared/);
    stop();
  });

  it('marks trained weights from a link until training moves them', async () => {
    const { store, bridge, sync } = setup();
    store.getState().setPendingWeights({ quantum: [1], classical: [2] });
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    expect(store.getState().linkWeights).toBe(false);
    bridge.answer('setWeights');
    await flush();
    expect(store.getState().linkWeights).toBe(true);
    bridge.emit({ type: 'status', status: 'playing', epoch: 0 });
    expect(store.getState().linkWeights).toBe(false);
    stop();
  });

  it('applies weights of the same experiment (a file imported over it) to the session it has', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    bridge.emit({ type: 'status', status: 'done', epoch: 8 });
    store.getState().replaceExperiment(store.getState().experiment);
    store.getState().setPendingWeights({ quantum: [1], classical: [2] });
    await flush();
    expect(bridge.calls.map((c) => c.task)).toEqual(['setWeights']);
    bridge.answer('setWeights');
    await flush();
    expect(store.getState().linkWeights).toBe(true);
    expect(store.getState().pendingWeights).toBeNull();
    stop();
  });

  it('connects the store’s run actions to the worker while it runs', async () => {
    const { store, bridge, sync } = setup();
    store.getState().play();
    expect(store.getState().error).toMatch(/not running/);
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    const asked: string[] = [];
    for (const name of ['play', 'keepTraining', 'pause', 'step', 'reset'] as const) {
      bridge.client[name] = async () => void asked.push(name);
    }
    bridge.client.setSpeed = async (rate) => void asked.push(`setSpeed ${rate}`);
    store.getState().setLinkWeights(true);
    store.getState().play();
    store.getState().keepTraining();
    store.getState().pause();
    store.getState().step();
    store.getState().reset();
    store.getState().setSpeed('slow');
    await flush();
    expect(asked).toEqual(['play', 'keepTraining', 'pause', 'step', 'reset', 'setSpeed 5']);
    // The pace is the experiment's (a link keeps it).
    expect(store.getState().experiment.view.speed).toBe('slow');
    expect(store.getState().linkWeights).toBe(false);
    bridge.client.step = async () => {
      throw new Error('The session is gone.');
    };
    store.getState().step();
    await flush();
    expect(store.getState().error).toBe('The session is gone.');
    stop();
    asked.length = 0;
    store.getState().setSpeed('normal');
    await flush();
    expect(asked).toEqual([]);
  });

  it('loads at the experiment’s pace, and follows a link that changes it', async () => {
    const { store, bridge, sync } = setup();
    const rates: number[] = [];
    bridge.client.setSpeed = async (rate) => void rates.push(rate);
    const e = defaultExperiment();
    store.getState().loadExperiment({ ...e, view: { ...e.view, speed: 'talk' } });
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    store.getState().loadExperiment({ ...e, view: { ...e.view, speed: 'fast' } });
    await flush();
    expect(rates).toEqual([2, Infinity]);
    stop();
  });

  it('says so when a change restarts a run, and plays on if it was playing', async () => {
    const { store, bridge, sync } = setup();
    const plays: string[] = [];
    bridge.client.play = async () => void plays.push('play');
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    bridge.emit({ type: 'status', status: 'playing', epoch: 12 });
    store.getState().setTraining({ learningRate: 0.2 });
    expect(store.getState().notice?.message).toBe(
      'You changed the experiment at epoch 12: its models start again from epoch 0 with the change and go on training.',
    );
    await new Promise((r) => setTimeout(r, 200));
    bridge.answer('load', INFO);
    await flush();
    expect(plays).toEqual(['play']);
    stop();
  });

  it('waits, without a load, while the experiment is still being built (a graph of one node)', async () => {
    const { store, bridge, sync } = setup();
    const plays: string[] = [];
    bridge.client.play = async () => void plays.push('play');
    const qaoa = TASK_SCHEMAS.qaoa.defaults();
    const drawn = (nodes: [number, number][], edges: [number, number, number][]) => ({
      ...qaoa,
      problem: { kind: 'maxcut' as const, graph: 'drawn' as const, nodes: 10, seed: 1, weighted: false, probability: 0.5, drawn: { nodes, edges } }, // prettier-ignore
    });
    store.getState().loadExperiment(drawn([[10, 10]], []));
    const stop = sync.start();
    await flush();
    expect(bridge.calls.filter((c) => c.task === 'load')).toHaveLength(0);
    expect(store.getState().waiting).toMatch(/^Draw at least two nodes/);
    expect(store.getState().error).toBeNull();
    expect(store.getState().stopped).toBeNull();
    store.getState().play();
    await flush();
    expect(plays).toEqual([]);
    // Two nodes, no edge: still waiting, with the next step named.
    store.getState().loadExperiment(
      drawn(
        [
          [10, 10],
          [90, 90],
        ],
        [],
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(store.getState().waiting).toMatch(/^Join two nodes with an edge/);
    // An edge: the session is prepared.
    store.getState().loadExperiment(
      drawn(
        [
          [10, 10],
          [90, 90],
        ],
        [[0, 1, 1]],
      ),
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(store.getState().waiting).toBeNull();
    expect(store.getState().status).toBe('loading');
    expect(bridge.calls.filter((c) => c.task === 'load')).toHaveLength(1);
    stop();
  });

  it('says nothing when settings change before any training', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    store.getState().setTraining({ learningRate: 0.2 });
    expect(store.getState().notice).toBeNull();
    stop();
  });

  it('a job is the store’s until it ends; its failure shows, a cancel names it', async () => {
    const { store, bridge, sync } = setup();
    const stop = sync.start();
    await flush();
    bridge.answer('load', INFO);
    await flush();
    store.getState().runJob('scan', { from: 0.5, to: 2.5, points: 5 }, 'scanning the bond length');
    expect(store.getState().job).toEqual({ name: 'scan', what: 'scanning the bond length' });
    store.getState().runJob('scan', {}, 'again'); // one job at a time
    expect(bridge.calls.filter((c) => c.task === 'act')).toHaveLength(1);
    bridge.answer('act');
    await flush();
    expect(store.getState().job).toBeNull();

    store.getState().runJob('scan', {}, 'scanning the bond length');
    bridge.fail('act', 'This experiment has no job called "scan".');
    await flush();
    expect(store.getState().job).toBeNull();
    expect(store.getState().error).toBe('This experiment has no job called "scan".');
    store.getState().dismissError();

    store.getState().runJob('scan', {}, 'scanning the bond length');
    store.getState().cancel();
    await flush();
    expect(bridge.cancels()).toBe(1);
    expect(store.getState().job).toBeNull();
    expect(store.getState().error).toBeNull();
    expect(store.getState().stopped).toMatch(
      /^Stopped the worker while scanning the bond length\. Nothing in the experiment was changed; press Prepare again to train it from the start\.$/,
    );
    store.getState().retry();
    await flush();
    expect(store.getState().stopped).toBeNull();
    expect(store.getState().status).toBe('loading');
    stop();
  });
});
