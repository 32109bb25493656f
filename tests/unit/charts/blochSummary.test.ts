// The Bloch sphere's points in words: each class's count and mean vector beside its target.
import { describe, expect, it } from 'vitest';
import { blochSummary } from '../../../src/charts/blochSummary';

describe('blochSummary', () => {
  it('says each class’s points, where they gather and their target', () => {
    const vectors = Float64Array.of(0, 0, 1, 0.2, 0, 0.8, 0, 0, -1);
    const labels = Int32Array.of(0, 0, 1);
    const targets = Float64Array.of(0, 0, 1, 0, 0, -1);
    expect(blochSummary('Bloch sphere', vectors, labels, 2, targets)).toBe(
      'Bloch sphere: class 0: 2 points centred at x 0.1, y 0, z 0.9 (target x 0, y 0, z 1); ' +
        'class 1: 1 point centred at x 0, y 0, z −1 (target x 0, y 0, z −1)',
    );
  });

  it('says one qubit’s state as its vector, and an empty sphere as such', () => {
    expect(
      blochSummary('Qubit 0 Bloch sphere', Float64Array.of(1, 0, 0), Int32Array.of(0), 1),
    ).toBe('Qubit 0 Bloch sphere: at x 1, y 0, z 0');
    expect(blochSummary('Bloch sphere', new Float64Array(0), new Int32Array(0), 2)).toBe(
      'Bloch sphere: no points yet',
    );
  });
});
