// The barren-plateau core, pure: McClean et al.'s random circuits (RY(π/4) on every qubit, then
// layers of random Pauli rotations RX, RY or RZ at angles uniform in [0, 2π), each followed by a
// ladder of CZs on neighbours), the cost observables, the exact derivative of the cost along one
// parameter by the parameter-shift rule, and the statistics of those derivatives over circuits.

import type { Circuit, Operation } from '../../sim/circuit';
import type { Observable } from '../../sim/observables';
import { createRng, type Rng } from '../../sim/rng';
import { createSimulator } from '../../sim/simulator';
import type { PlateauCost } from '../../../src/experiment/tasks/plateau/types';

export { fitExponential, type ExponentialFit } from '../../../src/experiment/tasks/plateau/fit';

const AXES = ['RX', 'RY', 'RZ'] as const;

/** One random circuit: its layout (parameter l·n + q is the rotation on qubit q in layer l) and angles. */
export interface RandomCircuit {
  circuit: Circuit;
  /** The rotation angles in radians, uniform in [0, 2π). */
  params: Float64Array;
}

/** A random circuit on n qubits with `layers` layers, drawn from `rng`. */
export function randomCircuit(n: number, layers: number, rng: Rng): RandomCircuit {
  const ops: Operation[] = [];
  for (let q = 0; q < n; q++)
    ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'const', value: Math.PI / 4 }] });
  const params = new Float64Array(layers * n);
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      const index = l * n + q;
      ops.push({ gate: AXES[rng.int(3)]!, targets: [q], params: [{ kind: 'param', index }] });
      params[index] = 2 * Math.PI * rng.next();
    }
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: 'CZ', targets: [q, q + 1] });
  }
  return { circuit: { qubits: n, ops }, params };
}

/**
 * The cost H on n qubits: Z⊗Z⊗…⊗Z (global), Z₀Z₁ (McClean et al.'s two-qubit cost), or the
 * average of the single-qubit Zⱼ (Cerezo et al.'s local cost, up to 1 − · and a factor ½).
 */
export function costObservable(cost: PlateauCost, n: number): Observable {
  switch (cost) {
    case 'global':
      return { terms: [{ coeff: 1, label: 'Z'.repeat(n) }] };
    case 'pair':
      return { terms: [{ coeff: 1, label: 'Z1 Z0' }] };
    case 'local':
      return { terms: Array.from({ length: n }, (_, q) => ({ coeff: 1 / n, label: `Z${q}` })) };
  }
}

/**
 * ∂⟨H⟩/∂θ_k of one circuit, exactly, by the parameter-shift rule: every parameter is one Pauli
 * rotation exp(−iθP/2), so the derivative is (C(θ_k + π/2) − C(θ_k − π/2)) / 2.
 */
export function shiftDerivative(rc: RandomCircuit, obs: Observable, k: number): number {
  const sim = createSimulator(rc.circuit);
  const h = sim.observable(obs);
  const p = Float64Array.from(rc.params);
  p[k] = rc.params[k]! + Math.PI / 2;
  const plus = sim.expectation(h, p);
  p[k] = rc.params[k]! - Math.PI / 2;
  const minus = sim.expectation(h, p);
  return (plus - minus) / 2;
}

/** The cost ⟨H⟩ of one circuit at the given angles (its own when omitted). */
export function costValue(rc: RandomCircuit, obs: Observable, params = rc.params): number {
  const sim = createSimulator(rc.circuit);
  return sim.expectation(sim.observable(obs), params);
}

/** The derivatives ∂C/∂θ_k of `count` random circuits on n qubits, drawn from `rng`. */
export function sampleDerivatives(
  n: number,
  layers: number,
  k: number,
  cost: PlateauCost,
  count: number,
  rng: Rng,
): Float64Array {
  const obs = costObservable(cost, n);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = shiftDerivative(randomCircuit(n, layers, rng), obs, k);
  return out;
}

/** The generator of the point at n qubits: one stream per (seed, n), whatever else the sweep holds. */
export function pointRng(seed: number, n: number): Rng {
  return createRng((Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(n, 0x85ebca6b)) >>> 0);
}

/** Mean and variance of samples, and the standard errors of both. */
export interface SampleStats {
  mean: number;
  /** The unbiased sample variance s². */
  variance: number;
  /** Standard error of the mean, s/√N. */
  meanError: number;
  /** Standard error of s²: √((m₄ − s⁴(N − 3)/(N − 1))/N), m₄ the fourth central moment. */
  varianceError: number;
}

export function sampleStats(x: ArrayLike<number>): SampleStats {
  const N = x.length;
  let mean = 0;
  for (let i = 0; i < N; i++) mean += x[i]!;
  mean /= N;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < N; i++) {
    const d = (x[i]! - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  const variance = N > 1 ? m2 / (N - 1) : 0;
  m4 /= N;
  const varianceError = N > 3 ? Math.sqrt(Math.max(0, m4 - (variance ** 2 * (N - 3)) / (N - 1)) / N) : NaN; // prettier-ignore
  return { mean, variance, meanError: Math.sqrt(variance / N), varianceError };
}
