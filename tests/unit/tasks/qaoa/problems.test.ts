import { describe, expect, it } from 'vitest';
import { presetGraph } from '../../../../src/experiment/tasks/qaoa/graphs';
import {
  TRAFFIC_NETWORKS,
  trafficQubits,
} from '../../../../src/experiment/tasks/qaoa/trafficPresets';
import type {
  MaxCutProblem,
  PortfolioProblem,
  TrafficPreset,
} from '../../../../src/experiment/tasks/qaoa/types';
import { costVector, energyOf } from '../../../../workers/tasks/qaoa/ising';
import type { Problem } from '../../../../workers/tasks/qaoa/model';
import { buildProblem } from '../../../../workers/tasks/qaoa/problems';
import { portfolioMarket } from '../../../../workers/tasks/qaoa/problems/portfolio';

const TOL = 1e-9;

/** The minimum of a cost vector by a plain loop. */
function minOf(costs: Float64Array): { e: number; x: number } {
  let e = Infinity;
  let x = -1;
  costs.forEach((v, k) => {
    if (v < e) [e, x] = [v, k];
  });
  return { e, x };
}

/** The lowest energy of a bitstring that breaks the constraints. */
function bestInfeasible(problem: Problem, costs: Float64Array): number {
  let e = Infinity;
  costs.forEach((v, k) => {
    if (!problem.feasible(k)) e = Math.min(e, v);
  });
  return e;
}

const graph = (over: Partial<MaxCutProblem>): MaxCutProblem => ({
  kind: 'maxcut',
  graph: 'ring',
  nodes: 8,
  seed: 1,
  weighted: false,
  probability: 0.5,
  ...over,
});

describe('MaxCut', () => {
  /** The best cut by counting cut edges of every split. */
  function maxCutByCounting(edges: [number, number, number][], n: number): number {
    let best = -Infinity;
    for (let x = 0; x < 2 ** n; x++) {
      let cut = 0;
      for (const [i, j, w] of edges) if (((x >> i) & 1) !== ((x >> j) & 1)) cut += w;
      best = Math.max(best, cut);
    }
    return best;
  }

  it('−E is the cut, counted edge by edge, on random weighted graphs', () => {
    for (const seed of [1, 2, 3, 4]) {
      const p = graph({ graph: 'erdos', nodes: 9, seed, weighted: true, probability: 0.4 });
      const { edges } = presetGraph(p);
      const problem = buildProblem(p);
      const costs = costVector(problem.ising);
      for (let x = 0; x < 2 ** 9; x++) {
        let cut = 0;
        for (const [i, j, w] of edges) if (((x >> i) & 1) !== ((x >> j) & 1)) cut += w;
        expect(Math.abs(-costs[x]! - cut)).toBeLessThan(TOL);
        expect(problem.plain(x)).toBe(cut);
      }
      expect(-minOf(costs).e).toBeCloseTo(maxCutByCounting(edges, 9), 9);
    }
  });

  it('knows the classic maximum cuts: ring 8 → 8, Petersen → 12, K5 → 6', () => {
    const cases: [Partial<MaxCutProblem>, number, number][] = [
      [{ graph: 'ring', nodes: 8 }, 8, 8],
      [{ graph: 'petersen', nodes: 3 }, 10, 12],
      [{ graph: 'complete', nodes: 5 }, 5, 6],
      [{ graph: 'star', nodes: 6 }, 6, 5],
      [{ graph: 'grid', nodes: 9 }, 9, 12],
    ];
    for (const [over, n, best] of cases) {
      const problem = buildProblem(graph(over));
      expect(problem.ising.n).toBe(n);
      expect(-minOf(costVector(problem.ising)).e).toBeCloseTo(best, 9);
    }
  });

  it('builds the preset structures', () => {
    expect(presetGraph(graph({ graph: 'ring', nodes: 2 })).edges).toEqual([[0, 1, 1]]);
    expect(presetGraph(graph({ graph: 'complete', nodes: 6 })).edges).toHaveLength(15);
    const petersen = presetGraph(graph({ graph: 'petersen', nodes: 4 }));
    expect(petersen.positions).toHaveLength(10);
    expect(petersen.edges).toHaveLength(15);
    const grid = presetGraph(graph({ graph: 'grid', nodes: 7 })); // 2 rows × 4, last row 3
    expect(grid.edges).toHaveLength(3 + 2 + 3);
    const star = presetGraph(graph({ graph: 'star', nodes: 5 }));
    expect(star.positions[0]).toEqual([50, 50]);
    for (const g of [petersen, grid, star]) {
      for (const [x, y] of g.positions) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(100);
      }
    }
  });

  it('3-regular graphs: degree 3, simple, seeded, and a clear refusal for odd n', () => {
    const seen = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      const { edges } = presetGraph(graph({ graph: 'regular3', nodes: 12, seed }));
      const degree = new Array(12).fill(0);
      const pairs = new Set<string>();
      for (const [i, j, w] of edges) {
        expect(i).toBeLessThan(j);
        expect(w).toBe(1);
        pairs.add(`${i}-${j}`);
        degree[i]++;
        degree[j]++;
      }
      expect(pairs.size).toBe(edges.length);
      expect(degree).toEqual(new Array(12).fill(3));
      seen.add(JSON.stringify(edges));
      const again = presetGraph(graph({ graph: 'regular3', nodes: 12, seed }));
      expect(again.edges).toEqual(edges);
    }
    expect(seen.size).toBe(5);
    expect(() => presetGraph(graph({ graph: 'regular3', nodes: 7 }))).toThrow(
      'A 3-regular graph needs an even number of nodes, at least 4; 7 is odd.',
    );
    expect(() => presetGraph(graph({ graph: 'regular3', nodes: 2 }))).toThrow('at least 4');
  });

  it('weights are whole numbers 1–5 from the seed, the structure unchanged', () => {
    const plain = presetGraph(graph({ graph: 'regular3', nodes: 10, seed: 9 }));
    const weighted = presetGraph(graph({ graph: 'regular3', nodes: 10, seed: 9, weighted: true }));
    expect(weighted.edges.map(([i, j]) => [i, j])).toEqual(plain.edges.map(([i, j]) => [i, j]));
    const ws = weighted.edges.map(([, , w]) => w);
    expect(ws.every((w) => Number.isInteger(w) && w >= 1 && w <= 5)).toBe(true);
    expect(new Set(ws).size).toBeGreaterThan(1);
  });

  it('uses a drawn graph as drawn and refuses a missing one', () => {
    const drawn = {
      nodes: [
        [10, 10],
        [90, 10],
        [50, 90],
      ] as [number, number][],
      edges: [
        [0, 1, 2],
        [2, 1, -1],
      ] as [number, number, number][],
    };
    const problem = buildProblem(graph({ graph: 'drawn', drawn }));
    expect(problem.picture).toEqual({
      kind: 'graph',
      positions: drawn.nodes,
      edges: [
        [0, 1, 2],
        [1, 2, -1],
      ],
    });
    expect(problem.plain(0b010)).toBe(1);
    expect(() => buildProblem(graph({ graph: 'drawn' }))).toThrow('no drawn graph');
  });
});

describe('Portfolio', () => {
  const portfolio = (over: Partial<PortfolioProblem>): PortfolioProblem => ({
    kind: 'portfolio',
    assets: 8,
    budget: 3,
    risk: 1,
    seed: 1,
    returns: '',
    penalty: 'auto',
    ...over,
  });

  /** The best feasible portfolio by enumerating the B-subsets, from μ and Σ directly. */
  function bestSubset(mu: number[], cov: number[][], B: number, q: number): number {
    const n = mu.length;
    let best = Infinity;
    const pick = (from: number, chosen: number[]): void => {
      if (chosen.length === B) {
        let f = 0;
        for (const i of chosen) {
          f -= mu[i]!;
          for (const j of chosen) f += q * cov[i]![j]!;
        }
        best = Math.min(best, f);
        return;
      }
      for (let i = from; i < n; i++) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
    return best;
  }

  it('with the automatic penalty the QUBO minimum is the best feasible portfolio', () => {
    for (const seed of [1, 2, 3]) {
      for (const q of [0, 0.5, 3, 20]) {
        for (const budget of [1, 3, 5]) {
          const p = portfolio({ seed, risk: q, budget, assets: 8 });
          const problem = buildProblem(p);
          const costs = costVector(problem.ising);
          const { e, x } = minOf(costs);
          expect(problem.feasible(x)).toBe(true);
          expect(bestInfeasible(problem, costs)).toBeGreaterThan(e);
          const { mu, cov } = portfolioMarket(p);
          expect(Math.abs(e - bestSubset(mu, cov, budget, q))).toBeLessThan(TOL);
          expect(Math.abs(-problem.plain(x) - e)).toBeLessThan(TOL);
        }
      }
    }
  });

  it('with a tiny penalty the minimum breaks the budget, and feasible() says so', () => {
    const problem = buildProblem(portfolio({ risk: 0, penalty: 1e-6 }));
    const { x } = minOf(costVector(problem.ising));
    expect(problem.feasible(x)).toBe(false);
    expect(problem.penalty).toEqual({ weight: 1e-6, enforces: 'exactly 3 of 8 assets' });
  });

  it('generated assets are plausible and seeded', () => {
    const a = portfolioMarket(portfolio({ seed: 5 }));
    expect(portfolioMarket(portfolio({ seed: 5 }))).toEqual(a);
    expect(portfolioMarket(portfolio({ seed: 6 })).mu).not.toEqual(a.mu);
    for (const [k, m] of a.mu.entries()) {
      expect(m).toBeGreaterThan(0.004);
      expect(m).toBeLessThan(0.02);
      expect(Math.sqrt(a.cov[k]![k]!)).toBeGreaterThan(0.02);
      expect(Math.sqrt(a.cov[k]![k]!)).toBeLessThan(0.12);
    }
    expect(a.names).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
  });

  it('takes μ and Σ from a CSV (whose columns decide the assets)', () => {
    const returns = 'X;Y;Z\n0.01;0.02;0\n0.03;0.04;0\n0.02;0.00;0.03';
    const p = portfolio({ returns, assets: 8, budget: 2, risk: 2 });
    const { names, mu, cov } = portfolioMarket(p);
    expect(names).toEqual(['X', 'Y', 'Z']);
    // Means 0.02, 0.02, 0.01; deviations X (−1, 1, 0)/100, Y (0, 2, −2)/100, Z (−1, −1, 2)/100.
    [0.02, 0.02, 0.01].forEach((m, k) => expect(mu[k]).toBeCloseTo(m, 12));
    const hand = [
      [1, 1, 0],
      [1, 4, -3],
      [0, -3, 3],
    ].map((row) => row.map((v) => v * 1e-4));
    hand.forEach((row, k) => row.forEach((v, l) => expect(cov[k]![l]).toBeCloseTo(v, 14)));
    const problem = buildProblem(p);
    expect(problem.ising.n).toBe(3);
    expect(problem.picture).toMatchObject({ kind: 'portfolio', names: ['X', 'Y', 'Z'], budget: 2 });
    const { x } = minOf(costVector(problem.ising));
    expect(problem.feasible(x)).toBe(true);
    expect(() => buildProblem(portfolio({ returns: 'a,b\n1,x\n2,3\n4,5' }))).toThrow(
      'The returns cannot be used: Line 2, column 2: "x" is not a number.',
    );
    expect(() => buildProblem(portfolio({ returns, budget: 4 }))).toThrow('from 1 to 3');
  });
});

describe('Traffic', () => {
  const presets = Object.keys(TRAFFIC_NETWORKS) as TrafficPreset[];

  /** Congestion of one route per car, counted road by road. */
  function congestionOf(preset: TrafficPreset, choice: number[]): number {
    const net = TRAFFIC_NETWORKS[preset];
    const count = new Array(net.roads.length).fill(0);
    choice.forEach((r, c) => net.cars[c]!.routes[r]!.forEach((s) => count[s]++));
    return count.reduce((a, k) => a + k * k, 0);
  }

  it('presets: 3–6 cars, 2–3 routes each, ≤ 18 qubits, routes are paths shared between cars', () => {
    expect(presets.map((p) => TRAFFIC_NETWORKS[p].cars.length)).toEqual([3, 4, 5, 6]);
    for (const preset of presets) {
      const net = TRAFFIC_NETWORKS[preset];
      expect(trafficQubits(preset)).toBeLessThanOrEqual(18);
      const owners = new Map<number, Set<number>>();
      net.cars.forEach((car, c) => {
        expect(car.routes.length).toBeGreaterThanOrEqual(2);
        expect(car.routes.length).toBeLessThanOrEqual(3);
        const ends = car.routes.map((route) => {
          expect(new Set(route).size).toBe(route.length);
          // Walk the route: each road leaves from where the last one arrived.
          const [a0, b0] = net.roads[route[0]!]!;
          const [a1, b1] = net.roads[route[1] ?? route[0]!]!;
          let at = route.length > 1 && (a0 === a1 || a0 === b1) ? b0 : a0;
          const start = at;
          for (const s of route) {
            const [a, b] = net.roads[s]!;
            expect([a, b]).toContain(at);
            at = a === at ? b : a;
            if (!owners.has(s)) owners.set(s, new Set());
            owners.get(s)!.add(c);
          }
          return [Math.min(start, at), Math.max(start, at)].join('-');
        });
        expect(new Set(ends).size).toBe(1);
      });
      expect([...owners.values()].some((cars) => cars.size >= 2)).toBe(true);
    }
  });

  it('congestion of a known assignment, by hand', () => {
    // crossing3, everyone's first route: A 3-4-5, B 1-4-7, C 0-3-4-7. Roads 3-4 and 4-7 carry 2
    // cars, 4-5, 1-4 and 0-3 one: 4 + 4 + 1 + 1 + 1 = 11.
    expect(congestionOf('crossing3', [0, 0, 0])).toBe(11);
    const problem = buildProblem({ kind: 'traffic', preset: 'crossing3', penalty: 'auto' });
    expect(problem.plain(0b001_001_001)).toBe(11);
    expect(problem.feasible(0b001_001_001)).toBe(true);
    expect(problem.feasible(0b011_001_001)).toBe(false);
    expect(problem.feasible(0b000_001_001)).toBe(false);
    expect(energyOf(problem.ising, 0b001_001_001)).toBeCloseTo(11, 9);
  });

  it('every preset: the QUBO minimum is feasible and equals the best route choice', () => {
    for (const preset of presets) {
      const net = TRAFFIC_NETWORKS[preset];
      let best = Infinity;
      let shortest = 0;
      const walk = (c: number, choice: number[]): void => {
        if (c === net.cars.length) {
          best = Math.min(best, congestionOf(preset, choice));
          return;
        }
        for (let r = 0; r < net.cars[c]!.routes.length; r++) walk(c + 1, [...choice, r]);
      };
      walk(0, []);
      const problem = buildProblem({ kind: 'traffic', preset, penalty: 'auto' });
      expect(problem.ising.n).toBe(trafficQubits(preset));
      const costs = costVector(problem.ising);
      const { e, x } = minOf(costs);
      expect(problem.feasible(x)).toBe(true);
      expect(bestInfeasible(problem, costs)).toBeGreaterThan(e);
      expect(Math.abs(e - best)).toBeLessThan(TOL);
      expect(problem.plain(x)).toBe(best);
      // Not trivial: everyone on their shortest route is worse than the optimum.
      shortest = congestionOf(
        preset,
        net.cars.map((car) =>
          car.routes.reduce((k, r, i) => (r.length < car.routes[k]!.length ? i : k), 0),
        ),
      );
      expect(shortest).toBeGreaterThan(best);
    }
  });

  it('a zero penalty lets the empty choice win', () => {
    const problem = buildProblem({ kind: 'traffic', preset: 'bridges4', penalty: 0 });
    expect(minOf(costVector(problem.ising)).x).toBe(0);
    expect(problem.feasible(0)).toBe(false);
  });
});

describe('Custom problems', () => {
  it('matrix and terms build the same energies; Z terms are used as written', () => {
    const a = buildProblem({ kind: 'custom', text: '1 -2\n0 3' });
    const b = buildProblem({ kind: 'custom', text: 'x0 - 2 x0 x1 + 3 x1' });
    for (let x = 0; x < 4; x++) {
      expect(energyOf(a.ising, x)).toBeCloseTo(energyOf(b.ising, x), 12);
      expect(a.plain(x)).toBeCloseTo(energyOf(a.ising, x), 12);
    }
    expect(energyOf(a.ising, 0b11)).toBeCloseTo(2, 12);
    const z = buildProblem({ kind: 'custom', text: 'Z0 Z1 + 0.5' });
    expect(energyOf(z.ising, 0b01)).toBeCloseTo(-0.5, 12);
    expect(() => buildProblem({ kind: 'custom', text: '' })).toThrow('empty');
  });
});
