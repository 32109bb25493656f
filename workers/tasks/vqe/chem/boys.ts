// The error function and the zeroth Boys function F₀, the only special functions the s-type
// Gaussian integrals need (Math has no erf, so it is written here to ~1e-15).

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * erf(x) for x ≥ 0 from the series erf x = (2/√π)·e^{−x²}·Σ_n (2x²)^n·x / (1·3·…·(2n+1)).
 * Every term is positive, so there is no cancellation; it is used where it converges quickly.
 */
function erfSeries(x: number): number {
  const x2 = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= x2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) for x > 0 from the continued fraction
 * erfc x = (e^{−x²}/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated by the modified
 * Lentz method; it converges fast for large x, where 1 − erf would lose every digit.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** Below this the series is used, above it the continued fraction (both are accurate there). */
const SWITCH = 2.5;

/** The error function erf(x) = (2/√π)∫₀ˣ e^{−t²} dt, accurate to about 1e-15. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x < SWITCH) return erfSeries(x);
  if (x > 6) return 1; // erfc(6) ≈ 2e-17, below one ulp of 1
  return 1 - erfcContinuedFraction(x);
}

/** The complementary error function 1 − erf(x), without cancellation for large x. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < SWITCH) return 1 - erf(x);
  return erfcContinuedFraction(x);
}

/**
 * The Boys function F₀(t) = ∫₀¹ e^{−t u²} du = ½√(π/t)·erf(√t) (t ≥ 0, dimensionless).
 * The closed form is 0/0 at t = 0, so small t takes the Taylor series Σ (−t)^k / (k!(2k+1)).
 */
export function boysF0(t: number): number {
  if (t < 1e-3) {
    // Four terms leave an error below t⁴/216 < 5e-15 relative.
    return 1 - t / 3 + (t * t) / 10 - (t * t * t) / 42;
  }
  const s = Math.sqrt(t);
  return ((0.5 * Math.sqrt(Math.PI)) / s) * erf(s);
}
