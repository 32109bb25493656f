import { describe, expect, it } from 'vitest';
import type { DrawnGraph } from '../../../../src/experiment/tasks/qaoa/types';
import {
  MAX_DRAWN_NODES,
  TOO_MANY_NODES,
  ZERO_WEIGHT,
  addEdge,
  addNode,
  clampCoord,
  edgeIndex,
  freeSpot,
  moveNode,
  nearestEdge,
  nearestNode,
  parseWeight,
  removeEdge,
  removeNode,
  segmentDistance,
  setEdgeWeight,
} from '../../../../src/tasks/qaoa/graphEdits';

/** A path 0–1–2–3 (1 raised above the others), and a chord 0–2 of weight 2. */
const PATH: DrawnGraph = {
  nodes: [
    [10, 10],
    [40, 0],
    [70, 10],
    [90, 50],
  ],
  edges: [
    [0, 1, 1],
    [1, 2, 1],
    [2, 3, 1],
    [0, 2, 2],
  ],
};

function graph(g: DrawnGraph | string): DrawnGraph {
  if (typeof g === 'string') throw new Error(`refused: ${g}`);
  return g;
}

/** Every edge joins two existing nodes, smaller index first, with a non-zero weight, no repeats. */
function expectValid(g: DrawnGraph) {
  const seen = new Set<string>();
  for (const [i, j, w] of g.edges) {
    expect(i).toBeLessThan(j);
    expect(j).toBeLessThan(g.nodes.length);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(w).not.toBe(0);
    expect(seen.has(`${i}-${j}`)).toBe(false);
    seen.add(`${i}-${j}`);
  }
  for (const [x, y] of g.nodes) {
    expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
    expect(Math.min(x, y)).toBeGreaterThanOrEqual(0);
    expect(Math.max(x, y)).toBeLessThanOrEqual(100);
  }
}

describe('addNode', () => {
  it('appends a node, rounded and clamped to the square, keeping the edges', () => {
    const g = graph(addNode(PATH, 120.4, -3));
    expect(g.nodes).toHaveLength(5);
    expect(g.nodes[4]).toEqual([100, 0]);
    expect(g.edges).toBe(PATH.edges);
    expect(graph(addNode(PATH, 33.5, 66.4)).nodes[4]).toEqual([34, 66]);
    expect(PATH.nodes).toHaveLength(4);
  });
  it('refuses a node past the limit with a sentence', () => {
    let g: DrawnGraph = { nodes: [], edges: [] };
    for (let k = 0; k < MAX_DRAWN_NODES; k++) g = graph(addNode(g, k * 5, 50));
    expect(g.nodes).toHaveLength(MAX_DRAWN_NODES);
    expect(addNode(g, 1, 1)).toBe(TOO_MANY_NODES);
    expect(TOO_MANY_NODES).toContain('20');
  });
});

describe('moveNode', () => {
  it('moves one node, clamped, whole numbers', () => {
    const g = moveNode(PATH, 1, 44.6, 140);
    expect(g.nodes[1]).toEqual([45, 100]);
    expect(g.nodes[0]).toEqual(PATH.nodes[0]);
    expect(g.edges).toBe(PATH.edges);
  });
  it('returns the same graph when nothing moves or the node does not exist', () => {
    expect(moveNode(PATH, 1, 40.2, 0.3)).toBe(PATH);
    expect(moveNode(PATH, 9, 1, 1)).toBe(PATH);
  });
});

describe('addEdge', () => {
  it('stores the smaller index first, weight 1 by default', () => {
    const g = graph(addEdge(PATH, 3, 0));
    expect(g.edges[4]).toEqual([0, 3, 1]);
    expect(graph(addEdge(PATH, 3, 1, -2.5)).edges[4]).toEqual([1, 3, -2.5]);
    expectValid(g);
  });
  it('leaves self-loops, missing nodes and existing edges alone (weight kept)', () => {
    expect(addEdge(PATH, 2, 2)).toBe(PATH);
    expect(addEdge(PATH, 0, 7)).toBe(PATH);
    expect(addEdge(PATH, 2, 0, 5)).toBe(PATH);
    expect(addEdge(PATH, 1, 0)).toBe(PATH);
  });
  it('refuses a zero weight', () => {
    expect(addEdge(PATH, 0, 3, 0)).toBe(ZERO_WEIGHT);
  });
});

describe('setEdgeWeight and removeEdge', () => {
  it('sets one weight; refuses 0 and non-numbers', () => {
    const g = graph(setEdgeWeight(PATH, 1, 3));
    expect(g.edges[1]).toEqual([1, 2, 3]);
    expect(g.edges[3]).toEqual([0, 2, 2]);
    expect(setEdgeWeight(PATH, 1, 0)).toBe(ZERO_WEIGHT);
    expect(setEdgeWeight(PATH, 1, NaN)).toBe(ZERO_WEIGHT);
    expect(setEdgeWeight(PATH, 1, 1)).toBe(PATH);
  });
  it('removes one edge', () => {
    const g = removeEdge(PATH, 1);
    expect(g.edges).toEqual([
      [0, 1, 1],
      [2, 3, 1],
      [0, 2, 2],
    ]);
    expect(removeEdge(PATH, 4)).toBe(PATH);
  });
});

describe('removeNode', () => {
  it('drops the node and its edges, and renumbers the nodes after it', () => {
    const g = removeNode(PATH, 1);
    expect(g.nodes).toEqual([
      [10, 10],
      [70, 10],
      [90, 50],
    ]);
    // 2–3 becomes 1–2; the chord 0–2 (weight 2) becomes 0–1.
    expect(g.edges).toEqual([
      [1, 2, 1],
      [0, 1, 2],
    ]);
    expectValid(g);
  });
  it('keeps i < j when the node removed lies between an edge’s ends', () => {
    const g = removeNode(graph(addEdge(PATH, 0, 3)), 2);
    expect(g.edges).toEqual([
      [0, 1, 1],
      [0, 2, 1],
    ]);
    expectValid(g);
  });
  it('ignores a node that does not exist', () => {
    expect(removeNode(PATH, 4)).toBe(PATH);
  });
});

describe('hit testing', () => {
  it('finds the nearest node within the radius, skipping `except`', () => {
    expect(nearestNode(PATH, 12, 11, 5)).toBe(0);
    expect(nearestNode(PATH, 25, 10, 5)).toBe(-1);
    expect(nearestNode(PATH, 24, 10, 15)).toBe(0);
    expect(nearestNode(PATH, 26, 10, 15)).toBe(-1);
    expect(nearestNode(PATH, 36, 2, 15)).toBe(1);
    expect(nearestNode(PATH, 12, 11, 40, 0)).toBe(1);
  });
  it('measures the distance to a segment, ends included', () => {
    expect(segmentDistance(5, 3, [0, 0], [10, 0])).toBeCloseTo(3, 12);
    expect(segmentDistance(-3, 4, [0, 0], [10, 0])).toBeCloseTo(5, 12);
    expect(segmentDistance(1, 1, [0, 0], [0, 0])).toBeCloseTo(Math.SQRT2, 12);
  });
  it('finds the nearest edge', () => {
    expect(nearestEdge(PATH, 25, 3, 3)).toBe(0);
    expect(nearestEdge(PATH, 25, 12, 3)).toBe(3);
    expect(nearestEdge(PATH, 80, 30, 3)).toBe(2);
    expect(nearestEdge(PATH, 50, 60, 3)).toBe(-1);
    expect(edgeIndex(PATH, 2, 0)).toBe(3);
    expect(edgeIndex(PATH, 0, 3)).toBe(-1);
  });
});

describe('freeSpot', () => {
  it('puts nodes added one by one on a ring, each away from the others', () => {
    let g: DrawnGraph = { nodes: [], edges: [] };
    for (let k = 0; k < 8; k++) {
      const [x, y] = freeSpot(g);
      expect(Math.hypot(x - 50, y - 50)).toBeCloseTo(38, 0);
      for (const [px, py] of g.nodes) expect(Math.hypot(px - x, py - y)).toBeGreaterThan(10);
      g = graph(addNode(g, x, y));
    }
  });
  it('keeps away from edges as well as nodes', () => {
    // Four corners: the ring's top, right, bottom and left spots have equal room from the nodes,
    // but an edge along the top passes 7 units from the top spot.
    const g: DrawnGraph = {
      nodes: [
        [5, 5],
        [95, 5],
        [5, 95],
        [95, 95],
      ],
      edges: [[0, 1, 1]],
    };
    const [x, y] = freeSpot(g);
    expect(segmentDistance(x, y, [5, 5], [95, 5])).toBeGreaterThan(20);
    expect(freeSpot({ nodes: g.nodes, edges: [] })).toEqual([50, 12]);
  });
  it('falls back to the grid when the ring is full', () => {
    let g: DrawnGraph = { nodes: [], edges: [] };
    for (let k = 0; k < MAX_DRAWN_NODES; k++) g = graph(addNode(g, ...freeSpot(g)));
    const [x, y] = freeSpot(g);
    const room = Math.min(...g.nodes.map(([px, py]) => Math.hypot(px - x, py - y)));
    expect(room).toBeGreaterThan(12);
  });
});

describe('parseWeight and clampCoord', () => {
  it('reads non-zero numbers, with a true minus or a decimal comma', () => {
    expect(parseWeight(' 2.5 ')).toBe(2.5);
    expect(parseWeight('\u22123')).toBe(-3);
    expect(parseWeight('0,5')).toBe(0.5);
    expect(parseWeight('0')).toBe(ZERO_WEIGHT);
    expect(parseWeight('')).toBe(ZERO_WEIGHT);
    expect(parseWeight('two')).toBe(ZERO_WEIGHT);
  });
  it('clamps coordinates to whole numbers in 0–100', () => {
    expect(clampCoord(-1)).toBe(0);
    expect(clampCoord(100.4)).toBe(100);
    expect(clampCoord(49.5)).toBe(50);
    expect(clampCoord(NaN)).toBe(50);
  });
});
