import { describe, expect, it } from 'vitest';
import { decimate } from '../../../src/charts/decimate';

describe('decimate', () => {
  it('keeps short series whole', () => {
    expect(decimate(5, () => 1, 10)).toEqual([0, 1, 2, 3, 4]);
    expect(decimate(0, () => 1, 10)).toEqual([]);
  });

  it('keeps each bucket’s first, minimum and maximum, and the last point', () => {
    const v = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 50));
    v[2345] = 10; // a spike must survive
    v[777] = -10;
    const idx = decimate(v.length, (i) => v[i] ?? NaN, 100);
    expect(idx.length).toBeLessThanOrEqual(3 * 100 + 1);
    expect(idx).toContain(2345);
    expect(idx).toContain(777);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(4999);
    for (let k = 1; k < idx.length; k++) expect(idx[k]!).toBeGreaterThan(idx[k - 1]!);
    // The thinned series spans the same range of values, exactly.
    const kept = idx.map((i) => v[i]!);
    expect(Math.max(...kept)).toBe(10);
    expect(Math.min(...kept)).toBe(-10);
  });

  it('keeps a NaN where the series has a gap', () => {
    const v = Array.from({ length: 1000 }, (_, i) => (i === 500 ? NaN : i));
    const idx = decimate(v.length, (i) => v[i] ?? NaN, 50);
    expect(idx).toContain(500);
  });
});
