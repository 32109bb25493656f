// The SIMD kernels that run a whole batch with each state's own matrices or tables (simd1.ts,
// simd2.ts, simdPhase.ts) against plain JavaScript on the same random states: real 2×2s one and
// two at a time, the real adjoint steps (real sums, and all complex sums for a real U†), the
// per-input phase layers (with and without a real ring, forward and adjoint) and product states.
import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../../../workers/sim';
import { dense1 } from '../../../workers/sim/kernels';
import { allocArrays, simdKernels } from '../../../workers/sim/simd';
import { writeBatchMatrix } from '../../../workers/sim/simd1';
import { writeRealPair } from '../../../workers/sim/simd2';
import { maxAbsDiff } from './random';

// 1e-13: a few products of unit-sized numbers, summed in another order.
const TOL = 1e-13;
const N = 5;
const S = 3;
const LEN = 2 << N;

function setup(rng: Rng, extra: number[] = []) {
  const [phi, lam, mats, sums, ...rest] = allocArrays([S * LEN, S * LEN, 16 * S, 8 * S, ...extra], true); // prettier-ignore
  for (const a of [phi!, lam!]) for (let i = 0; i < a.length; i++) a[i] = rng.normal() / 8;
  return { phi: phi!, lam: lam!, mats: mats!, sums: sums!, rest, k: simdKernels(phi!)! };
}

const realMatrix = (rng: Rng): Float64Array =>
  Float64Array.from({ length: 8 }, (_, i) => (i % 2 ? 0 : rng.normal()));
const state = (a: Float64Array, s: number): Float64Array => a.slice(s * LEN, (s + 1) * LEN);

/** G_rc = Σ conj(λ_r)·φ_c over the pairs of qubit q (re, im; g00, g01, g10, g11). */
function sums(phi: Float64Array, lam: Float64Array, q: number): Float64Array {
  const g = new Float64Array(8);
  for (let b = 0; b < LEN / 2; b++) {
    if ((b >> q) & 1) continue;
    const i = [2 * b, 2 * (b + (1 << q))];
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) {
        const lr = lam[i[r]!]!, li = lam[i[r]! + 1]!, pr = phi[i[c]!]!, pi = phi[i[c]! + 1]!;
        g[4 * r + 2 * c] = g[4 * r + 2 * c]! + lr * pr + li * pi;
        g[4 * r + 2 * c + 1] = g[4 * r + 2 * c + 1]! + lr * pi - li * pr;
      }
  }
  return g;
} // prettier-ignore

describe('batched SIMD kernels', () => {
  it('apply each state its own real 2×2, one qubit or two at a time', () => {
    const rng = createRng(4401);
    for (let q = 0; q < N; q++) {
      const { phi, mats, k } = setup(rng);
      const q1 = (q + 2) % N;
      const want = phi.slice();
      for (let s = 0; s < S; s++) {
        const m = realMatrix(rng);
        const n = realMatrix(rng);
        writeRealPair(mats, s, m, 0, n, 0);
        const a = want.subarray(s * LEN, (s + 1) * LEN);
        dense1(a, q, m, 0, 0, 0);
        dense1(a, q1, n, 0, 0, 0);
      }
      k.realPair(phi.byteOffset, phi.byteLength, q, q1, 8 * LEN, mats.byteOffset);
      expect(maxAbsDiff(phi, want), `pair on ${q}, ${q1}`).toBeLessThan(TOL);
      const once = phi.slice();
      for (let s = 0; s < S; s++) {
        const m = realMatrix(rng);
        writeBatchMatrix(mats, s, m, 0);
        dense1(once.subarray(s * LEN, (s + 1) * LEN), q, m, 0, 0, 0);
      }
      k.realBatch(phi.byteOffset, phi.byteLength, q, 0, 0, 8 * LEN, mats.byteOffset);
      expect(maxAbsDiff(phi, once), `one on ${q}`).toBeLessThan(TOL);
    }
  });

  it('step back through each state’s real U†, with the real sums or all the complex ones', () => {
    const rng = createRng(4402);
    for (const complexSums of [false, true])
      for (let q = 0; q < N; q++) {
        const { phi, lam, mats, sums: g, k } = setup(rng);
        const wantPhi = phi.slice();
        const wantLam = lam.slice();
        const wantG: Float64Array[] = [];
        for (let s = 0; s < S; s++) {
          const u = realMatrix(rng);
          writeBatchMatrix(mats, s, u, 0);
          const a = wantPhi.subarray(s * LEN, (s + 1) * LEN);
          dense1(a, q, u, 0, 0, 0);
          wantG.push(sums(a, state(lam, s), q));
          dense1(wantLam.subarray(s * LEN, (s + 1) * LEN), q, u, 0, 0, 0);
        }
        const run = complexSums ? k.adjointRealUBatch : k.adjointRealBatch;
        run(phi.byteOffset, phi.byteLength, q, 0, 0, 8 * LEN, mats.byteOffset, lam.byteOffset - phi.byteOffset, g.byteOffset); // prettier-ignore
        expect(maxAbsDiff(phi, wantPhi)).toBeLessThan(TOL);
        expect(maxAbsDiff(lam, wantLam)).toBeLessThan(TOL);
        for (let s = 0; s < S; s++)
          for (let e = 0; e < 8; e += complexSums ? 1 : 2)
            expect(Math.abs(g[8 * s + e]! - wantG[s]![e]!), `q ${q}, state ${s}, sum ${e}`).toBeLessThan(TOL); // prettier-ignore
      }
  });

  it('apply each state its own phases low·high (times a real ring), forward and adjoint', () => {
    const rng = createRng(4403);
    const L = 3;
    const entries = (1 << L) + (1 << (N - L));
    for (const ring of [false, true]) {
      const { phi, lam, k, rest } = setup(rng, [4 * entries * S, 2 * entries * S, 2 << N]);
      const [tables, sumArea, ringTable] = rest as [Float64Array, Float64Array, Float64Array];
      // Per state random unit phases, in the (re, re, −im, im) layout; the ring ±1 as (v, v).
      const phase = new Float64Array(2 * entries * S);
      for (let e = 0; e < entries * S; e++) {
        const a = rng.next() * 2 * Math.PI;
        phase[2 * e] = Math.cos(a);
        phase[2 * e + 1] = Math.sin(a);
        tables.set([Math.cos(a), Math.cos(a), -Math.sin(a), Math.sin(a)], 4 * e);
      }
      const sign = Float64Array.from({ length: 1 << N }, () => (rng.next() < 0.5 ? -1 : 1));
      for (let b = 0; b < 1 << N; b++) ringTable[2 * b] = ringTable[2 * b + 1] = sign[b]!;
      /** State s's entry for amplitude b: low · high · ring. */
      const d = (s: number, b: number): [number, number] => {
        const lo = s * entries + (b & ((1 << L) - 1));
        const hi = s * entries + (1 << L) + (b >> L);
        const [ar, ai, br, bi] = [phase[2 * lo]!, phase[2 * lo + 1]!, phase[2 * hi]!, phase[2 * hi + 1]!]; // prettier-ignore
        const v = ring ? sign[b]! : 1;
        return [v * (ar * br - ai * bi), v * (ar * bi + ai * br)];
      };
      const times = (a: Float64Array, s: number): void => {
        for (let b = 0; b < 1 << N; b++) {
          const [tr, ti] = d(s, b);
          const o = s * LEN + 2 * b, xr = a[o]!, xi = a[o + 1]!;
          a[o] = tr * xr - ti * xi;
          a[o + 1] = tr * xi + ti * xr;
        }
      }; // prettier-ignore
      const wantPhi = phi.slice();
      const wantLam = lam.slice();
      for (let s = 0; s < S; s++) times(wantPhi, s);
      const args = [phi.byteOffset, phi.byteLength, 8 * LEN, tables.byteOffset, 32 * entries, 16 << L] as const; // prettier-ignore
      if (ring) k.phaseRingBatch(...args, ringTable.byteOffset, 8 * ringTable.length);
      else k.phaseBatch(...args);
      expect(maxAbsDiff(phi, wantPhi), `forward, ring ${ring}`).toBeLessThan(TOL);
      // Adjoint, with the same tables (any unit phases do): the sums Im conj(λ)·φ by low index and
      // by chunk, from the amplitudes before the step; then φ and λ times the same phases.
      const im = (s: number, b: number): number =>
        lam[s * LEN + 2 * b]! * phi[s * LEN + 2 * b + 1]! - lam[s * LEN + 2 * b + 1]! * phi[s * LEN + 2 * b]!; // prettier-ignore
      const wantSums = Array.from({ length: S }, (_, s) => {
        const out = new Float64Array(entries);
        for (let b = 0; b < 1 << N; b++) {
          out[b & ((1 << L) - 1)] = out[b & ((1 << L) - 1)]! + im(s, b);
          out[(1 << L) + (b >> L)] = out[(1 << L) + (b >> L)]! + im(s, b);
        }
        return out;
      });
      wantPhi.set(phi);
      for (let s = 0; s < S; s++) {
        times(wantPhi, s);
        times(wantLam, s);
      }
      const adj = [...args, lam.byteOffset - phi.byteOffset, sumArea.byteOffset, 16 * entries] as const; // prettier-ignore
      if (ring) k.phaseRingAdjointBatch(...adj, ringTable.byteOffset, 8 * ringTable.length);
      else k.phaseAdjointBatch(...adj);
      expect(maxAbsDiff(phi, wantPhi), `adjoint φ, ring ${ring}`).toBeLessThan(TOL);
      expect(maxAbsDiff(lam, wantLam), `adjoint λ, ring ${ring}`).toBeLessThan(TOL);
      for (let s = 0; s < S; s++)
        for (let e = 0; e < entries; e++) {
          const o = 2 * (s * entries + e);
          expect(Math.abs(sumArea[o]! - sumArea[o + 1]! - wantSums[s]![e]!), `sum ${e}`).toBeLessThan(TOL); // prettier-ignore
        }
    }
  });

  it('make product states of one-qubit states', () => {
    const rng = createRng(4404);
    const { phi, k, rest } = setup(rng, [8 * N * S]);
    const vecs = rest[0]!;
    const v = Array.from({ length: S * N * 4 }, () => rng.normal());
    for (let e = 0; e < S * N * 2; e++) vecs.set([v[2 * e]!, v[2 * e]!, -v[2 * e + 1]!, v[2 * e + 1]!], 4 * e); // prettier-ignore
    k.productStates(phi.byteOffset, phi.byteLength, 8 * LEN, vecs.byteOffset, 64 * N, N);
    for (let s = 0; s < S; s++)
      for (let b = 0; b < 1 << N; b++) {
        let re = 1,
          im = 0;
        for (let q = 0; q < N; q++) {
          const o = 4 * (s * N + q) + 2 * ((b >> q) & 1);
          [re, im] = [re * v[o]! - im * v[o + 1]!, re * v[o + 1]! + im * v[o]!];
        }
        expect(Math.abs(phi[s * LEN + 2 * b]! - re) + Math.abs(phi[s * LEN + 2 * b + 1]! - im)).toBeLessThan(TOL); // prettier-ignore
      }
  });
});
