// What every task that trains under noise shares: the experiment's noise as the worker's model,
// and the zero-noise extrapolation its reports carry (gate folding at scales 1, 3, 5, Richardson).
// The tasks train an ideal twin beside the noisy model with the same start and optimiser
// (trainer.ts), so that the gap between them is the noise's alone.

import type { NoiseSettings } from '../../src/experiment/noise';
import type { CompiledObservable } from '../sim';
import type { DensitySimulator } from '../sim/noise/densitySimulator';
import { noiseModelOf as noiseModelFromSettings } from '../sim/noise/noiseModel';
import type { NoiseModel } from '../sim/noise/types';
import { richardsonExtrapolate, type ZneResult } from '../sim/noise/zne';

/** Noise scale factors of the mitigation: each gate run 1, 3 and 5 times (G, G·G†·G, …). */
export const ZNE_SCALES: readonly number[] = [1, 3, 5];

/** The experiment's noise as the worker's model; null when it has none (an ideal run). */
export function noiseModelOf(e: { noise?: NoiseSettings }): NoiseModel | null {
  return noiseModelFromSettings(e.noise);
}

/**
 * ⟨M⟩ of the noisy circuit at `params` at every scale of ZNE_SCALES (exact values) and their
 * Richardson extrapolation to zero noise. `atScaleOne`: ⟨M⟩ of the circuit as it is, when the
 * caller has just computed it (one run fewer). Readout error is not scaled by folding, so it stays in.
 */
export function mitigate(
  sim: DensitySimulator,
  obs: CompiledObservable,
  params: ArrayLike<number>,
  atScaleOne?: number,
): ZneResult {
  const scales = [...ZNE_SCALES];
  const values = scales.map((fold) =>
    fold === 1 && atScaleOne !== undefined
      ? atScaleOne
      : sim.expectation(obs, params, [], { fold }),
  );
  return { scales, values, mitigated: richardsonExtrapolate(scales, values) };
}
