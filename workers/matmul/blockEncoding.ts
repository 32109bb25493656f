// U_B, the block encoding of B on registers j and l (n values each, index j · n + l): a real
// unitary whose block maps |j⟩|0⟩_l to Σ_l B_jl/‖B‖_F |0⟩_j|l⟩, plus a part on states with j ≠ 0.
//
// Construction: C = Bᵀ/‖B‖_F (C[l][j] = B_jl/‖B‖_F) is a contraction (‖B‖₂ ≤ ‖B‖_F). The n
// columns (j, 0) of U_B are the isometry [C; √(I − CᵀC)]: C on the rows (0, l) and the square
// root (Jacobi eigen-decomposition) on the rows (1, l), so they are orthonormal because
// CᵀC + (I − CᵀC) = I. The other n² − n columns complete them to an orthogonal matrix
// (Gram–Schmidt). Only the columns (j, 0) act on the subroutine's state, so
// ⟨0, l| U_B |j, 0⟩ = B_jl/‖B‖_F exactly, whatever the completion.

import { symmetricEigen } from '../sim/symmetricEigen';
import { completeOrthonormal } from './dense';

/** Frobenius norm of a matrix given as its entries. */
export function frobenius(m: ArrayLike<number>): number {
  let s = 0;
  for (let k = 0; k < m.length; k++) s += m[k]! * m[k]!;
  return Math.sqrt(s);
}

/**
 * U_B for the n × n matrix b (row-major, b[j · n + l] = B_jl, not all zero; n ≥ 2): an
 * n² × n² orthogonal matrix, row-major, rows and columns indexed j · n + l.
 */
export function blockEncodeB(b: ArrayLike<number>, n: number): Float64Array {
  const d = n * n;
  const norm = frobenius(b);
  // CᵀC[j][k] = Σ_l B_jl B_kl / ‖B‖²; its eigenvalues lie in [0, 1].
  const ctc = new Float64Array(n * n);
  for (let j = 0; j < n; j++)
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let l = 0; l < n; l++) s += b[j * n + l]! * b[k * n + l]!;
      ctc[j * n + k] = s / (norm * norm);
    }
  const { values, vectors } = symmetricEigen(ctc, n);
  // Y = √(I − CᵀC) = V diag(√(1 − λ)) Vᵀ (λ clamped to [0, 1] against rounding).
  const y = new Float64Array(n * n);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      let s = 0;
      for (let k = 0; k < n; k++) {
        const root = Math.sqrt(Math.max(0, 1 - Math.min(1, values[k]!)));
        s += vectors[r * n + k]! * root * vectors[c * n + k]!;
      }
      y[r * n + c] = s;
    }
  // The isometry: column j = input |j, 0⟩; rows (0, l) = index l, rows (1, r) = index n + r.
  const iso = new Float64Array(d * n);
  for (let j = 0; j < n; j++) {
    for (let l = 0; l < n; l++) iso[l * n + j] = b[j * n + l]! / norm;
    for (let r = 0; r < n; r++) iso[(n + r) * n + j] = y[r * n + j]!;
  }
  const q = completeOrthonormal(iso, d, n);
  // Columns j · n take the isometry's columns; the others the completion's, in order.
  const u = new Float64Array(d * d);
  let next = n;
  for (let col = 0; col < d; col++) {
    const from = col % n === 0 ? col / n : next++;
    for (let r = 0; r < d; r++) u[r * d + col] = q[r * d + from]!;
  }
  return u;
}
