// The y range of a line chart with reference lines: every value, with room above and below.

/**
 * [low, high] covering every finite value, padded below by `padLo` and above by `padHi` times the
 * span (room for the labels on one side, so no line runs along the frame). A span under `minSpan`
 * is widened to `minSpan` around its middle first; with no finite value at all it is [0, 1].
 */
export function paddedDomain(
  values: Iterable<number>,
  padLo: number,
  padHi: number,
  minSpan: number,
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [0, 1];
  if (hi - lo < minSpan) {
    const mid = (lo + hi) / 2;
    lo = mid - minSpan / 2;
    hi = mid + minSpan / 2;
  }
  const span = hi - lo;
  return [lo - span * padLo, hi + span * padHi];
}
