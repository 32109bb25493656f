// Edits of the sandbox's measure settings that keep it valid: whole numbers within the limits.
import { SANDBOX_LIMITS } from '../../experiment/tasks/circuit/validate';
import type { CircuitExperiment } from '../../experiment/types';
import { LIMITS } from '../../experiment/limits';

const whole = (v: number, [lo, hi]: readonly [number, number]): number =>
  Math.min(hi, Math.max(lo, Math.round(v)));

export function withShots(e: CircuitExperiment, shots: number): CircuitExperiment {
  return { ...e, measure: { shots: whole(shots, SANDBOX_LIMITS.shots) } };
}

/** The shots split over `rounds` steps of Play (training.epochs). */
export function withRounds(e: CircuitExperiment, rounds: number): CircuitExperiment {
  return { ...e, training: { ...e.training, epochs: whole(rounds, SANDBOX_LIMITS.rounds) } };
}

export function withSeed(e: CircuitExperiment, seed: number): CircuitExperiment {
  return { ...e, training: { ...e.training, seed: whole(seed, LIMITS.seed) } };
}
