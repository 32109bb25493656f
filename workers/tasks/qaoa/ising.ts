// The Ising energy of the optimisation task: its value for one bitstring, for all 2^n at once
// (the cost vector QAOA's cost layer and brute force read), and Isings built from a QUBO or from
// Z terms. Bit q of a basis index is qubit q; z_q = 1 − 2x_q.

import type { Ising } from './model';

/** E(bits) = offset + Σ h_i z_i + Σ J_ij z_i z_j. */
export function energyOf(ising: Ising, bits: number): number {
  let e = ising.offset;
  for (let i = 0; i < ising.n; i++) e += (bits >>> i) & 1 ? -ising.h[i]! : ising.h[i]!;
  for (const { i, j, w } of ising.couplings) e += ((bits >>> i) ^ (bits >>> j)) & 1 ? -w : w;
  return e;
}

/**
 * E for every basis index 0 … 2^n − 1, in O(2^n) work whatever the number of couplings. Qubits
 * are added one at a time: with E_q the energy of the terms on qubits < q (index < 2^q), qubit q
 * contributes a(x) = h_q + Σ_(j<q) J_qj z_j(x), so E_(q+1)(x) = E_q(x) + a(x) and
 * E_(q+1)(x + 2^q) = E_q(x) − a(x). The field Σ_(j<q) J_qj z_j is itself built by doubling over
 * j in the upper half of the output before it is overwritten.
 */
export function costVector(ising: Ising): Float64Array {
  const { n } = ising;
  const out = new Float64Array(2 ** n);
  out[0] = ising.offset;
  const lower = lowerRows(ising);
  for (let q = 0; q < n; q++) {
    const half = 2 ** q;
    const row = lower[q]!;
    // The field of the lower qubits on qubit q at x, stored at out[half + x]: all z_j = +1 at x = 0,
    // and turning bit j on flips z_j, subtracting 2 J_qj.
    let all = 0;
    for (let j = 0; j < q; j++) all += row[j]!;
    out[half] = all;
    for (let j = 0; j < q; j++) {
      const d = 2 * row[j]!;
      const size = 2 ** j;
      for (let x = 0; x < size; x++) out[half + size + x] = out[half + x]! - d;
    }
    const hq = ising.h[q]!;
    for (let x = 0; x < half; x++) {
      const a = hq + out[half + x]!;
      const e = out[x]!;
      out[half + x] = e - a;
      out[x] = e + a;
    }
  }
  return out;
}

/** lower[q][j] = J_qj for j < q (dense rows of the lower triangle). */
function lowerRows(ising: Ising): Float64Array[] {
  const rows = Array.from({ length: ising.n }, (_, q) => new Float64Array(q));
  for (const { i, j, w } of ising.couplings) {
    const lo = Math.min(i, j);
    const hi = Math.max(i, j);
    rows[hi]![lo]! += w;
  }
  return rows;
}

/**
 * The Ising of minimising offset + Σ linear_i x_i + Σ w x_i x_j over bits x (x_i = (1 − z_i)/2):
 * a·x_i = a/2 − (a/2) z_i and w·x_i x_j = (w/4)(1 − z_i − z_j + z_i z_j). A term with i = j is
 * linear (x_i² = x_i); repeated pairs are merged and zero couplings dropped.
 */
export function isingFromQubo(
  n: number,
  offset: number,
  linear: readonly number[],
  quadratic: readonly { i: number; j: number; w: number }[],
): Ising {
  let c = offset;
  const h = new Float64Array(n);
  const pairs: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < n; i++) {
    const a = linear[i] ?? 0;
    c += a / 2;
    h[i]! -= a / 2;
  }
  for (const { i, j, w } of quadratic) {
    if (i === j) {
      c += w / 2;
      h[i]! -= w / 2;
      continue;
    }
    c += w / 4;
    h[i]! -= w / 4;
    h[j]! -= w / 4;
    pairs.push({ i, j, w: w / 4 });
  }
  return { n, offset: c, h, couplings: mergeCouplings(pairs) };
}

/**
 * The Ising of offset + Σ linear_i Z_i + Σ w Z_i Z_j as written (i = j terms are the constant w,
 * as Z_i² = 1); repeated pairs merged, zeros dropped.
 */
export function isingFromZTerms(
  n: number,
  offset: number,
  linear: readonly number[],
  quadratic: readonly { i: number; j: number; w: number }[],
): Ising {
  let c = offset;
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) h[i] = linear[i] ?? 0;
  const pairs: { i: number; j: number; w: number }[] = [];
  for (const e of quadratic) {
    if (e.i === e.j) c += e.w;
    else pairs.push(e);
  }
  return { n, offset: c, h, couplings: mergeCouplings(pairs) };
}

/** Couplings with i < j, one per pair (sorted by i then j), exact zeros dropped. */
export function mergeCouplings(
  pairs: readonly { i: number; j: number; w: number }[],
): { i: number; j: number; w: number }[] {
  const merged = new Map<number, { i: number; j: number; w: number }>();
  for (const { i, j, w } of pairs) {
    const lo = Math.min(i, j);
    const hi = Math.max(i, j);
    const key = lo * 4096 + hi;
    const e = merged.get(key);
    if (e) e.w += w;
    else merged.set(key, { i: lo, j: hi, w });
  }
  return [...merged.values()].filter((e) => e.w !== 0).sort((a, b) => a.i - b.i || a.j - b.j);
}

/** The smallest scale maxCoefficient reports, so that dividing by it is always safe. */
export const MIN_COEFFICIENT = 1e-12;

/** The largest |h_i| or |J_ij| (at least MIN_COEFFICIENT): the energy scale of the problem. */
export function maxCoefficient(ising: Ising): number {
  let m = MIN_COEFFICIENT;
  for (const v of ising.h) m = Math.max(m, Math.abs(v));
  for (const { w } of ising.couplings) m = Math.max(m, Math.abs(w));
  return m;
}
