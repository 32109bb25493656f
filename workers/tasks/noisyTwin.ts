// What every task that trains under noise shares: the experiment's noise as the worker's model,
// and the zero-noise extrapolation its reports carry (gate folding at scales 1, 3, 5, Richardson),
// paced so that it never takes more than a set share of a run. The tasks train an ideal twin
// beside the noisy model with the same start and optimiser (trainer.ts), so that the gap between
// them is the noise's alone.

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

/**
 * Most of a run's time the extrapolation may take while training. Folding at 3 and 5 runs the
 * circuit 8 times over, more than a training step costs (QAOA at 10 qubits: 12 s against 6 s),
 * so extrapolating at every report would take most of the run.
 */
export const ZNE_SHARE = 0.25;

/**
 * Whether a training step's report carries the extrapolation: when the time extrapolating has
 * taken so far (`spentMs`) plus one more (`costMs`, its last duration; 0 before the first) stays
 * within `share` of all the time, training (`trainingMs`) and extrapolating. A cheap one then
 * comes at every report or nearly, an expensive one every k-th, k set by the costs measured.
 * Share 1 or more: every report; 0 or less: none.
 */
export function mitigationDue(
  spentMs: number,
  costMs: number,
  trainingMs: number,
  share: number = ZNE_SHARE,
): boolean {
  if (share >= 1) return true;
  if (share <= 0) return false;
  const after = spentMs + costMs;
  return after <= share * (trainingMs + after);
}

/** The clock that decides which training steps extrapolate (mitigationDue), one per session. */
export interface ZnePacer {
  /**
   * Runs one training step `f`, timing it; `f` asks `due()` once it has trained whether its report
   * extrapolates: always when `last` (the run's final step), else as mitigationDue says, this
   * step's time so far included.
   */
  step<T>(last: boolean, f: (due: () => boolean) => T): T;
  /** Runs one extrapolation `f`, timing it (inside step, the time counts against the share). */
  extrapolate<T>(f: () => T): T;
  /** Milliseconds of training steps (extrapolation left out), and of extrapolation within them. */
  readonly trainingMs: number;
  readonly spentMs: number;
  /** Extrapolations run, within steps or not. */
  readonly count: number;
}

export function createZnePacer(
  share: number = ZNE_SHARE,
  now: () => number = () => performance.now(),
): ZnePacer {
  let trainingMs = 0;
  let spentMs = 0;
  let costMs = 0;
  let count = 0;
  let inStep = false;
  return {
    step(last, f) {
      const t0 = now();
      const spent0 = spentMs;
      const sofar = (): number => trainingMs + now() - t0 - (spentMs - spent0);
      inStep = true;
      try {
        return f(() => last || mitigationDue(spentMs, costMs, sofar(), share));
      } finally {
        inStep = false;
        trainingMs += now() - t0 - (spentMs - spent0);
      }
    },
    extrapolate(f) {
      const t0 = now();
      const out = f();
      costMs = now() - t0;
      count++;
      // Outside a step (at rest: the load, a pause) the student waits for it on purpose.
      if (inStep) spentMs += costMs;
      return out;
    },
    get trainingMs() {
      return trainingMs;
    },
    get spentMs() {
      return spentMs;
    },
    get count() {
      return count;
    },
  };
}
