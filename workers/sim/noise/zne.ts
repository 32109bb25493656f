// Zero-noise extrapolation: measure ⟨M⟩ with the noise scaled by gate folding (1, 3, 5, …) and
// extrapolate the values back to scale 0, by the polynomial through all points or a fitted line.

import { SimError } from '../errors';
import type { CompiledObservable } from '../observables';
import type { Rng } from '../rng';
import type { DensitySimulator } from './densitySimulator';
import { MAX_FOLD } from './noiseModel';

export type ExtrapolationMethod = 'richardson' | 'linear';

export interface ZneOptions {
  /** Noise scale factors: odd, distinct gate-folding factors (default [1, 3, 5]). */
  scales?: number[];
  /** Richardson (polynomial through every point, the default) or a least-squares line. */
  method?: ExtrapolationMethod;
  /** Shots per expectation (exact when absent); needs rng. */
  shots?: number;
  rng?: Rng;
}

export interface ZneResult {
  scales: number[];
  /** ⟨M⟩ measured at each scale. */
  values: number[];
  /** The extrapolated value at scale 0. */
  mitigated: number;
}

function checkPoints(scales: readonly number[], values: readonly number[]): void {
  if (scales.length !== values.length) {
    throw new SimError(
      'scales',
      `Extrapolation needs one value per noise scale; got ${scales.length} scales and ${values.length} values.`,
    );
  }
  if (scales.length < 2) {
    throw new SimError('scales', 'Extrapolation needs at least two noise scales.');
  }
  for (let i = 0; i < scales.length; i++) {
    if (!Number.isFinite(scales[i]) || !Number.isFinite(values[i])) {
      throw new SimError('scales', 'Every noise scale and measured value must be a finite number.');
    }
    for (let j = 0; j < i; j++) {
      if (scales[i] === scales[j]) {
        throw new SimError('scales', `The noise scale ${scales[i]} is given twice.`);
      }
    }
  }
}

/**
 * The polynomial of degree k − 1 through all k points, evaluated at scale 0 (Lagrange form):
 * Σ_i v_i·Π_{j≠i} s_j/(s_j − s_i). Exact when ⟨M⟩ is such a polynomial in the noise scale.
 */
export function richardsonExtrapolate(
  scales: readonly number[],
  values: readonly number[],
): number {
  checkPoints(scales, values);
  let total = 0;
  for (let i = 0; i < scales.length; i++) {
    let w = 1;
    for (let j = 0; j < scales.length; j++) {
      if (j !== i) w *= scales[j]! / (scales[j]! - scales[i]!);
    }
    total += w * values[i]!;
  }
  return total;
}

/** The least-squares line through the points, evaluated at scale 0 (its intercept). */
export function linearExtrapolate(scales: readonly number[], values: readonly number[]): number {
  checkPoints(scales, values);
  const k = scales.length;
  let ms = 0;
  let mv = 0;
  for (let i = 0; i < k; i++) {
    ms += scales[i]! / k;
    mv += values[i]! / k;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < k; i++) {
    sxy += (scales[i]! - ms) * (values[i]! - mv);
    sxx += (scales[i]! - ms) ** 2;
  }
  return mv - (sxy / sxx) * ms;
}

/**
 * Zero-noise extrapolation of ⟨M⟩ on the noisy simulator: one (exact or sampled) expectation per
 * scale, each circuit folded gate by gate. Readout error is not scaled by folding, so it stays in
 * every value and in the extrapolated one.
 */
export function zeroNoiseExtrapolation(
  sim: DensitySimulator,
  obs: CompiledObservable,
  params: ArrayLike<number> | undefined,
  x: ArrayLike<number> | undefined,
  options: ZneOptions = {},
): ZneResult {
  const scales = [...(options.scales ?? [1, 3, 5])];
  const method = options.method ?? 'richardson';
  if (method !== 'richardson' && method !== 'linear') {
    throw new SimError(
      'method',
      `Extrapolation is "richardson" or "linear"; got "${String(method)}".`,
    );
  }
  if (scales.length < 2) {
    throw new SimError(
      'scales',
      'Zero-noise extrapolation needs at least two noise scales (say 1, 3, 5).',
    );
  }
  const seen = new Set<number>();
  for (const s of scales) {
    if (!Number.isInteger(s) || s < 1 || s % 2 === 0 || s > MAX_FOLD) {
      throw new SimError(
        'scales',
        `A noise scale is a gate-folding factor: an odd whole number from 1 to ${MAX_FOLD}; got ${s}.`,
      );
    }
    if (seen.has(s)) throw new SimError('scales', `The noise scale ${s} is given twice.`);
    seen.add(s);
  }
  const values = scales.map((fold) =>
    sim.expectation(obs, params, x, { fold, shots: options.shots, rng: options.rng }),
  );
  const mitigated =
    method === 'richardson'
      ? richardsonExtrapolate(scales, values)
      : linearExtrapolate(scales, values);
  return { scales, values, mitigated };
}
