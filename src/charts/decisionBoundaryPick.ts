// Picking samples in the decision-boundary chart: counting the samples across the shown sets,
// finding one by index, and finding the one nearest a pointer (pure; no DOM).
import type { PlotBox } from './heatmap';
import type { Points2D } from './types';

export function sampleCount(sets: readonly Points2D[]): number {
  return sets.reduce((n, p) => n + Math.min(p.y.length, Math.floor(p.x.length / 2)), 0);
}

/** Sample i counting through the sets in order, as data coordinates. */
export function sampleAt(sets: readonly Points2D[], i: number): [number, number] | null {
  let k = i;
  for (const p of sets) {
    const n = Math.min(p.y.length, Math.floor(p.x.length / 2));
    if (k < n) return [p.x[2 * k] ?? 0, p.x[2 * k + 1] ?? 0];
    k -= n;
  }
  return null;
}

/** Index (through the sets in order) of the sample nearest chart pixel (px, py) within `radius`, or −1. */
export function nearestSample(
  sets: readonly Points2D[],
  px: number,
  py: number,
  box: PlotBox,
  radius: number,
): number {
  let best = -1;
  let bestD = radius * radius;
  let offset = 0;
  for (const p of sets) {
    const n = Math.min(p.y.length, Math.floor(p.x.length / 2));
    for (let i = 0; i < n; i++) {
      const dx = box.left + (((p.x[2 * i] ?? 0) + 1) / 2) * box.side - px;
      const dy = box.top + ((1 - (p.x[2 * i + 1] ?? 0)) / 2) * box.side - py;
      const d = dx * dx + dy * dy;
      if (d <= bestD) {
        bestD = d;
        best = offset + i;
      }
    }
    offset += n;
  }
  return best;
}
