import { describe, expect, it } from 'vitest';
import { epochTicks } from '../../../src/charts/epochTicks';

describe('epochTicks', () => {
  it('gives whole epochs only, never the same label twice, however many ticks fit', () => {
    // The embedded page's wide chart at epoch 0 asked d3 for 11 ticks over 0–5: "0 1 1 2 2 …".
    expect(epochTicks(0, 5, 11)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const hi of [1, 2, 3, 5, 7, 10, 13, 60, 99, 250, 1000, 9999])
      for (const count of [2, 3, 5, 8, 11, 20]) {
        const t = epochTicks(0, hi, count);
        expect(t.every(Number.isInteger)).toBe(true);
        expect(new Set(t).size).toBe(t.length);
        expect(t.length).toBeGreaterThanOrEqual(2);
        expect(t.length).toBeLessThanOrEqual(Math.max(2, count));
        expect(t[0]).toBe(0);
        expect(t[t.length - 1]).toBeLessThanOrEqual(hi);
        // Evenly spaced.
        for (let i = 2; i < t.length; i++) expect(t[i]! - t[i - 1]!).toBe(t[1]! - t[0]!);
      }
  });

  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(epochTicks(0, 60, 7)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(epochTicks(0, 60, 4)).toEqual([0, 20, 40, 60]);
    expect(epochTicks(0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(epochTicks(3, 17, 3)).toEqual([5, 10, 15]);
  });

  it('has ticks for a single epoch and an empty range', () => {
    expect(epochTicks(0, 0, 5)).toEqual([0]);
    expect(epochTicks(0.2, 0.8, 5)).toEqual([]);
    expect(epochTicks(5, 0, 20)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
