// The integral layer against Szabo & Ostlund: erf and F₀ against reference values, and the
// STO-3G H₂ integrals at R = 1.4 bohr of their §3.5.2 (eqs 3.229–3.235).
import { describe, expect, it } from 'vitest';
import { SLATER_ZETA, sto3g } from '../../../../../workers/tasks/vqe/chem/basis';
import { boysF0, erf, erfc } from '../../../../../workers/tasks/vqe/chem/boys';
import {
  aoIntegrals,
  electronRepulsion,
  kinetic,
  nuclearAttraction,
  nuclearRepulsion,
  overlap,
  type Nucleus,
} from '../../../../../workers/tasks/vqe/chem/integrals';

describe('erf and the Boys function', () => {
  // Reference values of erf (CPython's math.erf, itself accurate to < 1 ulp here).
  const ERF: [number, number][] = [
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [1.5, 0.9661051464753108],
    [2, 0.9953222650189527],
    [2.5, 0.999593047982555],
    [3, 0.9999779095030014],
    [4, 0.9999999845827421],
  ];
  it('matches reference erf values to 1e-14 on both sides of the series/fraction switch', () => {
    for (const [x, v] of ERF) {
      expect(Math.abs(erf(x) - v)).toBeLessThan(1e-14);
      expect(Math.abs(erf(-x) + v)).toBeLessThan(1e-14);
    }
    expect(erf(0)).toBe(0);
  });

  it('erfc keeps its relative accuracy in the tail (1e-13)', () => {
    expect(Math.abs(erfc(3) / 2.2090496998585438e-5 - 1)).toBeLessThan(1e-13);
    expect(Math.abs(erfc(5) / 1.5374597944280351e-12 - 1)).toBeLessThan(1e-13);
  });

  it('is smooth across the series/fraction switch at x = 2.5: the step equals erf′·2δ (1e-15)', () => {
    const d = 1e-9;
    const slope = (2 / Math.sqrt(Math.PI)) * Math.exp(-6.25);
    expect(Math.abs(erf(2.5 + d) - erf(2.5 - d) - 2 * d * slope)).toBeLessThan(1e-15);
  });

  it('F0(0) = 1, the small-t series meets the closed form, and F0 ~ ½√(π/t) for large t', () => {
    expect(boysF0(0)).toBe(1);
    const t = 1e-3;
    const closed = 0.5 * Math.sqrt(Math.PI / t) * erf(Math.sqrt(t));
    expect(Math.abs(boysF0(t * (1 - 1e-12)) - closed)).toBeLessThan(1e-14);
    expect(Math.abs(boysF0(400) - 0.5 * Math.sqrt(Math.PI / 400))).toBeLessThan(1e-15);
    // F₀(1) = ½√π·erf(1)
    expect(Math.abs(boysF0(1) - 0.7468241328124271)).toBeLessThan(1e-14);
  });
});

describe('STO-3G integrals for H₂ at R = 1.4 bohr (Szabo & Ostlund §3.5.2)', () => {
  const R = 1.4;
  const n1: Nucleus = { charge: 1, position: [0, 0, 0] };
  const n2: Nucleus = { charge: 1, position: [0, 0, R] };
  const p1 = sto3g(SLATER_ZETA.H, n1.position);
  const p2 = sto3g(SLATER_ZETA.H, n2.position);

  it('normalises the contracted functions (1e-14)', () => {
    expect(Math.abs(overlap(p1, p1) - 1)).toBeLessThan(1e-14);
    expect(
      Math.abs(overlap(sto3g(SLATER_ZETA.He, [0, 0, 0]), sto3g(2.0925, [0, 0, 0])) - 1),
    ).toBeLessThan(1e-14);
  });

  it('reproduces the printed one-electron integrals to 1e-4', () => {
    const cases: [string, number, number][] = [
      ['S12', overlap(p1, p2), 0.6593],
      ['T11', kinetic(p1, p1), 0.76],
      ['T12', kinetic(p1, p2), 0.2365],
      ['V11(1)', nuclearAttraction(p1, p1, n1), -1.2266],
      ['V12(1)', nuclearAttraction(p1, p2, n1), -0.5974],
      ['V22(1)', nuclearAttraction(p2, p2, n1), -0.6538],
      ['V11(2)', nuclearAttraction(p1, p1, n2), -0.6538],
      ['V12(2)', nuclearAttraction(p1, p2, n2), -0.5974],
      ['V22(2)', nuclearAttraction(p2, p2, n2), -1.2266],
    ];
    for (const [name, got, want] of cases) expect(Math.abs(got - want), name).toBeLessThan(1e-4);
  });

  it('reproduces the core Hamiltonian (H11 = −1.1204, H12 = −0.9584) to 1e-4', () => {
    const ao = aoIntegrals([p1, p2], [n1, n2]);
    expect(Math.abs(ao.H[0]! + 1.1204)).toBeLessThan(1e-4);
    expect(Math.abs(ao.H[1]! + 0.9584)).toBeLessThan(1e-4);
    expect(Math.abs(ao.H[3]! + 1.1204)).toBeLessThan(1e-4);
  });

  it('reproduces the printed two-electron integrals to 1e-4', () => {
    const cases: [string, number, number][] = [
      ['(11|11)', electronRepulsion(p1, p1, p1, p1), 0.7746],
      ['(11|22)', electronRepulsion(p1, p1, p2, p2), 0.5697],
      ['(21|11)', electronRepulsion(p2, p1, p1, p1), 0.4441],
      ['(21|21)', electronRepulsion(p2, p1, p2, p1), 0.297],
    ];
    for (const [name, got, want] of cases) expect(Math.abs(got - want), name).toBeLessThan(1e-4);
  });

  it('fills every member of the eightfold (pq|rs) symmetry with the directly computed value (1e-14)', () => {
    const basis = [sto3g(SLATER_ZETA.He, [0, 0, 0]), sto3g(SLATER_ZETA.H, [0, 0, 1.4632])];
    const ao = aoIntegrals(basis, [n1]);
    for (let p = 0; p < 2; p++)
      for (let q = 0; q < 2; q++)
        for (let r = 0; r < 2; r++)
          for (let s = 0; s < 2; s++) {
            const direct = electronRepulsion(basis[p]!, basis[q]!, basis[r]!, basis[s]!);
            expect(Math.abs(ao.eri[((p * 2 + q) * 2 + r) * 2 + s]! - direct)).toBeLessThan(1e-14);
          }
  });

  it('nuclear repulsion is Z_A Z_B / R in hartree (1e-15)', () => {
    expect(Math.abs(nuclearRepulsion([n1, n2]) - 1 / 1.4)).toBeLessThan(1e-15);
  });
});
