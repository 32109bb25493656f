// Traffic routing as an Ising energy (after Neukart et al., "Traffic flow optimization using a
// quantum annealer", 2017): each car picks one of its routes (one qubit per car and route), the
// cost is the congestion Σ_roads (cars on the road)², and one route per car is a penalty.

import { TRAFFIC_NETWORKS } from '../../../../src/experiment/tasks/qaoa/trafficPresets';
import type { TrafficProblem } from '../../../../src/experiment/tasks/qaoa/types';
import { isingFromQubo } from '../ising';
import type { Problem } from '../model';

/** qubits[c][r]: the qubit of car c's route r, numbered car by car. */
export function trafficQubitMap(routesPerCar: readonly number[]): number[][] {
  let q = 0;
  return routesPerCar.map((k) => Array.from({ length: k }, () => q++));
}

/**
 * The automatic one-route penalty. Congestion only grows when a route is added, so dropping a
 * car's extra routes never costs. Giving car c (which has none) its route r raises the congestion
 * by at most Σ_(roads s of r) (2K_s + 1), with K_s the number of other cars having some route on s
 * (each has at most one route on at that point); c takes the route where this bound is least, M_c.
 * An infeasible choice with e cars without a route is then within eM of a feasible one,
 * M = max_c M_c, so f* ≤ congestion + eM, while its penalty is at least P·e (and at least P when
 * e = 0, where trimming alone already lowers the congestion). P = M + 1 therefore makes every
 * infeasible choice cost more than the best feasible one (congestion is a whole number).
 */
export function autoRoutePenalty(
  cars: readonly { routes: readonly (readonly number[])[] }[],
): number {
  let m = 0;
  cars.forEach((car, c) => {
    let least = Infinity;
    for (const route of car.routes) {
      let rise = 0;
      for (const s of route) {
        const others = cars.filter((o, k) => k !== c && o.routes.some((r) => r.includes(s))).length;
        rise += 2 * others + 1;
      }
      least = Math.min(least, rise);
    }
    if (least < Infinity) m = Math.max(m, least);
  });
  return m + 1;
}

/**
 * E(x) = Σ_roads (Σ_(routes u on the road) x_u)² + P Σ_cars (Σ_r x_cr − 1)², expanded as a
 * QUBO: each road adds 1 to every route on it and 2 to every pair of routes on it; each car adds
 * −P to each of its routes, 2P to each pair of them and P to the constant.
 */
export function buildTraffic(p: TrafficProblem): Problem {
  const net = TRAFFIC_NETWORKS[p.preset];
  if (!net) throw new Error(`There is no traffic preset called "${String(p.preset)}".`);
  const { cars, roads, junctions } = net;
  const qubits = trafficQubitMap(cars.map((c) => c.routes.length));
  const n = qubits.reduce((s, row) => s + row.length, 0);
  const P = p.penalty === 'auto' ? autoRoutePenalty(cars) : p.penalty;
  if (!(Number.isFinite(P) && P >= 0)) {
    throw new Error('The one-route penalty must be a number of at least 0, or automatic.');
  }
  // uses[s]: how many times each qubit's route drives along road s.
  const uses = roads.map(() => new Map<number, number>());
  cars.forEach((car, c) =>
    car.routes.forEach((route, r) => {
      const u = qubits[c]![r]!;
      for (const s of route) uses[s]!.set(u, (uses[s]!.get(u) ?? 0) + 1);
    }),
  );
  const linear = new Array<number>(n).fill(0);
  const quadratic: { i: number; j: number; w: number }[] = [];
  for (const road of uses) {
    const list = [...road];
    list.forEach(([u, a], k) => {
      linear[u]! += a * a;
      for (const [v, b] of list.slice(k + 1)) quadratic.push({ i: u, j: v, w: 2 * a * b });
    });
  }
  for (const row of qubits) {
    row.forEach((u, k) => {
      linear[u]! -= P;
      for (const v of row.slice(k + 1)) quadratic.push({ i: u, j: v, w: 2 * P });
    });
  }
  const congestion = (bits: number): number => {
    let total = 0;
    for (const road of uses) {
      let count = 0;
      for (const [u, a] of road) if ((bits >>> u) & 1) count += a;
      total += count * count;
    }
    return total;
  };
  const feasible = (bits: number): boolean =>
    qubits.every((row) => row.reduce((s, u) => s + ((bits >>> u) & 1), 0) === 1);
  return {
    ising: isingFromQubo(n, P * cars.length, linear, quadratic),
    objective: 'cost',
    plain: congestion,
    plainName: 'Congestion',
    feasible,
    penalty: { weight: P, enforces: 'one route per car' },
    budget: null,
    picture: {
      kind: 'traffic',
      junctions: junctions.map(([x, y]) => [x, y]),
      roads: roads.map(([a, b]) => [a, b]),
      cars: cars.map((c) => ({ name: c.name, routes: c.routes.map((r) => [...r]) })),
      qubits,
    },
  };
}
