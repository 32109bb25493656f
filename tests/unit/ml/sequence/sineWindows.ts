// Test data of the sequence models: windows of sin(2πi/20) scaled to [−1, 1], horizon 1.

/** `count` windows of `window` values (x, oldest first) and the value after each (y). */
export function sineWindows(window: number, count: number): { x: Float64Array; y: Float64Array } {
  const series = Array.from({ length: count + window }, (_, i) => Math.sin((2 * Math.PI * i) / 20));
  const lo = Math.min(...series);
  const hi = Math.max(...series);
  const scaled = series.map((v) => (2 * (v - lo)) / (hi - lo) - 1);
  const x = new Float64Array(count * window);
  const y = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    for (let t = 0; t < window; t++) x[k * window + t] = scaled[k + t]!;
    y[k] = scaled[k + window]!;
  }
  return { x, y };
}
