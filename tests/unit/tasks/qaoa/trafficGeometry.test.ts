import { describe, expect, it } from 'vitest';
import {
  chainRoute,
  chosenRoutes,
  offsetPath,
  roadLoads,
  routeProblems,
} from '../../../../src/tasks/qaoa/trafficGeometry';
import type { Point, RoadMap } from '../../../../src/tasks/qaoa/trafficGeometry';

/** Pixel positions are exact here: every tolerance is for floating-point rounding only. */
const EPS = 1e-9;

/**
 * A square of junctions 0 (0,0), 1 (10,0), 2 (10,10), 3 (0,10); roads 0: 0–1, 1: 1–2, 2: 0–3,
 * 3: 3–2. Two cars from 0 to 2, each by the top (roads 0, 1) or by the left (roads 2, 3).
 */
const MAP: RoadMap = {
  junctions: [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ],
  roads: [
    [0, 1],
    [1, 2],
    [0, 3],
    [3, 2],
  ],
  cars: [
    {
      name: 'Car 1',
      routes: [
        [0, 1],
        [2, 3],
      ],
    },
    {
      name: 'Car 2',
      routes: [
        [1, 0],
        [2, 3],
      ],
    },
  ],
  qubits: [
    [0, 1],
    [2, 3],
  ],
};
const at = (j: number): Point => MAP.junctions[j] ?? [0, 0];

function expectPoints(got: Point[], want: Point[]) {
  expect(got).toHaveLength(want.length);
  got.forEach((p, k) => {
    expect(Math.abs(p[0] - want[k]![0])).toBeLessThan(EPS);
    expect(Math.abs(p[1] - want[k]![1])).toBeLessThan(EPS);
  });
}

describe('chosen routes and loads', () => {
  it('reads each car’s routes from its qubits', () => {
    // Car 1 on route 0 (qubit 0), car 2 on route 0 (qubit 2).
    expect(chosenRoutes(MAP, 0b0101)).toEqual([[0], [0]]);
    expect(chosenRoutes(MAP, 0b1001)).toEqual([[0], [1]]);
    expect(chosenRoutes(MAP, 0b0011)).toEqual([[0, 1], []]);
  });
  it('counts the cars on each road', () => {
    expect(roadLoads(MAP, [[0], [0]])).toEqual([2, 2, 0, 0]);
    expect(roadLoads(MAP, [[0], [1]])).toEqual([1, 1, 1, 1]);
    expect(roadLoads(MAP, [[0, 1], []])).toEqual([1, 1, 1, 1]);
    // A route that lists a road twice still puts one car on it.
    const loop: RoadMap = { ...MAP, cars: [{ name: 'Car 1', routes: [[0, 1, 0]] }], qubits: [[0]] };
    expect(roadLoads(loop, [[0]])).toEqual([1, 1, 0, 0]);
  });
  it('names the cars without exactly one route', () => {
    expect(routeProblems(MAP, [[0], [1]])).toEqual([]);
    expect(routeProblems(MAP, [[0, 1], []])).toEqual(['Car 1 has 2 routes', 'Car 2 has no route']);
  });
});

describe('chainRoute', () => {
  it('orders the junctions of a route listed in travel order', () => {
    expect(chainRoute(MAP.roads, [0, 1])).toEqual([0, 1, 2]);
    expect(chainRoute(MAP.roads, [2, 3])).toEqual([0, 3, 2]);
  });
  it('starts where the first road leaves the second, whichever way roads are stored', () => {
    expect(chainRoute(MAP.roads, [1, 0])).toEqual([2, 1, 0]);
    expect(chainRoute(MAP.roads, [3])).toEqual([3, 2]);
  });
  it('gives null for roads that do not form one path', () => {
    expect(chainRoute(MAP.roads, [0, 3])).toBeNull();
    expect(chainRoute(MAP.roads, [])).toBeNull();
    expect(chainRoute(MAP.roads, [9])).toBeNull();
  });
});

describe('offsetPath', () => {
  it('is the path itself at offset 0', () => {
    expectPoints(offsetPath([0, 1, 2], at, 0), [
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });
  it('shifts each road to its left (from its lower junction) and mitres the corner', () => {
    // Road 0→1 runs +x: its normal is (0, 1). Road 1→2 runs +y: normal (−1, 0).
    expectPoints(offsetPath([0, 1, 2], at, 2), [
      [0, 2],
      [8, 2],
      [8, 10],
    ]);
  });
  it('shifts a road the same way whichever direction it is travelled', () => {
    const there = offsetPath([0, 1], at, 3);
    const back = offsetPath([1, 0], at, 3);
    expectPoints(back, [there[1]!, there[0]!]);
  });
  it('keeps two cars on a shared road apart by the difference of their offsets', () => {
    const a = offsetPath([0, 1], at, -3);
    const b = offsetPath([1, 0], at, 3);
    expect(Math.abs(a[0]![1] - b[1]![1])).toBeCloseTo(6, 12);
  });
});
