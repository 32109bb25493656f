// One- and two-electron integrals over contracted s-type Gaussians in closed form (Szabo &
// Ostlund appendix A): overlap, kinetic energy, nuclear attraction and electron repulsion.

import type { ContractedGaussian, Vec3 } from './basis';
import { boysF0 } from './boys';

/** A point nucleus: charge Z (units of e) at a position in bohr. */
export interface Nucleus {
  charge: number;
  position: Vec3;
}

/** |a − b|², in bohr². */
function dist2(a: Vec3, b: Vec3): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;
}

/** The Gaussian product centre P = (αA + βB)/(α + β), in bohr. */
function productCentre(a: number, A: Vec3, b: number, B: Vec3): Vec3 {
  const p = a + b;
  return [(a * A[0] + b * B[0]) / p, (a * A[1] + b * B[1]) / p, (a * A[2] + b * B[2]) / p];
}

/** Normalisation (2α/π)^{3/4} of the s primitive e^{−α r²}. */
function primitiveNorm(a: number): number {
  return ((2 * a) / Math.PI) ** 0.75;
}

/**
 * Σ_ij c_i c_j f(α_i, α_j) over the primitives of two contracted functions, with c_i the
 * contraction coefficient times the primitive normalisation: every one-electron integral
 * is this double sum of its unnormalised primitive formula.
 */
function contract2(
  g: ContractedGaussian,
  h: ContractedGaussian,
  f: (a: number, b: number) => number,
): number {
  let sum = 0;
  g.exponents.forEach((a, i) => {
    const ca = g.coeffs[i]! * primitiveNorm(a);
    h.exponents.forEach((b, j) => {
      sum += ca * h.coeffs[j]! * primitiveNorm(b) * f(a, b);
    });
  });
  return sum;
}

/** Overlap ⟨g|h⟩ (dimensionless). */
export function overlap(g: ContractedGaussian, h: ContractedGaussian): number {
  const r2 = dist2(g.center, h.center);
  return contract2(g, h, (a, b) => {
    const p = a + b;
    return (Math.PI / p) ** 1.5 * Math.exp((-a * b * r2) / p);
  });
}

/** Kinetic energy ⟨g|−½∇²|h⟩, in hartree. */
export function kinetic(g: ContractedGaussian, h: ContractedGaussian): number {
  const r2 = dist2(g.center, h.center);
  return contract2(g, h, (a, b) => {
    const p = a + b;
    const mu = (a * b) / p;
    return mu * (3 - 2 * mu * r2) * (Math.PI / p) ** 1.5 * Math.exp(-mu * r2);
  });
}

/** Attraction ⟨g|−Z/|r − C||h⟩ to one nucleus, in hartree (negative for Z > 0). */
export function nuclearAttraction(
  g: ContractedGaussian,
  h: ContractedGaussian,
  nucleus: Nucleus,
): number {
  const r2 = dist2(g.center, h.center);
  return contract2(g, h, (a, b) => {
    const p = a + b;
    const P = productCentre(a, g.center, b, h.center);
    return (
      ((-2 * Math.PI) / p) *
      nucleus.charge *
      Math.exp((-a * b * r2) / p) *
      boysF0(p * dist2(P, nucleus.position))
    );
  });
}

/** Electron repulsion (gh|kl) = ∫∫ g(1)h(1)·(1/r₁₂)·k(2)l(2), chemists' notation, in hartree. */
export function electronRepulsion(
  g: ContractedGaussian,
  h: ContractedGaussian,
  k: ContractedGaussian,
  l: ContractedGaussian,
): number {
  const rab2 = dist2(g.center, h.center);
  const rcd2 = dist2(k.center, l.center);
  let sum = 0;
  g.exponents.forEach((a, i) => {
    const ca = g.coeffs[i]! * primitiveNorm(a);
    h.exponents.forEach((b, j) => {
      const cab = ca * h.coeffs[j]! * primitiveNorm(b);
      const p = a + b;
      const P = productCentre(a, g.center, b, h.center);
      const eab = Math.exp((-a * b * rab2) / p);
      k.exponents.forEach((c, m) => {
        const cabc = cab * k.coeffs[m]! * primitiveNorm(c);
        l.exponents.forEach((d, n) => {
          const q = c + d;
          const Q = productCentre(c, k.center, d, l.center);
          const ecd = Math.exp((-c * d * rcd2) / q);
          const prim =
            ((2 * Math.PI ** 2.5) / (p * q * Math.sqrt(p + q))) *
            eab *
            ecd *
            boysF0(((p * q) / (p + q)) * dist2(P, Q));
          sum += cabc * l.coeffs[n]! * primitiveNorm(d) * prim;
        });
      });
    });
  });
  return sum;
}

/** Every AO integral a Hartree–Fock calculation needs, over a basis of K functions. */
export interface AoIntegrals {
  /** Number of basis functions. */
  K: number;
  /** Overlap S, K×K row-major. */
  S: Float64Array;
  /** Kinetic energy T, K×K row-major, hartree. */
  T: Float64Array;
  /** Nuclear attraction V summed over nuclei, K×K row-major, hartree. */
  V: Float64Array;
  /** Core Hamiltonian H = T + V, K×K row-major, hartree. */
  H: Float64Array;
  /** (pq|rs) at index ((p·K + q)·K + r)·K + s, hartree. */
  eri: Float64Array;
}

/** All AO integrals for a basis and a set of nuclei (each symmetric block computed once). */
export function aoIntegrals(
  basis: readonly ContractedGaussian[],
  nuclei: readonly Nucleus[],
): AoIntegrals {
  const K = basis.length;
  const S = new Float64Array(K * K);
  const T = new Float64Array(K * K);
  const V = new Float64Array(K * K);
  const H = new Float64Array(K * K);
  for (let p = 0; p < K; p++)
    for (let q = 0; q <= p; q++) {
      const g = basis[p]!;
      const h = basis[q]!;
      const s = overlap(g, h);
      const t = kinetic(g, h);
      let v = 0;
      for (const nuc of nuclei) v += nuclearAttraction(g, h, nuc);
      for (const [i, j] of [
        [p, q],
        [q, p],
      ] as const) {
        S[i * K + j] = s;
        T[i * K + j] = t;
        V[i * K + j] = v;
        H[i * K + j] = t + v;
      }
    }
  const eri = new Float64Array(K ** 4);
  const at = (p: number, q: number, r: number, s: number): number => ((p * K + q) * K + r) * K + s;
  for (let p = 0; p < K; p++)
    for (let q = 0; q < K; q++)
      for (let r = 0; r < K; r++)
        for (let s = 0; s < K; s++) {
          // (pq|rs) has eight-fold symmetry; compute the canonical member, copy to the rest.
          if (q > p || s > r || p * K + q < r * K + s) continue;
          const v = electronRepulsion(basis[p]!, basis[q]!, basis[r]!, basis[s]!);
          for (const [a, b, c, d] of [
            [p, q, r, s],
            [q, p, r, s],
            [p, q, s, r],
            [q, p, s, r],
            [r, s, p, q],
            [s, r, p, q],
            [r, s, q, p],
            [s, r, q, p],
          ] as const)
            eri[at(a, b, c, d)] = v;
        }
  return { K, S, T, V, H, eri };
}

/** Repulsion Σ_{A<B} Z_A Z_B / R_AB between the nuclei, in hartree. */
export function nuclearRepulsion(nuclei: readonly Nucleus[]): number {
  let e = 0;
  for (let i = 0; i < nuclei.length; i++)
    for (let j = 0; j < i; j++) {
      const a = nuclei[i]!;
      const b = nuclei[j]!;
      e += (a.charge * b.charge) / Math.sqrt(dist2(a.position, b.position));
    }
  return e;
}
