// The public molecule API: H₂ in the parity form against Qiskit's published coefficients at
// 0.735 Å, Szabo & Ostlund's energies at 1.4 bohr, and both qubit forms over the bond scan.
import { describe, expect, it } from 'vitest';
import type { PauliTerm } from '../../../../../workers/sim';
import { groundState } from '../../../../../workers/tasks/vqe/chem/exact';
import { BOHR_IN_ANGSTROM, moleculeProblem } from '../../../../../workers/tasks/vqe/chem/molecule';
import { diagonalElement } from './helpers';

const coeffOf = (terms: PauliTerm[], label: string): number =>
  terms.find((t) => t.label === label)?.coeff ?? NaN;

describe('H₂ at 0.735 Å, parity mapping with two-qubit reduction', () => {
  const p = moleculeProblem('h2', 0.735, 'parity2');
  // Qiskit's published values (electronic energy; dense labels, rightmost = qubit 0).
  const NUCLEAR = 0.7199689944;
  const ELECTRONIC: [string, string, number][] = [
    ['II', '', -1.052373245772859],
    ['IZ', 'Z0', 0.39793742484318045],
    ['ZI', 'Z1', -0.39793742484318045],
    ['ZZ', 'Z0 Z1', -0.01128010425623538],
    ['XX', 'X0 X1', 0.18093119978423156],
  ];

  it('has exactly the five terms, each coefficient within 1e-6 (identity = electronic + nuclear)', () => {
    expect(p.qubits).toBe(2);
    expect(p.terms).toHaveLength(5);
    for (const [dense, sparse, c] of ELECTRONIC) {
      const want = sparse === '' ? c + NUCLEAR : c;
      expect(Math.abs(coeffOf(p.terms, sparse) - want), dense).toBeLessThan(1e-6);
    }
  });

  it('nuclear repulsion 0.7199689944 Ha (1e-9)', () => {
    expect(Math.abs(p.nuclearRepulsion - NUCLEAR)).toBeLessThan(1e-9);
  });

  it('exact energy −1.13730604 total / −1.85727503 electronic (1e-6)', () => {
    expect(Math.abs(p.exactEnergy + 1.13730604)).toBeLessThan(1e-6);
    expect(Math.abs(p.exactEnergy - p.nuclearRepulsion + 1.85727503)).toBeLessThan(1e-6);
  });

  it('Hartree–Fock state |01⟩ (index 1) at −1.83696799 electronic (1e-6)', () => {
    expect(p.hfState).toBe(1);
    expect(Math.abs(p.hfEnergy - p.nuclearRepulsion + 1.83696799)).toBeLessThan(1e-6);
    expect(Math.abs(diagonalElement(p.terms, 2, 1) - p.hfEnergy)).toBeLessThan(1e-10);
  });
});

describe('H₂ at 1.4 bohr (Szabo & Ostlund)', () => {
  const R = 1.4 * BOHR_IN_ANGSTROM;
  it('E_HF = −1.1167 and full CI = −1.1373 Ha total in both forms (1e-4)', () => {
    for (const form of ['jw4', 'parity2'] as const) {
      const p = moleculeProblem('h2', R, form);
      expect(Math.abs(p.hfEnergy + 1.1167)).toBeLessThan(1e-4);
      expect(Math.abs(p.exactEnergy + 1.1373)).toBeLessThan(1e-4);
    }
  });
});

describe('HeH⁺ at 1.4632 bohr', () => {
  it('Hartree–Fock total −2.860662 Ha (Szabo & Ostlund, 1e-4) and ⟨0011|H|0011⟩ equals it (1e-10)', () => {
    const p = moleculeProblem('heh+', 1.4632 * BOHR_IN_ANGSTROM, 'jw4');
    expect(Math.abs(p.hfEnergy + 2.860662)).toBeLessThan(1e-4);
    expect(Math.abs(diagonalElement(p.terms, 4, p.hfState) - p.hfEnergy)).toBeLessThan(1e-10);
    expect(p.exactEnergy).toBeLessThan(p.hfEnergy - 0.01);
  });
});

describe('the bond-length scan 0.3 … 3.0 Å', () => {
  const lengths = Array.from({ length: 28 }, (_, i) => Math.round((0.3 + 0.1 * i) * 10) / 10);

  it('jw4 (sector) and parity2 give the same exact energy (1e-8) and HF = ⟨HF|H|HF⟩ (1e-10)', () => {
    for (const R of lengths) {
      const jw = moleculeProblem('h2', R, 'jw4');
      const par = moleculeProblem('h2', R, 'parity2');
      expect(Math.abs(jw.exactEnergy - par.exactEnergy), `R = ${R}`).toBeLessThan(1e-8);
      expect(Math.abs(jw.hfEnergy - par.hfEnergy)).toBeLessThan(1e-12);
      expect(Math.abs(diagonalElement(jw.terms, 4, jw.hfState) - jw.hfEnergy)).toBeLessThan(1e-10);
      expect(Math.abs(diagonalElement(par.terms, 2, par.hfState) - par.hfEnergy)).toBeLessThan(
        1e-10,
      );
      // Variational order: exact ≤ HF.
      expect(jw.exactEnergy).toBeLessThanOrEqual(jw.hfEnergy + 1e-12);
    }
  });

  it('HeH⁺: HF = ⟨HF|H|HF⟩ (1e-10), exact ≤ HF, and 15 terms at most', () => {
    for (const R of lengths) {
      const p = moleculeProblem('heh+', R, 'jw4');
      expect(Math.abs(diagonalElement(p.terms, 4, p.hfState) - p.hfEnergy)).toBeLessThan(1e-10);
      expect(p.exactEnergy).toBeLessThanOrEqual(p.hfEnergy + 1e-12);
      expect(p.hfState).toBe(3);
      expect(p.electrons).toBe(2);
    }
  });

  it('H₂ in the jw4 form has the 15 standard terms with the α/β symmetry of the interleaved order', () => {
    const p = moleculeProblem('h2', 0.735, 'jw4');
    expect(p.terms).toHaveLength(15);
    expect(Math.abs(coeffOf(p.terms, 'Z0') - coeffOf(p.terms, 'Z1'))).toBeLessThan(1e-12);
    expect(Math.abs(coeffOf(p.terms, 'Z2') - coeffOf(p.terms, 'Z3'))).toBeLessThan(1e-12);
    expect(Math.abs(coeffOf(p.terms, 'X0 X1 Y2 Y3'))).toBeGreaterThan(0.01);
  });
});

describe('errors a student can read', () => {
  it('refuses bond lengths outside 0.3–3.0 Å', () => {
    for (const R of [0.29, 3.01, NaN, -1])
      expect(() => moleculeProblem('h2', R, 'jw4')).toThrow(/between 0.3 Å and 3 Å/);
  });
  it('refuses the 2-qubit form for HeH⁺', () => {
    expect(() => moleculeProblem('heh+', 1, 'parity2')).toThrow(/H₂ only/);
  });
});

describe('the sector matters', () => {
  it('HeH⁺ at 1.0 Å: the lowest state over all electron numbers lies 0.2 Ha below the 2-electron one', () => {
    const p = moleculeProblem('heh+', 1.0, 'jw4');
    const any = groundState(p.terms, 4).energy;
    expect(p.exactEnergy - any).toBeGreaterThan(0.2);
  });
});
