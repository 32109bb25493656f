// Measuring a sandbox circuit: its exact outcome distribution (from the density simulator when it
// has noise channels or the noise settings add noise, else from the statevector) and seeded shots
// drawn from it round by round, counted for the basis states the page shows.

import type { CircuitChannel } from '../../../src/experiment/circuit/program';
import type { Circuit } from '../../sim/circuit';
import { createDensitySimulator } from '../../sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../sim/noise/noiseModel';
import type { NoiseModel } from '../../sim/noise/types';
import { probabilities } from '../../sim/observables';
import type { Rng } from '../../sim/rng';
import { sampleCounts } from '../../sim/sampling';
import { createSimulator } from '../../sim/simulator';

/** Up to this many basis states every one is shown; above, the SHOWN most likely. */
export const SHOWN = 16;
/** Below this a probability is rounding left in a zero: such a state never comes up. */
export const ZERO = 1e-12;

export interface Distribution {
  /** Probability of each outcome as the measurement reports it (bit q = qubit q). */
  probabilities: Float64Array;
  simulator: 'statevector' | 'density';
}

/**
 * The distribution the shots are drawn from. With channels or noise (`noise` non-null) the state is
 * a density matrix and the readout error is folded into the outcome probabilities, which is the
 * distribution of shots each misread independently per qubit.
 */
export function outcomeDistribution(
  circuit: Circuit,
  channels: readonly CircuitChannel[],
  noise: NoiseModel | null,
  params: ArrayLike<number>,
): Distribution {
  if (channels.length > 0 || noise !== null) {
    const sim = createDensitySimulator(circuit, noise ?? IDEAL_NOISE, channels);
    return { probabilities: sim.probabilities(params), simulator: 'density' };
  }
  const sim = createSimulator(circuit);
  return { probabilities: probabilities(sim.run(params)), simulator: 'statevector' };
}

/**
 * The states to show: all in index order up to SHOWN, else the SHOWN most likely (ties: lower
 * index) of those that can come up at all.
 */
export function shownStates(p: Float64Array): number[] {
  if (p.length <= SHOWN) return Array.from(p, (_, i) => i);
  const top: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (v <= ZERO) continue;
    if (top.length === SHOWN) {
      if (v <= p[top[SHOWN - 1]!]!) continue;
      top.pop();
    }
    let j = top.length;
    top.push(i);
    for (; j > 0 && p[top[j - 1]!]! < v; j--) top[j] = top[j - 1]!;
    top[j] = i;
  }
  return top;
}

/** Shots of round r (0-based) when `total` shots are split over `rounds`: they add up to total. */
export function roundShots(total: number, rounds: number, r: number): number {
  return Math.floor(((r + 1) * total) / rounds) - Math.floor((r * total) / rounds);
}

export interface ShotTally {
  /** Shots drawn so far. */
  readonly shots: number;
  /** counts[k]: shots that gave states[k] (a live view: read, do not keep). */
  readonly counts: Int32Array;
  /** Shots outside `states`. */
  readonly other: number;
  /** Draws `shots` more outcomes and counts them. */
  draw(shots: number): void;
}

/** Counts of seeded shots from `p`, kept for `states` and the rest as one. */
export function createShotTally(p: Float64Array, states: readonly number[], rng: Rng): ShotTally {
  const round = new Int32Array(p.length);
  const counts = new Int32Array(states.length);
  let shots = 0;
  let other = 0;
  return {
    get shots() {
      return shots;
    },
    counts,
    get other() {
      return other;
    },
    draw(k) {
      if (k <= 0) return;
      sampleCounts(p, k, rng, round);
      let seen = 0;
      for (let s = 0; s < states.length; s++) {
        const c = round[states[s]!]!;
        counts[s] = counts[s]! + c;
        seen += c;
      }
      other += k - seen;
      shots += k;
    },
  };
}
