// The matrix-multiplication schema: its default and presets pass; bad matrices (a wrong count of
// entries, NaN or text, an entry too large, all zeros, a size that is not 2 or 4) are refused
// with a message naming the matrix and the entry; size changes keep both matrices valid.

import { describe, expect, it } from 'vitest';
import { matmulSchema } from '../../../src/experiment/tasks/matmul';
import { MATMUL_PRESET_CHOICES, presetMatrix } from '../../../src/experiment/tasks/matmul/presets';
import { matrixProblem } from '../../../src/experiment/tasks/matmul/validate';
import { validateExperiment } from '../../../src/experiment/validate';
import { resize, withSize } from '../../../src/tasks/matmul/matmulEdits';

const withMatrices = (m: Record<string, unknown>): unknown => {
  const d = matmulSchema.defaults();
  return { ...d, matrices: { ...d.matrices, ...m } };
};

const messageOf = (v: unknown): string => {
  const r = validateExperiment(v);
  return r.ok ? '' : r.error.message;
};

describe('matmul schema', () => {
  it('accepts the default and every preset of both sizes', () => {
    expect(validateExperiment(matmulSchema.defaults()).ok).toBe(true);
    for (const n of [2, 4] as const)
      for (const p of MATMUL_PRESET_CHOICES) {
        const m = presetMatrix(p.value, n, 5);
        expect(matrixProblem('A', m, n), p.value).toBeNull();
        expect(validateExperiment(withMatrices({ size: n, a: m, b: m })).ok).toBe(true);
      }
  });

  it('refuses bad matrices with a message naming the matrix', () => {
    expect(messageOf(withMatrices({ a: new Array(16).fill(0) }))).toMatch(/Matrix A is all zeros/);
    expect(messageOf(withMatrices({ b: [1, 2, 3] }))).toMatch(
      /Matrix B .* needs 16 entries; it has 3/,
    );
    const nan = [...matmulSchema.defaults().matrices.a];
    nan[5] = NaN;
    expect(messageOf(withMatrices({ a: nan }))).toMatch(
      /Matrix A, row 2, column 2: the entry must be a number/,
    );
    const text: unknown[] = [...nan];
    text[5] = 'x';
    expect(messageOf(withMatrices({ a: text }))).toMatch(/row 2, column 2/);
    const big = [...matmulSchema.defaults().matrices.b];
    big[0] = 1e6;
    expect(messageOf(withMatrices({ b: big }))).toMatch(
      /Matrix B, row 1, column 1: enter a number/,
    );
    expect(messageOf(withMatrices({ size: 3 }))).toMatch(/Matrices → size must be 2 or 4/);
    expect(messageOf(withMatrices({ a: 'identity' }))).toMatch(/matrix A must be a list/);
  });

  it('resizes both matrices on a size change and keeps them usable', () => {
    expect(resize([1, 2, 3, 4], 2, 4)).toEqual([1, 2, 0, 0, 3, 4, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);
    // A 4 × 4 matrix whose top-left block is zero becomes the identity, not all zeros.
    expect(resize([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 5], 4, 2)).toEqual([1, 0, 0, 1]);
    const small = withSize(matmulSchema.defaults(), 2);
    expect(small.matrices.a).toHaveLength(4);
    expect(validateExperiment(small).ok).toBe(true);
  });
});
