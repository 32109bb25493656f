// A forecasting session: the series cut into windows (split in time order), the quantum recurrent
// network and the classical recurrent network trained on the same windows with the same optimiser,
// batches and epochs; per epoch both models' mean squared errors, and their forecasts to draw.
// Under noise the QRNN runs on a density matrix and its ideal twin trains beside it.

import type { SequenceExperiment } from '../../../src/experiment/types';
import { parseSeriesCsv } from '../../../src/experiment/tasks/sequence/seriesCsv';
import { SERIES_CHOICES } from '../../../src/experiment/tasks/sequence/types';
import { hiddenForParams, rnnParamCount } from '../../../src/experiment/tasks/sequence/rnnSize';
import type { Forecast, SequenceInfo, SequenceMetrics, SequenceReport } from '../../protocol';
import { createRng } from '../../sim';
import { noiseModelOf } from '../../sim/noise/noiseModel';
import { createOptimizer } from '../optim';
import { createPairClock } from '../pairClock';
import { createQuantumForecaster, type QuantumForecaster } from './quantumModel';
import { rnnFactory } from './rnnEngine';
import type { SequenceNet } from './rnnTfjs';
import { generateSeries, makeWindows, mse, persistenceMse, unscale, type Windows } from './series';

export interface SequenceSession {
  readonly info: SequenceInfo;
  readonly epoch: number;
  /** The quantum model as it runs: under the experiment's noise when it simulates it. */
  readonly quantum: QuantumForecaster;
  /** Under noise, the same model on the ideal simulator (same start, batches and optimiser). */
  readonly ideal: QuantumForecaster | null;
  readonly classical: SequenceNet;
  measure(): SequenceReport;
  step(): SequenceReport;
  forecast(): Forecast;
  dispose(): void;
}

/** The series the experiment names, in its own units, and what to call it. */
export function seriesOf(e: SequenceExperiment): { values: Float64Array; name: string } {
  const d = e.data;
  if (d.series === 'custom') {
    const read = parseSeriesCsv(d.csv ?? '', d.column);
    return { values: read.values, name: read.column };
  }
  const label = SERIES_CHOICES.find((c) => c.value === d.series)?.label ?? d.series;
  return { values: generateSeries(d.series, d.length, d.noise, d.seed), name: label };
}

/** The classical cell's hidden units: the user's, or the size closest to the quantum model's. */
export function classicalHidden(e: SequenceExperiment, quantumParams: number): number {
  const b = e.baseline;
  return b.size === 'match' ? hiddenForParams(b.kind, quantumParams, e.data.window) : b.size.hidden;
}

export function createSequenceSession(e: SequenceExperiment): SequenceSession {
  const t = e.training;
  if (t.gradient !== 'adjoint')
    throw new Error(
      'The quantum sequence models train with exact (adjoint) gradients; parameter shift is not built for them yet. Choose "Exact (adjoint)" under Quantum gradients.',
    );
  const { values, name } = seriesOf(e);
  const w: Windows = makeWindows(values, e.data.window, e.data.horizon, e.data.trainRatio);
  const noise = noiseModelOf(e.noise);
  const quantum = createQuantumForecaster(e.model, w.window, createRng(t.seed), noise);
  const qRng = createRng(t.seed + 0x7f4a7c15);
  const optSpec = { name: t.optimizer, learningRate: t.learningRate, l2: t.l2 };
  const qOpt = createOptimizer(optSpec, quantum.numParams);
  // The ideal twin, from streams seeded as the noisy model's: the same start and batches, so the
  // gap between them is the noise's. Not in the link's weights (a link restores the noisy model).
  const ideal = quantum.noisy ? createQuantumForecaster(e.model, w.window, createRng(t.seed)) : null; // prettier-ignore
  const iRng = createRng(t.seed + 0x7f4a7c15);
  const iOpt = createOptimizer(optSpec, quantum.numParams);
  let idealMs = 0;
  const hidden = classicalHidden(e, quantum.numParams);
  const cRng = createRng(t.seed + 0x9e3779b9);
  const classical = rnnFactory()({ cell: e.baseline.kind, hidden, window: w.window }, optSpec, cRng); // prettier-ignore
  const n = w.count;
  const trainInputs = w.inputs.subarray(0, w.trainCount * w.window);
  const trainTargets = w.targets.subarray(0, w.trainCount);
  const clock = createPairClock();

  const metrics = (pred: ArrayLike<number>, ms: number): SequenceMetrics => ({
    trainLoss: mse(pred, w.targets, 0, w.trainCount),
    testLoss: mse(pred, w.targets, w.trainCount, n),
    ms,
  });
  const measure = (): SequenceReport => {
    const forecast: SequenceReport['forecast'] = {
      quantum: metrics(quantum.predict(w.inputs, n), clock.quantumMs),
      classical: metrics(classical.predict(w.inputs, n), clock.classicalMs),
    };
    if (ideal) forecast.ideal = metrics(ideal.predict(w.inputs, n), idealMs);
    return { epoch: clock.epoch, forecast };
  };
  const unscaled = (pred: Float64Array): Float64Array => pred.map((v) => unscale(v, w.scale));

  const info: SequenceInfo = {
    task: 'sequence',
    quantumKind: e.model.kind,
    circuit: quantum.circuit,
    qubits: quantum.qubits,
    quantumParams: quantum.numParams,
    classicalParams: rnnParamCount(e.baseline.kind, hidden, w.window),
    classicalKind: e.baseline.kind,
    classicalHidden: hidden,
    seriesName: name,
    series: values,
    window: w.window,
    horizon: w.horizon,
    targetIndex: w.targetIndex,
    trainCount: w.trainCount,
    scale: w.scale,
    persistence: { train: persistenceMse(w, 0, w.trainCount), test: persistenceMse(w, w.trainCount, n) }, // prettier-ignore
  };

  return {
    info,
    get epoch() {
      return clock.epoch;
    },
    quantum,
    ideal,
    classical,
    measure,
    step() {
      clock.step(
        () => quantum.trainEpoch(trainInputs, trainTargets, w.trainCount, t.batchSize, qOpt, qRng),
        () => classical.trainEpoch(trainInputs, trainTargets, w.trainCount, t.batchSize, cRng),
      );
      if (ideal) {
        const t0 = performance.now();
        ideal.trainEpoch(trainInputs, trainTargets, w.trainCount, t.batchSize, iOpt, iRng);
        idealMs = performance.now() - t0;
      }
      return measure();
    },
    forecast: () => ({
      epoch: clock.epoch,
      quantum: unscaled(quantum.predict(w.inputs, n)),
      classical: unscaled(classical.predict(w.inputs, n)),
    }),
    dispose: () => classical.dispose(),
  };
}
