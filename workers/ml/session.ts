// A training session: one experiment's data, quantum model and classical baseline, trained
// epoch by epoch on the same split, interleaved, with metrics and decision boundaries.

import { isNoisyExperiment } from '../../src/experiment/noise';
import { modelCircuit } from '../../src/experiment/tasks/classify/modelKinds';
import { schemaOf } from '../../src/experiment/tasks/registry';
import type { ClassifyExperiment as Experiment } from '../../src/experiment/types';
import type { Boundaries, EpochReport, ModelMetrics } from '../protocol';
import { createRng, type Circuit, type GradientMethod, type Rng } from '../sim';
import { mlpFactory } from './baseline/engines';
import { matchHidden } from './baseline/size';
import type { Classifier } from './classifier';
import { concatDatasets, generateDataset, splitDataset, type Dataset } from './data';
import { IDEAL_NOISE, noiseModelOf } from '../sim/noise/noiseModel';
import { createNoisyClassifier, type QuantumModel } from './noisyClassifier';
import { createQuantumClassifier } from './quantumClassifier';
import { fitPlane, fromPlane, tableDatasets, type Plane } from './tableData';

export type { Boundaries, EpochReport, ModelMetrics };

export interface SessionInfo {
  classes: number;
  /** The quantum model's circuit (without the noise channels placed in it, which travel apart). */
  circuit: Circuit;
  train: Dataset;
  test: Dataset;
  quantumParams: number;
  classicalParams: number;
  classicalHidden: number[];
  /** Features per point (2 for the 2-D sets). */
  features: number;
  /** For tabular data: the plane the pictures show (grids and points map through it); else null. */
  plane: Plane | null;
}

export interface Session {
  readonly info: SessionInfo;
  readonly epoch: number;
  /** The quantum model as it runs: under the experiment's noise and channels when it has some. */
  readonly quantum: QuantumModel;
  readonly classical: Classifier;
  /** Metrics of the models as they are (epoch 0 before any training); `ideal` with noise. */
  measure(): EpochReport;
  /** Trains both models (and the ideal twin, with noise) one epoch and reports. */
  step(): EpochReport;
  boundaries(resolution: number): Boundaries;
  /** Bloch vectors of qubit 0 for the test points (one-qubit picture of the classes). */
  bloch(): Float64Array;
  dispose(): void;
}

/** Grid points (x1, x2) of a res × res image over [−1, 1]², row-major from the top-left. */
export function gridPoints(res: number): Float64Array {
  const pts = new Float64Array(2 * res * res);
  for (let r = 0; r < res; r++)
    for (let c = 0; c < res; c++) {
      const i = r * res + c;
      pts[2 * i] = -1 + (2 * (c + 0.5)) / res;
      pts[2 * i + 1] = 1 - (2 * (r + 0.5)) / res;
    }
  return pts;
}

function buildData(exp: Experiment): { train: Dataset; test: Dataset } {
  const d = exp.data;
  if (d.table) return tableDatasets(d.table, d.seed);
  let all = generateDataset({ name: d.set, points: d.points, noise: d.noise, seed: d.seed });
  if (d.custom.length > 0) {
    const custom: Dataset = {
      x: Float64Array.from(d.custom.flatMap((p) => [p.x1, p.x2])),
      y: Int32Array.from(d.custom.map((p) => p.label)),
      classes: all.classes,
    };
    all = concatDatasets(all, custom);
  }
  return splitDataset(all, d.trainRatio, d.seed);
}

function gradientMethod(exp: Experiment, rng: Rng): GradientMethod {
  const t = exp.training;
  if (t.gradient === 'adjoint') return { kind: 'adjoint' };
  return t.shots > 0 ? { kind: 'shift', shots: t.shots, rng } : { kind: 'shift' };
}

/** The classical model of a session and how it trains: one call of `epoch()` per session step. */
export interface ClassicalRun {
  readonly model: Classifier;
  /** One epoch over the training set with the experiment's batch size and this run's generator. */
  epoch(train: Dataset): void;
}

/**
 * The MLP a session with these hidden widths trains, from the same seeded stream, optimiser and
 * batch size as the session's own; so a search over widths (workers/tasks/classify) trains each
 * candidate exactly as the page would. The engine must be loaded (loadMlpEngine).
 */
export function createClassicalRun(
  exp: Experiment,
  hidden: number[],
  classes: number,
  inputs = 2,
): ClassicalRun {
  const t = exp.training;
  const opt = { name: t.optimizer, learningRate: t.learningRate, l2: t.l2 };
  // Its own stream, so changing the quantum model's settings never changes the MLP's randomness.
  const rng = createRng(t.seed + 0x9e3779b9);
  const createMlp = mlpFactory(exp.baseline.engine);
  const spec = { hidden, activation: exp.baseline.activation, classes, inputs };
  const model = createMlp(spec, opt, rng);
  return {
    model,
    epoch(train) {
      model.trainEpoch(train, t.batchSize, rng);
    },
  };
}

/**
 * Builds a session. Throws an Error a student can read. The classical engine must be loaded first
 * (loadMlpEngine in baseline/engines.ts).
 */
export function createSession(exp: Experiment): Session {
  const { train, test } = buildData(exp);
  const classes = train.classes;
  const features = train.d ?? 2;
  const plane = exp.data.table ? fitPlane(train, test) : null;
  const t = exp.training;
  const opt = { name: t.optimizer, learningRate: t.learningRate, l2: t.l2 };
  // Independent streams (the classical one in createClassicalRun), so changing one model's
  // settings never changes the other's randomness.
  const qRng = createRng(t.seed);
  const shotSeed = t.seed + 0x7f4a7c15;
  const shotRng = createRng(shotSeed);
  const m = exp.model;
  const readout = classes > 4 && m.readout === 'fidelity' ? 'cross-entropy' : m.readout;
  const { circuit, channels } = modelCircuit(m, features);
  const spec = { circuit, readout, classes, features };
  // A noisy experiment (noise settings, channels placed in the circuit, or both) runs on the
  // density simulator with both applied; channels alone run there under no other noise. It
  // refuses more than 12 qubits with a message for the student (SimError): the load's error.
  const noise = isNoisyExperiment(exp, schemaOf('classify').circuit(exp))
    ? (noiseModelOf(exp.noise) ?? IDEAL_NOISE)
    : null;
  const quantum: QuantumModel = noise
    ? createNoisyClassifier(spec, opt, gradientMethod(exp, shotRng), qRng, noise, channels)
    : createQuantumClassifier(spec, opt, gradientMethod(exp, shotRng), qRng);
  // The ideal twin: the same circuit without its channels on the ideal simulator, from streams
  // seeded as the noisy model's, so it starts from the same parameters, shuffles the same batches
  // and reports what an ideal session would. It is not in the link's weights: a link restores the
  // noisy model, and the twin starts again from the initial parameters.
  const twinRng = createRng(t.seed);
  const twin = noise
    ? createQuantumClassifier(spec, opt, gradientMethod(exp, createRng(shotSeed)), twinRng)
    : null;
  const size = exp.baseline.size;
  const hidden = size === 'match' ? matchHidden(quantum.numParams, features, classes) : size.hidden;
  const classicalRun = createClassicalRun(exp, hidden, classes, features);
  const classical = classicalRun.model;
  let epoch = 0;
  let qMs = 0;
  let cMs = 0;

  const metrics = (model: Classifier, ms: number): ModelMetrics => {
    const tr = model.evaluate(train);
    const te = model.evaluate(test);
    return {
      trainLoss: tr.loss,
      trainAccuracy: tr.accuracy,
      testLoss: te.loss,
      testAccuracy: te.accuracy,
      ms,
    };
  };
  let twinMs = 0;
  const measure = (): EpochReport => {
    const report: EpochReport = {
      epoch,
      quantum: metrics(quantum, qMs),
      classical: metrics(classical, cMs),
    };
    if (twin) report.ideal = metrics(twin, twinMs);
    return report;
  };
  const grids = new Map<number, Float64Array>();

  return {
    info: {
      classes,
      circuit,
      train,
      test,
      quantumParams: quantum.numParams,
      classicalParams: classical.numParams,
      classicalHidden: hidden,
      features,
      plane,
    },
    get epoch() {
      return epoch;
    },
    quantum,
    classical,
    measure,
    step() {
      let t0 = performance.now();
      quantum.trainEpoch(train, t.batchSize, qRng);
      qMs = performance.now() - t0;
      if (twin) {
        t0 = performance.now();
        twin.trainEpoch(train, t.batchSize, twinRng);
        twinMs = performance.now() - t0;
      }
      t0 = performance.now();
      classicalRun.epoch(train);
      cMs = performance.now() - t0;
      epoch++;
      return measure();
    },
    boundaries(resolution) {
      // A table's grid is the square laid on its principal plane, in d dimensions.
      let pts = grids.get(resolution);
      if (!pts) {
        pts = gridPoints(resolution);
        if (plane) pts = fromPlane(plane, pts);
        grids.set(resolution, pts);
      }
      const n = resolution * resolution * classes;
      const q = new Float64Array(n);
      const c = new Float64Array(n);
      quantum.predict(pts, q);
      classical.predict(pts, c);
      return {
        epoch,
        resolution,
        classes,
        quantum: Float32Array.from(q),
        classical: Float32Array.from(c),
      };
    },
    bloch() {
      const out = new Float64Array(3 * test.y.length);
      quantum.finalBloch(test.x, out);
      return out;
    },
    dispose() {
      classical.dispose();
    },
  };
}
