// The road networks of the traffic problem (after Neukart et al. 2017): junctions on a 0–100
// square, roads between them, and cars that each pick one of two or three routes. Routes of
// different cars share roads, so the shortest route for everyone is not the least congested.

import type { TrafficPreset } from './types';

/** One preset: a road network and the cars on it. */
export interface TrafficNetwork {
  /** [x, y] per junction on a 0–100 square (y down). */
  junctions: [number, number][];
  /** [a, b] junction indices per road (two-way). */
  roads: [number, number][];
  /** Each car's name and its routes, each route a list of road indices from origin to destination. */
  cars: { name: string; routes: number[][] }[];
}

/** A car given by its routes as junction sequences, turned into road indices below. */
interface CarPaths {
  name: string;
  paths: number[][];
}

/** Builds a network, turning each route's junction sequence into the roads it drives along. */
function network(
  junctions: [number, number][],
  roads: [number, number][],
  cars: CarPaths[],
): TrafficNetwork {
  const roadOf = (a: number, b: number): number => {
    const k = roads.findIndex(([u, v]) => (u === a && v === b) || (u === b && v === a));
    if (k < 0) throw new Error(`trafficPresets: no road between junctions ${a} and ${b}`);
    return k;
  };
  return {
    junctions,
    roads,
    cars: cars.map((c) => ({
      name: c.name,
      routes: c.paths.map((path) => path.slice(1).map((b, k) => roadOf(path[k]!, b))),
    })),
  };
}

/** Junctions of a cols × rows grid, row by row, spread over the 0–100 square. */
function gridJunctions(cols: number, rows: number, margin: number): [number, number][] {
  const out: [number, number][] = [];
  const dx = (100 - 2 * margin) / (cols - 1);
  const dy = (100 - 2 * margin) / (rows - 1);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      out.push([Math.round(margin + c * dx), Math.round(margin + r * dy)]);
  }
  return out;
}

/** Roads of a cols × rows grid: each junction to its right and lower neighbour. */
function gridRoads(cols: number, rows: number): [number, number][] {
  const out: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const k = r * cols + c;
      if (c + 1 < cols) out.push([k, k + 1]);
      if (r + 1 < rows) out.push([k, k + cols]);
    }
  }
  return out;
}

// 3 × 3 blocks round one central crossing (junction 4). Two cars cross straight through it; the
// third turns at it, and every detour is twice as long.
const crossing3 = network(gridJunctions(3, 3, 15), gridRoads(3, 3), [
  {
    name: 'Car A',
    paths: [
      [3, 4, 5],
      [3, 0, 1, 2, 5],
      [3, 6, 7, 8, 5],
    ],
  },
  {
    name: 'Car B',
    paths: [
      [1, 4, 7],
      [1, 0, 3, 6, 7],
      [1, 2, 5, 8, 7],
    ],
  },
  {
    name: 'Car C',
    paths: [
      [0, 3, 4, 7],
      [0, 1, 4, 7],
      [0, 3, 6, 7],
    ],
  },
]);

// A river down the middle with a north bridge (2–3) and a south bridge (6–7); banks 0, 4, 8 on
// the west and 1, 5, 9 on the east.
const bridges4 = network(
  [
    [10, 15],
    [90, 15],
    [38, 25],
    [62, 25],
    [10, 50],
    [90, 50],
    [38, 75],
    [62, 75],
    [10, 85],
    [90, 85],
  ],
  [
    [0, 2],
    [2, 3],
    [3, 1],
    [4, 2],
    [3, 5],
    [4, 6],
    [7, 5],
    [6, 7],
    [8, 6],
    [7, 9],
    [0, 4],
    [4, 8],
    [1, 5],
    [5, 9],
  ],
  [
    {
      name: 'Car A',
      paths: [
        [0, 2, 3, 1],
        [0, 4, 6, 7, 5, 1],
      ],
    },
    {
      name: 'Car B',
      paths: [
        [4, 2, 3, 5],
        [4, 6, 7, 5],
        [4, 8, 6, 7, 9, 5],
      ],
    },
    {
      name: 'Car C',
      paths: [
        [8, 6, 7, 9],
        [8, 4, 2, 3, 5, 9],
      ],
    },
    {
      name: 'Car D',
      paths: [
        [4, 2, 3, 1],
        [4, 6, 7, 5, 1],
        [4, 0, 2, 3, 1],
      ],
    },
  ],
);

// Six junctions on a ring road (0–5) with spokes to a central square (6). Each car goes round
// one way, round the other, or across the square.
const RING: [number, number][] = Array.from({ length: 6 }, (_, k) => {
  const a = -Math.PI / 2 + (Math.PI * k) / 3;
  return [Math.round(50 + 40 * Math.cos(a)), Math.round(50 + 40 * Math.sin(a))];
});
const ringRoute = (from: number, to: number, step: 1 | -1): number[] => {
  const path = [from];
  while (path[path.length - 1] !== to) path.push((path[path.length - 1]! + step + 6) % 6);
  return path;
};
const ringCar = (name: string, from: number, to: number): CarPaths => ({
  name,
  paths: [ringRoute(from, to, 1), ringRoute(from, to, -1), [from, 6, to]],
});
const ring5 = network(
  [...RING, [50, 50]],
  [
    ...Array.from({ length: 6 }, (_, k): [number, number] => [k, (k + 1) % 6]),
    ...Array.from({ length: 6 }, (_, k): [number, number] => [k, 6]),
  ],
  [
    ringCar('Car A', 0, 2),
    ringCar('Car B', 1, 4),
    ringCar('Car C', 2, 5),
    ringCar('Car D', 3, 0),
    ringCar('Car E', 4, 1),
  ],
);

// A 4 × 3 city grid; six cars cross it in different directions.
const grid6 = network(gridJunctions(4, 3, 12), gridRoads(4, 3), [
  {
    name: 'Car A',
    paths: [
      [0, 1, 2, 3, 7, 11],
      [0, 4, 8, 9, 10, 11],
      [0, 4, 5, 6, 10, 11],
    ],
  },
  {
    name: 'Car B',
    paths: [
      [8, 9, 10, 11, 7, 3],
      [8, 4, 0, 1, 2, 3],
      [8, 9, 5, 6, 2, 3],
    ],
  },
  {
    name: 'Car C',
    paths: [
      [4, 5, 6, 7],
      [4, 0, 1, 2, 3, 7],
      [4, 8, 9, 10, 11, 7],
    ],
  },
  {
    name: 'Car D',
    paths: [
      [1, 5, 9],
      [1, 0, 4, 8, 9],
      [1, 2, 6, 10, 9],
    ],
  },
  {
    name: 'Car E',
    paths: [
      [2, 6, 10],
      [2, 1, 5, 9, 10],
    ],
  },
  {
    name: 'Car F',
    paths: [
      [5, 6, 7, 11],
      [5, 9, 10, 11],
    ],
  },
]);

/** The four traffic presets. */
export const TRAFFIC_NETWORKS: Record<TrafficPreset, TrafficNetwork> = {
  crossing3,
  bridges4,
  ring5,
  grid6,
};

/** Qubits of a preset: one per (car, route). */
export function trafficQubits(preset: TrafficPreset): number {
  return TRAFFIC_NETWORKS[preset].cars.reduce((sum, c) => sum + c.routes.length, 0);
}
