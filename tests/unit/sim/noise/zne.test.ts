// Zero-noise extrapolation: the extrapolations are exact on the curves they assume, and gate
// folding plus Richardson recovers a depolarised rotation's ⟨Z⟩ to the order the theory gives.
import { describe, expect, it } from 'vitest';
import { createRng, createSimulator } from '../../../../workers/sim';
import type { Circuit } from '../../../../workers/sim';
import { createDensitySimulator } from '../../../../workers/sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import {
  linearExtrapolate,
  richardsonExtrapolate,
  zeroNoiseExtrapolation,
} from '../../../../workers/sim/noise/zne';
import { fieldOf } from './helpers';

const THETA = 0.8;
const rotation: Circuit = {
  qubits: 1,
  ops: [{ gate: 'RY', targets: [0], params: [{ kind: 'param', index: 0 }] }],
};

/** Raw and Richardson/linear-mitigated errors of ⟨Z⟩ after RY(θ) with depolarizing p. */
function errors(p: number, method: 'richardson' | 'linear' = 'richardson') {
  const sim = createDensitySimulator(rotation, { ...IDEAL_NOISE, p1: p });
  const z = sim.observable({ terms: [{ coeff: 1, label: 'Z' }] });
  const r = zeroNoiseExtrapolation(sim, z, [THETA], [], { method });
  const ideal = Math.cos(THETA);
  return { raw: Math.abs(r.values[0]! - ideal), mitigated: Math.abs(r.mitigated - ideal), r };
}

describe('extrapolation', () => {
  it('Richardson is exact on a polynomial of degree k − 1 through k points (1e-12)', () => {
    const quad = (s: number): number => 1.5 + 2 * s - 0.5 * s * s;
    expect(Math.abs(richardsonExtrapolate([1, 3, 5], [1, 3, 5].map(quad)) - 1.5)).toBeLessThan(1e-12); // prettier-ignore
    const cubic = (s: number): number => -0.25 + 0.1 * s - 0.3 * s ** 2 + 0.02 * s ** 3;
    const s4 = [1, 3, 5, 7];
    expect(Math.abs(richardsonExtrapolate(s4, s4.map(cubic)) + 0.25)).toBeLessThan(1e-12);
    // Two points: the line through them.
    expect(richardsonExtrapolate([1, 3], [0.9, 0.7])).toBeCloseTo(1, 14);
  });

  it('the linear fit is exact on a line and the least-squares intercept otherwise', () => {
    expect(linearExtrapolate([1, 3, 5], [0.9, 0.7, 0.5])).toBeCloseTo(1, 14);
    // Points (1, 1), (3, 0), (5, 0.5): slope −1/8, mean (3, 0.5) → intercept 0.5 + 3/8.
    expect(linearExtrapolate([1, 3, 5], [1, 0, 0.5])).toBeCloseTo(0.875, 14);
  });

  it('refuses mismatched, repeated or too few points', () => {
    expect(fieldOf(() => richardsonExtrapolate([1, 3], [1]))).toBe('scales');
    expect(fieldOf(() => richardsonExtrapolate([1], [1]))).toBe('scales');
    expect(fieldOf(() => linearExtrapolate([1, 1, 3], [1, 2, 3]))).toBe('scales');
    expect(fieldOf(() => richardsonExtrapolate([1, 3], [1, Number.NaN]))).toBe('scales');
  });
});

describe('zero-noise extrapolation by gate folding', () => {
  it('measures (1 − 4p/3)^s·cos θ at scale s on a depolarised RY(θ)', () => {
    const p = 0.02;
    const { r } = errors(p);
    expect(r.scales).toEqual([1, 3, 5]);
    r.scales.forEach((s, i) => {
      expect(Math.abs(r.values[i]! - (1 - (4 * p) / 3) ** s * Math.cos(THETA))).toBeLessThan(1e-14);
    });
  });

  it('Richardson (1, 3, 5) cuts the error by far more than 10× at p = 0.01', () => {
    const { raw, mitigated } = errors(0.01);
    expect(raw).toBeGreaterThan(0.005);
    expect(mitigated).toBeLessThan(raw / 10);
    // The theory: raw ≈ ε·cos θ, Richardson ≈ (1·3·5/3!)·ε³·cos θ with ε = 4p/3.
    const eps = 0.04 / 3;
    expect(mitigated / (2.5 * eps ** 3 * Math.cos(THETA))).toBeGreaterThan(0.9);
    expect(mitigated / (2.5 * eps ** 3 * Math.cos(THETA))).toBeLessThan(1.1);
  });

  it('errors scale as p (raw), p² (linear) and p³ (Richardson) when p halves', () => {
    const a = errors(0.02);
    const b = errors(0.01);
    expect(a.raw / b.raw).toBeGreaterThan(1.9);
    expect(a.raw / b.raw).toBeLessThan(2.1);
    expect(a.mitigated / b.mitigated).toBeGreaterThan(7);
    expect(a.mitigated / b.mitigated).toBeLessThan(9);
    const la = errors(0.02, 'linear');
    const lb = errors(0.01, 'linear');
    expect(la.mitigated / lb.mitigated).toBeGreaterThan(3.5);
    expect(la.mitigated / lb.mitigated).toBeLessThan(4.5);
    expect(lb.mitigated).toBeLessThan(lb.raw / 5);
  });

  it('narrows the gap on an entangling circuit under a full noise model', () => {
    const c: Circuit = {
      qubits: 2,
      ops: [
        { gate: 'RY', targets: [0], params: [{ kind: 'const', value: 1.1 }] },
        { gate: 'CNOT', targets: [0, 1] },
        { gate: 'RX', targets: [1], params: [{ kind: 'const', value: 0.4 }] },
        { gate: 'CZ', targets: [1, 0] },
      ],
    };
    const obs = { terms: [{ coeff: 1, label: 'ZZ' }, { coeff: 0.5, label: 'XI' }] }; // prettier-ignore
    const ideal = createSimulator(c);
    const want = ideal.expectation(ideal.observable(obs));
    const sim = createDensitySimulator(c, { p1: 0.005, p2: 0.02, gamma: 0.01, lambda: 0.01, readout: { p01: 0, p10: 0 } }); // prettier-ignore
    const r = zeroNoiseExtrapolation(sim, sim.observable(obs), [], []);
    const raw = Math.abs(r.values[0]! - want);
    expect(raw).toBeGreaterThan(0.01);
    expect(Math.abs(r.mitigated - want)).toBeLessThan(raw / 10);
  });

  it('works from shots within the sampling error', () => {
    const sim = createDensitySimulator(rotation, { ...IDEAL_NOISE, p1: 0.02 });
    const z = sim.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    const exact = zeroNoiseExtrapolation(sim, z, [THETA], []);
    const shots = 100_000;
    const r = zeroNoiseExtrapolation(sim, z, [THETA], [], { shots, rng: createRng(3) });
    // Richardson weights (15/8, −5/4, 3/8) on three estimates of σ ≤ 1/√shots each.
    const sigma = Math.hypot(15 / 8, 5 / 4, 3 / 8) / Math.sqrt(shots);
    expect(Math.abs(r.mitigated - exact.mitigated)).toBeLessThan(5 * sigma);
    expect(r.values).not.toEqual(exact.values);
  });

  it('refuses scales that are not distinct odd folding factors, and an unknown method', () => {
    const sim = createDensitySimulator(rotation, { ...IDEAL_NOISE, p1: 0.02 });
    const z = sim.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    for (const scales of [[1, 2, 3], [1, 3, 3], [3], [0, 1], [1, 2.5]]) {
      expect(fieldOf(() => zeroNoiseExtrapolation(sim, z, [THETA], [], { scales }))).toBe('scales');
    }
    const bad = { method: 'cubic' as 'linear' };
    expect(fieldOf(() => zeroNoiseExtrapolation(sim, z, [THETA], [], bad))).toBe('method');
    // Two scales are enough, and 1, 3 with linear is the line through them.
    const two = zeroNoiseExtrapolation(sim, z, [THETA], [], { scales: [1, 3], method: 'linear' });
    expect(two.mitigated).toBeCloseTo((3 * two.values[0]! - two.values[1]!) / 2, 14);
  });
});
