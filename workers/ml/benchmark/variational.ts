// Training the benchmark's variational models ("Better than classical?", Bowles, Ahmed & Schuld,
// arXiv 2403.07059, after XanaduAI's qml-benchmarks `train`): Adam on mini-batches of 32 rows drawn
// with replacement, stopped when the loss curve is flat over `convergenceInterval` steps or at a cap.

import {
  benchmarkModel,
  defaultHyper,
  type BenchmarkModelId,
} from '../../../src/experiment/tasks/benchmark/models';
import { createRng, type Rng } from '../../sim';
import { createOptimizer } from '../optim';
import { accuracy } from './accuracy';
import type { CellScore } from './fitKernel';
import { fitMinMax } from './scale';
import type { TabularData } from './types';

/** A model trained by gradient descent on a flat parameter vector. */
export interface VariationalModel {
  /** Length of the parameter vector. */
  readonly numParams: number;
  /** Indices the optimiser never moves (constants the circuit binds, e.g. a zero bias). */
  readonly frozen: readonly number[];
  /** The study's initial parameters, drawn from rng. */
  init(rng: Rng): Float64Array;
  /**
   * Mean loss over rows idx of x (rows × d, already scaled) with labels y (±1); adds the
   * gradient of that mean with respect to θ to grad (a model may leave the frozen entries as
   * they are: training zeroes them).
   */
  lossAndGrad(
    theta: Float64Array,
    x: Float64Array,
    y: Int8Array,
    idx: Int32Array,
    grad: Float64Array,
  ): number;
  /** Predicted label (±1) of each of the rows of x (rows × d, scaled). */
  predict(theta: Float64Array, x: Float64Array, rows: number): Int8Array;
}

export interface TrainOptions {
  learningRate: number;
  /** Rows per step (the study: 32). */
  batchSize?: number;
  /** Loss values compared to decide convergence (the study: 200). */
  convergenceInterval?: number;
  /** Most steps (the study: 10 000). */
  maxSteps?: number;
  /** Called after every step with its index (from 0) and mini-batch loss. */
  onProgress?: (step: number, loss: number) => void;
  /** Checked before every step; true stops training where it is. */
  isCancelled?: () => boolean;
}

export interface TrainResult {
  theta: Float64Array;
  /** Steps taken. */
  steps: number;
  converged: boolean;
  cancelled: boolean;
  /** The loss became NaN and training stopped. */
  diverged: boolean;
}

export const BATCH_SIZE = 32;
export const CONVERGENCE_INTERVAL = 200;
export const MAX_STEPS = 10000;

/**
 * The study's rule, asked after step `step` (from 0) with losses[0 … step]: once step > 2·k, the
 * curve is flat when the means of the last k losses and the k before differ by at most
 * std(last k)/(2√k) (std with divisor k).
 */
export function hasConverged(losses: ArrayLike<number>, step: number, k: number): boolean {
  if (step <= 2 * k) return false;
  const end = step + 1;
  let last = 0;
  let before = 0;
  for (let i = end - k; i < end; i++) last += losses[i]!;
  for (let i = end - 2 * k; i < end - k; i++) before += losses[i]!;
  last /= k;
  before /= k;
  let v = 0;
  for (let i = end - k; i < end; i++) v += (losses[i]! - last) ** 2;
  return Math.abs(before - last) <= Math.sqrt(v / k) / Math.sqrt(k) / 2;
}

/** Training under way, advanced a slice at a time (a benchmark cell across worker steps). */
export interface Training {
  /** Runs steps until done or performance.now() passes `deadline`; true when done. */
  advance(deadline: number): boolean;
  /** Steps taken so far and the last mini-batch loss. */
  readonly steps: number;
  readonly loss: number;
  /** Where training stands (final once advance has returned true). */
  result(): TrainResult;
}

/** Starts training model on rows x (scaled) with labels y, from parameters drawn with rng. */
export function startTraining(
  model: VariationalModel,
  x: Float64Array,
  y: Int8Array,
  rng: Rng,
  opts: TrainOptions,
): Training {
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  const k = opts.convergenceInterval ?? CONVERGENCE_INTERVAL;
  const maxSteps = opts.maxSteps ?? MAX_STEPS;
  const theta = model.init(rng);
  const size = model.numParams;
  const opt = createOptimizer({ name: 'adam', learningRate: opts.learningRate, l2: 0 }, size);
  const grad = new Float64Array(size);
  const idx = new Int32Array(batchSize);
  const losses = new Float64Array(maxSteps);
  const rows = y.length;
  let steps = 0;
  let loss = NaN;
  let converged = false;
  let cancelled = false;
  let diverged = false;
  let finished = maxSteps <= 0;
  return {
    get steps() {
      return steps;
    },
    get loss() {
      return loss;
    },
    advance(deadline) {
      while (!finished) {
        if (opts.isCancelled?.()) {
          cancelled = finished = true;
          break;
        }
        const step = steps;
        for (let i = 0; i < batchSize; i++) idx[i] = rng.int(rows);
        grad.fill(0);
        loss = model.lossAndGrad(theta, x, y, idx, grad);
        for (const f of model.frozen) grad[f] = 0;
        // Adam moves a parameter with zero gradient by zero (m = 0): frozen ones stay exact.
        opt.step(theta, grad);
        losses[step] = loss;
        steps = step + 1;
        opts.onProgress?.(step, loss);
        if (Number.isNaN(loss)) diverged = finished = true;
        else if (hasConverged(losses, step, k)) converged = finished = true;
        else if (steps >= maxSteps) finished = true;
        if (!finished && performance.now() > deadline) break;
      }
      return finished;
    },
    result: () => ({ theta, steps, converged, cancelled, diverged }),
  };
}

/** Trains model on rows x (scaled) with labels y from parameters drawn with rng, to the end. */
export function trainVariational(
  model: VariationalModel,
  x: Float64Array,
  y: Int8Array,
  rng: Rng,
  opts: TrainOptions,
): TrainResult {
  const t = startTraining(model, x, y, rng, opts);
  t.advance(Infinity);
  return t.result();
}

/**
 * A variational model of the benchmark: its id in the schema's model list (which holds its
 * hyper-parameter grid and defaults) and how to build it.
 */
export interface VariationalModelDef {
  id: BenchmarkModelId;
  /** The model for d features with these hyper-parameters (all present). */
  create(d: number, hyper: Record<string, number>): VariationalModel;
}

export interface FitOptions {
  maxSteps?: number;
  convergenceInterval?: number;
  onProgress?: (step: number, loss: number) => void;
  isCancelled?: () => boolean;
}

export type VariationalScore = CellScore & { steps: number; converged: boolean };

const HALF_PI = Math.PI / 2;

/** A cell's fit under way: advance it a slice at a time until it gives its score. */
export interface VariationalFit {
  /** Trains until done or `deadline` (performance.now()); the score when done, else null. */
  advance(deadline: number): VariationalScore | null;
  readonly steps: number;
  readonly loss: number;
}

/**
 * Starts fitting one cell: scales inputs to [−π/2, π/2] by the train rows (the study's scaler),
 * trains with the hyper-parameters (missing ones take the defaults; `learningRate` among them),
 * and scores once training ends.
 */
export function startVariationalFit(
  def: VariationalModelDef,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  opts: FitOptions = {},
): VariationalFit {
  const h = { ...defaultHyper(benchmarkModel(def.id)!), ...hyper };
  const scaler = fitMinMax(data.xTrain, data.d, -HALF_PI, HALF_PI);
  const xTrain = scaler.apply(data.xTrain);
  const xTest = scaler.apply(data.xTest);
  const model = def.create(data.d, h);
  const training = startTraining(model, xTrain, data.yTrain, createRng(seed), {
    learningRate: h.learningRate!,
    ...opts,
  });
  const score = (): VariationalScore => {
    const run = training.result();
    const note = run.cancelled
      ? 'Training was stopped before it converged.'
      : run.diverged
        ? 'The loss became NaN; training stopped.'
        : run.converged
          ? undefined
          : `The loss had not converged after ${run.steps} steps.`;
    return {
      trainAccuracy: accuracy(model.predict(run.theta, xTrain, data.yTrain.length), data.yTrain),
      testAccuracy: accuracy(model.predict(run.theta, xTest, data.yTest.length), data.yTest),
      steps: run.steps,
      converged: run.converged,
      ...(note ? { note } : {}),
    };
  };
  return {
    advance: (deadline) => (training.advance(deadline) ? score() : null),
    get steps() {
      return training.steps;
    },
    get loss() {
      return training.loss;
    },
  };
}

/** Fits one cell to the end (startVariationalFit, advanced without a deadline). */
export function fitVariational(
  def: VariationalModelDef,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  opts: FitOptions = {},
): VariationalScore {
  return startVariationalFit(def, data, hyper, seed, opts).advance(Infinity)!;
}
