// Thinning long series before drawing: a line chart cannot show more points than it has pixels.

/**
 * Indices (ascending) of the points worth drawing when `n` points share `buckets` pixel columns:
 * per bucket of consecutive points its first point, its minimum and its maximum (so spikes survive),
 * plus one NaN if it has any (so gaps stay gaps), and always the last point. Series of at most
 * 3·buckets points are returned whole.
 */
export function decimate(n: number, value: (i: number) => number, buckets: number): number[] {
  const b = Math.max(1, Math.floor(buckets));
  if (n <= 3 * b) return Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  const picks: number[] = [];
  for (let k = 0; k < b; k++) {
    const start = Math.floor((k * n) / b);
    const end = Math.floor(((k + 1) * n) / b);
    let lo = -1;
    let hi = -1;
    let loV = Infinity;
    let hiV = -Infinity;
    let gap = -1;
    for (let i = start; i < end; i++) {
      const v = value(i);
      if (!Number.isFinite(v)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (v < loV) [lo, loV] = [i, v];
      if (v > hiV) [hi, hiV] = [i, v];
    }
    picks.length = 0;
    picks.push(start);
    if (lo >= 0) picks.push(lo);
    if (hi >= 0) picks.push(hi);
    if (gap >= 0) picks.push(gap);
    picks.sort((p, q) => p - q);
    for (const p of picks) if (out[out.length - 1] !== p) out.push(p);
  }
  if (out[out.length - 1] !== n - 1) out.push(n - 1);
  return out;
}
