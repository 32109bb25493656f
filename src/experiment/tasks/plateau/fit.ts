// The exponential fit of the barren-plateau chart: least squares of ln Var on n, so that
// Var ≈ a·b^(−n). Pure and shared: the worker's tests and the page's chart and words use it.

/** The least-squares line through (n, ln Var): Var ≈ a·b^(−n). */
export interface ExponentialFit {
  /** The slope of ln Var against n (negative when the variance decays). */
  slope: number;
  intercept: number;
  /** b = e^(−slope): the factor the variance falls by per added qubit (2 for 2^(−n)). */
  base: number;
  /** Qubits over which the variance halves, ln 2 / (−slope); Infinity when it does not fall. */
  halving: number;
}

/** The fit of ln Var on n over the points with a positive variance; null with fewer than two. */
export function fitExponential(
  points: readonly { n: number; variance: number }[],
): ExponentialFit | null {
  const pts = points.filter((p) => p.variance > 0 && Number.isFinite(p.variance));
  if (pts.length < 2) return null;
  const m = pts.length;
  const mx = pts.reduce((s, p) => s + p.n, 0) / m;
  const my = pts.reduce((s, p) => s + Math.log(p.variance), 0) / m;
  let sxy = 0;
  let sxx = 0;
  for (const p of pts) {
    sxy += (p.n - mx) * (Math.log(p.variance) - my);
    sxx += (p.n - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return {
    slope,
    intercept: my - slope * mx,
    base: Math.exp(-slope),
    halving: slope < 0 ? Math.LN2 / -slope : Infinity,
  };
}
