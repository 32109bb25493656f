// Gradient descent on the training cost until it stops moving: one point of a bond-length scan.

import { createOptimizer, type OptimizerSpec } from '../../ml/optim';
import type { CompiledObservable, GradientMethod, Simulator } from '../../sim';

/** Energy changes below this (Ha) over a whole window of steps count as converged. */
const TOLERANCE = 1e-10;
const WINDOW = 10;

/** Minimises ⟨obs⟩ (the training cost) from `start` for at most `maxSteps` steps; returns the final parameters and energy. */
export function descend(
  sim: Simulator,
  obs: CompiledObservable,
  start: Float64Array,
  spec: OptimizerSpec,
  method: GradientMethod,
  maxSteps: number,
): { theta: Float64Array; cost: number; steps: number } {
  const theta = start.slice();
  const grad = new Float64Array(theta.length);
  const opt = createOptimizer(spec, theta.length);
  let last = sim.expectation(obs, theta, []);
  let still = 0;
  let steps = 0;
  while (steps < maxSteps && still < WINDOW) {
    grad.fill(0);
    sim.gradient(obs, theta, [], grad, method);
    opt.step(theta, grad);
    steps++;
    const energy = sim.expectation(obs, theta, []);
    still = Math.abs(energy - last) < TOLERANCE ? still + 1 : 0;
    last = energy;
  }
  return { theta, cost: last, steps };
}
