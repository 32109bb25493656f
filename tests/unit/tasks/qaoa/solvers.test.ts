import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/experiment/rng';
import type { QaoaProblem } from '../../../../src/experiment/tasks/qaoa/types';
import { costVector, energyOf, isingFromQubo } from '../../../../workers/tasks/qaoa/ising';
import type { Ising } from '../../../../workers/tasks/qaoa/model';
import { buildProblem } from '../../../../workers/tasks/qaoa/problems';
import {
  annealingTemperatures,
  bruteForce,
  greedyLocalSearch,
  simulatedAnnealing,
} from '../../../../workers/tasks/qaoa/solvers';

const TOL = 1e-9;

function randomIsing(n: number, seed: number): Ising {
  const rng = createRng(seed);
  const couplings: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (rng.next() < 0.5) couplings.push({ i, j, w: rng.normal() });
  return {
    n,
    offset: rng.normal(),
    h: Float64Array.from({ length: n }, () => rng.normal()),
    couplings,
  };
}

const SMALL: [string, QaoaProblem][] = [
  [
    'ring 10',
    { kind: 'maxcut', graph: 'ring', nodes: 10, seed: 1, weighted: false, probability: 0.5 },
  ],
  [
    'Petersen',
    { kind: 'maxcut', graph: 'petersen', nodes: 10, seed: 1, weighted: false, probability: 0.5 },
  ],
  [
    'weighted 3-regular 12',
    { kind: 'maxcut', graph: 'regular3', nodes: 12, seed: 4, weighted: true, probability: 0.5 },
  ],
  [
    'portfolio 10 of 4',
    { kind: 'portfolio', assets: 10, budget: 4, risk: 2, seed: 3, returns: '', penalty: 'auto' },
  ],
  ['traffic grid6', { kind: 'traffic', preset: 'grid6', penalty: 'auto' }],
];

describe('costVector', () => {
  it('equals energyOf at every index for random Isings, n = 1 … 8', () => {
    for (let n = 1; n <= 8; n++) {
      const ising = randomIsing(n, 100 + n);
      const costs = costVector(ising);
      expect(costs.length).toBe(2 ** n);
      for (let x = 0; x < 2 ** n; x++)
        expect(Math.abs(costs[x]! - energyOf(ising, x))).toBeLessThan(TOL);
    }
  });

  it('equals energyOf on sampled indices at n = 16', () => {
    const ising = randomIsing(16, 7);
    const costs = costVector(ising);
    const rng = createRng(3);
    for (let k = 0; k < 2000; k++) {
      const x = rng.int(2 ** 16);
      expect(Math.abs(costs[x]! - energyOf(ising, x))).toBeLessThan(TOL);
    }
  });

  it('isingFromQubo: E(x) is the QUBO value xᵀQx + c, diagonal terms and repeats included', () => {
    const rng = createRng(11);
    const n = 6;
    const linear = Array.from({ length: n }, () => rng.normal());
    const quadratic = Array.from({ length: 20 }, () => ({
      i: rng.int(n),
      j: rng.int(n),
      w: rng.normal(),
    }));
    const ising = isingFromQubo(n, 0.7, linear, quadratic);
    for (let x = 0; x < 2 ** n; x++) {
      const b = (i: number): number => (x >>> i) & 1;
      let v = 0.7;
      linear.forEach((a, i) => (v += a * b(i)));
      for (const { i, j, w } of quadratic) v += w * b(i) * b(j);
      expect(Math.abs(energyOf(ising, x) - v)).toBeLessThan(TOL);
    }
  });
});

describe('bruteForce', () => {
  it('agrees with a plain enumeration of the energies', () => {
    for (const seed of [1, 2, 3]) {
      const ising = randomIsing(9, seed);
      const r = bruteForce(costVector(ising));
      let lo = Infinity;
      let hi = -Infinity;
      for (let x = 0; x < 512; x++) {
        lo = Math.min(lo, energyOf(ising, x));
        hi = Math.max(hi, energyOf(ising, x));
      }
      expect(Math.abs(r.energy - lo)).toBeLessThan(TOL);
      expect(Math.abs(r.worst - hi)).toBeLessThan(TOL);
      expect(Math.abs(energyOf(ising, r.bits) - lo)).toBeLessThan(TOL);
      expect(Math.abs(energyOf(ising, r.worstBits) - hi)).toBeLessThan(TOL);
      expect(r.optimalCount).toBe(1);
      expect(r.ms).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads a crafted vector: ties within rounding count, the worst may be index 0', () => {
    const r = bruteForce(Float64Array.from([5, -2, 1, -2 + 1e-12, -2 + 1e-6, 5]));
    expect(r).toMatchObject({ bits: 1, energy: -2, worst: 5, worstBits: 0, optimalCount: 2 });
  });

  it('counts degenerate optima: the even ring has two maximum cuts, the odd ring 2n', () => {
    const ring = (nodes: number) =>
      buildProblem({
        kind: 'maxcut',
        graph: 'ring',
        nodes,
        seed: 1,
        weighted: false,
        probability: 0,
      });
    const even = bruteForce(costVector(ring(8).ising));
    expect(even.energy).toBeCloseTo(-8, 12);
    expect(even.optimalCount).toBe(2);
    expect(even.worst).toBeCloseTo(0, 12);
    const odd = bruteForce(costVector(ring(7).ising));
    expect(odd.energy).toBeCloseTo(-6, 12);
    expect(odd.optimalCount).toBe(14);
  });
});

describe('simulated annealing and greedy search', () => {
  it.each(SMALL)('annealing finds the optimum of %s', (_, p) => {
    const problem = buildProblem(p);
    const exact = bruteForce(costVector(problem.ising));
    const r = simulatedAnnealing(problem.ising, { sweeps: 300, restarts: 5, rng: createRng(1) });
    expect(Math.abs(r.energy - exact.energy)).toBeLessThan(TOL);
    expect(Math.abs(energyOf(problem.ising, r.bits) - r.energy)).toBeLessThan(TOL);
  });

  it.each(SMALL)('greedy search from 50 starts finds the optimum of %s', (_, p) => {
    const problem = buildProblem(p);
    const exact = bruteForce(costVector(problem.ising));
    const r = greedyLocalSearch(problem.ising, { restarts: 50, rng: createRng(2) });
    expect(Math.abs(r.energy - exact.energy)).toBeLessThan(TOL);
    expect(Math.abs(energyOf(problem.ising, r.bits) - r.energy)).toBeLessThan(TOL);
  });

  it('greedy search stops in a local minimum: no single flip lowers the energy', () => {
    const ising = randomIsing(14, 5);
    for (const seed of [1, 2, 3, 4]) {
      const r = greedyLocalSearch(ising, { restarts: 1, rng: createRng(seed) });
      for (let i = 0; i < 14; i++) {
        expect(energyOf(ising, r.bits ^ (1 << i))).toBeGreaterThanOrEqual(r.energy - TOL);
      }
    }
  });

  it('is reproducible with the same seed and says what it did', () => {
    const ising = randomIsing(20, 9);
    const a = simulatedAnnealing(ising, { sweeps: 1000, restarts: 10, rng: createRng(7) });
    const b = simulatedAnnealing(ising, { sweeps: 1000, restarts: 10, rng: createRng(7) });
    expect(b.bits).toBe(a.bits);
    expect(b.energy).toBe(a.energy);
    const { hot, cold } = annealingTemperatures(ising);
    expect(a.settings).toBe(
      `1,000 sweeps, temperature ${Number(hot.toPrecision(2))} → ${Number(cold.toPrecision(2))} (geometric), best of 10 runs`,
    );
    const g1 = greedyLocalSearch(ising, { restarts: 10, rng: createRng(7) });
    const g2 = greedyLocalSearch(ising, { restarts: 10, rng: createRng(7) });
    expect(g2.bits).toBe(g1.bits);
    expect(g1.settings).toContain('best of 10 random starts');
  });

  it('runs at 24 qubits without the cost vector', () => {
    const ising = randomIsing(24, 13);
    const sa = simulatedAnnealing(ising, { sweeps: 200, restarts: 2, rng: createRng(1) });
    const gr = greedyLocalSearch(ising, { restarts: 5, rng: createRng(1) });
    expect(Math.abs(energyOf(ising, sa.bits) - sa.energy)).toBeLessThan(TOL);
    expect(Math.abs(energyOf(ising, gr.bits) - gr.energy)).toBeLessThan(TOL);
    expect(sa.bits).toBeLessThan(2 ** 24);
  });

  it('annealing temperatures follow the coefficient scale', () => {
    const ising: Ising = {
      n: 3,
      offset: 0,
      h: Float64Array.from([0.5, 0, 0]),
      couplings: [
        { i: 0, j: 1, w: 2 },
        { i: 1, j: 2, w: -1 },
      ],
    };
    const { hot, cold } = annealingTemperatures(ising);
    // Largest flip change 2(|2| + |−1|) = 6 at qubit 1, accepted with 1/2; smallest 2·0.5 with 1/100.
    expect(Math.exp(-6 / hot)).toBeCloseTo(0.5, 12);
    expect(Math.exp(-1 / cold)).toBeCloseTo(0.01, 12);
  });
});
