// What a task defines on the worker side (docs/architecture.md): how its session is prepared and
// built, and what a session does each step. The trainer drives any session the same way.

import type { ExperimentOf, TaskName, Weights } from '../../src/experiment/types';
import type { LoadInfo, Picture, Report } from '../protocol';
import type { Circuit } from '../sim';

export interface TaskSession {
  readonly info: LoadInfo;
  /** Steps (epochs, iterations) taken since the start. */
  readonly epoch: number;
  /** Report of the models as they are (epoch 0 before any training). */
  measure(): Report;
  /** Trains one step and reports. */
  step(): Report;
  /**
   * When training stops (a pause, a single step, the end): the report of the step just taken
   * again, completed with what steps may leave out to save time (under noise, the zero-noise
   * extrapolation); null when its report lacked nothing.
   */
  settle?(): Report | null;
  /** The pictures worth drawing now (decision boundaries, state probabilities, …). */
  pictures(): Picture[];
  weights(): Weights;
  /** Restores saved parameters; throws a readable Error when they do not fit. */
  setWeights(w: Weights): void;
  /** The circuit the live view inspects with the session's parameters, and those parameters. */
  readonly circuit: Circuit;
  params(): Float64Array;
  /**
   * Longer jobs a task offers besides training (a bond-length scan), by name: each sends its
   * progress as pictures and resolves with nothing when done.
   */
  actions?: Readonly<
    Record<string, (arg: unknown, progress: (p: Picture) => void) => Promise<void>>
  >;
  dispose(): void;
}

export interface TaskRunner<T extends TaskName> {
  /** Loads what the session needs first (TensorFlow.js, fetched on first use). */
  prepare(e: ExperimentOf<T>): Promise<void>;
  /** Builds the session; throws an Error a student can read. */
  create(e: ExperimentOf<T>): TaskSession;
}
