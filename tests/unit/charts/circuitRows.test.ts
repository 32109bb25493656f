import { describe, expect, it } from 'vitest';
import type { Circuit } from '../../../workers/sim';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import { layoutCircuit } from '../../../src/charts/circuitLayout';
import {
  MIN_SCALE,
  columnWidths,
  drawingHeight,
  drawingWidth,
  fitCircuit,
  wrapCircuit,
} from '../../../src/charts/circuitRows';

const preset = reuploadingCircuit({ qubits: 1, layers: 3, entangler: 'cz' });
const big = reuploadingCircuit({ qubits: 8, layers: 10, entangler: 'cnot' });

describe('wrapCircuit', () => {
  it('keeps every op and each wire’s order, and splits only between columns', () => {
    expect.hasAssertions();
    const touching = (ops: Circuit['ops'], q: number) =>
      ops.filter((op) => [...op.targets, ...(op.controls ?? [])].includes(q));
    for (const c of [preset, big]) {
      const columnOf = new Map(layoutCircuit(c).map((l) => [c.ops[l.index]!, l.column]));
      for (const w of [0, 200, 300, 600, 1200, Infinity]) {
        const rows = wrapCircuit(c, w);
        const all = rows.flatMap((r) => r.ops);
        expect(new Set(all)).toEqual(new Set(c.ops));
        expect(all).toHaveLength(c.ops.length);
        for (let q = 0; q < c.qubits; q++) expect(touching(all, q)).toEqual(touching(c.ops, q));
        for (let i = 1; i < rows.length; i++) {
          const last = Math.max(...rows[i - 1]!.ops.map((op) => columnOf.get(op)!));
          const first = Math.min(...rows[i]!.ops.map((op) => columnOf.get(op)!));
          expect(first).toBeGreaterThan(last);
        }
      }
    }
  });

  it('makes every row fit the width, unless a row is one column wider than that', () => {
    expect.hasAssertions();
    let multiColumn = 0;
    let tooWide = 0;
    for (const c of [preset, big])
      for (const w of [20, 200, 300, 600, 1200]) {
        const rows = wrapCircuit(c, w);
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) {
          const cols = columnWidths(r);
          expect(cols.length).toBeGreaterThan(0);
          if (drawingWidth(cols) > w) {
            // Only a single column may overflow: there is nowhere left to split it.
            expect(cols).toHaveLength(1);
            tooWide++;
          }
          if (cols.length > 1) multiColumn++;
        }
      }
    // Both cases were exercised: rows of several columns that fit, and lone columns that cannot.
    expect(multiColumn).toBeGreaterThan(0);
    expect(tooWide).toBeGreaterThan(0);
  });

  it('puts the one-qubit preset in rows of whole columns that fit the width', () => {
    expect.hasAssertions();
    expect(wrapCircuit(preset, Infinity)).toHaveLength(1);
    const rows = wrapCircuit(preset, 340);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.qubits).toBe(1);
    expect(wrapCircuit(preset, 0)).toHaveLength(9);
  });
});

describe('fitCircuit', () => {
  it('draws the preset at full size when there is room, else wraps and scales a little', () => {
    expect.hasAssertions();
    expect(fitCircuit(preset, 2000, 400)).toEqual({ rows: [preset], scale: 1 });
    const narrow = fitCircuit(preset, 286, 240);
    expect(narrow.rows.length).toBeLessThanOrEqual(3);
    expect(narrow.scale).toBeGreaterThanOrEqual(0.8);
    expect(narrow.rows.length * drawingHeight(1) * narrow.scale).toBeLessThanOrEqual(240);
  });

  it('stops at MIN_SCALE for circuits too big to fit (the caller scrolls them)', () => {
    expect.hasAssertions();
    const fit = fitCircuit(big, 286, 480);
    expect(fit.scale).toBe(MIN_SCALE);
    expect(fit.rows.flatMap((r) => r.ops)).toHaveLength(big.ops.length);
  });
});
