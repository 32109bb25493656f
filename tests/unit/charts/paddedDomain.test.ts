import { describe, expect, it } from 'vitest';
import { paddedDomain } from '../../../src/charts/paddedDomain';

const TOL = 1e-12;

describe('paddedDomain', () => {
  it('covers every value, padded by its share of the span on each side', () => {
    const [lo, hi] = paddedDomain([6, 8.3, 10, 9], 0.05, 0.15, 1);
    expect(lo).toBeCloseTo(6 - 0.2, 12);
    expect(hi).toBeCloseTo(10 + 0.6, 12);
  });

  it('skips values that are not finite', () => {
    const [lo, hi] = paddedDomain([Number.NaN, 2, Infinity, 4, -Infinity], 0, 0, 0);
    expect(lo).toBe(2);
    expect(hi).toBe(4);
  });

  it('widens a flat line to the least span around its middle', () => {
    const [lo, hi] = paddedDomain([10, 10, 10], 0, 0.5, 2);
    expect(lo).toBeCloseTo(9, 12);
    expect(hi).toBeCloseTo(12, 12);
    expect(hi - lo).toBeGreaterThan(TOL);
  });

  it('is [0, 1] with nothing to show', () => {
    expect(paddedDomain([], 0.05, 0.05, 1)).toEqual([0, 1]);
    expect(paddedDomain([Number.NaN], 0.05, 0.05, 1)).toEqual([0, 1]);
  });
});
