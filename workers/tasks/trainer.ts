// One variational model under training: parameters that follow the gradient of a cost, one
// optimiser step per call. VQE's and QAOA's sessions, their noisy models and ideal twins are each
// one of these.

import type { TrainingCore } from '../../src/experiment/common';
import { createOptimizer, type OptimizerSpec } from '../ml/optim';
import { createRng, type GradientMethod } from '../sim';

export interface Trainer {
  /** The current parameters (a new array after reset; read, do not keep). */
  readonly theta: Float64Array;
  /** One optimiser step along the cost's gradient. */
  step(): void;
  /** Restarts from `theta` (copied; its length may differ, as when QAOA adds a layer) with a fresh optimiser. */
  reset(theta: ArrayLike<number>): void;
}

/** The optimiser settings of an experiment's training (no L2 on an expectation value). */
export function optimizerSpec(t: TrainingCore): OptimizerSpec {
  return { name: t.optimizer, learningRate: t.learningRate, l2: 0 };
}

/** The seed of shot noise in gradients, apart from the seed of the starting parameters. */
export const SHOT_SEED_OFFSET = 0x7f4a7c15;

/** The gradient the experiment asks for: adjoint, or parameter shift (exact or from shots). */
export function gradientMethod(t: TrainingCore): GradientMethod {
  if (t.gradient === 'adjoint') return { kind: 'adjoint' };
  return t.shots > 0
    ? { kind: 'shift', shots: t.shots, rng: createRng(t.seed + SHOT_SEED_OFFSET) }
    : { kind: 'shift' };
}

/** A trainer from `start` (copied); `gradient(θ, g)` adds ∂cost/∂θ to g (zeroed, θ's length). */
export function createTrainer(
  start: ArrayLike<number>,
  spec: OptimizerSpec,
  gradient: (theta: Float64Array, grad: Float64Array) => void,
): Trainer {
  let theta = Float64Array.from(start);
  let optimizer = createOptimizer(spec, theta.length);
  let grad = new Float64Array(theta.length);
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
      optimizer = createOptimizer(spec, theta.length);
      if (grad.length !== theta.length) grad = new Float64Array(theta.length);
    },
  };
}
