// The matrix-multiplication task's worker session: the subroutine run exactly once on the state
// vector (workers/matmul), then one round of seeded shots a step, from which |AB| is estimated.

import type { ExperimentOf } from '../../../src/experiment/types';
import { blockEncodeB } from '../../matmul/blockEncoding';
import { unitarityError } from '../../matmul/dense';
import {
  estimateMagnitudes,
  expectedRelativeError,
  outcomeProbabilities,
  relativeError,
  runMatmul,
  shotsFor,
} from '../../matmul/subroutine';
import type { MatmulInfo, MatmulReport, Picture } from '../../protocol';
import { createRng } from '../../sim/rng';
import { sampleCounts } from '../../sim/sampling';
import type { TaskRunner, TaskSession } from '../taskRunner';

type MatmulExperiment = ExperimentOf<'matmul'>;

/** Relative errors the page quotes the needed shots for. */
export const TARGETS = [0.1, 0.01];

/** Shots of round r (0-based) when `total` shots are split over `rounds`: they add up to total. */
const roundShots = (total: number, rounds: number, r: number): number =>
  Math.floor(((r + 1) * total) / rounds) - Math.floor((r * total) / rounds);

function createMatmulSession(e: MatmulExperiment): TaskSession {
  const { size: n, a, b } = e.matrices;
  const exact = runMatmul(a, b, n);
  const total = e.training.shots;
  const rounds = total > 0 ? e.training.epochs : 0;
  const info: MatmulInfo = {
    task: 'matmul',
    n,
    qubits: exact.qubits,
    a: [...a],
    b: [...b],
    product: Array.from(exact.product),
    normA: exact.normA,
    normB: exact.normB,
    amplitudes: Array.from(exact.amplitudes),
    expected: Array.from(exact.expected),
    success: exact.success,
    unitarityError: unitarityError(blockEncodeB(b, n), n * n),
    shots: total,
    rounds,
    expectedError: expectedRelativeError(exact.expected, total),
    shotsFor: TARGETS.map((target) => ({ target, shots: shotsFor(exact.expected, target) })),
  };
  const probs = outcomeProbabilities(exact.state);
  const counts = new Int32Array(probs.length);
  const round = new Int32Array(probs.length);
  const rng = createRng(e.training.seed);
  let shots = 0;
  let done = 0;
  const passed = (): number => {
    let s = 0;
    for (let i = 0; i < n; i++) for (let l = 0; l < n; l++) s += counts[i * n * n + l]!;
    return s;
  };
  const report = (): MatmulReport => ({ epoch: done, matmul: { shots, passed: passed() } });
  return {
    info,
    get epoch() {
      return done;
    },
    measure: report,
    step() {
      if (done >= rounds) return report();
      const k = roundShots(total, rounds, done);
      if (k > 0) {
        sampleCounts(probs, k, rng, round);
        for (let s = 0; s < counts.length; s++) counts[s] = counts[s]! + round[s]!;
        shots += k;
      }
      done++;
      return report();
    },
    pictures(): Picture[] {
      // Also before any shot (all zeros, no error yet), so the page knows the run is fresh.
      const est = estimateMagnitudes(counts, shots, n, exact.normA, exact.normB);
      const estimate = {
        epoch: done,
        shots,
        passed: passed(),
        magnitudes: Array.from(est),
        error: shots > 0 ? relativeError(est, exact.product) : null,
        expectedError: expectedRelativeError(exact.expected, shots),
      };
      return [{ kind: 'matmulEstimate', estimate }];
    },
    weights: () => ({ quantum: [], classical: [] }),
    setWeights(w) {
      if (w.quantum.length > 0 || w.classical.length > 0)
        throw new Error('The matrix-multiplication task keeps no trained parameters.');
    },
    circuit: { qubits: exact.qubits, ops: [] },
    params: () => new Float64Array(0),
    dispose() {},
  };
}

export const matmulRunner: TaskRunner<'matmul'> = {
  prepare: () => Promise.resolve(),
  create: createMatmulSession,
};
