// QAOA on a noisy device: the plain circuit (circuitOf.ts, the Dicke preparation included) on the
// density-matrix simulator, its angles trained on the noisy ⟨C⟩ (readout error in), and, when the
// session asks (noisyTwin.ts paces it), that ⟨C⟩ extrapolated to zero noise by gate folding. The
// session (runner.ts) steps an ideal twin beside it on the fast statevector kernels.

import type { TrainingCore } from '../../../src/experiment/common';
import type { CompiledObservable, GradientMethod } from '../../sim';
import { createDensitySimulator, type DensitySimulator } from '../../sim/noise/densitySimulator';
import { densityProbabilities } from '../../sim/noise/dmReadout';
import { applyReadoutToProbabilities } from '../../sim/noise/readoutError';
import type { NoiseModel } from '../../sim/noise/types';
import type { ZneResult } from '../../sim/noise/zne';
import { mitigate } from '../noisyTwin';
import { createTrainer, gradientMethod, optimizerSpec, type Trainer } from '../trainer';
import { circuitParams, trainableQaoaCircuit, type TrainableQaoa } from './circuitOf';
import type { Ising } from './model';
import { createNoisyGradient, type NoisyGradient } from './noisyGradient';

/** The problem as the noisy circuit needs it (the same as the ideal engine's). */
export interface NoisyQaoaSpec {
  ising: Ising;
  /** Cost of every basis state (the observable ⟨C⟩). */
  costs: Float64Array;
  scale: number;
  mixer: 'x' | 'xy';
  /** Hamming weight of the Dicke start (XY mixer). */
  budget: number | null;
}

/** The noisy state's measurement at the current angles (exact, readout error in). */
export interface NoisyMeasurement {
  /** Basis-state probabilities as a measurement reports them (a new array per angles). */
  probabilities: Float64Array;
  /** Noisy ⟨C⟩, from those probabilities. */
  expected: number;
}

export interface NoisyQaoa {
  /** The noisy model's angles θ = (γ₁…γ_p, β₁…β_p) and their optimiser. */
  readonly trainer: Trainer;
  /** Layers now. */
  readonly depth: number;
  /** Restarts from θ (copied) at depth θ.length / 2, with a fresh optimiser. */
  reset(theta: ArrayLike<number>): void;
  /**
   * The measurement at the current angles, kept until they move. `ahead`: training goes on from
   * here, so with the exact gradient its run at these angles is made now and gives the state too
   * (one noisy run per step fewer; the next step uses the gradient kept).
   */
  measure(ahead: boolean): NoisyMeasurement;
  /** ⟨C⟩ at the current angles extrapolated to zero noise (exact values; 8 runs' worth). */
  mitigate(): ZneResult;
}

/** The circuit of one depth on the density simulator, with its observable and exact gradient. */
interface AtDepth {
  depth: number;
  q: TrainableQaoa;
  sim: DensitySimulator;
  /** ⟨C⟩ with readout error folded in. */
  cost: CompiledObservable;
  /** The circuit's parameters at the current angles (scratch). */
  params: Float64Array;
  /** Built on the first exact gradient (shot-based training never needs its tangents). */
  exact: NoisyGradient | null;
}

/**
 * The noisy model from angles `start` (depth start.length / 2). Refuses more qubits than the
 * density simulator holds, with its message. The gradient is exact (noisyGradient.ts) unless the
 * training asks for shots: then the parameter-shift rule on the density matrix from shots, as a
 * device would estimate it.
 */
export function createNoisyQaoa(
  spec: NoisyQaoaSpec,
  noise: NoiseModel,
  training: TrainingCore,
  start: Float64Array,
): NoisyQaoa {
  const build = (depth: number): AtDepth => {
    const q = trainableQaoaCircuit(spec.ising, spec.scale, spec.mixer, depth, spec.budget);
    const sim = createDensitySimulator(q.circuit, noise);
    const cost = sim.observable({ diagonal: spec.costs });
    return { depth, q, sim, cost, params: new Float64Array(sim.numParams), exact: null };
  };
  let at = build(start.length / 2);
  const method: GradientMethod = gradientMethod(training);
  const shots = method.kind === 'shift' && method.shots !== undefined;
  let circuitGrad = new Float64Array(at.sim.numParams);
  const hasReadout = noise.readout.p01 !== 0 || noise.readout.p10 !== 0;
  /** The measurement at the current angles, null once they move. */
  let measured: NoisyMeasurement | null = null;
  /** The exact gradient at the current angles, made ahead by measure(true); null once used or moved. */
  let kept: Float64Array | null = null;

  const exactGradient = (): NoisyGradient =>
    (at.exact ??= createNoisyGradient(at.q, noise, at.cost.diagonal!, 2 * at.depth));
  const gradient = (theta: Float64Array, grad: Float64Array): void => {
    if (kept && kept.length === grad.length) {
      for (let k = 0; k < grad.length; k++) grad[k] = grad[k]! + kept[k]!;
      kept = null;
      return;
    }
    if (!shots) {
      exactGradient()(theta, grad);
      return;
    }
    // ∂⟨C⟩/∂θ_k = Σ over the gates g of angle k: coef_g·∂⟨C⟩/∂φ_g.
    if (circuitGrad.length !== at.sim.numParams) circuitGrad = new Float64Array(at.sim.numParams);
    circuitGrad.fill(0);
    at.sim.gradient(at.cost, circuitParams(at.q, theta, at.params), [], circuitGrad, method);
    for (let g = 0; g < circuitGrad.length; g++) {
      const k = at.q.slots[g]!;
      grad[k] = grad[k]! + at.q.coefs[g]! * circuitGrad[g]!;
    }
  };
  const inner = createTrainer(start, optimizerSpec(training), gradient);
  const moved = (): void => {
    measured = null;
    kept = null;
  };
  const trainer: Trainer = {
    get theta() {
      return inner.theta;
    },
    step() {
      inner.step();
      moved();
    },
    reset(theta) {
      if (theta.length !== 2 * at.depth) at = build(theta.length / 2);
      inner.reset(theta);
      moved();
    },
  };

  /** Probabilities at the current angles: from the exact gradient's run when `ahead`, else one run. */
  const probabilities = (ahead: boolean): Float64Array => {
    if (!ahead || shots) return at.sim.probabilities(circuitParams(at.q, inner.theta, at.params));
    const g = exactGradient();
    const grad = new Float64Array(inner.theta.length);
    g(inner.theta, grad);
    kept = grad;
    const p = densityProbabilities(g.state);
    return hasReadout ? applyReadoutToProbabilities(p, at.sim.n, noise.readout, p) : p;
  };

  const measure = (ahead: boolean): NoisyMeasurement => {
    if (measured) return measured;
    const p = probabilities(ahead);
    let expected = 0;
    for (let b = 0; b < p.length; b++) expected += p[b]! * spec.costs[b]!;
    measured = { probabilities: p, expected };
    return measured;
  };

  return {
    trainer,
    get depth() {
      return at.depth;
    },
    reset: (theta) => trainer.reset(theta),
    measure,
    mitigate() {
      // The measured distribution already has readout error, as the folded observable has.
      const { expected } = measure(false);
      return mitigate(at.sim, at.cost, circuitParams(at.q, inner.theta, at.params), expected);
    },
  };
}
