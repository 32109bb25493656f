// The optimisation task's speed: one QAOA layer (cost + X mixer) at 20 qubits as a multiple of one
// read+write pass over the state, the adjoint gradient against a forward run, and the classical
// solvers on the same problem.

import { performance } from 'node:perf_hooks';
import type { MaxCutProblem } from '../src/experiment/types';
import { createRng } from '../workers/sim';
import { dense1 } from '../workers/sim/kernels';
import { allocAmplitudes } from '../workers/sim/simd';
import { createCostPhase } from '../workers/tasks/qaoa/costPhase';
import { costVector, maxCoefficient } from '../workers/tasks/qaoa/ising';
import { xMixer } from '../workers/tasks/qaoa/mixers';
import { buildProblem } from '../workers/tasks/qaoa/problems';
import { createQaoa } from '../workers/tasks/qaoa/qaoa';
import { bruteForce, greedyLocalSearch, simulatedAnnealing } from '../workers/tasks/qaoa/solvers';

const best = (runs: number, f: () => void): number => {
  let t = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    t = Math.min(t, performance.now() - t0);
  }
  return t;
};

export interface QaoaBench {
  /** One layer (cost + mixer) at 20 qubits in passes over the state. */
  layerVsPass: number;
  /** The same layer with RX gates (complex) instead of RY in the S-rotated frame. */
  rxLayerVsPass: number;
  /** The cost layer alone, and the mixer alone, in passes. */
  costVsPass: number;
  mixerVsPass: number;
  /** Adjoint gradient of depth 2 against a forward run of depth 2. */
  adjointVsForward: number;
  /** Milliseconds: the cost vector, brute force, annealing (1,000 sweeps × 10), greedy (10). */
  costVectorMs: number;
  bruteForceMs: number;
  annealingMs: number;
  greedyMs: number;
}

export function qaoaBench(): QaoaBench {
  const n = 20;
  const p: MaxCutProblem = { kind: 'maxcut', graph: 'regular3', nodes: n, seed: 1, weighted: false, probability: 0.5 }; // prettier-ignore
  const { ising } = buildProblem(p);
  let costs: Float64Array = new Float64Array(0);
  const costVectorMs = best(3, () => (costs = costVector(ising)));
  const scale = maxCoefficient(ising);
  const [a] = allocAmplitudes(n) as [Float64Array];
  const copy = new Float64Array(a.length);
  const phase = createCostPhase(costs, scale);
  const mixer = xMixer(n);
  mixer.start(a);
  const runs = 10;
  const pass = best(runs, () => copy.set(a));
  const cost = best(runs, () => phase.apply(a, 0.3));
  const mix = best(runs, () => mixer.apply(a, 0.2));
  const layer = best(runs, () => {
    phase.apply(a, 0.3);
    mixer.apply(a, 0.2);
  });
  // The same layer in the plain frame: the cost pass, then RX(2β) (complex) on each qubit.
  const rx = Float64Array.of(Math.cos(0.2), 0, 0, -Math.sin(0.2), 0, -Math.sin(0.2), Math.cos(0.2), 0); // prettier-ignore
  const rxLayer = best(runs, () => {
    phase.apply(a, 0.3);
    for (let q = 0; q < n; q++) dense1(a, q, rx, 0, 0, 0);
  });
  const qaoa = createQaoa({ n, costs, ising, scale, mixer: 'x', budget: null });
  const theta = Float64Array.of(0.3, 0.5, 0.4, 0.2);
  const grad = new Float64Array(4);
  const fwd = best(5, () => qaoa.expectation(theta, 2));
  const adj = best(5, () => qaoa.gradient(theta, 2, grad));
  return {
    layerVsPass: layer / pass,
    rxLayerVsPass: rxLayer / pass,
    costVsPass: cost / pass,
    mixerVsPass: mix / pass,
    adjointVsForward: adj / fwd,
    costVectorMs,
    bruteForceMs: best(3, () => bruteForce(costs)),
    annealingMs: best(1, () => simulatedAnnealing(ising, { sweeps: 1000, restarts: 10, rng: createRng(1) })), // prettier-ignore
    greedyMs: best(1, () => greedyLocalSearch(ising, { restarts: 10, rng: createRng(1) })),
  };
}
