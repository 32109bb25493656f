// Small dense real linear algebra for the matrix-multiplication subroutine (at most 16 × 16):
// completing orthonormal columns to an orthogonal matrix (the eigen-decomposition it needs is
// sim/symmetricEigen.ts). Matrices are row-major Float64Arrays: m[r · cols + c].

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
