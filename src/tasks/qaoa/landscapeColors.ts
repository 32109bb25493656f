// Pure maths of the QAOA landscape picture: where each grid point sits, the range of the values
// computed so far, and one RGBA pixel per grid point with better values darker.
import type { Rgb } from '../../charts/heatmap';

/**
 * The angle of grid column (or row) k of `resolution`, from `min` to `max` with both ends
 * included: the grid's points, whose values the worker computes (one cell per point).
 */
export function gridAngle(k: number, resolution: number, min: number, max: number): number {
  return resolution > 1 ? min + ((max - min) * k) / (resolution - 1) : min;
}

/**
 * A point of the optimiser's path as the landscape shows it: ⟨C⟩ is the same at (−γ, −β), and β
 * repeats with the period the landscape spans (betaMax − betaMin), so every point lands in view
 * unless γ is beyond gammaMax.
 */
export function pathPoint(
  [gamma, beta]: [number, number],
  l: { betaMin: number; betaMax: number },
): [number, number] {
  let g = gamma;
  let b = beta;
  if (g < 0) [g, b] = [-g, -b];
  const period = l.betaMax - l.betaMin;
  if (b < l.betaMin || b > l.betaMax) b = l.betaMin + ((((b - l.betaMin) % period) + period) % period); // prettier-ignore
  return [g, b];
}

/** Least and greatest finite value, or null when none is computed yet. */
export function finiteRange(values: Float64Array): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values)
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  return lo <= hi ? [lo, hi] : null;
}

/** Where the best finite value is: its index and value, or null. */
export function bestCell(
  values: Float64Array,
  better: 'high' | 'low',
): { index: number; value: number } | null {
  let index = -1;
  let value = better === 'high' ? -Infinity : Infinity;
  values.forEach((v, i) => {
    if (Number.isFinite(v) && (better === 'high' ? v > value : v < value)) {
      value = v;
      index = i;
    }
  });
  return index >= 0 ? { index, value } : null;
}

/** How good v is on [lo, hi], 0 (worst) to 1 (best): higher is better for 'high', lower for 'low'. */
export function goodness(v: number, lo: number, hi: number, better: 'high' | 'low'): number {
  const t = hi > lo ? (v - lo) / (hi - lo) : 1;
  const c = Math.min(1, Math.max(0, t));
  return better === 'high' ? c : 1 - c;
}

/**
 * Writes the picture into `out` (RGBA, resolution² pixels, canvas order: the top row first).
 * values[row·resolution + col] has row 0 at β = 0, which is drawn at the bottom; a value's colour
 * is ramp[goodness × (ramp.length − 1)], the ramp ordered from worst to best. NaN stays clear.
 */
export function paintLandscape(
  values: Float64Array,
  resolution: number,
  range: readonly [number, number],
  better: 'high' | 'low',
  ramp: readonly Rgb[],
  out: Uint8ClampedArray,
): void {
  const last = ramp.length - 1;
  for (let row = 0; row < resolution; row++)
    for (let col = 0; col < resolution; col++) {
      const v = values[row * resolution + col] ?? NaN;
      const o = 4 * ((resolution - 1 - row) * resolution + col);
      if (!Number.isFinite(v) || last < 0) {
        out[o] = out[o + 1] = out[o + 2] = out[o + 3] = 0;
        continue;
      }
      const c = ramp[Math.round(goodness(v, range[0], range[1], better) * last)] ?? [0, 0, 0];
      out[o] = c[0];
      out[o + 1] = c[1];
      out[o + 2] = c[2];
      out[o + 3] = 255;
    }
}
