// QAOA as a task session: the problem's cost of every bitstring is computed once; the classical
// solvers (brute force, simulated annealing, greedy search) run when the session starts; each
// step is one optimiser step on (γ, β) with the exact adjoint gradient or the shot-based shift
// rule; layer-by-layer growth optimises depth 1, then starts depth 2 from it, and so on.

import type { QaoaExperiment } from '../../../src/experiment/types';
import { createOptimizer } from '../../ml/optim';
import type { QaoaInfo, QaoaReport, SolverResult } from '../../protocol';
import { createRng, type Rng } from '../../sim';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { qaoaCircuit } from './circuitOf';
import { costVector, maxCoefficient } from './ising';
import { LANDSCAPE_AT_START_QUBITS, copyLandscape, emptyLandscape, fillRow } from './landscape';
import type { Problem } from './model';
import { buildProblem } from './problems';
import { createQaoa, probabilitiesOf } from './qaoa';
import { measureSamples, scoreOf, solutionOf } from './samples';
import { bruteForce, greedyLocalSearch, simulatedAnnealing } from './solvers';

/**
 * Starting angles of depth p. The ramp follows a slow anneal from the mixer's ground state to the
 * cost's: γ_l rises and |β_l| falls linearly; β is negative because the start |+…+⟩ is the ground
 * state of −ΣX (with exp(−iβΣX), annealing steps have β < 0). Random: γ in [0, 1], β in [−1, 0].
 */
export function startAngles(p: number, init: 'ramp' | 'random', rng: Rng): Float64Array {
  const t = new Float64Array(2 * p);
  for (let l = 0; l < p; l++) {
    const f = (l + 0.5) / p;
    t[l] = init === 'ramp' ? RAMP * f : rng.next();
    t[p + l] = init === 'ramp' ? -RAMP * (1 - f) : -rng.next();
  }
  return t;
}

/** θ of depth p grown to depth p + 1: the new layer starts at γ = β = 0 (the same state). */
export function grow(theta: Float64Array, p: number): Float64Array {
  const t = new Float64Array(2 * (p + 1));
  t.set(theta.subarray(0, p), 0);
  t.set(theta.subarray(p, 2 * p), p + 1);
  return t;
}

/** The ramp's largest angle (the cost is scaled so that its largest coefficient is 1). */
const RAMP = 0.8;

const yieldToEvents = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function solverResult(
  problem: Problem,
  costs: Float64Array,
  r: { bits: number; ms: number; settings: string },
): SolverResult {
  // prettier-ignore
  return { ...solutionOf(problem, costs, r.bits), ms: r.ms, settings: r.settings };
}

function createQaoaSession(e: QaoaExperiment): TaskSession {
  const problem = buildProblem(e.problem);
  const { ising } = problem;
  const n = ising.n;
  const costs = costVector(ising);
  const scale = maxCoefficient(ising);
  const seed = e.training.seed;
  const brute = bruteForce(costs);
  const annealing = simulatedAnnealing(ising, { ...e.solvers, rng: createRng(seed + 0x51ed) });
  const greedy = greedyLocalSearch(ising, { restarts: e.solvers.restarts, rng: createRng(seed + 0x6ee0) }); // prettier-ignore
  const mixer = e.qaoa.mixer;
  const qaoa = createQaoa({ n, costs, ising, scale, mixer, budget: problem.budget });
  const finalDepth = e.qaoa.depth;
  const stage = Math.max(1, Math.ceil(e.training.epochs / finalDepth));
  let depth = e.qaoa.growth ? 1 : finalDepth;
  let theta = startAngles(depth, e.qaoa.init, createRng(seed));
  const opt = { name: e.training.optimizer, learningRate: e.training.learningRate, l2: 0 };
  let optimizer = createOptimizer(opt, 2 * depth);
  const shotRng = createRng(seed + 0x7f4a7c15);
  let epoch = 0;
  let ms = 0;
  const optE = brute.energy;
  const worstE = brute.worst;
  const tol = 1e-9 * (1 + Math.abs(optE));
  const optimal: number[] = [];
  for (let k = 0; k < costs.length && optimal.length < 1 << 16; k++) if (costs[k]! <= optE + tol) optimal.push(k); // prettier-ignore
  const probs = new Float64Array(1 << n);
  const score = (c: number): number => scoreOf(problem, c);

  /**
   * The engine's state as measure() left it, while nothing else has run since (then pictures need
   * no forward run of their own: at 20 qubits that is most of their cost).
   */
  let current: Float64Array | null = null;
  const stateNow = (): Float64Array => current ?? qaoa.run(theta, depth);

  const measure = (): QaoaReport => {
    const a = qaoa.run(theta, depth);
    current = a;
    let ex = 0;
    for (let k = 0; k < costs.length; k++) ex += (a[2 * k]! ** 2 + a[2 * k + 1]! ** 2) * costs[k]!;
    let pOpt = 0;
    for (const k of optimal) pOpt += a[2 * k]! ** 2 + a[2 * k + 1]! ** 2;
    const ratio = worstE > optE ? (worstE - ex) / (worstE - optE) : 1;
    return { epoch, depth, expected: score(ex), ratio, pOptimal: pOpt, angles: Array.from(theta), ms }; // prettier-ignore
  };

  const landscape = emptyLandscape(n, mixer);
  if (n <= LANDSCAPE_AT_START_QUBITS) {
    for (let row = 0; row < landscape.resolution; row++) fillRow(landscape, row, qaoa, score);
    landscape.done = true;
  }

  const info: QaoaInfo = {
    task: 'qaoa',
    circuit: qaoaCircuit(ising, scale, mixer, theta, depth),
    qubits: n,
    numParams: 2 * finalDepth,
    depth: finalDepth,
    objective: problem.objective,
    objectiveName: problem.plainName,
    optimum: score(optE),
    worst: score(worstE),
    bruteForce: { ...solutionOf(problem, costs, brute.bits), ms: brute.ms, settings: `all ${(2 ** n).toLocaleString('en-US')} bitstrings` }, // prettier-ignore
    annealing: solverResult(problem, costs, annealing),
    greedy: solverResult(problem, costs, greedy),
    picture: problem.picture,
    penalty: problem.penalty,
    scale,
  };

  const grad = new Float64Array(2 * finalDepth);
  return {
    info,
    get epoch() {
      return epoch;
    },
    measure,
    step() {
      current = null;
      const t0 = performance.now();
      if (e.qaoa.growth && depth < finalDepth && epoch > 0 && epoch % stage === 0) {
        theta = grow(theta, depth);
        depth++;
        optimizer = createOptimizer(opt, 2 * depth);
      }
      const g = grad.subarray(0, 2 * depth);
      if (e.training.gradient === 'adjoint') qaoa.gradient(theta, depth, g);
      else qaoa.shiftGradient(theta, depth, g, e.training.shots, shotRng);
      optimizer.step(theta, g);
      ms = performance.now() - t0;
      epoch++;
      return measure();
    },
    pictures() {
      probabilitiesOf(stateNow(), probs);
      const samples = measureSamples(problem, costs, probs, optE, e.qaoa.samples, createRng(seed + epoch), epoch); // prettier-ignore
      const out: ReturnType<TaskSession['pictures']> = [{ kind: 'samples', samples }];
      if (landscape.done) out.push({ kind: 'landscape', landscape: copyLandscape(landscape) });
      return out;
    },
    weights: () => ({ quantum: Array.from(theta), classical: [] }),
    setWeights(w) {
      current = null;
      const p = w.quantum.length / 2;
      if (!Number.isInteger(p) || p < 1 || p > finalDepth || w.classical.length !== 0)
        throw new Error(`QAOA of depth ${finalDepth} has 2 angles per layer (at most ${2 * finalDepth}); the link holds ${w.quantum.length}.`); // prettier-ignore
      theta = Float64Array.from(w.quantum);
      depth = p;
      optimizer = createOptimizer(opt, 2 * depth);
    },
    circuit: info.circuit,
    params: () => theta.slice(),
    actions: {
      async landscape(_arg, progress) {
        current = null;
        for (let row = 0; row < landscape.resolution; row++) {
          if (!Number.isNaN(landscape.values[row * landscape.resolution]!)) continue;
          fillRow(landscape, row, qaoa, score);
          if (row === landscape.resolution - 1) landscape.done = true;
          progress({ kind: 'landscape', landscape: copyLandscape(landscape) });
          await yieldToEvents();
        }
        landscape.done = true;
        progress({ kind: 'landscape', landscape: copyLandscape(landscape) });
      },
    },
    dispose() {},
  };
}

export const qaoaRunner: TaskRunner<'qaoa'> = {
  prepare: async () => undefined,
  create: createQaoaSession,
};
