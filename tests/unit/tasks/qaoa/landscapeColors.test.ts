import { describe, expect, it } from 'vitest';
import type { Rgb } from '../../../../src/charts/heatmap';
import {
  bestCell,
  finiteRange,
  goodness,
  gridAngle,
  pathPoint,
  paintLandscape,
} from '../../../../src/tasks/qaoa/landscapeColors';

/** A three-step ramp, worst to best: white, grey, black. */
const RAMP: Rgb[] = [
  [255, 255, 255],
  [128, 128, 128],
  [0, 0, 0],
];

function pixel(out: Uint8ClampedArray, k: number): number[] {
  return Array.from(out.slice(4 * k, 4 * k + 4));
}

describe('grid geometry and range', () => {
  it('puts the grid points from 0 to max, both ends included', () => {
    expect(gridAngle(0, 40, 0, Math.PI)).toBe(0);
    expect(gridAngle(39, 40, 0, Math.PI)).toBeCloseTo(Math.PI, 12);
    expect(gridAngle(1, 3, 0, 2)).toBeCloseTo(1, 12);
    expect(gridAngle(0, 1, 0, 2)).toBe(0);
    expect(gridAngle(0, 5, -1, 1)).toBe(-1);
    expect(gridAngle(2, 5, -1, 1)).toBeCloseTo(0, 12);
  });

  it('brings path points into view by the landscape’s symmetries', () => {
    const l = { betaMin: -Math.PI / 2, betaMax: Math.PI / 2 };
    expect(pathPoint([0.3, -0.2], l)).toEqual([0.3, -0.2]);
    const [g, b] = pathPoint([-0.3, 0.2], l);
    expect(g).toBeCloseTo(0.3, 12);
    expect(b).toBeCloseTo(-0.2, 12);
    expect(pathPoint([0.5, 2], l)[1]).toBeCloseTo(2 - Math.PI, 12);
  });
  it('takes the range of the finite values only', () => {
    expect(finiteRange(new Float64Array([NaN, 2, -1, NaN, 5]))).toEqual([-1, 5]);
    expect(finiteRange(new Float64Array([NaN, NaN]))).toBeNull();
  });
  it('finds the best cell for either direction', () => {
    const v = new Float64Array([3, NaN, 7, 1]);
    expect(bestCell(v, 'high')).toEqual({ index: 2, value: 7 });
    expect(bestCell(v, 'low')).toEqual({ index: 3, value: 1 });
    expect(bestCell(new Float64Array([NaN]), 'high')).toBeNull();
  });
  it('rates values from worst (0) to best (1)', () => {
    expect(goodness(10, 0, 10, 'high')).toBe(1);
    expect(goodness(10, 0, 10, 'low')).toBe(0);
    expect(goodness(2.5, 0, 10, 'low')).toBeCloseTo(0.75, 12);
    expect(goodness(5, 5, 5, 'high')).toBe(1);
  });
});

describe('paintLandscape', () => {
  // 2 × 2: row 0 (β = 0) is [0, 1], row 1 is [2, NaN].
  const values = new Float64Array([0, 1, 2, NaN]);

  it('draws β = 0 at the bottom and higher values darker for a cut', () => {
    const out = new Uint8ClampedArray(16);
    paintLandscape(values, 2, [0, 2], 'high', RAMP, out);
    // Canvas row 0 (top) is β row 1: value 2 (best, black), then NaN (clear).
    expect(pixel(out, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(out, 1)).toEqual([0, 0, 0, 0]);
    // Canvas row 1 (bottom) is β row 0: value 0 (worst, white), value 1 (grey).
    expect(pixel(out, 2)).toEqual([255, 255, 255, 255]);
    expect(pixel(out, 3)).toEqual([128, 128, 128, 255]);
  });
  it('draws lower values darker for a cost', () => {
    const out = new Uint8ClampedArray(16);
    paintLandscape(values, 2, [0, 2], 'low', RAMP, out);
    expect(pixel(out, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(out, 2)).toEqual([0, 0, 0, 255]);
  });
});
