// QAOA as a task session: the problem's cost of every bitstring is computed once; the classical
// solvers (brute force, simulated annealing, greedy search) run when the session starts; each
// step is one optimiser step on (γ, β) with the exact adjoint gradient or the shot-based shift
// rule; layer-by-layer growth optimises depth 1, then starts depth 2 from it, and so on. Under
// noise the circuit trains on the density matrix (noisyQaoa.ts) beside an ideal twin, and reports
// carry the zero-noise extrapolation as often as its share of the time allows (noisyTwin.ts), on
// the last iteration and whenever training stops; the classical solvers and the landscape stay
// ideal.

import type { QaoaExperiment } from '../../../src/experiment/types';
import type { QaoaInfo, QaoaReport, SolverResult } from '../../protocol';
import { createRng, type Rng } from '../../sim';
import type { NoiseModel } from '../../sim/noise/types';
import { createZnePacer, noiseModelOf, type ZnePacer } from '../noisyTwin';
import type { TaskRunner, TaskSession } from '../taskRunner';
import { createTrainer, optimizerSpec, SHOT_SEED_OFFSET, type Trainer } from '../trainer';
import { qaoaCircuit } from './circuitOf';
import { costVector, maxCoefficient } from './ising';
import { LANDSCAPE_AT_START_QUBITS, copyLandscape, emptyLandscape, fillRow } from './landscape';
import type { Problem } from './model';
import { createNoisyQaoa } from './noisyQaoa';
import { buildProblem } from './problems';
import { createQaoa, expectationOf, probabilitiesOf } from './qaoa';
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

/**
 * The session of `e`; `noise` null trains on the fast statevector kernels alone. A noise model
 * (even all zero, as the tests use) trains the circuit on the density matrix (noisyQaoa.ts) with
 * an ideal twin beside it: same start and optimiser, exact gradient, grown at the same steps.
 * `pacer` decides which iterations' reports carry the extrapolation (createZnePacer(1): all).
 */
export function createQaoaSession(
  e: QaoaExperiment,
  noise: NoiseModel | null = noiseModelOf(e),
  pacer: ZnePacer = createZnePacer(),
): TaskSession {
  const problem = buildProblem(e.problem);
  const { ising } = problem;
  const n = ising.n;
  const costs = costVector(ising);
  const scale = maxCoefficient(ising);
  const seed = e.training.seed;
  const mixer = e.qaoa.mixer;
  const finalDepth = e.qaoa.depth;
  const stage = Math.max(1, Math.ceil(e.training.epochs / finalDepth));
  let depth = e.qaoa.growth ? 1 : finalDepth;
  const start = startAngles(depth, e.qaoa.init, createRng(seed));
  // Built first: a problem too large for a density matrix is refused before anything else runs.
  const noisy = noise
    ? createNoisyQaoa({ ising, costs, scale, mixer, budget: problem.budget }, noise, e.training, start) // prettier-ignore
    : null;
  const brute = bruteForce(costs);
  const annealing = simulatedAnnealing(ising, { ...e.solvers, rng: createRng(seed + 0x51ed) });
  const greedy = greedyLocalSearch(ising, { restarts: e.solvers.restarts, rng: createRng(seed + 0x6ee0) }); // prettier-ignore
  const qaoa = createQaoa({ n, costs, ising, scale, mixer, budget: problem.budget });
  const shotRng = createRng(seed + SHOT_SEED_OFFSET);
  // Without noise, the model itself; with noise, its ideal twin (the exact gradient: the twin
  // shows what the noise costs, not what shots cost).
  const ideal = createTrainer(start, optimizerSpec(e.training), (theta, g) => {
    if (noisy || e.training.gradient === 'adjoint') qaoa.gradient(theta, depth, g);
    else qaoa.shiftGradient(theta, depth, g, e.training.shots, shotRng);
  });
  /** The model the student trains: its angles are saved, reported and measured. */
  const model = (): Trainer => noisy?.trainer ?? ideal;
  let epoch = 0;
  let ms = 0;
  const optE = brute.energy;
  const worstE = brute.worst;
  const tol = 1e-9 * (1 + Math.abs(optE));
  const optimal: number[] = [];
  for (let k = 0; k < costs.length && optimal.length < 1 << 16; k++) if (costs[k]! <= optE + tol) optimal.push(k); // prettier-ignore
  const probs = new Float64Array(1 << n);
  const score = (c: number): number => scoreOf(problem, c);
  /** (worst − ⟨C⟩)/(worst − optimum) in cost terms. */
  const ratioOf = (ex: number): number => (worstE > optE ? (worstE - ex) / (worstE - optE) : 1);
  const pOptimalOf = (p: Float64Array): number => {
    let s = 0;
    for (const k of optimal) s += p[k]!;
    return s;
  };

  /**
   * The engine's state as measure() left it, while nothing else has run since (then pictures need
   * no forward run of their own: at 20 qubits that is most of their cost).
   */
  let current: Float64Array | null = null;
  const stateNow = (): Float64Array => current ?? qaoa.run(ideal.theta, depth);
  /** Under noise, the noisy distribution report() found, while the angles have not moved since. */
  let noisyNow: Float64Array | null = null;
  /** Whether the last report carries all it can (under noise, the extrapolation). */
  let complete = true;

  /** The report of the models now, without the extrapolation (`ahead`: noisyQaoa's measure). */
  const report = (ahead: boolean): QaoaReport => {
    const a = qaoa.run(ideal.theta, depth);
    current = a;
    const ex = expectationOf(a, costs);
    if (!noisy) {
      const pOptimal = pOptimalOf(probabilitiesOf(a, probs));
      return { epoch, depth, expected: score(ex), ratio: ratioOf(ex), pOptimal, angles: Array.from(ideal.theta), ms }; // prettier-ignore
    }
    const m = noisy.measure(ahead);
    noisyNow = m.probabilities;
    return {
      epoch,
      depth,
      expected: score(m.expected),
      ratio: ratioOf(m.expected),
      pOptimal: pOptimalOf(m.probabilities),
      angles: Array.from(noisy.trainer.theta),
      ms,
      ideal: { expected: score(ex), ratio: ratioOf(ex) },
    };
  };
  /** `r` with the zero-noise extrapolation of the noisy ⟨C⟩ now (none on an ideal run). */
  const mitigated = (r: QaoaReport): QaoaReport => {
    complete = true;
    if (!noisy) return r;
    const z = pacer.extrapolate(() => noisy.mitigate());
    return { ...r, mitigated: { expected: score(z.mitigated), scales: z.scales, values: z.values.map(score) } }; // prettier-ignore
  };
  /** A report at rest (the load, new weights) carries everything. */
  const measure = (): QaoaReport => mitigated(report(false));

  const landscape = emptyLandscape(n, mixer);
  if (n <= LANDSCAPE_AT_START_QUBITS) {
    for (let row = 0; row < landscape.resolution; row++) fillRow(landscape, row, qaoa, score);
    landscape.done = true;
  }

  const info: QaoaInfo = {
    task: 'qaoa',
    circuit: qaoaCircuit(ising, scale, mixer, start, depth),
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

  /** Both models restart from θ at depth θ.length / 2 (the twin beside the noisy model). */
  const restart = (theta: ArrayLike<number>): void => {
    current = null;
    noisyNow = null;
    depth = theta.length / 2;
    ideal.reset(theta);
    noisy?.reset(theta);
  };

  return {
    info,
    get epoch() {
      return epoch;
    },
    measure,
    step() {
      const last = epoch + 1 === e.training.epochs;
      return pacer.step(last, (due) => {
        current = null;
        noisyNow = null;
        const t0 = performance.now();
        if (e.qaoa.growth && depth < finalDepth && epoch > 0 && epoch % stage === 0) {
          // Each model grows its own angles; depth is shared, so the twin stays in step.
          const next = noisy ? grow(noisy.trainer.theta, depth) : null;
          ideal.reset(grow(ideal.theta, depth));
          depth++;
          if (noisy && next) noisy.reset(next);
        }
        noisy?.trainer.step();
        ideal.step();
        epoch++;
        // Past the last iteration training goes on only when asked to: measure ahead then too.
        const r = report(!last);
        // The step's time includes its report's runs (ahead, they are the next gradient's).
        ms = r.ms = performance.now() - t0;
        if (due()) return mitigated(r);
        complete = false;
        return r;
      });
    },
    settle: () => (complete ? null : mitigated(report(false))),
    pictures() {
      const p = noisy ? (noisyNow ?? noisy.measure(false).probabilities) : probabilitiesOf(stateNow(), probs); // prettier-ignore
      const samples = measureSamples(problem, costs, p, optE, e.qaoa.samples, createRng(seed + epoch), epoch); // prettier-ignore
      const out: ReturnType<TaskSession['pictures']> = [{ kind: 'samples', samples }];
      if (landscape.done) out.push({ kind: 'landscape', landscape: copyLandscape(landscape) });
      return out;
    },
    weights: () => ({ quantum: Array.from(model().theta), classical: [] }),
    setWeights(w) {
      const p = w.quantum.length / 2;
      if (!Number.isInteger(p) || p < 1 || p > finalDepth || w.classical.length !== 0)
        throw new Error(`QAOA of depth ${finalDepth} has 2 angles per layer (at most ${2 * finalDepth}); the link holds ${w.quantum.length}.`); // prettier-ignore
      // The twin restarts from the same angles, so that the gap stays the noise's alone.
      restart(w.quantum);
    },
    circuit: info.circuit,
    params: () => model().theta.slice(),
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
