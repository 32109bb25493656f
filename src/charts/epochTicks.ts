// Ticks of an epoch axis: whole epochs only, evenly spaced by 1, 2 or 5 × 10^k, never repeated.

/**
 * Integer ticks covering [lo, hi] (any order), at most about `maxCount` of them (at least two
 * when the range holds two integers). Epochs are counted, so 0.5 is never a tick.
 */
export function epochTicks(lo: number, hi: number, maxCount: number): number[] {
  const a = Math.ceil(Math.min(lo, hi));
  const b = Math.floor(Math.max(lo, hi));
  if (!Number.isFinite(a) || !Number.isFinite(b) || b < a) return [];
  if (a === b) return [a];
  const want = Math.max(2, Math.floor(maxCount));
  let step = 1;
  for (let k = 1; ; k *= 10) {
    const fit = [1, 2, 5].map((m) => m * k).find((s) => Math.floor(b / s) - Math.ceil(a / s) + 1 <= want); // prettier-ignore
    if (fit !== undefined) {
      step = fit;
      break;
    }
  }
  const ticks: number[] = [];
  for (let t = Math.ceil(a / step) * step; t <= b; t += step) ticks.push(t);
  return ticks;
}
