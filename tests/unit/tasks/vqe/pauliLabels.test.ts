import { describe, expect, it } from 'vitest';
import {
  densePauliLabel,
  isIdentityLabel,
  pauliLetters,
  sortTerms,
} from '../../../../src/tasks/vqe/pauliLabels';

describe('densePauliLabel', () => {
  it('writes one letter per qubit, qubit 0 rightmost', () => {
    expect(densePauliLabel('Z0 Z1', 4)).toBe('I I Z Z');
    expect(densePauliLabel('Z0', 4)).toBe('I I I Z');
    expect(densePauliLabel('Z3', 4)).toBe('Z I I I');
    expect(densePauliLabel('X0 Y1 Y2 X3', 4)).toBe('X Y Y X');
    expect(densePauliLabel('Y1 X0', 2)).toBe('Y X');
    expect(densePauliLabel('X0Z2', 3)).toBe('Z I X');
    expect(densePauliLabel('z1', 2)).toBe('Z I');
  });

  it('writes the identity as all I', () => {
    expect(densePauliLabel('', 4)).toBe('I I I I');
    expect(densePauliLabel('  ', 2)).toBe('I I');
    expect(densePauliLabel('I', 2)).toBe('I I');
    expect(pauliLetters('', 0)).toEqual([]);
  });

  it('handles two-digit qubit indices', () => {
    const letters = pauliLetters('X10 Z0', 12);
    expect(letters).toHaveLength(12);
    expect(letters![1]).toBe('X');
    expect(letters![11]).toBe('Z');
    expect(letters!.filter((c) => c === 'I')).toHaveLength(10);
  });

  it('is null for a qubit out of range, a repeated qubit or an unknown factor', () => {
    expect(densePauliLabel('Z4', 4)).toBeNull();
    expect(densePauliLabel('Z0 X0', 2)).toBeNull();
    expect(densePauliLabel('A0', 2)).toBeNull();
    expect(densePauliLabel('Z', 2)).toBeNull();
  });
});

describe('sortTerms', () => {
  it('puts the identity first, then the largest |coeff|, ties in their order', () => {
    const terms = [
      { coeff: 0.17218393, label: 'Z0' },
      { coeff: -0.22575349, label: 'Z1' },
      { coeff: -1.05237325, label: '' },
      { coeff: 0.0452328, label: 'X0 X1' },
      { coeff: 0.12091263, label: 'Z0 Z1' },
      { coeff: -0.0452328, label: 'Y0 Y1' },
    ];
    const sorted = sortTerms(terms);
    expect(sorted.map((t) => t.label)).toEqual(['', 'Z1', 'Z0', 'Z0 Z1', 'X0 X1', 'Y0 Y1']);
    expect(terms[0]!.label).toBe('Z0'); // the input is left alone
    for (let i = 2; i < sorted.length; i++)
      expect(Math.abs(sorted[i]!.coeff)).toBeLessThanOrEqual(
        Math.abs(sorted[i - 1]!.coeff) + 1e-12,
      );
  });

  it('counts all-I labels as the identity', () => {
    expect(isIdentityLabel('')).toBe(true);
    expect(isIdentityLabel('I0 I1')).toBe(true);
    expect(isIdentityLabel('Z0')).toBe(false);
    expect(
      sortTerms([
        { coeff: 5, label: 'Z0' },
        { coeff: 0.1, label: 'I0' },
      ])[0]!.label,
    ).toBe('I0');
  });
});
