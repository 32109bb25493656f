import { describe, expect, it } from 'vitest';
import {
  CHEMICAL_ACCURACY,
  energyDomain,
  MIN_HALF_SPAN,
} from '../../../../src/tasks/vqe/energyDomain';

const EXACT = -1.137306;
const HF = -1.116999;
const TOL = 1e-12;

/** 60 energies falling from −1.05 to the exact energy. */
const converging = Array.from({ length: 60 }, (_, i) => EXACT + (-1.05 - EXACT) * Math.exp(-i / 8));

describe('energyDomain', () => {
  it('spans the data, Hartree–Fock and the band, padded', () => {
    const [lo, hi] = energyDomain(converging, EXACT, HF);
    expect(hi).toBeGreaterThan(-1.05);
    expect(lo).toBeLessThan(EXACT - CHEMICAL_ACCURACY);
    // Padding: 5% of the span on each side, no more.
    const span = -1.05 - (EXACT - MIN_HALF_SPAN);
    expect(hi - -1.05).toBeCloseTo(0.05 * span, 9);
    expect(EXACT - MIN_HALF_SPAN - lo).toBeCloseTo(0.05 * span, 9);
  });

  it('keeps exact ± 5 mHa in view when the run has converged', () => {
    const tail = [EXACT + 2e-5, EXACT + 1e-5, EXACT + 1e-6];
    const [lo, hi] = energyDomain(tail, EXACT, null);
    expect(lo).toBeLessThanOrEqual(EXACT - MIN_HALF_SPAN + TOL);
    expect(hi).toBeGreaterThanOrEqual(EXACT + MIN_HALF_SPAN - TOL);
    // Not much more: the band (3.2 mHa) fills about a third of the height.
    expect(hi - lo).toBeLessThan(0.012);
    expect((2 * CHEMICAL_ACCURACY) / (hi - lo)).toBeGreaterThan(0.25);
  });

  it('includes Hartree–Fock even before any iteration', () => {
    const [lo, hi] = energyDomain([], EXACT, HF);
    expect(hi).toBeGreaterThan(HF);
    expect(lo).toBeLessThan(EXACT - MIN_HALF_SPAN);
  });

  it('goes below the exact energy for noisy (shot) estimates under it', () => {
    const [lo] = energyDomain([-1.2, -1.1], EXACT, HF);
    expect(lo).toBeLessThan(-1.2);
  });

  it('is at least 10 mHa high without an exact energy, and ignores non-finite values', () => {
    const [lo, hi] = energyDomain([-0.5, Number.NaN, -0.5, Infinity], null, null);
    expect(hi - lo).toBeGreaterThanOrEqual(2 * MIN_HALF_SPAN - TOL);
    expect((lo + hi) / 2).toBeCloseTo(-0.5, 12);
  });

  it('falls back to [−1, 0] with nothing to show', () => {
    expect(energyDomain([], null, null)).toEqual([-1, 0]);
    expect(energyDomain([Number.NaN], Number.NaN, null)).toEqual([-1, 0]);
  });
});
