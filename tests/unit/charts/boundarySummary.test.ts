// A decision boundary in words: its samples and each class's share of the square.
import { describe, expect, it } from 'vitest';
import { boundarySummary, classShares } from '../../../src/charts/boundarySummary';

describe('boundarySummary', () => {
  // Four cells, two classes: class 0 wins cells 0 and 1, class 1 cell 2, cell 3 is not computed.
  const probs = Float32Array.of(0.9, 0.1, 0.6, 0.4, 0.2, 0.8, NaN, NaN);

  it('counts the cells each class wins, leaving out cells with no probabilities', () => {
    const shares = classShares(probs, 2)!;
    expect(shares[0]).toBeCloseTo(2 / 3, 12);
    expect(shares[1]).toBeCloseTo(1 / 3, 12);
    expect(classShares(Float32Array.of(NaN, NaN), 2)).toBeNull();
  });

  it('says the samples, then the classes’ shares in whole percent', () => {
    expect(boundarySummary('Quantum decision boundary', 200, probs, 2)).toBe(
      'Quantum decision boundary: 200 samples; class 0 is the most likely on 67% of the square, class 1 on 33%',
    );
    expect(boundarySummary('Data', 1, null, 2)).toBe('Data: 1 sample');
  });

  it('leaves out a class that wins no cell', () => {
    const three = Float32Array.of(0.1, 0.2, 0.7, 0.1, 0.1, 0.8);
    expect(boundarySummary('B', 5, three, 3)).toBe(
      'B: 5 samples; class 2 is the most likely on 100% of the square',
    );
  });
});
