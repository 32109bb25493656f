// Restricted Hartree–Fock against Szabo & Ostlund: H₂ at 1.4 bohr (§3.5.2) and HeH⁺ at
// 1.4632 bohr (§3.5.3 and the program output of appendix B).
import { describe, expect, it } from 'vitest';
import { SLATER_ZETA, sto3g } from '../../../../../workers/tasks/vqe/chem/basis';
import type { Nucleus } from '../../../../../workers/tasks/vqe/chem/integrals';
import { rhf } from '../../../../../workers/tasks/vqe/chem/rhf';

function h2(R: number): { basis: ReturnType<typeof sto3g>[]; nuclei: Nucleus[] } {
  const nuclei: Nucleus[] = [
    { charge: 1, position: [0, 0, 0] },
    { charge: 1, position: [0, 0, R] },
  ];
  return { basis: nuclei.map((n) => sto3g(SLATER_ZETA.H, n.position)), nuclei };
}

function hehPlus(R: number): { basis: ReturnType<typeof sto3g>[]; nuclei: Nucleus[] } {
  const nuclei: Nucleus[] = [
    { charge: 2, position: [0, 0, 0] },
    { charge: 1, position: [0, 0, R] },
  ];
  return { basis: [sto3g(SLATER_ZETA.He, [0, 0, 0]), sto3g(SLATER_ZETA.H, [0, 0, R])], nuclei };
}

describe('restricted Hartree–Fock', () => {
  it('H₂ at 1.4 bohr: E0 = −1.8310, total −1.1167, ε = −0.578, +0.670 (Szabo & Ostlund)', () => {
    const { basis, nuclei } = h2(1.4);
    const r = rhf(basis, nuclei, 2);
    expect(Math.abs(r.electronicEnergy + 1.831)).toBeLessThan(1e-4);
    expect(Math.abs(r.totalEnergy + 1.1167)).toBeLessThan(1e-4);
    expect(Math.abs(r.orbitalEnergies[0]! + 0.578)).toBeLessThan(1e-3);
    expect(Math.abs(r.orbitalEnergies[1]! - 0.67)).toBeLessThan(1e-3);
    expect(Math.abs(r.nuclearRepulsion - 1 / 1.4)).toBeLessThan(1e-15);
  });

  it('HeH⁺ at 1.4632 bohr: E0 = −4.227529, total −2.860662, ε = −1.597448, −0.061670 (to 1e-4)', () => {
    const { basis, nuclei } = hehPlus(1.4632);
    const r = rhf(basis, nuclei, 2);
    expect(Math.abs(r.totalEnergy + 2.860662)).toBeLessThan(1e-4);
    expect(Math.abs(r.electronicEnergy + 4.227529)).toBeLessThan(1e-4);
    expect(Math.abs(r.orbitalEnergies[0]! + 1.597448)).toBeLessThan(1e-4);
    expect(Math.abs(r.orbitalEnergies[1]! + 0.06167)).toBeLessThan(1e-4);
    expect(r.iterations).toBeGreaterThan(2);
  });

  it('orbitals are S-orthonormal and solve F C = S C ε (1e-10)', () => {
    const { basis, nuclei } = hehPlus(1.4632);
    const r = rhf(basis, nuclei, 2);
    const { S, H, eri } = r.ao;
    const K = 2;
    // Fock matrix from the converged density.
    const F = new Float64Array(4);
    for (let m = 0; m < K; m++)
      for (let n = 0; n < K; n++) {
        let g = 0;
        for (let l = 0; l < K; l++)
          for (let s = 0; s < K; s++)
            g +=
              r.density[l * K + s]! *
              (eri[((m * K + n) * K + s) * K + l]! - 0.5 * eri[((m * K + l) * K + s) * K + n]!);
        F[m * K + n] = H[m * K + n]! + g;
      }
    for (let i = 0; i < K; i++)
      for (let j = 0; j < K; j++) {
        let sij = 0;
        for (let m = 0; m < K; m++)
          for (let n = 0; n < K; n++) sij += r.C[m * K + i]! * S[m * K + n]! * r.C[n * K + j]!;
        expect(Math.abs(sij - (i === j ? 1 : 0))).toBeLessThan(1e-12);
      }
    for (let j = 0; j < K; j++)
      for (let m = 0; m < K; m++) {
        let fc = 0;
        let sc = 0;
        for (let n = 0; n < K; n++) {
          fc += F[m * K + n]! * r.C[n * K + j]!;
          sc += S[m * K + n]! * r.C[n * K + j]!;
        }
        expect(Math.abs(fc - r.orbitalEnergies[j]! * sc)).toBeLessThan(1e-8);
      }
  });

  it('symmetric and canonical orthogonalisation give the same energy (1e-12)', () => {
    for (const R of [0.6, 1.4632, 5]) {
      const { basis, nuclei } = hehPlus(R);
      const a = rhf(basis, nuclei, 2, { orthogonalisation: 'symmetric' });
      const b = rhf(basis, nuclei, 2, { orthogonalisation: 'canonical' });
      expect(Math.abs(a.totalEnergy - b.totalEnergy)).toBeLessThan(1e-12);
    }
  });

  it('refuses an odd number of electrons', () => {
    const { basis, nuclei } = h2(1.4);
    expect(() => rhf(basis, nuclei, 1)).toThrow(/even number of electrons/);
  });
});
