// Optimisers over flat parameter vectors: plain SGD and Adam (Kingma & Ba 2015), with L2.

import type { OptimizerName } from '../../src/experiment/lists';

export type { OptimizerName };

export interface Optimizer {
  /** θ ← θ − step(g + l2·θ); the gradient is read, not changed. */
  step(theta: Float64Array, grad: Float64Array): void;
}

export interface OptimizerSpec {
  name: OptimizerName;
  learningRate: number;
  /** L2 penalty λ: adds λ·θ to the gradient (loss + λ/2·|θ|²). */
  l2: number;
}

export function createOptimizer(spec: OptimizerSpec, size: number): Optimizer {
  const { learningRate: lr, l2 } = spec;
  if (spec.name === 'sgd') {
    return {
      step(theta, grad) {
        for (let i = 0; i < size; i++) theta[i] = theta[i]! - lr * (grad[i]! + l2 * theta[i]!);
      },
    };
  }
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    step(theta, grad) {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < size; i++) {
        const g = grad[i]! + l2 * theta[i]!;
        m[i] = beta1 * m[i]! + (1 - beta1) * g;
        v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
        theta[i] = theta[i]! - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
      }
    },
  };
}
