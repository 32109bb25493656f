// STO-3G basis functions: each Slater 1s orbital approximated by three contracted Gaussians,
// the minimal basis of Szabo & Ostlund chapter 3 for H₂ and HeH⁺.

/** A point in space, in bohr. */
export type Vec3 = readonly [number, number, number];

/** A normalised contracted s-type Gaussian: φ(r) = Σ_i d_i·g(α_i, r − center). */
export interface ContractedGaussian {
  /** Centre of the function, in bohr. */
  center: Vec3;
  /** Primitive exponents α_i, in bohr⁻². */
  exponents: readonly number[];
  /**
   * Contraction coefficients d_i over NORMALISED primitives (2α/π)^{3/4}·e^{−α r²}, rescaled so
   * that ⟨φ|φ⟩ = 1 exactly (the tabulated STO-3G coefficients give 1 only to about 1e-9).
   */
  coeffs: readonly number[];
}

/**
 * The STO-3G least-squares fit of a Slater 1s function with ζ = 1 (Hehre, Stewart & Pople 1969);
 * a Slater exponent ζ scales every Gaussian exponent by ζ² and leaves the coefficients alone.
 */
const STO3G_EXPONENTS_ZETA1 = [2.227660584, 0.4057711562, 0.1098175104] as const;
const STO3G_COEFFS = [0.1543289673, 0.5353281423, 0.4446345422] as const;

/** Slater exponents of Szabo & Ostlund (§3.5.2–3.5.3): the molecular ζ for H, and ζ of He in HeH⁺. */
export const SLATER_ZETA = { H: 1.24, He: 2.0925 } as const;

/** Overlap of two normalised s primitives on the same centre: (2√(αβ)/(α+β))^{3/2}. */
function sameCentreOverlap(a: number, b: number): number {
  return ((2 * Math.sqrt(a * b)) / (a + b)) ** 1.5;
}

/** The STO-3G 1s function with Slater exponent `zeta` centred at `center` (bohr). */
export function sto3g(zeta: number, center: Vec3): ContractedGaussian {
  if (!(zeta > 0)) throw new Error(`The Slater exponent must be positive; got ${zeta}.`);
  const exponents = STO3G_EXPONENTS_ZETA1.map((a) => a * zeta * zeta);
  // Renormalise the contraction so that ⟨φ|φ⟩ = 1 to rounding; quantum-chemistry codes
  // (and the reference Hamiltonians we check against) do the same.
  let norm2 = 0;
  exponents.forEach((a, i) =>
    exponents.forEach((b, j) => {
      norm2 += STO3G_COEFFS[i]! * STO3G_COEFFS[j]! * sameCentreOverlap(a, b);
    }),
  );
  const scale = 1 / Math.sqrt(norm2);
  return { center, exponents, coeffs: STO3G_COEFFS.map((d) => d * scale) };
}
