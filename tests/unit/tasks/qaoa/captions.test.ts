import { describe, expect, it } from 'vitest';
import type { QaoaSamples, Solution } from '../../../../workers/protocol';
import {
  bitsCaption,
  graphCaption,
  histogramCaption,
  portfolioCaption,
  rowLabel,
  trafficCaption,
} from '../../../../src/tasks/qaoa/captions';
import { bitOf, bitsWidth, formatValue } from '../../../../src/tasks/qaoa/qaoaFormat';
import type { RoadMap } from '../../../../src/tasks/qaoa/trafficGeometry';

const sol = (bits: number, objective: number, feasible = true): Solution => ({
  bits,
  score: objective,
  objective,
  feasible,
});

describe('qaoaFormat', () => {
  it('formats values with a true minus, separators and three significant digits', () => {
    expect(formatValue(1024)).toBe('1,024');
    expect(formatValue(-3)).toBe('\u22123');
    expect(formatValue(0.012345)).toBe('0.0123');
    expect(formatValue(9.5432)).toBe('9.54');
    expect(formatValue(-1234.56)).toBe('\u22121,234.6');
    expect(formatValue(NaN)).toBe('–');
  });
  it('reads bits with qubit 0 the least significant', () => {
    expect([0, 1, 2, 3].map((q) => bitOf(0b0110, q))).toEqual([0, 1, 1, 0]);
    expect(bitOf(2 ** 23, 23)).toBe(1);
    expect(bitsWidth(0)).toBe(1);
    expect(bitsWidth(0b1010)).toBe(4);
  });
});

describe('captions', () => {
  it('says the cut and how many edges cross it', () => {
    const ring: [number, number, number][] = [
      [0, 1, 1],
      [1, 2, 1],
      [2, 3, 1],
      [0, 3, 1],
    ];
    expect(graphCaption(ring, sol(0b0101, 4))).toBe('Cut 4 (bold edges: 4 of 4)');
    expect(graphCaption(ring, sol(0b0011, 2))).toBe('Cut 2 (bold edges: 2 of 4)');
    const weighted = ring.map(([i, j], k): [number, number, number] => [i, j, k + 1]);
    expect(graphCaption(weighted, sol(0b0001, 5))).toBe(
      'Cut 5 (bold edges: 2 of 4, weights added)',
    );
    expect(graphCaption(ring, null)).toBe('No solution yet');
  });
  it('lists the chosen assets and whether the budget holds', () => {
    const names = ['A1', 'A2', 'A3', 'A4'];
    expect(portfolioCaption(names, 2, 0.5, sol(0b1001, 0.0123))).toBe(
      'Chosen: A1, A4 — return − q × risk = 0.0123 (q = 0.5); budget 2 of 4 respected',
    );
    expect(portfolioCaption(names, 2, 0.5, sol(0b0111, -0.01, false))).toBe(
      'Chosen: A1, A2, A3 — return − q × risk = \u22120.01 (q = 0.5); budget 2 of 4 not respected: 3 chosen',
    );
    expect(portfolioCaption(names, 2, 0.5, sol(0b0100, 0.002, false))).toBe(
      'Chosen: A3 — return − q × risk = 0.002 (q = 0.5); budget 2 of 4 not respected: 1 chosen',
    );
    expect(portfolioCaption(names, 2, 0.5, sol(0, 0, false))).toContain('Chosen: nothing');
  });
  it('says which car breaks the one-route rule', () => {
    const map: RoadMap = {
      junctions: [
        [0, 0],
        [1, 0],
      ],
      roads: [[0, 1]],
      cars: [
        { name: 'Red', routes: [[0], [0]] },
        { name: 'Blue', routes: [[0], [0]] },
      ],
      qubits: [
        [0, 1],
        [2, 3],
      ],
    };
    expect(trafficCaption(map, sol(0b0101, 4))).toBe('Congestion 4');
    expect(trafficCaption(map, sol(0b1101, 9, false))).toBe(
      'Congestion 9 — not a valid plan: Blue has 2 routes',
    );
    expect(trafficCaption(map, sol(0b0001, 1, false))).toBe(
      'Congestion 1 — not a valid plan: Blue has no route',
    );
  });
  it('labels measured bitstrings with qubit 0 rightmost', () => {
    const row = { ...sol(0b0110, 3), probability: 0.2, count: 210, optimal: true };
    expect(rowLabel(row, 4, 'cut')).toBe('|0110⟩ · cut 3 · optimal');
    expect(rowLabel({ ...row, optimal: false, feasible: false }, 5, 'cost')).toBe(
      '|00110⟩ · cost 3 · infeasible',
    );
    const samples: QaoaSamples = { epoch: 1, shots: 1024, top: [row], best: sol(0b0110, 4) };
    expect(histogramCaption(samples, 4, 'cut')).toBe('1,024 shots; best sampled: |0110⟩ (cut 4)');
    expect(bitsCaption(3, sol(0b001, -1.5))).toBe('|001⟩: cost \u22121.5 (qubit 0 rightmost)');
  });
});
