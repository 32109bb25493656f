// Small dense linear algebra for exact references: the matrix of a Pauli sum and the eigenvalues
// of a Hermitian matrix (exact diagonalisation baselines for VQE, checks in tests).

import { SimError } from './errors';
import { parsePauli, type PauliTerm } from './observables';

/** Largest qubit count for dense matrices (2^10 × 2^10 complex = 16 MiB). */
export const MAX_DENSE_QUBITS = 10;

/** The 2^n × 2^n matrix Σ c·P, interleaved complex, row-major, basis index = qubit bits. */
export function pauliSumMatrix(terms: readonly PauliTerm[], n: number): Float64Array {
  if (n > MAX_DENSE_QUBITS)
    throw new SimError('qubits', `Dense matrices are limited to ${MAX_DENSE_QUBITS} qubits.`);
  const d = 1 << n;
  const m = new Float64Array(2 * d * d);
  for (const t of terms) {
    const { x, z, y } = parsePauli(t.label, n);
    const ph = y & 3;
    const pr = ph === 0 ? 1 : ph === 2 ? -1 : 0;
    const pi = ph === 1 ? 1 : ph === 3 ? -1 : 0;
    // P|b⟩ = i^{nY}(−1)^{|b∧z|}|b⊕x⟩ → entry (b⊕x, b).
    for (let b = 0; b < d; b++) {
      let v = b & z;
      let s = 0;
      while (v) {
        v &= v - 1;
        s ^= 1;
      }
      const sign = s ? -t.coeff : t.coeff;
      const e = 2 * (d * (b ^ x) + b);
      m[e] = m[e]! + sign * pr;
      m[e + 1] = m[e + 1]! + sign * pi;
    }
  }
  return m;
}

/**
 * Eigenvalues (ascending) of a Hermitian d×d matrix H = A + iB, from the real symmetric
 * embedding [[A, −B], [B, A]] (every eigenvalue twice) diagonalised by cyclic Jacobi sweeps.
 */
export function eigenvaluesHermitian(h: Float64Array, d: number): Float64Array {
  const m = 2 * d;
  const a = new Float64Array(m * m);
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      const re = h[2 * (d * r + c)]!;
      const im = h[2 * (d * r + c) + 1]!;
      a[r * m + c] = re;
      a[(r + d) * m + (c + d)] = re;
      a[r * m + (c + d)] = -im;
      a[(r + d) * m + c] = im;
    }
  let total = 0;
  for (let i = 0; i < m * m; i++) total += a[i]! ** 2;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q]! ** 2;
    // Relative to the matrix's size, so tiny Hamiltonians converge as well as large ones.
    if (off <= 1e-32 * total) break;
    for (let p = 0; p < m; p++)
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * m + q]! - a[p * m + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
      }
  }
  const all = new Float64Array(m);
  for (let i = 0; i < m; i++) all[i] = a[i * m + i]!;
  all.sort();
  const out = new Float64Array(d);
  for (let i = 0; i < d; i++) out[i] = all[2 * i]!;
  return out;
}
