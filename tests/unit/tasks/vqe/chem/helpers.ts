// Shared helpers for the chemistry tests: seeded random Pauli sums, the diagonal element of a
// Pauli sum on a basis state, and a fast dense lowest eigenvalue (Householder + bisection).

import type { PauliTerm, Rng } from '../../../../../workers/sim';
import { parsePauli } from '../../../../../workers/sim';

/** k random Pauli strings on n qubits (sparse labels, possibly the identity), normal coefficients. */
export function randomPauliSum(rng: Rng, n: number, k: number): PauliTerm[] {
  return Array.from({ length: k }, () => {
    const parts: string[] = [];
    for (let q = 0; q < n; q++) {
      const p = rng.int(4);
      if (p > 0) parts.push(`${'XYZ'[p - 1]}${q}`);
    }
    return { coeff: rng.normal(), label: parts.join(' ') };
  });
}

/** ⟨b|H|b⟩: only strings without X or Y contribute, each with sign (−1)^{|b∧z|}. */
export function diagonalElement(terms: readonly PauliTerm[], n: number, b: number): number {
  let e = 0;
  for (const t of terms) {
    const { x, z } = parsePauli(t.label, n);
    if (x !== 0) continue;
    let s = 0;
    for (let v = b & z; v; v &= v - 1) s ^= 1;
    e += s ? -t.coeff : t.coeff;
  }
  return e;
}

/**
 * Lowest eigenvalue of a d×d Hermitian matrix (interleaved complex, row-major), via its real
 * symmetric embedding [[A, −B], [B, A]], Householder tridiagonalisation and Sturm bisection:
 * O(d³), so 256×256 takes well under a second where Jacobi sweeps take tens of seconds.
 */
export function denseLowest(h: Float64Array, d: number): number {
  const m = 2 * d;
  const a = new Float64Array(m * m);
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      const re = h[2 * (d * r + c)]!;
      const im = h[2 * (d * r + c) + 1]!;
      a[r * m + c] = re;
      a[(r + d) * m + c + d] = re;
      a[r * m + c + d] = -im;
      a[(r + d) * m + c] = im;
    }
  // Householder: for column k, reflect rows/columns k+1… so that a[i][k] = 0 for i > k+1.
  const v = new Float64Array(m);
  const p = new Float64Array(m);
  for (let k = 0; k < m - 2; k++) {
    let alpha = 0;
    for (let i = k + 1; i < m; i++) alpha += a[i * m + k]! ** 2;
    alpha = Math.sqrt(alpha);
    if (alpha === 0) continue;
    const x0 = a[(k + 1) * m + k]!;
    if (x0 > 0) alpha = -alpha;
    v.fill(0);
    for (let i = k + 1; i < m; i++) v[i] = a[i * m + k]!;
    v[k + 1] = x0 - alpha;
    let vv = 0;
    for (let i = k + 1; i < m; i++) vv += v[i]! ** 2;
    if (vv === 0) continue;
    // A ← (I − 2vvᵀ/vv) A (I − 2vvᵀ/vv) = A − w vᵀ − v wᵀ with w = p − (vᵀp/vv) v, p = 2Av/vv.
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = k + 1; j < m; j++) s += a[i * m + j]! * v[j]!;
      p[i] = (2 * s) / vv;
    }
    let vp = 0;
    for (let i = 0; i < m; i++) vp += v[i]! * p[i]!;
    const f = vp / vv;
    for (let i = 0; i < m; i++) p[i] = p[i]! - f * v[i]!;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) a[i * m + j] = a[i * m + j]! - p[i]! * v[j]! - v[i]! * p[j]!;
  }
  const diag = Array.from({ length: m }, (_, i) => a[i * m + i]!);
  const off = Array.from({ length: m - 1 }, (_, i) => a[(i + 1) * m + i]!);
  const below = (x: number): number => {
    let count = 0;
    let q = diag[0]! - x;
    for (let i = 0; ; i++) {
      if (q === 0) q = -1e-300;
      if (q < 0) count++;
      if (i + 1 >= m) return count;
      q = diag[i + 1]! - x - off[i]! ** 2 / q;
    }
  };
  let lo = -1;
  let hi = 1;
  for (let i = 0; i < m; i++) {
    const r = (i > 0 ? Math.abs(off[i - 1]!) : 0) + (i < m - 1 ? Math.abs(off[i]!) : 0);
    lo = Math.min(lo, diag[i]! - r);
    hi = Math.max(hi, diag[i]! + r);
  }
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (below(mid) >= 1) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}
