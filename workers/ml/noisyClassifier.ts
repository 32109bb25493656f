// The quantum classifier under noise: the same circuit, readouts, initial parameters, optimiser
// and mini-batches as quantumClassifier.ts, every evaluation a density-matrix run with the noise
// model (readout error included) and the channels placed in the circuit, gradients by the
// parameter-shift rule on ρ.

import { featureName } from '../../src/experiment/circuit/names';
import type { CompiledObservable, GradientMethod, Rng } from '../sim';
import { createDensitySimulator, type DensitySimulator } from '../sim/noise/densitySimulator';
import { densityBloch, densityExpectation, densityProbabilities } from '../sim/noise/dmReadout';
import { applyReadoutToProbabilities } from '../sim/noise/readoutError';
import type { DensityMatrix, NoiseModel, PlacedChannel } from '../sim/noise/types';
import { argmax, createBatcher, paramAccess, type Classifier } from './classifier';
import { createOptimizer, type OptimizerSpec } from './optim';
import { initParams, type QuantumClassifierSpec } from './quantumClassifier';
import {
  classTotal,
  crossEntropyLoss,
  crossEntropyWeights,
  fidelityObservables,
  fidelityOf,
  fidelityTargets,
  readoutQubits,
} from './readout';

/** What a session needs of its quantum model, ideal (QuantumClassifier) or noisy. */
export interface QuantumModel extends Classifier {
  /** The trainable parameters, changed in place by `trainEpoch`. */
  readonly theta: Float64Array;
  /** Bloch vector of qubit 0 after each point (the state, without readout error): out[3i … 3i+2]. */
  finalBloch(points: Float64Array, out: Float64Array): void;
}

export interface NoisyClassifier extends QuantumModel {
  readonly sim: DensitySimulator;
}

/**
 * A readout on the noisy state. `forward` reads the last run's ρ; `lossAndGrad` runs the point
 * itself and adds weight·∇loss to grad.
 */
interface NoisyReadout {
  /** Class scores and loss for label y (y < 0: scores only) of the ρ just run. */
  forward(rho: DensityMatrix, scores: Float64Array | null, y: number): number;
  lossAndGrad(x: Float64Array, y: number, grad: Float64Array, weight: number): number;
}

export function createNoisyClassifier(
  spec: QuantumClassifierSpec,
  optimizer: OptimizerSpec,
  gradient: GradientMethod,
  rng: Rng,
  noise: NoiseModel,
  placed: readonly PlacedChannel[] = [],
): NoisyClassifier {
  const sim = createDensitySimulator(spec.circuit, noise, placed);
  const D = spec.features ?? 2;
  if (sim.numFeatures > D) {
    throw new Error(
      `The circuit reads ${featureName(sim.numFeatures - 1)}, but the data points have ${D} features (${featureName(0)} to ${featureName(D - 1)}).`,
    );
  }
  const classes = spec.classes;
  const k = readoutQubits(spec.readout, classes, sim.n);
  // Drawn as the ideal model draws them, so that both start from the same parameters.
  const numParams = sim.numParams;
  const theta = initParams(spec.circuit, numParams, rng);
  const opt = createOptimizer(optimizer, numParams);
  const grad = new Float64Array(numParams);
  // The adjoint method cannot undo a channel (adjointRefusal): exact gradients are shift ones.
  const method: GradientMethod = gradient.kind === 'shift' ? gradient : { kind: 'shift' };
  const shared = { sim, theta, method, pointGrad: new Float64Array(numParams) };
  const readout =
    spec.readout === 'fidelity'
      ? fidelityNoisy(shared, classes)
      : crossEntropyNoisy(shared, classes, k);
  const x = new Float64Array(D);
  const scores = new Float64Array(classes);
  const points = createBatcher();

  /** Runs every point of a flat list (D numbers each); visit(ρ, i) after point i's run. */
  const eachRun = (list: Float64Array, visit: (rho: DensityMatrix, i: number) => void): void => {
    const m = Math.floor(list.length / D);
    for (let i = 0; i < m; i++) {
      for (let f = 0; f < D; f++) x[f] = list[D * i + f]!;
      visit(sim.run(theta, x), i);
    }
  };

  return {
    sim,
    numParams,
    theta,
    trainEpoch(data, batchSize, r) {
      return points(
        data.y.length,
        batchSize,
        r,
        grad,
        (i, w) => {
          for (let f = 0; f < D; f++) x[f] = data.x[D * i + f]!;
          return readout.lossAndGrad(x, data.y[i]!, grad, w);
        },
        () => opt.step(theta, grad),
      );
    },
    evaluate(data) {
      const m = data.y.length;
      let loss = 0;
      let correct = 0;
      eachRun(data.x, (rho, i) => {
        const y = data.y[i]!;
        loss += readout.forward(rho, scores, y);
        if (argmax(scores) === y) correct++;
      });
      return { loss: m ? loss / m : NaN, accuracy: m ? correct / m : NaN };
    },
    predict(list, out) {
      eachRun(list, (rho, i) => {
        readout.forward(rho, scores, -1);
        for (let c = 0; c < classes; c++) out[i * classes + c] = scores[c]!;
      });
    },
    finalBloch(list, out) {
      eachRun(list, (rho, i) => densityBloch(rho, 0, out, 3 * i));
    },
    ...paramAccess(theta, 'quantum'),
    dispose() {},
  };
}

interface Shared {
  sim: DensitySimulator;
  theta: Float64Array;
  method: GradientMethod;
  /** Scratch: ∂⟨M⟩/∂θ of one point (the simulator adds an unscaled gradient). */
  pointGrad: Float64Array;
}

/** Runs (θ, x), writes ∂⟨M⟩/∂θ into s.pointGrad and returns ⟨M⟩ (a shot estimate with shots). */
function pointGradient(s: Shared, obs: CompiledObservable, x: Float64Array): number {
  s.pointGrad.fill(0);
  return s.sim.gradient(obs, s.theta, x, s.pointGrad, s.method);
}

/** grad += scale·s.pointGrad. */
function addScaled(s: Shared, grad: Float64Array, scale: number): void {
  const g = s.pointGrad;
  for (let i = 0; i < g.length; i++) grad[i] = grad[i]! + scale * g[i]!;
}

/**
 * Fidelity readout: the Bloch vector b as measured (⟨X⟩, ⟨Y⟩, ⟨Z⟩ of qubit 0 with readout
 * error, through the simulator's observables), F_c = (1 + r_c·b)/2, loss (1 − F_y)², and
 * ∂loss = −2(1 − F_y)·∂⟨M_y⟩ with M_y = (r_y·σ)/2 read out the same way.
 */
function fidelityNoisy(s: Shared, classes: number): NoisyReadout {
  const { sim } = s;
  const targets = fidelityTargets(classes);
  const axes = ['X0', 'Y0', 'Z0'].map((label) => sim.observable({ terms: [{ label, coeff: 1 }] }));
  const obs = fidelityObservables(targets, classes).map((o) => sim.observable(o));
  const b = new Float64Array(3);
  const exact = s.method.kind !== 'shift' || s.method.shots === undefined;
  const forward = (rho: DensityMatrix, scores: Float64Array | null, y: number): number => {
    for (let a = 0; a < 3; a++) b[a] = densityExpectation(rho, axes[a]!);
    if (scores) for (let c = 0; c < classes; c++) scores[c] = fidelityOf(targets, c, b);
    if (y < 0) return 0;
    const f = fidelityOf(targets, y, b);
    return (1 - f) * (1 - f);
  };
  return {
    forward,
    lossAndGrad(x, y, grad, weight) {
      let f: number;
      if (exact) {
        // The gradient's own run gives ⟨M_y⟩ = F_y − 1/2 exactly: one run fewer per point.
        f = 0.5 + pointGradient(s, obs[y]!, x);
      } else {
        // With shots, as the ideal model: the chain-rule factor exact, ∂⟨M_y⟩ from shots.
        forward(sim.run(s.theta, x), null, -1);
        f = fidelityOf(targets, y, b);
        pointGradient(s, obs[y]!, x);
      }
      addScaled(s, grad, -2 * (1 - f) * weight);
      return (1 - f) * (1 - f);
    },
  };
}

/**
 * Cross-entropy readout: p = the probabilities of the first k qubits as measured (readout error
 * included), scores p_c / S, loss −log(p_y / S). The gradient is that of the diagonal observable
 * with weights ∂loss/∂p'_b on the measured outcomes, which on the state is the confusion's
 * transpose applied to them (readoutObservable): the simulator compiles both once and the
 * weights are written into them for each point.
 */
function crossEntropyNoisy(s: Shared, classes: number, k: number): NoisyReadout {
  const { sim } = s;
  const n = sim.n;
  const size = 1 << n;
  const K = 1 << k;
  const mask = K - 1;
  const readout = sim.noise.readout;
  const full = new Float64Array(size);
  const p = new Float64Array(K);
  const d = new Float64Array(K);
  const e = new Float64Array(K);
  // confusion[K·c + c'] = P(read c' | c) on the k readout qubits: the distribution a measurement
  // reports when the state is c. Readout error is independent per qubit, so the k qubits'
  // reported marginal is this confusion applied to their true marginal.
  const confusion = new Float64Array(K * K);
  for (let c = 0; c < K; c++) {
    const col = confusion.subarray(K * c, K * c + K);
    col[c] = 1;
    applyReadoutToProbabilities(col, k, readout, col);
  }
  // The observable's weights on the reported outcomes (`raw`, which shots sample through the
  // confusion) and on the state (`onState`, what an exact expectation reads). Without readout
  // error they are one array. compileObservable keeps the diagonal it is given, so writing
  // into these arrays changes the compiled observable, as readout.ts does for the ideal model.
  const raw = new Float64Array(size);
  const obs = sim.observable({ diagonal: raw });
  const onState = obs.diagonal!;

  const forward = (rho: DensityMatrix, scores: Float64Array | null, y: number): number => {
    densityProbabilities(rho, full);
    p.fill(0);
    for (let b = 0; b < size; b++) p[b & mask] = p[b & mask]! + full[b]!;
    applyReadoutToProbabilities(p, k, readout, p);
    const total = classTotal(p, classes);
    if (scores) for (let c = 0; c < classes; c++) scores[c] = p[c]! / total;
    return y < 0 ? 0 : crossEntropyLoss(p, y, total);
  };
  return {
    forward,
    lossAndGrad(x, y, grad, weight) {
      forward(sim.run(s.theta, x), null, -1);
      const total = classTotal(p, classes);
      crossEntropyWeights(p, classes, y, total, d);
      for (let c = 0; c < K; c++) {
        let acc = 0;
        for (let r = 0; r < K; r++) acc += confusion[K * c + r]! * d[r]!;
        e[c] = acc;
      }
      for (let b = 0; b < size; b++) raw[b] = d[b & mask]!;
      // Written second: when the two are one array (no readout error), e equals d exactly.
      for (let b = 0; b < size; b++) onState[b] = e[b & mask]!;
      pointGradient(s, obs, x);
      addScaled(s, grad, weight);
      return crossEntropyLoss(p, y, total);
    },
  };
}
