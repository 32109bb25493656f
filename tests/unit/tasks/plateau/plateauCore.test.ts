// The barren-plateau core against the published behaviour (McClean et al. 2018; Cerezo et al.
// 2021): deep random circuits and a global cost give Var[∂C] ∝ 2^(−n); a local cost on shallow
// circuits decays far slower; the mean derivative is zero; the shift rule is the exact derivative.
// Small sweeps (n ≤ 10, 100 circuits, fixed seeds), so that the file runs in a few seconds.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../workers/sim/rng';
import {
  costObservable,
  costValue,
  fitExponential,
  pointRng,
  randomCircuit,
  sampleDerivatives,
  sampleStats,
  shiftDerivative,
} from '../../../../workers/tasks/plateau/plateauCore';
import type { PlateauCost } from '../../../../src/experiment/tasks/plateau/types';

function sweep(cost: PlateauCost, layers: number, qubits: number[], circuits: number) {
  return qubits.map((n) => ({
    n,
    ...sampleStats(sampleDerivatives(n, layers, 0, cost, circuits, pointRng(7, n))),
  }));
}

describe('barren plateaus', () => {
  const EVEN = [2, 4, 6, 8, 10];
  // 30 layers reach the 2-design regime up to 10 qubits for the global cost. With 100 circuits a
  // point's variance is known to about 10–15 % (its standard error), so ln Var to ±0.15 and the
  // slope over n = 2…10 to about ±0.02 (base ±4 %); the exact 2-design variance is not exactly
  // 2^(−n) at small n either, so the base is asked to lie within ±12.5 % of 2.
  it('a deep circuit and a global cost: the variance halves with every qubit (Var ∝ 2^(−n))', () => {
    const pts = sweep('global', 30, EVEN, 100);
    const fit = fitExponential(pts)!;
    expect(fit.base).toBeGreaterThan(1.75);
    expect(fit.base).toBeLessThan(2.25);
    expect(fit.halving).toBeGreaterThan(0.85);
    expect(fit.halving).toBeLessThan(1.25);
    // Each point falls below the one before it, by more than its error allows.
    for (let i = 1; i < pts.length; i++)
      expect(pts[i]!.variance + 2 * pts[i]!.varianceError).toBeLessThan(pts[i - 1]!.variance);
  });

  it('a local cost on a shallow circuit decays far slower (Cerezo et al.)', () => {
    const global = fitExponential(sweep('global', 30, EVEN, 100))!;
    const local = sweep('local', 2, EVEN, 100);
    const localFit = fitExponential(local)!;
    // The average of the Zⱼ: only the few Zⱼ in the light cone of θ₀ depend on it, each weighted
    // 1/n, so Var ∝ 1/n², polynomial: on n = 2…10 that fits a base near 1.5, not 2.
    expect(localFit.base).toBeLessThan(1.65);
    expect(localFit.base).toBeLessThan(global.base - 0.3);
    // Z₀Z₁ with two layers: its light cone does not grow with n, so neither does the variance fall.
    const pair = fitExponential(sweep('pair', 2, EVEN, 100))!;
    expect(pair.base).toBeGreaterThan(0.85);
    expect(pair.base).toBeLessThan(1.15);
    // At 10 qubits the local gradient's variance is already several times the global one's
    // (≈ 3.7 times with these seeds; the gap doubles with every further qubit).
    const g10 = sweep('global', 30, [10], 100)[0]!;
    expect(local.at(-1)!.variance).toBeGreaterThan(2.5 * g10.variance);
  });

  it('the mean derivative is zero within its error', () => {
    for (const cost of ['global', 'pair', 'local'] as const)
      for (const p of sweep(cost, 10, [3, 6], 200)) {
        expect(Math.abs(p.mean)).toBeLessThan(4 * p.meanError);
        expect(p.variance).toBeGreaterThan(0);
      }
  });

  it('the shift rule equals a central finite difference to 1e-6 on random circuits', () => {
    const rng = createRng(11);
    const h = 1e-5;
    for (let trial = 0; trial < 12; trial++) {
      const n = 2 + rng.int(4);
      const layers = 1 + rng.int(4);
      const rc = randomCircuit(n, layers, rng);
      const cost = (['global', 'pair', 'local'] as const)[trial % 3]!;
      const obs = costObservable(cost, n);
      const k = rng.int(rc.params.length);
      const at = (d: number): number => {
        const p = Float64Array.from(rc.params);
        p[k] = p[k]! + d;
        return costValue(rc, obs, p);
      };
      const fd = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(shiftDerivative(rc, obs, k) - fd)).toBeLessThan(1e-6);
    }
  });

  it('fits a known exponential exactly and says when there is none', () => {
    const pts = [3, 5, 8].map((n) => ({ n, variance: 0.7 * 3 ** -n }));
    const fit = fitExponential(pts)!;
    expect(fit.base).toBeCloseTo(3, 12);
    expect(fit.halving).toBeCloseTo(Math.LN2 / Math.log(3), 12);
    expect(fitExponential(pts.slice(0, 1))).toBeNull();
    expect(
      fitExponential([
        { n: 2, variance: 1 },
        { n: 4, variance: 1 },
      ])!.halving,
    ).toBe(Infinity);
  });

  it('gives the variance and its standard error as the formulas say', () => {
    const s = sampleStats([1, 2, 3, 4, 10]);
    expect(s.mean).toBe(4);
    expect(s.variance).toBeCloseTo(12.5, 12);
    expect(s.meanError).toBeCloseTo(Math.sqrt(12.5 / 5), 12);
    // m₄ = (81 + 16 + 1 + 0 + 1296)/5 = 278.8; √((278.8 − 156.25·2/4)/5)
    expect(s.varianceError).toBeCloseTo(Math.sqrt((278.8 - (156.25 * 2) / 4) / 5), 12);
  });

  it('draws the circuit of McClean et al.: RY(π/4) on each qubit, then rotations and a CZ ladder', () => {
    const rc = randomCircuit(3, 2, createRng(1));
    const gates = rc.circuit.ops.map((o) => o.gate);
    expect(gates.slice(0, 3)).toEqual(['RY', 'RY', 'RY']);
    expect(rc.circuit.ops[0]!.params).toEqual([{ kind: 'const', value: Math.PI / 4 }]);
    expect(gates.filter((g) => g === 'CZ')).toHaveLength(4);
    expect(rc.params).toHaveLength(6);
    for (const a of rc.params) expect(a >= 0 && a < 2 * Math.PI).toBe(true);
    expect(rc.circuit.ops[3]!.params).toEqual([{ kind: 'param', index: 0 }]);
    expect(rc.circuit.ops[6]!.targets).toEqual([0, 1]);
  });
});
