// The Lanczos ground state against dense diagonalisation: random Pauli sums on 1–8 qubits,
// sector-restricted blocks, eigenvector residuals, and a 12-qubit chain where dense is too big.
import { describe, expect, it } from 'vitest';
import {
  applyObservable,
  compileObservable,
  createRng,
  eigenvaluesHermitian,
  pauliSumMatrix,
  type PauliTerm,
} from '../../../../../workers/sim';
import { groundState, moleculeSector } from '../../../../../workers/tasks/vqe/chem/exact';
import { lowestTridiagonal } from '../../../../../workers/tasks/vqe/chem/tridiagonal';
import { symmetricEigen } from '../../../../../workers/sim/symmetricEigen';
import { denseLowest, randomPauliSum } from './helpers';

/** ‖Hv − Ev‖ computed with the simulator's own applyObservable. */
function residual(terms: PauliTerm[], n: number, v: Float64Array, e: number): number {
  const out = new Float64Array(v.length);
  applyObservable({ n, amp: v }, compileObservable({ terms }, n), { n, amp: out });
  let r = 0;
  for (let i = 0; i < v.length; i++) r += (out[i]! - e * v[i]!) ** 2;
  return Math.sqrt(r);
}

function norm(v: Float64Array): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

/** The dense block of H on the basis states in idx, interleaved complex. */
function projectedBlock(terms: PauliTerm[], n: number, idx: number[]): Float64Array {
  const full = pauliSumMatrix(terms, n);
  const d = 2 ** n;
  const m = idx.length;
  const block = new Float64Array(2 * m * m);
  idx.forEach((r, i) =>
    idx.forEach((c, j) => {
      block[2 * (i * m + j)] = full[2 * (r * d + c)]!;
      block[2 * (i * m + j) + 1] = full[2 * (r * d + c) + 1]!;
    }),
  );
  return block;
}

describe('groundState against dense diagonalisation', () => {
  it('random complex Pauli sums on 1–7 qubits agree with eigenvaluesHermitian (1e-8)', () => {
    const rng = createRng(2024);
    for (let n = 1; n <= 7; n++)
      for (let trial = 0; trial < (n <= 4 ? 4 : 1); trial++) {
        const terms = randomPauliSum(rng, n, 2 + 2 * n);
        const dense = eigenvaluesHermitian(pauliSumMatrix(terms, n), 2 ** n)[0]!;
        const g = groundState(terms, n);
        expect(Math.abs(g.energy - dense), `n = ${n}`).toBeLessThan(1e-8);
        expect(residual(terms, n, g.vector, g.energy)).toBeLessThan(1e-6);
        expect(Math.abs(norm(g.vector) - 1)).toBeLessThan(1e-12);
      }
  });

  it('the dense reference used at 8 qubits agrees with eigenvaluesHermitian where both run (1e-9)', () => {
    const rng = createRng(77);
    for (let n = 1; n <= 6; n++) {
      const m = pauliSumMatrix(randomPauliSum(rng, n, 3 * n), n);
      expect(Math.abs(denseLowest(m, 2 ** n) - eigenvaluesHermitian(m, 2 ** n)[0]!)).toBeLessThan(
        1e-9,
      );
    }
  });

  it('a random complex Pauli sum on 8 qubits agrees with dense diagonalisation (1e-8)', () => {
    const rng = createRng(8);
    const terms = randomPauliSum(rng, 8, 24);
    const dense = denseLowest(pauliSumMatrix(terms, 8), 256);
    const g = groundState(terms, 8);
    expect(Math.abs(g.energy - dense)).toBeLessThan(1e-8);
    expect(residual(terms, 8, g.vector, g.energy)).toBeLessThan(1e-6);
  });

  it('sector-restricted: the lowest eigenvalue of the projected dense block (1e-8), zero outside', () => {
    const rng = createRng(99);
    for (const [n, electrons] of [
      [2, 1],
      [4, 2],
      [6, 3],
      [8, 4],
    ] as const) {
      const terms = randomPauliSum(rng, n, 3 * n);
      const sector = moleculeSector(n, electrons);
      const idx = Array.from({ length: 2 ** n }, (_, b) => b).filter(sector);
      const dense = eigenvaluesHermitian(projectedBlock(terms, n, idx), idx.length)[0]!;
      const g = groundState(terms, n, { sector });
      expect(g.dimension).toBe(idx.length);
      expect(Math.abs(g.energy - dense), `n = ${n}`).toBeLessThan(1e-8);
      for (let b = 0; b < 2 ** n; b++)
        if (!sector(b)) expect(Math.hypot(g.vector[2 * b]!, g.vector[2 * b + 1]!)).toBe(0);
      expect(g.residual).toBeLessThan(1e-6);
    }
  });

  it('a 12-qubit Heisenberg chain converges (‖Hv − Ev‖ < 1e-6) and its ground state has S_z = 0', () => {
    const terms: PauliTerm[] = [];
    for (let i = 0; i < 11; i++)
      for (const p of 'XYZ') terms.push({ coeff: 1, label: `${p}${i} ${p}${i + 1}` });
    const all = groundState(terms, 12);
    expect(residual(terms, 12, all.vector, all.energy)).toBeLessThan(1e-6);
    const half = groundState(terms, 12, {
      sector: (b) => {
        let c = 0;
        for (let v = b; v; v &= v - 1) c++;
        return c === 6;
      },
    });
    expect(half.dimension).toBe(924);
    expect(Math.abs(all.energy - half.energy)).toBeLessThan(1e-8);
    // Two sites: the singlet at −3; twelve: below −3 per bond on average is impossible.
    expect(all.energy).toBeGreaterThan(-3 * 11);
  });

  it('restarts when the Krylov space is capped (maxIter 10) and still agrees with dense (1e-8)', () => {
    const rng = createRng(31);
    for (const n of [4, 5, 6]) {
      const terms = randomPauliSum(rng, n, 3 * n);
      const dense = eigenvaluesHermitian(pauliSumMatrix(terms, n), 2 ** n)[0]!;
      const g = groundState(terms, n, { maxIter: 10 });
      expect(g.iterations).toBeGreaterThan(10);
      expect(Math.abs(g.energy - dense), `n = ${n}`).toBeLessThan(1e-8);
      expect(residual(terms, n, g.vector, g.energy)).toBeLessThan(1e-6);
    }
  });

  it('is deterministic: the same call gives the same bits', () => {
    const terms = randomPauliSum(createRng(5), 5, 10);
    expect(groundState(terms, 5).energy).toBe(groundState(terms, 5).energy);
  });

  it('refuses more than 12 qubits and an empty sector', () => {
    expect(() => groundState([{ coeff: 1, label: 'Z0' }], 13)).toThrow(/1 to 12 qubits/);
    expect(() => groundState([{ coeff: 1, label: 'Z0' }], 2, { sector: () => false })).toThrow(
      /no basis states/,
    );
  });
});

describe('moleculeSector', () => {
  it('4 qubits, 2 electrons: one α (even qubit) and one β (odd qubit)', () => {
    const s = moleculeSector(4, 2);
    const inside = Array.from({ length: 16 }, (_, b) => b).filter(s);
    expect(inside).toEqual([0b0011, 0b0110, 0b1001, 0b1100]);
  });

  it('a constructed sum where the sector changes the answer: Z0 + Z1 is −2 overall, 0 with one electron', () => {
    const terms = [
      { coeff: 1, label: 'Z0' },
      { coeff: 1, label: 'Z1' },
    ];
    expect(Math.abs(groundState(terms, 2).energy + 2)).toBeLessThan(1e-12);
    expect(Math.abs(groundState(terms, 2, { sector: moleculeSector(2, 1) }).energy)).toBeLessThan(
      1e-12,
    );
  });
});

describe('small eigen-solvers', () => {
  it('lowestTridiagonal agrees with Jacobi on random tridiagonal matrices (1e-12)', () => {
    const rng = createRng(3);
    for (const m of [1, 2, 3, 10, 40]) {
      const a = Float64Array.from({ length: m }, () => rng.normal());
      const b = Float64Array.from({ length: m }, () => rng.normal());
      const dense = new Float64Array(m * m);
      for (let i = 0; i < m; i++) {
        dense[i * m + i] = a[i]!;
        if (i + 1 < m) dense[i * m + i + 1] = dense[(i + 1) * m + i] = b[i]!;
      }
      const ref = symmetricEigen(dense, m);
      const { value, vector } = lowestTridiagonal(a, b, m);
      expect(Math.abs(value - ref.values[0]!)).toBeLessThan(1e-12);
      // The eigenvector, up to sign: |⟨v|ref⟩| = 1.
      let overlap = 0;
      for (let i = 0; i < m; i++) overlap += vector[i]! * ref.vectors[i * m]!;
      expect(Math.abs(Math.abs(overlap) - 1)).toBeLessThan(1e-10);
    }
  });
});
