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

/** A session of the default experiment with `points` data points and the given engine. */
async function session(points: number, engine: BaselineEngine): Promise<Session> {
  const exp = defaultExperiment();
  exp.data.points = points;
  exp.training.epochs = 1_000_000;
  exp.baseline.engine = engine;
  await loadMlpEngine(engine);
  return createSession(exp);
}

/** Epochs per second of the whole session (both models, train + evaluate), over about `ms`. */
export async function flagshipEpochsPerSecond(
  points: number,
  engine: BaselineEngine,
  ms = 2000,
): Promise<number> {
  const s = await session(points, engine);
  const rate = perSecond(() => s.step(), ms);
  s.dispose();
  return rate;
}

/** The classical model alone: one training epoch plus evaluation on both splits. */
export async function classicalEpochsPerSecond(
  points: number,
  engine: BaselineEngine,
  ms = 1500,
): Promise<number> {
  const s = await session(points, engine);
  const { train, test } = s.info;
  const rng = createRng(1);
  const batch = defaultExperiment().training.batchSize;
  const rate = perSecond(() => {
    s.classical.trainEpoch(train, batch, rng);
    s.classical.evaluate(train);
    s.classical.evaluate(test);
  }, ms);
  s.dispose();
  return rate;
}
