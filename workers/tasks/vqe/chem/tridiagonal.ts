// The lowest eigenpair of a real symmetric tridiagonal matrix (the Lanczos matrix): Sturm-count
// bisection for the eigenvalue, inverse iteration for the eigenvector; O(m) work per step.

/**
 * Number of eigenvalues below x of the tridiagonal matrix with diagonal a and off-diagonal b,
 * from the signs of the pivots of the LDLᵀ factorisation of T − x (Sylvester's law of inertia).
 */
function countBelow(a: Float64Array, b: Float64Array, m: number, x: number, tiny: number): number {
  let count = 0;
  let q = a[0]! - x;
  for (let i = 0; ; i++) {
    if (q === 0) q = -tiny;
    if (q < 0) count++;
    if (i + 1 >= m) break;
    q = a[i + 1]! - x - (b[i]! * b[i]!) / q;
  }
  return count;
}

/**
 * Solves (T − σ)·y = r in place of r by Gaussian elimination with partial pivoting (which
 * keeps the solve stable when σ is an eigenvalue, as it is in inverse iteration).
 */
function solveShifted(
  a: Float64Array,
  b: Float64Array,
  m: number,
  sigma: number,
  r: Float64Array,
  tiny: number,
): void {
  const d = new Float64Array(m); // diagonal of U
  const u1 = new Float64Array(m); // first superdiagonal of U
  const u2 = new Float64Array(m); // second superdiagonal (fill-in from row swaps)
  for (let i = 0; i < m; i++) d[i] = a[i]! - sigma;
  for (let i = 0; i + 1 < m; i++) u1[i] = b[i]!;
  for (let i = 0; i + 1 < m; i++) {
    const sub = b[i]!; // T[i+1][i], not yet eliminated
    if (Math.abs(d[i]!) >= Math.abs(sub)) {
      if (d[i] === 0) d[i] = tiny;
      const f = sub / d[i]!;
      d[i + 1] = d[i + 1]! - f * u1[i]!;
      r[i + 1] = r[i + 1]! - f * r[i]!;
    } else {
      // Swap rows i and i+1: row i becomes (sub, d_{i+1}, u1_{i+1}).
      const f = d[i]! / sub;
      const di1 = d[i + 1]!;
      const ui1 = i + 2 < m ? u1[i + 1]! : 0;
      d[i] = sub;
      d[i + 1] = u1[i]! - f * di1;
      u1[i] = di1;
      u2[i] = ui1;
      if (i + 2 < m) u1[i + 1] = -f * ui1;
      const ri = r[i]!;
      r[i] = r[i + 1]!;
      r[i + 1] = ri - f * r[i]!;
    }
  }
  if (d[m - 1] === 0) d[m - 1] = tiny;
  for (let i = m - 1; i >= 0; i--) {
    let s = r[i]!;
    if (i + 1 < m) s -= u1[i]! * r[i + 1]!;
    if (i + 2 < m) s -= u2[i]! * r[i + 2]!;
    r[i] = s / (d[i] === 0 ? tiny : d[i]!);
  }
}

/**
 * Lowest eigenvalue and unit eigenvector of the m×m symmetric tridiagonal matrix with
 * diagonal a[0..m) and off-diagonal b[0..m−1).
 */
export function lowestTridiagonal(
  a: Float64Array,
  b: Float64Array,
  m: number,
): { value: number; vector: Float64Array } {
  // Gershgorin bounds enclose every eigenvalue.
  let lo = Infinity;
  let hi = -Infinity;
  let scale = 0;
  for (let i = 0; i < m; i++) {
    const r = (i > 0 ? Math.abs(b[i - 1]!) : 0) + (i + 1 < m ? Math.abs(b[i]!) : 0);
    lo = Math.min(lo, a[i]! - r);
    hi = Math.max(hi, a[i]! + r);
    scale = Math.max(scale, Math.abs(a[i]!) + r);
  }
  // A zero matrix (H vanishing on a sector) still needs a usable, non-denormal pivot floor.
  const tiny = Number.EPSILON * (scale > 0 ? scale : 1);
  // Invariant: no eigenvalue below lo, at least one below hi.
  hi += tiny;
  for (
    let it = 0;
    it < 200 && hi - lo > 2 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi), 1e-300);
    it++
  ) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    if (countBelow(a, b, m, mid, tiny) >= 1) hi = mid;
    else lo = mid;
  }
  const value = 0.5 * (lo + hi);
  // Inverse iteration: two solves from a generic start already give an eigenvector to rounding.
  const v = new Float64Array(m);
  for (let i = 0; i < m; i++) v[i] = 1 + i / (m + 1);
  for (let it = 0; it < 3; it++) {
    solveShifted(a, b, m, value, v, tiny);
    let norm = 0;
    for (let i = 0; i < m; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm);
    for (let i = 0; i < m; i++) v[i] = v[i]! / norm;
  }
  return { value, vector: v };
}
