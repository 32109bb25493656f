// The training loop of the worker, the same for every task: plays a task session step by step in
// time slices, so pause, step and reset messages get through within a slice, and streams batched
// reports and pictures to the page.

import type { Experiment, ExperimentOf, TaskName, Weights } from '../src/experiment/types';
import { compile, createRng, type Circuit } from './sim';
import { initParams } from './ml/quantumClassifier';
import type { LoadInfo, Report, TrainEvent, TrainStatus } from './protocol';
import type { TaskRunner, TaskSession } from './tasks/taskRunner';
import { TASK_RUNNERS } from './tasks/registry';
import { schemaFor } from '../src/experiment/tasks/registry';
import { isNoisyExperiment } from '../src/experiment/noise';
import { createWarmUp } from './warmUp';

export type { LoadInfo, TrainEvent, TrainStatus };
/** Longest run of epochs between two yields to the event loop, in milliseconds. */
const SLICE_MS = 12;
/**
 * Shortest interval between two batches of epoch reports sent to the page: the page applies
 * them at most every 100 ms, so more messages would only cost both threads.
 */
const REPORT_MS = 100;
/** Shortest interval between two sets of pictures sent while training. */
const PICTURE_MS = 250;

export interface Trainer {
  /**
   * Loads the experiment's classical engine if needed (TensorFlow.js is fetched on first use),
   * then builds its session. A load overtaken by a later one rejects and builds nothing.
   */
  load(exp: Experiment): Promise<LoadInfo>;
  play(): void;
  /**
   * Plays on past the experiment's last step until paused (like TensorFlow Playground); reset and
   * a new load go back to stopping at the last step.
   */
  keepTraining(): void;
  pause(): void;
  step(): void;
  reset(): void;
  status(): TrainStatus;
  /** Trained parameters of both models (for links that carry weights). */
  weights(): Weights | null;
  /** Restores saved parameters; both must match the models' sizes. */
  setWeights(w: Weights): void;
  /** Runs one of the session's longer jobs (a bond-length scan); progress comes as pictures. */
  act(name: string, arg: unknown): Promise<void>;
  /**
   * Parameters for inspecting `circuit`: the session's current ones when it is the session's
   * circuit, else those a session with this training seed would start from.
   */
  paramsFor(circuit: Circuit, seed: number): Float64Array;
}

const now = (): number => performance.now();

/** The runner of an experiment's own task. */
function runnerFor(e: Experiment): TaskRunner<TaskName> {
  return TASK_RUNNERS[e.task] as TaskRunner<TaskName>;
}
const epochsOf = (e: Experiment): number => e.training.epochs;
/** Whether the experiment's run is a fixed job (the benchmark's cells): no steps past its end. */
const fixedRun = (e: Experiment): boolean => schemaFor(e).fixedRun === true;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/**
 * What a warm-up depends on: the models and their training, not the data's values or the view
 * (moving a data slider needs no second warm-up).
 */
function warmKey(e: Experiment): string {
  const { view: _view, weights: _weights, ...rest } = e;
  const data = 'data' in rest ? { ...rest, data: undefined } : rest;
  return JSON.stringify(data);
}

/**
 * `emit` receives every event; `epochsPerSecond` paces play so people can watch (Infinity = as
 * fast as the machine goes).
 */
export function createTrainer(
  emit: (e: TrainEvent) => void,
  pace: () => number,
  warmUp = createWarmUp(),
): Trainer {
  let exp: Experiment | null = null;
  let session: TaskSession | null = null;
  let status: TrainStatus = 'idle';
  let runId = 0;
  let pending: Report[] = [];
  let lastReport = 0;
  let lastBoundary = 0;
  let boundaryCost = 0;
  let loads = 0;
  /** Training goes on past the last step (keepTraining) until the next reset or load. */
  let endless = false;
  const limit = (e: Experiment): number => (endless ? Infinity : epochsOf(e));

  const setStatus = (s: TrainStatus): void => {
    status = s;
    emit({ type: 'status', status: s, epoch: session?.epoch ?? 0 });
  };
  const flush = (): void => {
    if (pending.length) emit({ type: 'epochs', reports: pending });
    pending = [];
    lastReport = now();
  };
  const pictures = (): void => {
    if (!session || !exp) return;
    const t0 = now();
    for (const picture of session.pictures()) emit({ type: 'picture', picture });
    boundaryCost = now() - t0;
    lastBoundary = now();
  };
  const record = (r: Report): void => {
    pending.push(r);
    if (now() - lastReport >= REPORT_MS) flush();
    // Pictures cost more than an epoch: at most about a third of the time goes to them, and no
    // more often than the page shows them while playing (src/worker/sessionSync.ts, PICTURE_MS).
    if (now() - lastBoundary >= Math.max(PICTURE_MS, 3 * boundaryCost)) pictures();
  };
  const finish = (): void => {
    flush();
    pictures();
  };
  /**
   * Once the page knows training stopped: the last report completed (TaskSession.settle), if the
   * session left something out of it. It can take seconds (a noisy extrapolation).
   */
  const settle = (): void => {
    try {
      flush();
      const r = session?.settle?.();
      if (r) emit({ type: 'epochs', reports: [r], completes: true });
    } catch (e) {
      fail(e);
    }
  };

  const loop = async (id: number): Promise<void> => {
    try {
      while (id === runId && session && exp && session.epoch < limit(exp)) {
        const sliceStart = now();
        const rate = pace();
        do {
          record(session.step());
        } while (
          !Number.isFinite(rate) &&
          now() - sliceStart < SLICE_MS &&
          session.epoch < limit(exp)
        );
        const wait = Number.isFinite(rate) ? Math.max(0, 1000 / rate - (now() - sliceStart)) : 0;
        await sleep(wait);
      }
      if (id === runId && session && exp) {
        finish();
        setStatus('done');
        settle();
      }
    } catch (e) {
      fail(e);
    }
  };
  const fail = (e: unknown): void => {
    runId++;
    emit({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    setStatus('paused');
  };

  const build = (): LoadInfo => {
    if (!exp) throw new Error('No experiment is loaded.');
    session?.dispose();
    session = null;
    endless = false;
    const s = runnerFor(exp).create(exp as ExperimentOf<TaskName>);
    session = s;
    pending = [];
    pending.push(s.measure());
    flush();
    setStatus('idle');
    // The pictures come just after the load's answer: Play need not wait for a decision-boundary
    // grid (at 8 qubits it costs more than the session's first epochs).
    const drawn = lastBoundary;
    setTimeout(() => {
      if (session === s && lastBoundary === drawn) pictures();
    }, 0);
    return s.info;
  };

  return {
    async load(e) {
      const id = ++loads;
      // Stop the old session's loop now; it stays until the new one is built.
      runId++;
      await runnerFor(e).prepare(e as ExperimentOf<TaskName>);
      if (id !== loads) throw new Error('A newer experiment was loaded meanwhile.');
      runId++;
      exp = e;
      const info = build();
      // A throwaway session trains a little while the page waits for Play (workers/warmUp.ts);
      // a fixed job (a benchmark cell) takes no slices of that size, and neither does a noisy
      // model (one density-matrix step can take seconds: Play would wait for it).
      if (!fixedRun(e) && !isNoisyExperiment(e, schemaFor(e).circuit(e))) {
        const run = runId;
        const idle = (): boolean => id === loads && run === runId && status === 'idle';
        void warmUp.run(warmKey(e), () => runnerFor(e).create(e as ExperimentOf<TaskName>), idle);
      }
      return info;
    },
    play() {
      if (!session || !exp || status === 'playing') return;
      if (session.epoch >= epochsOf(exp)) {
        setStatus('done');
        return;
      }
      setStatus('playing');
      void loop(++runId);
    },
    keepTraining() {
      if (!session || !exp || status === 'playing') return;
      if (fixedRun(exp)) return this.play();
      endless = true;
      setStatus('playing');
      void loop(++runId);
    },
    pause() {
      if (status !== 'playing') return;
      runId++;
      finish();
      setStatus('paused');
      settle();
    },
    step() {
      if (!session) return;
      if (exp && fixedRun(exp) && session.epoch >= epochsOf(exp)) {
        if (status === 'playing') this.pause();
        setStatus('done');
        return;
      }
      runId++;
      try {
        // A fixed job's step is one whole item (a benchmark cell), however many slices it takes.
        const before = session.epoch;
        do pending.push(session.step());
        while (exp && fixedRun(exp) && session.epoch === before);
        finish();
        setStatus('paused');
        settle();
      } catch (e) {
        fail(e);
      }
    },
    reset() {
      runId++;
      build();
    },
    status: () => status,
    weights: () => (session ? session.weights() : null),
    async act(name, arg) {
      const action = session?.actions?.[name];
      if (!session || !action) throw new Error(`This experiment has no job called "${name}".`);
      if (status === 'playing') this.pause();
      runId++; // ends a warm-up: the job has the worker to itself
      await action(arg, (picture) => emit({ type: 'picture', picture }));
    },
    paramsFor(circuit, seed) {
      if (session && JSON.stringify(session.circuit) === JSON.stringify(circuit))
        return session.params();
      return initParams(circuit, compile(circuit).numParams, createRng(seed));
    },
    setWeights(w) {
      if (!session) throw new Error('No experiment is loaded.');
      session.setWeights(w);
      pending.push(session.measure());
      finish();
    },
  };
}
