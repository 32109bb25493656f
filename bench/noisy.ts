// Noisy training: epochs per second of the default classifier's quantum model (re-uploading,
// 1 qubit × 3 layers, fidelity readout, 100 training points) on the density simulator under a
// superconducting chip's noise, against the same model on the ideal simulator.

import { performance } from 'node:perf_hooks';
import { defaultExperiment } from '../src/experiment/defaults';
import type { NoiseSettings } from '../src/experiment/noise';
import { createSession } from '../workers/ml/session';
import { createRng } from '../workers/sim';

/** Typical figures of today's superconducting chips (the "Today's superconducting chip" preset). */
const CHIP: NoiseSettings = {
  p1: 5.25e-4,
  p2: 4.125e-3,
  gamma: 7.35e-4,
  lambda: 3.9e-4,
  p01: 0.0077,
  p10: 0.0077,
};

export interface NoisyClassifierBench {
  /** One epoch of training plus evaluation on both splits, under the chip's noise: best of 3. */
  noisyEpochsPerS: number;
  /** The same on the ideal simulator (batched adjoint): best of 3. */
  idealEpochsPerS: number;
}

/** Epochs per second of the quantum model alone, over about `ms`, after a few warm-up epochs. */
function rate(noise: NoiseSettings | undefined, ms: number): number {
  const exp = defaultExperiment();
  exp.training.epochs = 1_000_000;
  exp.baseline.engine = 'arrays';
  if (noise) (exp as { noise?: NoiseSettings }).noise = noise;
  const s = createSession(exp);
  const rng = createRng(2);
  const { train, test } = s.info;
  const epoch = (): void => {
    s.quantum.trainEpoch(train, exp.training.batchSize, rng);
    s.quantum.evaluate(train);
    s.quantum.evaluate(test);
  };
  for (let i = 0; i < 3; i++) epoch();
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < ms) {
    epoch();
    n++;
  }
  const r = (n * 1000) / (performance.now() - t0);
  s.dispose();
  return r;
}

/** Three interleaved runs of each, so that both see the same machine; the best of each. */
export function noisyClassifierBench(ms = 1000): NoisyClassifierBench {
  let noisy = 0;
  let ideal = 0;
  for (let r = 0; r < 3; r++) {
    noisy = Math.max(noisy, rate(CHIP, ms));
    ideal = Math.max(ideal, rate(undefined, ms / 2));
  }
  return { noisyEpochsPerS: noisy, idealEpochsPerS: ideal };
}
