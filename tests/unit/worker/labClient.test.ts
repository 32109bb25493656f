// The bridge against a fake worker: a MessageChannel port running the same comlink `expose` as the
// real worker, so results, worker-side errors, crashes and cancellation all go through comlink.
import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { LabApi } from '../../../workers/lab.worker';
import type { Circuit } from '../../../workers/sim';
import { CancelledError, createLabClient } from '../../../src/worker/labClient';
import type { WorkerLike } from '../../../src/worker/labClient';
import { defaultExperiment } from '../../../src/experiment/defaults';

class FakeWorker extends EventTarget implements WorkerLike {
  readonly port: MessagePort;
  /** The worker's end of its channel (where comlink answers, and events are posted). */
  readonly workerSide: MessagePort;
  terminated = false;

  constructor(api: Partial<LabApi>) {
    super();
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.workerSide = port2;
    expose(api, port2);
    port1.addEventListener('message', (event) => {
      this.dispatchEvent(new MessageEvent('message', { data: (event as MessageEvent).data }));
    });
    port1.start();
  }

  postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
    const list = Array.isArray(transfer) ? transfer : (transfer?.transfer ?? []);
    if (!this.terminated) this.port.postMessage(message, list);
  }

  terminate(): void {
    this.terminated = true;
    this.port.close();
  }

  /** What a browser does when the worker's script throws at top level. */
  crash(message: string): void {
    const event = new Event('error', { cancelable: true }) as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

const bell: Circuit = {
  qubits: 2,
  ops: [
    { gate: 'H', targets: [0] },
    { gate: 'CNOT', targets: [0, 1] },
  ],
};

function setup(api: Partial<LabApi>) {
  const workers: FakeWorker[] = [];
  const client = createLabClient(() => {
    const w = new FakeWorker(api);
    workers.push(w);
    return w as unknown as WorkerLike;
  });
  return { client, workers };
}

describe('labClient', () => {
  it('starts the worker lazily, once', async () => {
    const { client, workers } = setup({ ping: async () => 'pong' as const });
    expect(workers).toHaveLength(0);
    await expect(client.ping()).resolves.toBe('pong');
    await expect(client.ping()).resolves.toBe('pong');
    expect(workers).toHaveLength(1);
  });

  it('returns the worker result', async () => {
    const { client } = setup({
      simulate: async () => ({ probabilities: Float64Array.of(0.5, 0, 0, 0.5) }),
    });
    const { probabilities } = await client.simulate(bell);
    expect(Array.from(probabilities)).toEqual([0.5, 0, 0, 0.5]);
  });

  it('rejects with the Error thrown in the worker, message intact', async () => {
    const { client } = setup({
      simulate: async () => {
        throw new Error('The circuit needs at least 1 qubit.');
      },
    });
    const error = await client.simulate(bell).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('The circuit needs at least 1 qubit.');
  });

  it('rejects pending calls when the worker crashes, then restarts', async () => {
    const { client, workers } = setup({
      simulate: () => new Promise(() => {}),
      ping: async () => 'pong' as const,
    });
    const pending = client.simulate(bell);
    workers[0]!.crash('Unexpected token');
    await expect(pending).rejects.toThrow(/Unexpected token/);
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.ping()).resolves.toBe('pong');
    expect(workers).toHaveLength(2);
  });

  it('cancel() terminates, rejects pending calls, and the next call restarts', async () => {
    const { client, workers } = setup({
      simulate: () => new Promise(() => {}),
      ping: async () => 'pong' as const,
    });
    const pending = client.simulate(bell);
    client.cancel();
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(workers[0]!.terminated).toBe(true);
    await expect(client.ping()).resolves.toBe('pong');
    expect(workers).toHaveLength(2);
  });

  it('reports the oldest unanswered call, until it is answered or cancelled', async () => {
    const held: { answer?: (v: 'pong') => void } = {};
    let t = 1000;
    const workers: FakeWorker[] = [];
    const client = createLabClient(
      () => {
        const w = new FakeWorker({
          ping: () => new Promise<'pong'>((r) => (held.answer = r)),
          simulate: () => new Promise(() => {}),
        });
        workers.push(w);
        return w as unknown as WorkerLike;
      },
      () => t,
    );
    const seen: (string | null)[] = [];
    const unsubscribe = client.onActivity((a) => seen.push(a ? `${a.task}@${a.since}` : null));
    expect(client.activity()).toBeNull();
    const ping = client.ping();
    t = 1500;
    const stuck = client.simulate(bell);
    expect(client.activity()).toEqual({ task: 'ping', since: 1000 });
    await expect.poll(() => held.answer).toBeTypeOf('function');
    held.answer!('pong');
    await ping;
    expect(client.activity()).toEqual({ task: 'simulate', since: 1500 });
    client.cancel();
    await expect(stuck).rejects.toBeInstanceOf(CancelledError);
    expect(client.activity()).toBeNull();
    expect(seen).toEqual(['ping@1000', 'simulate@1500', null]);
    unsubscribe();
    void client.ping();
    expect(seen).toHaveLength(3);
    expect(workers).toHaveLength(2);
  });

  it("passes on the latest load's events, which come before its answer on the worker's channel", async () => {
    let post: (message: unknown) => void = () => {};
    let loads = 0;
    const status = (epoch: number) => ({ type: 'status', status: 'idle', epoch });
    const client = createLabClient(() => {
      const w = new FakeWorker({
        load: async () => {
          loads++;
          post({ trainEvent: status(loads), load: loads });
          // An event of the load before (still in flight when this one came): dropped.
          post({ trainEvent: status(99), load: loads - 1 });
          return { quantumParams: loads } as unknown as Awaited<ReturnType<LabApi['load']>>;
        },
      });
      post = (m) => w.workerSide.postMessage(m);
      return w as unknown as WorkerLike;
    });
    const first: unknown[] = [];
    const second: unknown[] = [];
    await expect(client.load(defaultExperiment(), (e) => first.push(e))).resolves.toEqual({ quantumParams: 1 }); // prettier-ignore
    // Delivered before the answer resolved the call.
    expect(first).toEqual([status(1)]);
    await client.load(defaultExperiment(), (e) => second.push(e));
    expect(second).toEqual([status(2)]);
    expect(first).toEqual([status(1)]);
  });
});
