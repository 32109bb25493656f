// VQE on a noisy device: the ansatz trained on the density-matrix simulator (parameter shift on ρ,
// exact or from shots), and, when the session asks (noisyTwin.ts paces it), its noisy ⟨H⟩
// extrapolated to zero noise by gate folding. The session (runner.ts) steps an ideal twin beside it.

import type { VqeTraining } from '../../../src/experiment/types';
import type { OptimizerSpec } from '../../ml/optim';
import type { VqeReport } from '../../protocol';
import type { Circuit, GradientMethod } from '../../sim';
import { createDensitySimulator } from '../../sim/noise/densitySimulator';
import type { NoiseModel, PlacedChannel } from '../../sim/noise/types';
import { mitigate } from '../noisyTwin';
import { createTrainer, gradientMethod, type Trainer } from '../trainer';
import type { Problem } from './problem';

export interface NoisyVqe {
  readonly trainer: Trainer;
  /** Noisy ⟨H⟩ at the current parameters (exact, readout error in). */
  energy(): number;
  /** Its zero-noise extrapolation, given that energy (the value at scale 1: one run fewer). */
  mitigate(energy: number): NonNullable<VqeReport['mitigated']>;
  /** Basis-state probabilities of the noisy state as a measurement reports them (readout error in). */
  probabilities(): Float64Array;
}

/**
 * The ansatz `circuit` under `noise`, trained from `start` on ⟨H⟩ plus the problem's penalty.
 * Refuses circuits beyond the density simulator's qubits with its message. Noise channels cannot
 * be run backwards, so the gradient is parameter shift: exact unless the training asks for shots.
 */
export function createNoisyVqe(
  circuit: Circuit,
  noise: NoiseModel,
  problem: Problem,
  training: VqeTraining,
  start: ArrayLike<number>,
  spec: OptimizerSpec,
  /** Noise channels placed in the ansatz in the editor, applied with the noise model. */
  placed: readonly PlacedChannel[] = [],
): NoisyVqe {
  const sim = createDensitySimulator(circuit, noise, placed);
  // Readout error is folded into both observables: the device measures every term through it.
  const energy = sim.observable({ terms: problem.terms });
  const cost = sim.observable({ terms: [...problem.terms, ...problem.penalty] });
  const asked = gradientMethod(training);
  const method: GradientMethod = asked.kind === 'adjoint' ? { kind: 'shift' } : asked;
  const trainer = createTrainer(start, spec, (theta, grad) => {
    sim.gradient(cost, theta, [], grad, method);
  });
  return {
    trainer,
    energy: () => sim.expectation(energy, trainer.theta, []),
    mitigate(at) {
      const zne = mitigate(sim, energy, trainer.theta, at);
      return { energy: zne.mitigated, scales: zne.scales, values: zne.values };
    },
    probabilities: () => sim.probabilities(trainer.theta, []),
  };
}
