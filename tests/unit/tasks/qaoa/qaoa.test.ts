// QAOA's state and gradients: adjoint against finite differences and the shift rule, the XY
// mixer keeping the budget, and the published MaxCut numbers (Farhi, Goldstone, Gutmann 2014).
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../workers/sim';
import { dense1 } from '../../../../workers/sim/kernels';
import { maxcutIsing, minimise, plainCosts, qaoaFor, rampStarts, ringEdges } from './qaoaFixture';

const randomIsing = (n: number, seed: number) => {
  const rng = createRng(seed);
  const couplings = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng.next() < 0.6) couplings.push({ i, j, w: rng.normal() }); // prettier-ignore
  return {
    n,
    offset: rng.normal(),
    h: Float64Array.from({ length: n }, () => rng.normal()),
    couplings,
  };
};

describe('QAOA gradients', () => {
  for (const mixer of ['x', 'xy'] as const) {
    it(`adjoint equals central finite differences and the exact shift rule (${mixer} mixer)`, () => {
      const ising = randomIsing(5, 3);
      const q = qaoaFor(ising, mixer, 2);
      const p = 3;
      const rng = createRng(5);
      const theta = Float64Array.from({ length: 2 * p }, () => rng.next() * 2 - 1);
      const g = new Float64Array(2 * p);
      const e = q.gradient(theta, p, g);
      expect(e).toBeCloseTo(q.expectation(theta, p), 12);
      const h = 1e-5;
      for (let i = 0; i < 2 * p; i++) {
        const up = theta.slice(), dn = theta.slice(); // prettier-ignore
        up[i] = up[i]! + h;
        dn[i] = dn[i]! - h;
        const fd = (q.expectation(up, p) - q.expectation(dn, p)) / (2 * h);
        expect(Math.abs(g[i]! - fd)).toBeLessThan(1e-7);
      }
      const s = new Float64Array(2 * p);
      q.shiftGradient(theta, p, s, 0, rng);
      for (let i = 0; i < 2 * p; i++) expect(Math.abs(s[i]! - g[i]!)).toBeLessThan(1e-10);
    });
  }

  it('the adjoint stays exact on SIMD-sized states (12 qubits)', () => {
    const ising = maxcutIsing(12, ringEdges(12));
    const q = qaoaFor(ising);
    const theta = Float64Array.of(0.3, 0.5, 0.7, 0.2);
    const g = new Float64Array(4);
    q.gradient(theta, 2, g);
    const h = 1e-5;
    for (let i = 0; i < 4; i++) {
      const up = theta.slice(), dn = theta.slice(); // prettier-ignore
      up[i] = up[i]! + h;
      dn[i] = dn[i]! - h;
      expect(g[i]).toBeCloseTo((q.expectation(up, 2) - q.expectation(dn, 2)) / (2 * h), 6);
    }
  });

  it('runs the X mixer as RY in the S-rotated frame: the RX state up to (−i)^popcount (14 qubits)', () => {
    const n = 14;
    const ising = randomIsing(n, 21);
    const q = qaoaFor(ising);
    const costs = plainCosts(ising);
    const scale = Math.max(...ising.couplings.map((c) => Math.abs(c.w)), ...Array.from(ising.h, Math.abs)); // prettier-ignore
    const theta = Float64Array.of(0.3, 0.6, -0.4, -0.2);
    const got = q.run(theta, 2);
    // Reference: every amplitude turned by its own cos/sin, then RX(2β) qubit by qubit.
    const ref = new Float64Array(2 << n).fill(0);
    for (let k = 0; k < 1 << n; k++) ref[2 * k] = 2 ** (-n / 2);
    for (let l = 0; l < 2; l++) {
      for (let k = 0; k < 1 << n; k++) {
        const th = (-theta[l]! * costs[k]!) / scale;
        const re = ref[2 * k]!, im = ref[2 * k + 1]!; // prettier-ignore
        ref[2 * k] = re * Math.cos(th) - im * Math.sin(th);
        ref[2 * k + 1] = re * Math.sin(th) + im * Math.cos(th);
      }
      const b = theta[2 + l]!;
      const m = Float64Array.of(Math.cos(b), 0, 0, -Math.sin(b), 0, -Math.sin(b), Math.cos(b), 0);
      for (let k = 0; k < n; k++) dense1(ref, k, m, 0, 0, 0);
    }
    // got = S^n·ref: amplitude k carries i^popcount(k) more.
    for (let k = 0; k < 1 << n; k++) {
      let w = 0;
      for (let v = k; v; v &= v - 1) w++;
      const [cr, ci] = [
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1],
      ][w & 3]!;
      const er = cr! * ref[2 * k]! - ci! * ref[2 * k + 1]!;
      const ei = cr! * ref[2 * k + 1]! + ci! * ref[2 * k]!;
      expect(Math.abs(got[2 * k]! - er) + Math.abs(got[2 * k + 1]! - ei)).toBeLessThan(1e-12);
    }
    const g = new Float64Array(4);
    q.gradient(theta, 2, g);
    const h = 1e-5;
    for (let i = 0; i < 4; i++) {
      const up = theta.slice(), dn = theta.slice(); // prettier-ignore
      up[i] = up[i]! + h;
      dn[i] = dn[i]! - h;
      expect(g[i]).toBeCloseTo((q.expectation(up, 2) - q.expectation(dn, 2)) / (2 * h), 6);
    }
  });

  it('shot-based shift gradients scatter around the exact ones', () => {
    const q = qaoaFor(maxcutIsing(4, ringEdges(4)));
    const theta = Float64Array.of(0.4, 0.3);
    const exact = new Float64Array(2);
    q.gradient(theta, 1, exact);
    const rng = createRng(9);
    const mean = new Float64Array(2);
    const runs = 40;
    for (let r = 0; r < runs; r++) {
      const g = new Float64Array(2);
      q.shiftGradient(theta, 1, g, 2000, rng);
      mean[0] = mean[0]! + g[0]! / runs;
      mean[1] = mean[1]! + g[1]! / runs;
    }
    expect(Math.abs(mean[0]! - exact[0]!)).toBeLessThan(0.05);
    expect(Math.abs(mean[1]! - exact[1]!)).toBeLessThan(0.05);
  });

  it('the XY mixer from a Dicke state keeps every amplitude at the budget', () => {
    const ising = randomIsing(6, 8);
    const q = qaoaFor(ising, 'xy', 2);
    const a = q.run(Float64Array.of(0.7, 1.1, 0.4, 0.9), 2);
    let inside = 0;
    for (let k = 0; k < 64; k++) {
      const pk = a[2 * k]! ** 2 + a[2 * k + 1]! ** 2;
      let w = 0;
      for (let v = k; v; v &= v - 1) w++;
      if (w === 2) inside += pk;
      else expect(pk).toBeLessThan(1e-28);
    }
    expect(inside).toBeCloseTo(1, 12);
  });
});

describe('QAOA on MaxCut (Farhi, Goldstone, Gutmann 2014)', () => {
  const ratio = (n: number, edges: [number, number][], p: number): number => {
    const ising = maxcutIsing(n, edges);
    const costs = plainCosts(ising);
    const best = -Math.min(...costs);
    const { e } = minimise(qaoaFor(ising), p, rampStarts(p));
    return -e / best;
  };
  for (const [p, n] of [
    [1, 8],
    [2, 8],
    [3, 10],
  ] as const) {
    it(`depth ${p} on a ring of ${n} cuts (2p+1)/(2p+2) of the edges`, () => {
      expect(Math.abs(ratio(n, ringEdges(n), p) - (2 * p + 1) / (2 * p + 2))).toBeLessThan(1e-4);
    });
  }
  it('depth 2 on the 4-ring reaches the full cut', () => {
    expect(ratio(4, ringEdges(4), 2)).toBeGreaterThan(1 - 1e-4);
  });
});
