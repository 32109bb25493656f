// The graphs MaxCut is solved on: each preset's edges (seeded where random) and a layout on a
// 0–100 square for drawing, or the graph the user drew.

import { createRng, type Rng } from '../../rng';
import type { DrawnGraph, MaxCutProblem } from './types';

/** A graph ready to cut and draw. */
export interface GraphLayout {
  /** [x, y] per node on a 0–100 square (y down); node q is qubit q. */
  positions: [number, number][];
  /** [i, j, weight] per edge, i < j, sorted by i then j. */
  edges: [number, number, number][];
}

/** Nodes a preset may have (the drawn graph and Petersen have their own). */
export const MIN_GRAPH_NODES = 2;
export const MAX_GRAPH_NODES = 20;

/** Pairings tried before a random 3-regular graph is given up (each succeeds with p ≈ e⁻² ≈ 0.14). */
const REGULAR_ATTEMPTS = 2000;

/**
 * The graph of a MaxCut problem. Presets use `p.nodes` (2–20; Petersen always has 10 nodes),
 * `p.seed` for random structure and weights, `p.probability` for Erdős–Rényi; a 'drawn' graph
 * is returned as drawn (copied). A ring of 2 nodes is a single edge (no double edge). Weights
 * are 1, or whole numbers 1–5 when `p.weighted`, drawn after the structure from the same seed.
 * Throws an Error with a sentence for a student when the graph cannot be made.
 */
export function presetGraph(p: MaxCutProblem): GraphLayout {
  if (p.graph === 'drawn') {
    if (!p.drawn) throw new Error('There is no drawn graph: add nodes and edges first.');
    return drawnGraph(p.drawn);
  }
  if (p.graph === 'petersen') return weigh(petersen(), p);
  const n = p.nodes;
  if (!Number.isInteger(n) || n < MIN_GRAPH_NODES || n > MAX_GRAPH_NODES) {
    throw new Error(
      `A graph needs ${MIN_GRAPH_NODES} to ${MAX_GRAPH_NODES} nodes; ${String(n)} is not allowed.`,
    );
  }
  const rng = createRng(p.seed);
  switch (p.graph) {
    case 'ring': {
      const edges: [number, number][] = [];
      for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
      if (n > 2) edges.push([0, n - 1]);
      return weigh({ positions: circle(n), edges }, p, rng);
    }
    case 'complete':
      return weigh({ positions: circle(n), edges: allPairs(n, () => true) }, p, rng);
    case 'regular3':
      return weigh({ positions: circle(n), edges: randomCubic(n, rng) }, p, rng);
    case 'erdos': {
      const prob = Math.min(1, Math.max(0, p.probability));
      return weigh({ positions: circle(n), edges: allPairs(n, () => rng.next() < prob) }, p, rng);
    }
    case 'grid':
      return weigh(grid(n), p, rng);
    case 'star': {
      const edges: [number, number][] = [];
      for (let k = 1; k < n; k++) edges.push([0, k]);
      return weigh({ positions: [[50, 50], ...circle(n - 1)], edges }, p, rng);
    }
  }
}

/** A copy of a drawn graph, checked: 2–20 nodes, edges between two different existing nodes. */
function drawnGraph(d: DrawnGraph): GraphLayout {
  const n = d.nodes.length;
  if (n < MIN_GRAPH_NODES) {
    throw new Error(
      `The drawn graph has ${n} node${n === 1 ? '' : 's'}: draw at least ${MIN_GRAPH_NODES}.`,
    );
  }
  if (n > MAX_GRAPH_NODES) {
    throw new Error(`The drawn graph has ${n} nodes; at most ${MAX_GRAPH_NODES}.`);
  }
  const edges = d.edges.map(([a, b, w]): [number, number, number] => {
    if (!(
      Number.isInteger(a) &&
      Number.isInteger(b) &&
      a >= 0 &&
      b >= 0 &&
      a < n &&
      b < n &&
      a !== b
    )) {
      throw new Error(`The edge from node ${a} to node ${b} does not join two different nodes.`);
    }
    if (!Number.isFinite(w)) throw new Error(`The edge from node ${a} to node ${b} has no weight.`);
    return [Math.min(a, b), Math.max(a, b), w];
  });
  return { positions: d.nodes.map(([x, y]) => [x, y]), edges };
}

/** Number of edges of the problem's graph. */
export function graphEdgeCount(p: MaxCutProblem): number {
  return presetGraph(p).edges.length;
}

/** Weights 1 or, when weighted, whole numbers 1–5 in edge order; edges sorted by (i, j). */
function weigh(
  g: { positions: [number, number][]; edges: [number, number][] },
  p: MaxCutProblem,
  rng: Rng = createRng(p.seed),
): GraphLayout {
  const sorted = g.edges
    .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return {
    positions: g.positions,
    edges: sorted.map(([i, j]) => [i, j, p.weighted ? 1 + rng.int(5) : 1]),
  };
}

/** Node k on a circle of radius 40 round the centre, node 0 at the top, clockwise. */
function circle(n: number, radius = 40): [number, number][] {
  return Array.from({ length: n }, (_, k) => {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
    return [round2(50 + radius * Math.cos(a)), round2(50 + radius * Math.sin(a))];
  });
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

function allPairs(n: number, keep: () => boolean): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (keep()) edges.push([i, j]);
  return edges;
}

/** rows = ⌊√n⌋, cols = ⌈n/rows⌉, filled row by row (the last row may be partial); square cells. */
function grid(n: number): { positions: [number, number][]; edges: [number, number][] } {
  const rows = Math.floor(Math.sqrt(n));
  const cols = Math.ceil(n / rows);
  const step = 80 / Math.max(1, rows - 1, cols - 1);
  const x0 = 50 - (step * (cols - 1)) / 2;
  const y0 = 50 - (step * (rows - 1)) / 2;
  const positions: [number, number][] = [];
  const edges: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const r = Math.floor(k / cols);
    const c = k % cols;
    positions.push([round2(x0 + c * step), round2(y0 + r * step)]);
    if (c + 1 < cols && k + 1 < n) edges.push([k, k + 1]);
    if (k + cols < n) edges.push([k, k + cols]);
  }
  return { positions, edges };
}

/** Outer pentagon 0–4, spokes k–(k+5), inner pentagram 5–9. */
function petersen(): { positions: [number, number][]; edges: [number, number][] } {
  const positions = [...circle(5, 42), ...circle(5, 20)];
  const edges: [number, number][] = [];
  for (let k = 0; k < 5; k++) {
    edges.push([k, (k + 1) % 5], [k, k + 5], [5 + k, 5 + ((k + 2) % 5)]);
  }
  return { positions, edges };
}

/**
 * A uniformly random simple 3-regular graph by the configuration model: pair 3n half-edges at
 * random, and start again when a pairing makes a loop or a double edge.
 */
function randomCubic(n: number, rng: Rng): [number, number][] {
  if (n % 2 === 1) {
    throw new Error(`A 3-regular graph needs an even number of nodes, at least 4; ${n} is odd.`);
  }
  if (n < 4) {
    throw new Error(
      `A 3-regular graph needs an even number of nodes, at least 4; ${n} is too few.`,
    );
  }
  const stubs = new Int32Array(3 * n);
  for (let attempt = 0; attempt < REGULAR_ATTEMPTS; attempt++) {
    for (let k = 0; k < stubs.length; k++) stubs[k] = Math.floor(k / 3);
    for (let k = stubs.length - 1; k > 0; k--) {
      const r = rng.int(k + 1);
      const t = stubs[k]!;
      stubs[k] = stubs[r]!;
      stubs[r] = t;
    }
    const seen = new Set<number>();
    const edges: [number, number][] = [];
    for (let k = 0; k < stubs.length; k += 2) {
      const a = Math.min(stubs[k]!, stubs[k + 1]!);
      const b = Math.max(stubs[k]!, stubs[k + 1]!);
      if (a === b || seen.has(a * n + b)) break;
      seen.add(a * n + b);
      edges.push([a, b]);
    }
    if (edges.length === (3 * n) / 2) return edges;
  }
  throw new Error(`No 3-regular graph on ${n} nodes was found from this seed; try another seed.`);
}
