// Shared by the tests of the tfjs baselines (sequence and text): closeness with a stated
// tolerance, a plain SGD spec, and gradients against central differences.
import { expect } from 'vitest';
import type { OptimizerSpec } from '../../../workers/ml/optim';

/** SGD of rate 1 without L2: one full-batch step moves θ by −g. */
export const sgd1: OptimizerSpec = { name: 'sgd', learningRate: 1, l2: 0 };

/** |a − b| ≤ tol·(1 + |b|) entry by entry, naming the first entry that is not. */
export function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!);
    if (!(gap <= tol * (1 + Math.abs(b[i]!))))
      throw new Error(`entry ${i}: ${a[i]} vs ${b[i]} (gap ${gap} > ${tol}·(1 + |b|))`);
  }
}

/** A model whose loss depends on its flat weights. */
interface Probe {
  setWeights(w: ArrayLike<number>): void;
}

/**
 * Central differences of `loss()` at w0, entry by entry (θ ± 1e-2, divided by the step actually
 * taken in float32); the model is left at the last weights tried.
 */
export function centralDifferences(net: Probe, w0: readonly number[], loss: () => number) {
  const eps = 1e-2;
  return w0.map((v, i) => {
    const plus = [...w0];
    const minus = [...w0];
    plus[i] = v + eps;
    minus[i] = v - eps;
    net.setWeights(plus);
    const lp = loss();
    net.setWeights(minus);
    const lm = loss();
    return (lp - lm) / (Math.fround(v + eps) - Math.fround(v - eps));
  });
}

/**
 * Every entry of grad within tol·max|fd| of the central differences fd (and the gradient not
 * negligible: max|fd| > 0.05), naming the first that is not; returns the worst error / max|fd|.
 */
export function expectGradient(grad: readonly number[], fd: readonly number[], tol: number) {
  const scale = Math.max(...fd.map(Math.abs));
  expect(scale).toBeGreaterThan(0.05);
  let worst = 0;
  for (let i = 0; i < fd.length; i++) {
    const err = Math.abs(grad[i]! - fd[i]!) / scale;
    worst = Math.max(worst, err);
    if (!(err <= tol))
      throw new Error(`∂/∂θ${i}: ${grad[i]} vs ${fd[i]} (error ${err}·max|g| > ${tol})`);
  }
  return worst;
}
