// One VQE model under training: parameters that follow the gradient of a cost, one optimiser step
// per call. The ideal session, the noisy model and its ideal twin are each one of these.

import type { VqeTraining } from '../../../src/experiment/types';
import { createOptimizer, type OptimizerSpec } from '../../ml/optim';
import { createRng, type GradientMethod } from '../../sim';

export interface Trainer {
  /** The current parameters (a new array after reset; read, do not keep). */
  readonly theta: Float64Array;
  /** One optimiser step along the cost's gradient. */
  step(): void;
  /** Restarts from `theta` (copied) with a fresh optimiser. */
  reset(theta: ArrayLike<number>): void;
}

/** The optimiser settings of an experiment's training (no L2 on ⟨H⟩). */
export function optimizerSpec(t: VqeTraining): OptimizerSpec {
  return { name: t.optimizer, learningRate: t.learningRate, l2: 0 };
}

/** The gradient the experiment asks for: adjoint, or parameter shift (exact or from shots). */
export function gradientMethod(t: VqeTraining): GradientMethod {
  if (t.gradient === 'adjoint') return { kind: 'adjoint' };
  return t.shots > 0
    ? { kind: 'shift', shots: t.shots, rng: createRng(t.seed + 0x7f4a7c15) }
    : { kind: 'shift' };
}

/** A trainer from `start` (copied); `gradient(θ, g)` adds ∂cost/∂θ to g (zeroed before each call). */
export function createTrainer(
  start: ArrayLike<number>,
  spec: OptimizerSpec,
  gradient: (theta: Float64Array, grad: Float64Array) => void,
): Trainer {
  const n = start.length;
  let theta = Float64Array.from(start);
  let optimizer = createOptimizer(spec, n);
  const grad = new Float64Array(n);
  return {
    get theta() {
      return theta;
    },
    step() {
      grad.fill(0);
      gradient(theta, grad);
      optimizer.step(theta, grad);
    },
    reset(next) {
      theta = Float64Array.from(next);
      optimizer = createOptimizer(spec, n);
    },
  };
}
