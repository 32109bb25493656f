import { describe, expect, it } from 'vitest';
import { basisLabel, formatProbability } from '../../../src/charts/basisLabel';

describe('basisLabel', () => {
  it('writes qubit 0 as the rightmost digit', () => {
    expect(basisLabel(1, 2)).toBe('|01⟩');
    expect(basisLabel(2, 2)).toBe('|10⟩');
    expect(basisLabel(0, 3)).toBe('|000⟩');
    expect(basisLabel(6, 3)).toBe('|110⟩');
  });
});

describe('formatProbability', () => {
  it('rounds to three decimals', () => {
    expect(formatProbability(0.5)).toBe('0.500');
    expect(formatProbability(0.49999999999999994)).toBe('0.500');
    expect(formatProbability(0)).toBe('0.000');
  });
});
