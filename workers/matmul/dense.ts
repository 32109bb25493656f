// Small dense real linear algebra for the matrix-multiplication subroutine (at most 16 × 16):
// symmetric eigen-decomposition by Jacobi rotations and completing orthonormal columns to an
// orthogonal matrix. Matrices are row-major Float64Arrays: m[r · cols + c].

/** Eigen-decomposition of the symmetric d × d matrix s: s = V diag(values) Vᵀ, V orthogonal. */
export function symmetricEigen(
  s: Float64Array,
  d: number,
): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q]! ** 2;
    if (off < 1e-32) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q]!;
        if (apq === 0) continue;
        // The rotation by θ in the (p, q) plane that zeroes a[p][q].
        const theta = (a[q * d + q]! - a[p * d + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p]!;
          const akq = a[k * d + q]!;
          a[k * d + p] = c * akp - sn * akq;
          a[k * d + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k]!;
          const aqk = a[q * d + k]!;
          a[p * d + k] = c * apk - sn * aqk;
          a[q * d + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p]!;
          const vkq = v[k * d + q]!;
          v[k * d + p] = c * vkp - sn * vkq;
          v[k * d + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(d);
  for (let i = 0; i < d; i++) values[i] = a[i * d + i]!;
  return { values, vectors: v };
}

/**
 * The d × d orthogonal matrix whose first `given` columns are those of `cols` (d × given,
 * orthonormal up to rounding), the rest completed from the standard basis by Gram–Schmidt
 * (each vector orthogonalised twice, so the result is orthogonal to about 1e-15).
 */
export function completeOrthonormal(cols: Float64Array, d: number, given: number): Float64Array {
  const q = new Float64Array(d * d);
  for (let r = 0; r < d; r++) for (let c = 0; c < given; c++) q[r * d + c] = cols[r * given + c]!;
  const w = new Float64Array(d);
  let filled = given;
  for (let e = 0; e < d && filled < d; e++) {
    w.fill(0);
    w[e] = 1;
    for (let pass = 0; pass < 2; pass++) {
      for (let c = 0; c < filled; c++) {
        let dot = 0;
        for (let r = 0; r < d; r++) dot += q[r * d + c]! * w[r]!;
        for (let r = 0; r < d; r++) w[r] = w[r]! - dot * q[r * d + c]!;
      }
    }
    let norm = 0;
    for (let r = 0; r < d; r++) norm += w[r]! * w[r]!;
    norm = Math.sqrt(norm);
    if (norm < 1e-6) continue; // e lies (nearly) in the span already
    for (let r = 0; r < d; r++) q[r * d + filled] = w[r]! / norm;
    filled++;
  }
  return q;
}

/** max |(U Uᵀ − I)_rc| of the d × d real matrix u: 0 for an orthogonal (real unitary) matrix. */
export function unitarityError(u: Float64Array, d: number): number {
  let worst = 0;
  for (let r = 0; r < d; r++) {
    for (let c = 0; c < d; c++) {
      let dot = 0;
      for (let k = 0; k < d; k++) dot += u[r * d + k]! * u[c * d + k]!;
      worst = Math.max(worst, Math.abs(dot - (r === c ? 1 : 0)));
    }
  }
  return worst;
}
