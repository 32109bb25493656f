// Timing helpers for the benchmark: repeat until a time budget is spent, report the median.

import { performance } from 'node:perf_hooks';

/** Median time in milliseconds of fn over repetitions (at least `minReps`, about `budgetMs` in all). */
export function medianMs(fn: () => void, budgetMs = 300, minReps = 5, maxReps = 2000): number {
  fn(); // warm up the JIT
  const times: number[] = [];
  const start = performance.now();
  while (
    times.length < minReps ||
    (performance.now() - start < budgetMs && times.length < maxReps)
  ) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`;
}
