// Edits of a hand-drawn graph ("Draw your own" MaxCut): each returns a new graph, the same graph
// object when there is nothing to do, or a sentence saying why the edit cannot be made.
import type { DrawnGraph } from '../../experiment/tasks/qaoa/types';

/** Nodes a drawn graph may have: one qubit each, and QAOA's statevector stays small. */
export const MAX_DRAWN_NODES = 20;

export const TOO_MANY_NODES = `A drawn graph has at most ${MAX_DRAWN_NODES} nodes (one qubit each): remove a node first.`;
export const ZERO_WEIGHT = 'An edge’s weight must be a non-zero number (Delete removes the edge).';

/** A coordinate of the 0–100 square: a whole number, clamped; NaN goes to the middle. */
export function clampCoord(v: number): number {
  if (Number.isNaN(v)) return 50;
  return Math.min(100, Math.max(0, Math.round(v)));
}

/** The graph with a node at (x, y) (clamped), numbered last; refused at MAX_DRAWN_NODES. */
export function addNode(g: DrawnGraph, x: number, y: number): DrawnGraph | string {
  if (g.nodes.length >= MAX_DRAWN_NODES) return TOO_MANY_NODES;
  return { nodes: [...g.nodes, [clampCoord(x), clampCoord(y)]], edges: g.edges };
}

/** Node i moved to (x, y), clamped to the square in whole numbers. */
export function moveNode(g: DrawnGraph, i: number, x: number, y: number): DrawnGraph {
  const old = g.nodes[i];
  const to: [number, number] = [clampCoord(x), clampCoord(y)];
  if (!old || (old[0] === to[0] && old[1] === to[1])) return g;
  return { nodes: g.nodes.map((p, k) => (k === i ? to : p)), edges: g.edges };
}

/** Index of the edge joining i and j (either order), or −1. */
export function edgeIndex(g: DrawnGraph, i: number, j: number): number {
  const a = Math.min(i, j);
  const b = Math.max(i, j);
  return g.edges.findIndex(([p, q]) => p === a && q === b);
}

/**
 * The graph with an edge i–j of weight w, stored with the smaller index first. Unchanged for a
 * self-loop, a node that does not exist, or an edge that is already there (its weight is kept).
 */
export function addEdge(g: DrawnGraph, i: number, j: number, w = 1): DrawnGraph | string {
  const n = g.nodes.length;
  if (i === j || !isNode(i, n) || !isNode(j, n) || edgeIndex(g, i, j) >= 0) return g;
  if (!validWeight(w)) return ZERO_WEIGHT;
  return { nodes: g.nodes, edges: [...g.edges, [Math.min(i, j), Math.max(i, j), w]] };
}

/** Edge e with weight w; refused for 0 or a non-finite number. */
export function setEdgeWeight(g: DrawnGraph, e: number, w: number): DrawnGraph | string {
  const old = g.edges[e];
  if (!validWeight(w)) return ZERO_WEIGHT;
  if (!old || old[2] === w) return g;
  return { nodes: g.nodes, edges: g.edges.map((d, k) => (k === e ? [d[0], d[1], w] : d)) };
}

/** The graph without node i and its edges; nodes after i move down by one (so do their edges). */
export function removeNode(g: DrawnGraph, i: number): DrawnGraph {
  if (!isNode(i, g.nodes.length)) return g;
  const renumber = (k: number) => (k > i ? k - 1 : k);
  return {
    nodes: g.nodes.filter((_, k) => k !== i),
    edges: g.edges
      .filter(([a, b]) => a !== i && b !== i)
      .map(([a, b, w]): [number, number, number] => [renumber(a), renumber(b), w]),
  };
}

/** The graph without edge e. */
export function removeEdge(g: DrawnGraph, e: number): DrawnGraph {
  if (!(e >= 0 && e < g.edges.length)) return g;
  return { nodes: g.nodes, edges: g.edges.filter((_, k) => k !== e) };
}

/** The node nearest (x, y) within `radius` (graph units), or −1; `except` is never picked. */
export function nearestNode(
  g: DrawnGraph,
  x: number,
  y: number,
  radius: number,
  except = -1,
): number {
  let best = -1;
  let bestD = radius * radius;
  g.nodes.forEach(([px, py], k) => {
    const d = (px - x) ** 2 + (py - y) ** 2;
    if (k !== except && d <= bestD) {
      bestD = d;
      best = k;
    }
  });
  return best;
}

/** Distance from (x, y) to the segment from a to b. */
export function segmentDistance(
  x: number,
  y: number,
  a: readonly [number, number],
  b: readonly [number, number],
): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - a[0]) * dx + (y - a[1]) * dy) / len2)) : 0;
  return Math.hypot(a[0] + t * dx - x, a[1] + t * dy - y);
}

/** The edge nearest (x, y) within `radius` (graph units), or −1. */
export function nearestEdge(g: DrawnGraph, x: number, y: number, radius: number): number {
  let best = -1;
  let bestD = radius;
  g.edges.forEach(([i, j], k) => {
    const a = g.nodes[i];
    const b = g.nodes[j];
    if (!a || !b) return;
    const d = segmentDistance(x, y, a, b);
    if (d <= bestD) {
      bestD = d;
      best = k;
    }
  });
  return best;
}

/** Spots tried for a new node: a ring (so nodes added one by one form a ring), then a grid. */
const RING: [number, number][] = Array.from({ length: MAX_DRAWN_NODES }, (_, k) => {
  const a = (2 * Math.PI * k) / MAX_DRAWN_NODES;
  return [clampCoord(50 + 38 * Math.sin(a)), clampCoord(50 - 38 * Math.cos(a))];
});
const GRID: [number, number][] = Array.from({ length: 81 }, (_, k) => [
  10 + 10 * (k % 9),
  10 + 10 * Math.floor(k / 9),
]);
/** Least distance (graph units) a ring spot keeps from every node before the grid is tried. */
const ROOMY = 12;

/**
 * Where the "Add node" button puts a node: the ring spot with the most room, else the grid's. Room
 * is the distance to the nearest node, or twice that to the nearest edge if less (a node on an
 * edge would look joined to it).
 */
export function freeSpot(g: DrawnGraph): [number, number] {
  const room = (p: [number, number]) => {
    let m = Infinity;
    for (const q of g.nodes) m = Math.min(m, Math.hypot(p[0] - q[0], p[1] - q[1]));
    for (const [i, j] of g.edges) {
      const a = g.nodes[i];
      const b = g.nodes[j];
      if (a && b) m = Math.min(m, 2 * segmentDistance(p[0], p[1], a, b));
    }
    return m;
  };
  const farthest = (spots: [number, number][]) => {
    let best = spots[0] ?? ([50, 50] as [number, number]);
    let bestRoom = -1;
    for (const p of spots) {
      const r = room(p);
      if (r > bestRoom) {
        bestRoom = r;
        best = p;
      }
    }
    return { best, bestRoom };
  };
  const ring = farthest(RING);
  return ring.bestRoom >= ROOMY ? ring.best : farthest(GRID).best;
}

/** A weight typed by the user: a non-zero finite number, or why not. */
export function parseWeight(text: string): number | string {
  const t = text.trim().replace('\u2212', '-').replace(',', '.');
  const w = t === '' ? NaN : Number(t);
  return validWeight(w) ? w : ZERO_WEIGHT;
}

function validWeight(w: number): boolean {
  return Number.isFinite(w) && w !== 0;
}

function isNode(i: number, n: number): boolean {
  return Number.isInteger(i) && i >= 0 && i < n;
}
