// The noisy simulator: a compiled circuit run on a density matrix under a noise model (and the
// channels the user placed), with readouts, shot estimates and parameter-shift gradients.
// Mirrors the statevector Simulator (simulator.ts) so that a model can switch between them.

import type { Circuit } from '../circuit';
import {
  accumulateParamGradient,
  bindProgram,
  buildMatrix,
  compile,
  type Program,
} from '../compile';
import { SimError } from '../errors';
import { parameterShiftGradient } from '../gradient';
import { compileObservable, type CompiledObservable, type Observable } from '../observables';
import type { Rng } from '../rng';
import { sampleCounts } from '../sampling';
import type { GradientMethod } from '../simulator';
import { formatBytes } from '../state';
import { checkDensityQubits, createDensity, resetDensity } from './density';
import { densityExpectation, densityProbabilities } from './dmReadout';
import { applyGateToDensity, runDensitySteps } from './dmRun';
import { checkNoiseModel, noisySchedule } from './noiseModel';
import { applyReadoutToProbabilities, readoutObservable } from './readoutError';
import type { DensityMatrix, DensityStep, NoiseModel, PlacedChannel } from './types';

/** How an expectation is taken: exactly, or from `shots` (with a seeded rng); `fold` scales noise. */
export interface DensityExpectationOptions {
  shots?: number;
  rng?: Rng;
  /** Odd gate-folding factor for zero-noise extrapolation (1: the circuit as it is). */
  fold?: number;
}

export interface DensitySimulator {
  readonly program: Program;
  /** Number of trainable parameters the circuit uses. */
  readonly numParams: number;
  /** Number of input features it reads. */
  readonly numFeatures: number;
  /** Number of qubits. */
  readonly n: number;
  /** The noise model (a copy taken at creation). */
  readonly noise: NoiseModel;
  /**
   * Runs the circuit from |0…0⟩⟨0…0| with noise (gates folded `fold` times); the returned matrix
   * is reused by every later call (expectation, probabilities and gradient overwrite it).
   */
  run(params?: ArrayLike<number>, x?: ArrayLike<number>, fold?: number): DensityMatrix;
  /**
   * Compiles an observable for this circuit with the model's readout error folded in, so that
   * every exact expectation and gradient includes it (do it once, outside loops).
   */
  observable(obs: Observable): CompiledObservable;
  /** ⟨M⟩ of the noisy state, exactly or from shots (readout error applied to each shot). */
  expectation(
    obs: CompiledObservable,
    params?: ArrayLike<number>,
    x?: ArrayLike<number>,
    options?: DensityExpectationOptions,
  ): number;
  /** Probability of every basis state as a measurement with readout error reports it (a new array). */
  probabilities(params?: ArrayLike<number>, x?: ArrayLike<number>): Float64Array;
  /**
   * ⟨M⟩ and its gradient by the parameter-shift rule on the density matrix (exact, or from shots):
   * runs, adds ∂⟨M⟩/∂θ to `grad`, returns ⟨M⟩. The adjoint method is refused (see adjointRefusal).
   */
  gradient(
    obs: CompiledObservable,
    params: ArrayLike<number>,
    x: ArrayLike<number>,
    grad: Float64Array,
    method?: GradientMethod,
  ): number;
}

/** Why noisy gradients do not use the adjoint method, for a student. */
export function adjointRefusal(n: number): string {
  return (
    'The adjoint method runs the circuit backwards, un-computing the state gate by gate; noise ' +
    'channels lose information and cannot be undone, and keeping every intermediate density ' +
    `matrix instead would cost ${formatBytes(16 * 4 ** n)} per gate for ${n} qubits. ` +
    'Noisy training uses the parameter-shift rule: two noisy runs per angle (four for a ' +
    'controlled rotation).'
  );
}

export function createDensitySimulator(
  circuit: Circuit,
  noise: NoiseModel,
  placed: readonly PlacedChannel[] = [],
): DensitySimulator {
  // The density limit first (compile allows 24 qubits); compile reports a missing circuit.
  if (typeof circuit === 'object' && circuit !== null) checkDensityQubits(circuit.qubits);
  checkNoiseModel(noise);
  const model: NoiseModel = { ...noise, readout: { ...noise.readout } };
  const program = compile(circuit);
  const n = program.n;
  const channels = placed.map((c) => ({ ...c, qubits: [...c.qubits] }));
  // Built now for fold 1, so that bad placed channels are refused at creation.
  const schedules = new Map<number, DensityStep[]>([
    [1, noisySchedule(program, model, { placed: channels })],
  ]);
  const schedule = (fold: number): DensityStep[] => {
    let s = schedules.get(fold);
    if (!s) {
      s = noisySchedule(program, model, { fold, placed: channels });
      schedules.set(fold, s);
    }
    return s;
  };
  const readout = model.readout;
  const hasReadout = readout.p01 !== 0 || readout.p10 !== 0;
  const rho = createDensity(n);
  const size = 1 << n;
  const probs = new Float64Array(size);
  const counts = new Int32Array(size);
  const angleGrad = new Float64Array(program.angles.length);
  const empty = new Float64Array(0);
  // Each observable() result → the observable without readout error, so that shots can apply the
  // confusion to the sampled outcomes as hardware does (the estimate's spread is then right).
  const rawOf = new WeakMap<CompiledObservable, CompiledObservable>();
  // H on every qubit (ops 0 … n−1), then S† on every qubit (ops n … 2n−1): basis changes for shots.
  let basisMade: Program | undefined;
  const basis = (): Program =>
    (basisMade ??= compile({
      qubits: n,
      ops: [
        ...Array.from({ length: n }, (_, q) => ({ gate: 'H' as const, targets: [q] })),
        ...Array.from({ length: n }, (_, q) => ({ gate: 'SDG' as const, targets: [q] })),
      ],
    }));

  const runBound = (fold: number): void => {
    resetDensity(rho);
    runDensitySteps(program, schedule(fold), rho);
  };
  const run = (
    params: ArrayLike<number> = empty,
    x: ArrayLike<number> = empty,
    fold = 1,
  ): DensityMatrix => {
    bindProgram(program, params, x);
    runBound(fold);
    return rho;
  };

  /** Rotates ρ so that the Pauli with masks (x, z) becomes Z on its qubits (undo: back = true). */
  const rotate = (x: number, z: number, back: boolean): void => {
    const b = basis();
    for (let q = 0; q < n; q++) {
      if (!((x >> q) & 1)) continue;
      const y = (z >> q) & 1;
      // Y is measured after H·S† (S† first), X after H.
      if (!back && y) applyGateToDensity(b, n + q, rho, false);
      applyGateToDensity(b, q, rho, back);
      if (back && y) applyGateToDensity(b, n + q, rho, true);
    }
  };

  /** Shots from the current ρ, like estimateExpectation: each Pauli term in its own basis. */
  const sampled = (obs: CompiledObservable, shots: number, rng: Rng): number => {
    // An observable from observable() is sampled without readout error in it and the confusion
    // is applied to each measured distribution; any other is sampled as given (its mean is then
    // that observable's exact expectation, readout error included or not as it was made).
    const raw = rawOf.get(obs);
    const target = raw ?? obs;
    const confuse = raw !== undefined && hasReadout;
    const measure = (): void => {
      densityProbabilities(rho, probs);
      if (confuse) applyReadoutToProbabilities(probs, n, readout, probs);
      sampleCounts(probs, shots, rng, counts);
    };
    let total = 0;
    for (let t = 0; t < target.xMask.length; t++) {
      const x = target.xMask[t]!;
      const z = target.zMask[t]!;
      if ((x | z) === 0) {
        total += target.coeff[t]!;
        continue;
      }
      rotate(x, z, false);
      measure();
      rotate(x, z, true);
      const mask = x | z;
      let acc = 0;
      for (let b = 0; b < size; b++) if (counts[b]) acc += (parity(b & mask) ? -1 : 1) * counts[b]!;
      total += target.coeff[t]! * (acc / shots);
    }
    if (target.diagonal) {
      const w = target.diagonal;
      measure();
      let acc = 0;
      for (let b = 0; b < size; b++) if (counts[b]) acc += w[b]! * counts[b]!;
      total += acc / shots;
    }
    return total;
  };

  const checkObservable = (obs: CompiledObservable): void => {
    if (obs.n !== n) {
      throw new SimError(
        'observable',
        `The observable was made for ${obs.n} qubits; the circuit has ${n}.`,
      );
    }
  };
  const needRng = (rng: Rng | undefined): Rng => {
    if (!rng) throw new SimError('shots', 'Sampling shots needs a seeded random generator.');
    return rng;
  };

  return {
    program,
    numParams: program.numParams,
    numFeatures: program.numFeatures,
    n,
    noise: model,
    run,
    observable(obs) {
      const folded = compileObservable(readoutObservable(obs, n, readout), n);
      if (hasReadout) rawOf.set(folded, compileObservable(obs, n));
      return folded;
    },
    expectation(obs, params, x, options = {}) {
      checkObservable(obs);
      run(params, x, options.fold ?? 1);
      if (options.shots !== undefined) return sampled(obs, options.shots, needRng(options.rng));
      return densityExpectation(rho, obs);
    },
    probabilities(params, x) {
      run(params, x);
      const p = densityProbabilities(rho);
      return hasReadout ? applyReadoutToProbabilities(p, n, readout, p) : p;
    },
    gradient(obs, params, x, grad, method = { kind: 'shift' }) {
      if (method.kind === 'adjoint') throw new SimError('gradient', adjointRefusal(n));
      checkObservable(obs);
      if (grad.length < program.numParams) {
        throw new SimError(
          'grad',
          `The gradient array has ${grad.length} entries; the circuit has ${program.numParams} parameters.`,
        );
      }
      const shots = method.shots;
      const rng = shots === undefined ? undefined : needRng(method.rng);
      const measure =
        shots === undefined || rng === undefined
          ? () => densityExpectation(rho, obs)
          : () => sampled(obs, shots, rng);
      run(params, x);
      const value = measure();
      // Noise channels do not depend on θ, so ⟨M⟩ stays a trigonometric polynomial in each
      // angle and the shift rule holds on ρ exactly as on a statevector.
      parameterShiftGradient(
        program,
        () => {
          runBound(1);
          return measure();
        },
        angleGrad,
        (op) => buildMatrix(program, op),
      );
      accumulateParamGradient(program, angleGrad, x, grad);
      return value;
    },
  };
}

function parity(v: number): number {
  let p = 0;
  while (v) {
    v &= v - 1;
    p ^= 1;
  }
  return p;
}
