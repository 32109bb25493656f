// The QAOA state and its gradient: |γ, β⟩ = Π_l M(β_l)·exp(−iγ_l C/s)·|start⟩, with C the cost of
// every basis state (computed once), s the scale that makes γ's range the same for every problem,
// and M the X or XY mixer. ⟨C⟩ and its exact gradient by adjoint differentiation (one backward
// sweep, any depth), or by the parameter-shift rule from measurement shots, as hardware would.
// Angles are θ = (γ₁…γ_p, β₁…β_p).

import { allocAmplitudes } from '../../sim/simd';
import { sampleCounts, type Rng } from '../../sim';
import { createCostPhase } from './costPhase';
import { xMixer, xyMixer, type Mixer } from './mixers';
import type { Ising } from './model';

export interface QaoaSpec {
  n: number;
  /** Cost of every basis state (what is minimised). */
  costs: Float64Array;
  /** The Ising form of the same costs (for the shift rule's per-term generators). */
  ising: Ising;
  scale: number;
  mixer: 'x' | 'xy';
  /** Hamming weight of the Dicke start (XY mixer). */
  budget: number | null;
}

export interface Qaoa {
  readonly n: number;
  /** The state at angles θ (a view into the engine's memory, valid until the next call). */
  run(theta: Float64Array, depth: number): Float64Array;
  /** ⟨C⟩ at θ. */
  expectation(theta: Float64Array, depth: number): number;
  /** ∂⟨C⟩/∂θ into grad by adjoint differentiation; returns ⟨C⟩. */
  gradient(theta: Float64Array, depth: number, grad: Float64Array): number;
  /**
   * ∂⟨C⟩/∂θ by the parameter-shift rule, each shifted ⟨C⟩ estimated from `shots` measurements
   * (exact when shots = 0); returns ⟨C⟩ estimated the same way.
   */
  shiftGradient(theta: Float64Array, depth: number, grad: Float64Array, shots: number, rng: Rng): number; // prettier-ignore
}

/** Σ_k |a_k|²·c_k. */
export function expectationOf(a: Float64Array, costs: Float64Array): number {
  let e = 0;
  for (let k = 0; k < costs.length; k++) e += (a[2 * k]! * a[2 * k]! + a[2 * k + 1]! * a[2 * k + 1]!) * costs[k]!; // prettier-ignore
  return e;
}

/** |a_k|² for every k. */
export function probabilitiesOf(
  a: Float64Array,
  out = new Float64Array(a.length / 2),
): Float64Array {
  for (let k = 0; k < out.length; k++) out[k] = a[2 * k]! * a[2 * k]! + a[2 * k + 1]! * a[2 * k + 1]!; // prettier-ignore
  return out;
}

/** The shift rule's diagonal generators of the cost: the Ising terms as (mask, coefficient/s). */
function costTerms(ising: Ising, scale: number): { mask: number; c: number }[] {
  const terms: { mask: number; c: number }[] = [];
  ising.h.forEach((h, i) => {
    if (h !== 0) terms.push({ mask: 1 << i, c: h / scale });
  });
  for (const { i, j, w } of ising.couplings) if (w !== 0) terms.push({ mask: (1 << i) | (1 << j), c: w / scale }); // prettier-ignore
  return terms;
}

/** a ← exp(−iφ·P)a for the Z string P with `mask` (eigenvalue (−1)^popcount(k & mask)). */
function zPhase(a: Float64Array, mask: number, phi: number): void {
  const c = Math.cos(phi), s = Math.sin(phi); // prettier-ignore
  for (let k = 0; k < a.length / 2; k++) {
    let par = 0;
    for (let v = k & mask; v; v &= v - 1) par ^= 1;
    const sn = par ? s : -s; // e^{−iφ·(±1)}
    const re = a[2 * k]!, im = a[2 * k + 1]!; // prettier-ignore
    a[2 * k] = re * c - im * sn;
    a[2 * k + 1] = re * sn + im * c;
  }
}

export function createQaoa(spec: QaoaSpec): Qaoa {
  const { n, costs, scale } = spec;
  const [phi, lam] = allocAmplitudes(n, 2) as [Float64Array, Float64Array];
  const probs = new Float64Array(1 << n);
  const phase = createCostPhase(costs, scale);
  const mixer: Mixer = spec.mixer === 'xy' ? xyMixer(n, spec.budget ?? 0) : xMixer(n);
  const terms = costTerms(spec.ising, scale);
  const start = (a: Float64Array): void => mixer.start(a);
  const len = costs.length;

  const run = (theta: Float64Array, p: number): Float64Array => {
    start(phi);
    for (let l = 0; l < p; l++) {
      phase.apply(phi, theta[l]!);
      mixer.apply(phi, theta[p + l]!);
    }
    return phi;
  };

  /** ⟨C⟩ of the state in phi, exact or from shots. */
  const measure = (shots: number, rng: Rng): number => {
    if (shots <= 0) return expectationOf(phi, costs);
    const counts = sampleCounts(probabilitiesOf(phi, probs), shots, rng);
    let e = 0;
    for (let k = 0; k < counts.length; k++) if (counts[k]) e += counts[k]! * costs[k]!;
    return e / shots;
  };

  /** ⟨C⟩ with one extra generator gate at layer l, after its cost (kind 'cost') or mixer gate. */
  const shifted = (
    theta: Float64Array,
    p: number,
    at: { layer: number; cost: { mask: number } } | { layer: number; gate: number; part: number },
    shift: number,
    shots: number,
    rng: Rng,
  ): number => {
    start(phi);
    for (let l = 0; l < p; l++) {
      phase.apply(phi, theta[l]!);
      if (l === at.layer && 'cost' in at) zPhase(phi, at.cost.mask, shift);
      if (l === at.layer && 'gate' in at)
        mixer.applyShifted(phi, theta[p + l]!, at.gate, at.part, shift); // prettier-ignore
      else mixer.apply(phi, theta[p + l]!);
    }
    return measure(shots, rng);
  };

  return {
    n,
    run,
    expectation: (theta, p) => expectationOf(run(theta, p), costs),
    gradient(theta, p, grad) {
      run(theta, p);
      let e = 0;
      for (let k = 0; k < costs.length; k++) {
        const c = costs[k]!;
        lam[2 * k] = c * phi[2 * k]!;
        lam[2 * k + 1] = c * phi[2 * k + 1]!;
        e += c * (phi[2 * k]! * phi[2 * k]! + phi[2 * k + 1]! * phi[2 * k + 1]!);
      }
      for (let l = p - 1; l >= 0; l--) {
        grad[p + l] = mixer.adjoint(phi, lam, theta[p + l]!);
        phase.prepare(theta[l]!, -1);
        grad[l] = 2 * phase.adjointRange(phi, lam, 0, len);
      }
      return e;
    },
    shiftGradient(theta, p, grad, shots, rng) {
      for (let l = 0; l < p; l++) {
        let g = 0;
        for (const t of terms) {
          const at = { layer: l, cost: t };
          g += t.c * (shifted(theta, p, at, Math.PI / 4, shots, rng) - shifted(theta, p, at, -Math.PI / 4, shots, rng)); // prettier-ignore
        }
        grad[l] = g;
        let b = 0;
        // X mixer: exp(−iβX), eigenvalues ±1 → f(β + π/4) − f(β − π/4). XY: XX/2 and YY/2
        // parts, eigenvalues ±½ → ½(f(θ + π/2) − f(θ − π/2)) each.
        const s = mixer.parts === 1 ? Math.PI / 4 : Math.PI / 2;
        const r = mixer.parts === 1 ? 1 : 0.5;
        for (let gate = 0; gate < mixer.gates; gate++)
          for (let part = 0; part < mixer.parts; part++) {
            const at = { layer: l, gate, part };
            b += r * (shifted(theta, p, at, s, shots, rng) - shifted(theta, p, at, -s, shots, rng));
          }
        grad[p + l] = b;
      }
      run(theta, p);
      return measure(shots, rng);
    },
  };
}
