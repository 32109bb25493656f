// The y range of the energy chart: all the data, and the chemical-accuracy band kept readable.

/** Chemical accuracy, 1 kcal/mol ≈ 1.6 mHa: the band drawn around the exact energy. */
export const CHEMICAL_ACCURACY = 0.0016;
/** Least half-height (Ha) of the range around the exact energy, so the band never fills the plot. */
export const MIN_HALF_SPAN = 0.005;
/** Share of the data's span added above and below, so no line runs along the frame. */
export const PAD = 0.05;

/**
 * [low, high] in hartree covering every finite energy, Hartree–Fock and the band exact ± 1.6 mHa,
 * at least exact ± 5 mHa (so a converged run still shows the band as a band, not the whole plot),
 * and padded by 5% of the span. Without an exact energy the range is at least 10 mHa high around
 * the data; with nothing at all it is [−1, 0].
 */
export function energyDomain(
  energies: Iterable<number>,
  exact: number | null,
  hartreeFock: number | null,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const add = (v: number | null) => {
    if (v === null || !Number.isFinite(v)) return;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  };
  for (const e of energies) add(e);
  add(hartreeFock);
  const hasExact = exact !== null && Number.isFinite(exact);
  if (hasExact) {
    add(exact - MIN_HALF_SPAN);
    add(exact + MIN_HALF_SPAN);
  }
  if (lo > hi) return [-1, 0];
  if (!hasExact && hi - lo < 2 * MIN_HALF_SPAN) {
    const mid = (lo + hi) / 2;
    lo = mid - MIN_HALF_SPAN;
    hi = mid + MIN_HALF_SPAN;
  }
  const pad = (hi - lo) * PAD;
  return [lo - pad, hi + pad];
}
