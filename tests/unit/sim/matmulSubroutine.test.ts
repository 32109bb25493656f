// The matrix-multiplication subroutine (workers/matmul): U_B is unitary and block-encodes B, the
// post-selected amplitudes are (AB)_il/(‖A‖_F‖B‖_F) on 3 and 6 qubits, the success probability
// is ‖AB‖_F²/(‖A‖_F²‖B‖_F²), and shot estimates err as the formula expects.

import { describe, expect, it } from 'vitest';
import { blockEncodeB, frobenius } from '../../../workers/matmul/blockEncoding';
import { unitarityError } from '../../../workers/matmul/dense';
import {
  estimateMagnitudes,
  expectedRelativeError,
  multiply,
  outcomeProbabilities,
  relativeError,
  runMatmul,
  shotsFor,
} from '../../../workers/matmul/subroutine';
import { sampleCounts } from '../../../workers/sim/sampling';
import { createRng } from '../../../workers/sim/rng';

const randomMatrix = (n: number, seed: number): Float64Array => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n * n }, () => rng.normal());
};

const maxDiff = (x: ArrayLike<number>, y: ArrayLike<number>): number => {
  let m = 0;
  for (let k = 0; k < x.length; k++) m = Math.max(m, Math.abs(x[k]! - y[k]!));
  return m;
};

describe('U_B, the block encoding of B', () => {
  it.each([2, 4])('is unitary to 1e-12 and holds B/‖B‖_F in its block (n = %i)', (n) => {
    for (let seed = 1; seed <= 20; seed++) {
      const b = randomMatrix(n, seed);
      const u = blockEncodeB(b, n);
      const d = n * n;
      expect(unitarityError(u, d)).toBeLessThan(1e-12);
      const norm = frobenius(b);
      for (let j = 0; j < n; j++)
        for (let l = 0; l < n; l++) expect(u[l * d + j * n]).toBeCloseTo(b[j * n + l]! / norm, 12);
    }
  });

  it('stays unitary for a rank-one B (a singular value equal to ‖B‖_F) and for the identity', () => {
    const ones = new Float64Array(16).fill(1);
    expect(unitarityError(blockEncodeB(ones, 4), 16)).toBeLessThan(1e-12);
    const id = Float64Array.from({ length: 16 }, (_, k) => (k % 5 === 0 ? 1 : 0));
    expect(unitarityError(blockEncodeB(id, 4), 16)).toBeLessThan(1e-12);
    expect(unitarityError(blockEncodeB([0, 0, 0, 3], 2), 4)).toBeLessThan(1e-12);
  });
});

describe('the subroutine', () => {
  it.each([
    [2, 3],
    [4, 6],
  ])('gives (AB)_il/(‖A‖_F‖B‖_F) after post-selecting j = 0 (n = %i, %i qubits)', (n, qubits) => {
    for (let seed = 1; seed <= 20; seed++) {
      const a = randomMatrix(n, 100 + seed);
      const b = randomMatrix(n, 200 + seed);
      const r = runMatmul(a, b, n);
      expect(r.qubits).toBe(qubits);
      expect(r.state.length).toBe(2 ** qubits);
      const ab = multiply(a, b, n);
      const scaled = ab.map((v) => v / (frobenius(a) * frobenius(b)));
      expect(maxDiff(r.amplitudes, scaled)).toBeLessThan(1e-12);
      // The state stays normalised: U_B is unitary.
      expect(frobenius(r.state)).toBeCloseTo(1, 12);
    }
  });

  it('succeeds with probability ‖AB‖_F²/(‖A‖_F²‖B‖_F²)', () => {
    for (const n of [2, 4]) {
      const a = randomMatrix(n, 7);
      const b = randomMatrix(n, 8);
      const r = runMatmul(a, b, n);
      const formula = frobenius(multiply(a, b, n)) ** 2 / (frobenius(a) ** 2 * frobenius(b) ** 2);
      expect(r.success).toBeCloseTo(formula, 12);
    }
    // Identity times identity: ‖I‖_F² = n, so p = n/n² = 1/n.
    const id = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    expect(runMatmul(id, id, 4).success).toBeCloseTo(1 / 4, 12);
    // A product that is zero never passes the post-selection.
    expect(runMatmul([1, 0, 0, 0], [0, 0, 0, 1], 2).success).toBeCloseTo(0, 14);
  });

  it('estimates |AB| from shots within a few standard errors of the expected error', () => {
    const n = 2;
    const a = [1, 2, 3, 4];
    const b = [2, -1, 1, 3];
    const r = runMatmul(a, b, n);
    const probs = outcomeProbabilities(r.state);
    const shots = 20_000;
    const predicted = expectedRelativeError(r.expected, shots)!;
    const squares: number[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const counts = sampleCounts(probs, shots, createRng(seed));
      const est = estimateMagnitudes(counts, shots, n, r.normA, r.normB);
      squares.push(relativeError(est, r.product)! ** 2);
    }
    const mean = squares.reduce((s, v) => s + v, 0) / squares.length;
    const sd = Math.sqrt(squares.reduce((s, v) => s + (v - mean) ** 2, 0) / (squares.length - 1));
    const standardError = sd / Math.sqrt(squares.length);
    // The mean squared error over seeds meets the formula's (predicted²) within 4 standard errors.
    expect(Math.abs(mean - predicted ** 2)).toBeLessThan(4 * standardError);
    // Four times the shots halve the expected error; shotsFor inverts it.
    expect(expectedRelativeError(r.expected, 4 * shots)).toBeCloseTo(predicted / 2, 12);
    expect(shotsFor(r.expected, predicted)).toBe(shots);
  });
});
