// A scripted bridge for the session sync's tests: loads and weights wait until the test answers
// them; the rest answer at once.
import type { TrainListener } from '../../../workers/lab.worker';
import type { LoadInfo } from '../../../workers/protocol';
import { CancelledError } from '../../../src/worker/labClient';
import type { Activity, LabClient, WorkerTask } from '../../../src/worker/labClient';

interface Call {
  task: WorkerTask;
  resolve(v?: unknown): void;
  reject(e: Error): void;
}

/** A bridge whose loads and weights wait until the test answers them; the rest answer at once. */
export function scriptedClient() {
  const calls: Call[] = [];
  const listeners = new Set<(a: Activity) => void>();
  let cancels = 0;
  let onEvent: TrainListener = () => {};
  const activity = (): Activity => (calls[0] ? { task: calls[0].task, since: 0 } : null);
  const report = (): void => listeners.forEach((l) => l(activity()));
  const wait = <T>(task: WorkerTask): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const call: Call = {
        task,
        resolve: (v) => {
          calls.splice(calls.indexOf(call), 1);
          report();
          resolve(v as T);
        },
        reject: (e) => {
          calls.splice(calls.indexOf(call), 1);
          report();
          reject(e);
        },
      };
      calls.push(call);
      report();
    });
  const client: LabClient = {
    simulate: () => wait('simulate'),
    ping: async () => 'pong',
    load: (_e, listener) => {
      onEvent = listener;
      return wait<LoadInfo>('load');
    },
    play: async () => {},
    keepTraining: async () => {},
    pause: async () => {},
    step: async () => {},
    reset: async () => {},
    setSpeed: async () => {},
    weights: async () => null,
    inspect: () => wait('inspect'),
    setWeights: () => wait('setWeights'),
    act: () => wait('act'),
    cancel() {
      cancels++;
      for (const c of [...calls]) c.reject(new CancelledError());
    },
    activity,
    onActivity(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return {
    client,
    calls,
    cancels: () => cancels,
    emit: (e: Parameters<TrainListener>[0]) => onEvent(e),
    /** Answers the oldest waiting call of this kind. */
    answer(task: WorkerTask, value?: unknown) {
      const call = calls.find((c) => c.task === task);
      if (!call) throw new Error(`No ${task} call is waiting.`);
      call.resolve(value);
    },
    fail(task: WorkerTask, message: string) {
      calls.find((c) => c.task === task)!.reject(new Error(message));
    },
  };
}

export const INFO = { classes: 2, quantumParams: 15 } as unknown as LoadInfo;
export const flush = () => new Promise((r) => setTimeout(r, 0));
