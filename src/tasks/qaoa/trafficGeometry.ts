// Geometry of the traffic picture: which routes a bitstring chooses, how many cars use each road,
// and each car's route as a polyline shifted sideways so that routes sharing a road stay visible.
import { bitOf } from './qaoaFormat';

export type Point = readonly [number, number];

/** What the traffic picture needs of the problem (ProblemPicture of kind 'traffic'). */
export interface RoadMap {
  junctions: [number, number][];
  /** Road r joins junctions roads[r][0] and roads[r][1]. */
  roads: [number, number][];
  /** Per car, its routes as lists of road indices. */
  cars: { name: string; routes: number[][] }[];
  /** qubits[c][r]: the qubit that says car c takes route r. */
  qubits: number[][];
}

/** Per car, the indices of the routes whose qubit is 1 in `bits` (one when feasible). */
export function chosenRoutes(map: RoadMap, bits: number): number[][] {
  return map.cars.map((car, c) =>
    car.routes.map((_, r) => r).filter((r) => bitOf(bits, map.qubits[c]?.[r] ?? -1) === 1),
  );
}

/** Cars on each road: every chosen route counts once on each road it uses. */
export function roadLoads(map: RoadMap, chosen: number[][]): number[] {
  const load = map.roads.map(() => 0);
  chosen.forEach((routes, c) => {
    for (const r of routes)
      for (const road of new Set(map.cars[c]?.routes[r] ?? []))
        if (road >= 0 && road < load.length) load[road] = (load[road] ?? 0) + 1;
  });
  return load;
}

/** The cars that do not take exactly one route, in words ("Car 2 has no route"), or []. */
export function routeProblems(map: RoadMap, chosen: number[][]): string[] {
  return chosen.flatMap((routes, c) => {
    const name = map.cars[c]?.name ?? `Car ${c + 1}`;
    if (routes.length === 0) return [`${name} has no route`];
    if (routes.length > 1) return [`${name} has ${routes.length} routes`];
    return [];
  });
}

/**
 * The junctions a route passes, in order, from its roads (listed in travel order or not): starts
 * at the end of the first road that the second does not share. Null when the roads do not form
 * one path.
 */
export function chainRoute(
  roads: readonly [number, number][],
  route: readonly number[],
): number[] | null {
  const segs = route.map((r) => roads[r]);
  if (segs.length === 0 || segs.some((s) => !s)) return null;
  const list = segs as [number, number][];
  const [a, b] = list[0]!;
  const second = list[1];
  let at = second && (second[0] === a || second[1] === a) ? b : a;
  const path = [at];
  const used = list.map(() => false);
  for (let step = 0; step < list.length; step++) {
    const k = list.findIndex((s, i) => !used[i] && (s[0] === at || s[1] === at));
    if (k < 0) return null;
    used[k] = true;
    const s = list[k]!;
    at = s[0] === at ? s[1] : s[0];
    path.push(at);
  }
  return path;
}

/** Unit normal of the road between junctions p and q, the same whichever way it is travelled. */
function roadNormal(p: number, q: number, at: (j: number) => Point): Point {
  const [lo, hi] = p < q ? [p, q] : [q, p];
  const a = at(lo);
  const b = at(hi);
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  return [-(b[1] - a[1]) / len, (b[0] - a[0]) / len];
}

/**
 * The polyline through junctions `path` (positions from `at`), shifted `offset` units to the
 * left of each road's own direction (from its lower-numbered junction), corners mitred: two cars
 * with different offsets never draw over each other on a shared road.
 */
export function offsetPath(
  path: readonly number[],
  at: (j: number) => Point,
  offset: number,
): Point[] {
  if (path.length < 2) return path.map(at);
  const segs = path.slice(1).map((q, k) => {
    const p = path[k]!;
    const n = roadNormal(p, q, at);
    const a = at(p);
    const b = at(q);
    return {
      a: [a[0] + offset * n[0], a[1] + offset * n[1]] as Point,
      b: [b[0] + offset * n[0], b[1] + offset * n[1]] as Point,
    };
  });
  const out: Point[] = [segs[0]!.a];
  for (let k = 1; k < segs.length; k++) out.push(corner(segs[k - 1]!, segs[k]!, offset));
  out.push(segs[segs.length - 1]!.b);
  return out;
}

/** Where two consecutive shifted segments meet; their ends' midpoint when the mitre is too long. */
function corner(s: { a: Point; b: Point }, t: { a: Point; b: Point }, offset: number): Point {
  const d1 = [s.b[0] - s.a[0], s.b[1] - s.a[1]];
  const d2 = [t.b[0] - t.a[0], t.b[1] - t.a[1]];
  const mid: Point = [(s.b[0] + t.a[0]) / 2, (s.b[1] + t.a[1]) / 2];
  const cross = d1[0]! * d2[1]! - d1[1]! * d2[0]!;
  if (Math.abs(cross) < 1e-9) return mid;
  const u = ((t.a[0] - s.a[0]) * d2[1]! - (t.a[1] - s.a[1]) * d2[0]!) / cross;
  const p: Point = [s.a[0] + u * d1[0]!, s.a[1] + u * d1[1]!];
  return Math.hypot(p[0] - mid[0], p[1] - mid[1]) > 3 * Math.abs(offset) + 1e-9 ? mid : p;
}
