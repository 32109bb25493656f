// Flagship throughput: epochs per second of the default experiment (quantum + classical, both
// trained and evaluated every epoch, as the worker does), with either engine of the classical
// MLP, and the classical model alone in each engine.

import { defaultExperiment } from '../src/experiment/defaults';
import type { BaselineEngine } from '../src/experiment/types';
import { loadMlpEngine } from '../workers/ml/baseline/engines';
import { createSession, type Session } from '../workers/ml/session';
import { createRng } from '../workers/sim';

/** How many times a second `fn` runs, over about `ms` after a few warm-up runs. */
function perSecond(fn: () => void, ms: number): number {
  for (let i = 0; i < 5; i++) fn();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    fn();
    n++;
  }
  return (n * 1000) / (performance.now() - t0);
}

/**
 * How many times a second `epoch(session)` runs on a session of the default experiment with
 * `points` data points and the given classical engine.
 */
async function sessionRate(
  points: number,
  engine: BaselineEngine,
  ms: number,
  epoch: (s: Session) => void,
): Promise<number> {
  const exp = defaultExperiment();
  exp.data.points = points;
  exp.training.epochs = 1_000_000;
  exp.baseline.engine = engine;
  await loadMlpEngine(engine);
  const s = createSession(exp);
  const rate = perSecond(() => epoch(s), ms);
  s.dispose();
  return rate;
}

/** Epochs per second of the whole session (both models, train + evaluate), over about `ms`. */
export function flagshipEpochsPerSecond(
  points: number,
  engine: BaselineEngine,
  ms = 2000,
): Promise<number> {
  return sessionRate(points, engine, ms, (s) => s.step());
}

/** The classical model alone: one training epoch plus evaluation on both splits. */
export function classicalEpochsPerSecond(
  points: number,
  engine: BaselineEngine,
  ms = 1500,
): Promise<number> {
  const rng = createRng(1);
  const batch = defaultExperiment().training.batchSize;
  return sessionRate(points, engine, ms, (s) => {
    s.classical.trainEpoch(s.info.train, batch, rng);
    s.classical.evaluate(s.info.train);
    s.classical.evaluate(s.info.test);
  });
}

/**
 * The quantum model alone, as the session trains it: one epoch of training plus evaluation on
 * both splits, for a re-uploading model of the given size with the cross-entropy readout on the
 * default data (200 points, half for training, batch 8).
 */
export function quantumEpochsPerSecond(qubits: number, layers: number, ms = 2000): number {
  const exp = defaultExperiment();
  exp.model = { kind: 'reuploading', qubits, layers, entangler: 'cz', readout: 'cross-entropy' };
  exp.training.epochs = 1_000_000;
  exp.baseline.engine = 'arrays';
  const s = createSession(exp);
  const rng = createRng(2);
  const { train, test } = s.info;
  const rate = perSecond(() => {
    s.quantum.trainEpoch(train, exp.training.batchSize, rng);
    s.quantum.evaluate(train);
    s.quantum.evaluate(test);
  }, ms);
  s.dispose();
  return rate;
}
