// The training loop of the worker: plays a session epoch by epoch in time slices, so pause,
// step and reset messages get through within a slice, and streams batched events to the page.

import type { Experiment } from '../src/experiment/types';
import { compile, createRng, type Circuit } from './sim';
import { loadMlpEngine } from './ml/baseline/engines';
import { initParams } from './ml/quantumClassifier';
import { fidelityTargets } from './ml/readout';
import { createSession, type Boundaries, type EpochReport, type Session } from './ml/session';

export type TrainStatus = 'idle' | 'playing' | 'paused' | 'done';

export type TrainEvent =
  | { type: 'epochs'; reports: EpochReport[] }
  | { type: 'boundaries'; boundaries: Boundaries }
  | { type: 'bloch'; epoch: number; vectors: Float64Array }
  | { type: 'status'; status: TrainStatus; epoch: number }
  | { type: 'error'; message: string };

export interface LoadInfo {
  classes: number;
  circuit: Circuit;
  quantumParams: number;
  classicalParams: number;
  classicalHidden: number[];
  train: { x: Float64Array; y: Int32Array };
  test: { x: Float64Array; y: Int32Array };
  /** Bloch vectors of the class targets when the readout is fidelity on one qubit, else null. */
  targets: Float64Array | null;
}

/** Resolution of the decision-boundary grids (res × res cells). */
export const BOUNDARY_RESOLUTION = 64;
/** Longest run of epochs between two yields to the event loop, in milliseconds. */
const SLICE_MS = 12;
/** Shortest interval between two batches of epoch reports sent to the page. */
const REPORT_MS = 50;

export interface Trainer {
  /**
   * Loads the experiment's classical engine if needed (TensorFlow.js is fetched on first use),
   * then builds its session. A load overtaken by a later one rejects and builds nothing.
   */
  load(exp: Experiment): Promise<LoadInfo>;
  play(): void;
  pause(): void;
  step(): void;
  reset(): void;
  status(): TrainStatus;
  /** Trained parameters of both models (for links that carry weights). */
  weights(): { quantum: number[]; classical: number[] } | null;
  /** Restores saved parameters; both must match the models' sizes. */
  setWeights(w: { quantum: number[]; classical: number[] }): void;
  /**
   * Parameters for inspecting `circuit`: the session's current ones when it is the session's
   * circuit, else those a session with this training seed would start from.
   */
  paramsFor(circuit: Circuit, seed: number): Float64Array;
}

const now = (): number => performance.now();

/** True when classes are target states of qubit 0 (the session falls back beyond 4 classes). */
function fidelityReadout(exp: Experiment, s: Session): boolean {
  return exp.model.readout === 'fidelity' && s.info.classes <= 4;
}
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * `emit` receives every event; `epochsPerSecond` paces play so people can watch (Infinity = as
 * fast as the machine goes).
 */
export function createTrainer(emit: (e: TrainEvent) => void, pace: () => number): Trainer {
  let exp: Experiment | null = null;
  let session: Session | null = null;
  let status: TrainStatus = 'idle';
  let runId = 0;
  let pending: EpochReport[] = [];
  let lastReport = 0;
  let lastBoundary = 0;
  let boundaryCost = 0;
  let loads = 0;

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
    emit({ type: 'boundaries', boundaries: session.boundaries(BOUNDARY_RESOLUTION) });
    // The readout qubit's Bloch vectors: on the sphere for one qubit, inside it when entangled.
    if (fidelityReadout(exp, session))
      emit({ type: 'bloch', epoch: session.epoch, vectors: session.bloch() });
    boundaryCost = now() - t0;
    lastBoundary = now();
  };
  const record = (r: EpochReport): void => {
    pending.push(r);
    if (now() - lastReport >= REPORT_MS) flush();
    // Pictures cost more than an epoch: at most about a third of the time goes to them.
    if (now() - lastBoundary >= Math.max(150, 3 * boundaryCost)) pictures();
  };
  const finish = (): void => {
    flush();
    pictures();
  };

  const loop = async (id: number): Promise<void> => {
    try {
      while (id === runId && session && exp && session.epoch < exp.training.epochs) {
        const sliceStart = now();
        const rate = pace();
        do {
          record(session.step());
        } while (
          !Number.isFinite(rate) &&
          now() - sliceStart < SLICE_MS &&
          session.epoch < exp.training.epochs
        );
        const wait = Number.isFinite(rate) ? Math.max(0, 1000 / rate - (now() - sliceStart)) : 0;
        await sleep(wait);
      }
      if (id === runId && session && exp) {
        finish();
        setStatus('done');
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
    const s = createSession(exp);
    session = s;
    pending = [];
    const info: LoadInfo = {
      classes: s.info.classes,
      circuit: s.info.circuit,
      quantumParams: s.info.quantumParams,
      classicalParams: s.info.classicalParams,
      classicalHidden: s.info.classicalHidden,
      train: { x: s.info.train.x, y: s.info.train.y },
      test: { x: s.info.test.x, y: s.info.test.y },
      targets: fidelityReadout(exp, s) ? fidelityTargets(s.info.classes) : null,
    };
    pending.push(s.measure());
    finish();
    setStatus('idle');
    return info;
  };

  return {
    async load(e) {
      const id = ++loads;
      // Stop the old session's loop now; it stays until the new one is built.
      runId++;
      await loadMlpEngine(e.baseline.engine);
      if (id !== loads) throw new Error('A newer experiment was loaded meanwhile.');
      runId++;
      exp = e;
      return build();
    },
    play() {
      if (!session || !exp || status === 'playing') return;
      if (session.epoch >= exp.training.epochs) {
        setStatus('done');
        return;
      }
      setStatus('playing');
      void loop(++runId);
    },
    pause() {
      if (status !== 'playing') return;
      runId++;
      finish();
      setStatus('paused');
    },
    step() {
      if (!session) return;
      runId++;
      try {
        pending.push(session.step());
        finish();
        setStatus('paused');
      } catch (e) {
        fail(e);
      }
    },
    reset() {
      runId++;
      build();
    },
    status: () => status,
    weights: () =>
      session
        ? {
            quantum: Array.from(session.quantum.getParams()),
            classical: Array.from(session.classical.getParams()),
          }
        : null,
    paramsFor(circuit, seed) {
      if (session && JSON.stringify(session.info.circuit) === JSON.stringify(circuit))
        return session.quantum.getParams();
      return initParams(circuit, compile(circuit).numParams, createRng(seed));
    },
    setWeights(w) {
      if (!session) throw new Error('No experiment is loaded.');
      session.quantum.setParams(w.quantum);
      session.classical.setParams(w.classical);
      pending.push(session.measure());
      finish();
    },
  };
}
