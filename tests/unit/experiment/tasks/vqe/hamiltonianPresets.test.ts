// Preset model Hamiltonians: the text of the Ising and Heisenberg chains, read back by the parser.
import { describe, expect, it } from 'vitest';
import {
  heisenbergChainText,
  isingChainText,
} from '../../../../../src/experiment/tasks/vqe/hamiltonianPresets';
import { parsePauliSum } from '../../../../../src/experiment/tasks/vqe/pauliText';

describe('preset chains', () => {
  it('Ising: −J Σ Z_i Z_{i+1} − h Σ X_i on an open chain', () => {
    expect(isingChainText(3)).toBe('-Z0 Z1 - Z1 Z2 - X0 - X1 - X2');
    expect(isingChainText(2, 2, 0.5)).toBe('-2 Z0 Z1 - 0.5 X0 - 0.5 X1');
    expect(isingChainText(1)).toBe('-X0');
    expect(isingChainText(2, 1, 0)).toBe('-Z0 Z1');
  });

  it('Heisenberg: J Σ (XX + YY + ZZ) on an open chain', () => {
    expect(heisenbergChainText(2)).toBe('X0 X1 + Y0 Y1 + Z0 Z1');
    expect(heisenbergChainText(3, 0.5)).toBe(
      '0.5 X0 X1 + 0.5 Y0 Y1 + 0.5 Z0 Z1 + 0.5 X1 X2 + 0.5 Y1 Y2 + 0.5 Z1 Z2',
    );
  });

  it('every preset up to 12 qubits parses, with n qubits and the right number of terms', () => {
    for (let n = 2; n <= 12; n++) {
      const ising = parsePauliSum(isingChainText(n, 1.3, 0.7));
      const heis = parsePauliSum(heisenbergChainText(n, -0.4));
      if (!ising.ok || !heis.ok) throw new Error('a preset did not parse');
      expect(ising.qubits).toBe(n);
      expect(ising.terms).toHaveLength(2 * n - 1);
      expect(Math.abs(ising.terms[0]!.coeff + 1.3)).toBeLessThan(1e-15);
      expect(heis.qubits).toBe(n);
      expect(heis.terms).toHaveLength(3 * (n - 1));
    }
  });

  it('refuses chain lengths it cannot write', () => {
    expect(() => isingChainText(0)).toThrow(RangeError);
    expect(() => heisenbergChainText(1)).toThrow(RangeError);
    expect(() => isingChainText(13)).toThrow(RangeError);
  });
});
