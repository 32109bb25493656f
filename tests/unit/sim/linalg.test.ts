// Dense linear algebra: the matrix of a Pauli sum against Kronecker products, the H2 numbers of
// DESIGN.md §5, and eigenvalues of Hermitian matrices against spectra known by construction.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  compileObservable,
  createRng,
  eigenvaluesHermitian,
  expectation,
  pauliSumMatrix,
  runCircuit,
} from '../../../workers/sim';
import type { PauliTerm } from '../../../workers/sim';
import {
  dagger,
  matMul,
  maxDiffMat,
  observableMatrix,
  refUnitary,
  zeros,
  type CMat,
} from './reference';
import { randomCircuit, randomDenseLabel, randomVector, toSparse } from './random';

const H2: PauliTerm[] = [
  { coeff: -1.052373245772859, label: 'II' },
  { coeff: 0.39793742484318045, label: 'IZ' },
  { coeff: -0.39793742484318045, label: 'ZI' },
  { coeff: -0.01128010425623538, label: 'ZZ' },
  { coeff: 0.18093119978423156, label: 'XX' },
];

/** Interleaved copy of a reference matrix, the layout eigenvaluesHermitian takes. */
function interleave(m: CMat): Float64Array {
  const out = new Float64Array(2 * m.re.length);
  m.re.forEach((v, i) => {
    out[2 * i] = v;
    out[2 * i + 1] = m.im[i]!;
  });
  return out;
}

function randomHermitian(seed: number, d: number): CMat {
  const rng = createRng(seed);
  const a = zeros(d);
  for (let i = 0; i < d * d; i++) {
    a.re[i] = rng.normal();
    a.im[i] = rng.normal();
  }
  const at = dagger(a);
  const h = zeros(d);
  for (let i = 0; i < d * d; i++) {
    h.re[i] = (a.re[i]! + at.re[i]!) / 2;
    h.im[i] = (a.im[i]! + at.im[i]!) / 2;
  }
  return h;
}

/** Re Tr(H^k). */
function tracePower(h: CMat, k: number): number {
  let p = h;
  for (let i = 1; i < k; i++) p = matMul(p, h);
  let t = 0;
  for (let i = 0; i < h.d; i++) t += p.re[i * h.d + i]!;
  return t;
}

describe('pauliSumMatrix', () => {
  it('equals Σ c·(P_{n−1} ⊗ … ⊗ P_0) from Kronecker products, for dense and sparse labels', () => {
    const rng = createRng(1);
    for (let n = 1; n <= 4; n++) {
      const terms = Array.from({ length: 5 }, () => ({
        coeff: rng.next() * 2 - 1,
        label: randomDenseLabel(rng, n),
      }));
      const ref = observableMatrix(n, terms);
      // 1e-14: each entry is a sum of 5 terms ±c.
      expect(maxDiffMat(pauliSumMatrix(terms, n), ref)).toBeLessThan(1e-14);
      const sparse = terms.map((t) => ({ ...t, label: toSparse(t.label) }));
      expect(maxDiffMat(pauliSumMatrix(sparse, n), ref)).toBeLessThan(1e-14);
    }
  });

  it('refuses more than 10 qubits and bad labels', () => {
    expect(() => pauliSumMatrix([], 11)).toThrow(SimError);
    expect(() => pauliSumMatrix([{ coeff: 1, label: 'XQ' }], 2)).toThrow(SimError);
  });
});

describe('H2 (DESIGN.md §5)', () => {
  it('exact ground energy −1.85727503 Ha', () => {
    const e = eigenvaluesHermitian(pauliSumMatrix(H2, 2), 4);
    // 1e-8: the published value has 8 decimals.
    expect(Math.abs(e[0]! + 1.85727503)).toBeLessThan(1e-8);
    // And with nuclear repulsion 0.7199689944: −1.13730604 Ha.
    expect(Math.abs(e[0]! + 0.7199689944 + 1.13730604)).toBeLessThan(1e-8);
    for (let i = 1; i < 4; i++) expect(e[i]!).toBeGreaterThanOrEqual(e[i - 1]!);
  });

  it('Hartree–Fock |01⟩ (X on qubit 0) has energy −1.83696799 Ha', () => {
    const s = runCircuit({ qubits: 2, ops: [{ gate: 'X', targets: [0] }] });
    // 1e-8: the published value has 8 decimals.
    expect(Math.abs(expectation(s, compileObservable({ terms: H2 }, 2)) + 1.83696799)).toBeLessThan(
      1e-8,
    );
  });
});

describe('eigenvaluesHermitian', () => {
  it('2×2: the closed form (a+d)/2 ± √(((a−d)/2)² + |b|²)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const h = randomHermitian(seed, 2);
      const a = h.re[0]!;
      const d = h.re[3]!;
      const r = Math.sqrt(((a - d) / 2) ** 2 + h.re[1]! ** 2 + h.im[1]! ** 2);
      const e = eigenvaluesHermitian(interleave(h), 2);
      // 1e-12: Jacobi converges to machine precision on O(1) entries.
      expect(Math.abs(e[0]! - ((a + d) / 2 - r))).toBeLessThan(1e-12);
      expect(Math.abs(e[1]! - ((a + d) / 2 + r))).toBeLessThan(1e-12);
    }
  });

  it('random Hermitian d = 3…16: power sums Σλ^k equal Tr(H^k) for k = 1, 2, 3', () => {
    for (const d of [3, 4, 5, 8, 16]) {
      const h = randomHermitian(100 + d, d);
      const e = eigenvaluesHermitian(interleave(h), d);
      for (let i = 1; i < d; i++) expect(e[i]!).toBeGreaterThanOrEqual(e[i - 1]!);
      for (let k = 1; k <= 3; k++) {
        const sum = e.reduce((s, l) => s + l ** k, 0);
        const tr = tracePower(h, k);
        // 1e-9 relative: Tr(H^k) is a sum of d^k products, each rounded at ~1e-16.
        expect(Math.abs(sum - tr)).toBeLessThan(1e-9 * Math.max(1, Math.abs(tr)));
      }
    }
  });

  it('U·D·U† with U a random circuit unitary has the spectrum of D (degenerate values included)', () => {
    const rng = createRng(7);
    for (let n = 1; n <= 4; n++) {
      const d = 1 << n;
      const u = refUnitary(randomCircuit(rng, n, 6 * n, { numParams: 0, numFeatures: 0 }));
      const values = randomVector(rng, d, 3);
      if (d >= 4) values[3] = values[1]!; // a repeated eigenvalue
      const dm = zeros(d);
      values.forEach((v, i) => (dm.re[i * d + i] = v));
      const h = matMul(matMul(u, dm), dagger(u));
      const e = eigenvaluesHermitian(interleave(h), d);
      const sorted = values.slice().sort((a, b) => a - b);
      // 1e-10: U is a product of ≤ 24 gates (error ~1e-14), Jacobi adds ~d·1e-16 per value.
      sorted.forEach((v, i) => expect(Math.abs(e[i]! - v)).toBeLessThan(1e-10));
    }
  });

  it('is scale-invariant: eigenvalues of s·H are s times those of H, also for tiny s', () => {
    // [[1, 2 − i], [2 + i, −3]] has eigenvalues −1 ± √(4 + 5) = −4 and 2.
    for (const s of [1, 1e-8, 1e-15, 1e-20, 1e20]) {
      const h = new Float64Array([1, 0, 2, -1, 2, 1, -3, 0].map((v) => v * s));
      const e = eigenvaluesHermitian(h, 2);
      // 1e-12 relative: the answer should not depend on the units the matrix is written in.
      expect(Math.abs(e[0]! / s + 4)).toBeLessThan(1e-12);
      expect(Math.abs(e[1]! / s - 2)).toBeLessThan(1e-12);
    }
  });

  it('a diagonal or 1×1 matrix returns its entries sorted', () => {
    const h = zeros(3);
    [2, -1, 0.5].forEach((v, i) => (h.re[i * 3 + i] = v));
    expect(Array.from(eigenvaluesHermitian(interleave(h), 3))).toEqual([-1, 0.5, 2]);
    expect(Array.from(eigenvaluesHermitian(new Float64Array([4.5, 0]), 1))).toEqual([4.5]);
  });
});
