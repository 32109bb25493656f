// The exact noisy gradient of QAOA (forward-mode tangents through the noisy run) against the
// parameter-shift rule on the density matrix, under every channel and unequal readout error,
// for both mixers, whatever number of tangents is held at once.
import { describe, expect, it } from 'vitest';
import type { QaoaProblem } from '../../../../src/experiment/types';
import { createDensitySimulator } from '../../../../workers/sim/noise/densitySimulator';
import type { NoiseModel } from '../../../../workers/sim/noise/types';
import { circuitParams, trainableQaoaCircuit } from '../../../../workers/tasks/qaoa/circuitOf';
import { costVector, maxCoefficient } from '../../../../workers/tasks/qaoa/ising';
import { createNoisyGradient } from '../../../../workers/tasks/qaoa/noisyGradient';
import { buildProblem } from '../../../../workers/tasks/qaoa/problems';

const NOISE: NoiseModel = { p1: 0.01, p2: 0.03, gamma: 0.01, lambda: 0.02, readout: { p01: 0.02, p10: 0.05 } }; // prettier-ignore
const RING: QaoaProblem = { kind: 'maxcut', graph: 'ring', nodes: 5, seed: 1, weighted: true, probability: 0.5 }; // prettier-ignore
const ASSETS: QaoaProblem = { kind: 'portfolio', assets: 5, budget: 2, risk: 0.5, seed: 1, returns: '', penalty: 'auto' }; // prettier-ignore

/** The noisy ⟨C⟩ and its gradient both ways at θ, for depth θ.length / 2. */
function bothWays(problem: QaoaProblem, mixer: 'x' | 'xy', theta: number[], tangentBytes?: number) {
  const p = buildProblem(problem);
  const depth = theta.length / 2;
  const q = trainableQaoaCircuit(p.ising, maxCoefficient(p.ising), mixer, depth, p.budget);
  const sim = createDensitySimulator(q.circuit, NOISE);
  const obs = sim.observable({ diagonal: costVector(p.ising) });
  const t = Float64Array.from(theta);
  const exact = new Float64Array(2 * depth);
  const value = createNoisyGradient(q, NOISE, obs.diagonal!, 2 * depth, tangentBytes)(t, exact);
  // The shift rule per gate, then the chain rule: θ_k's gates each add coef·∂⟨C⟩/∂φ.
  const perGate = new Float64Array(sim.numParams);
  const params = circuitParams(q, t, new Float64Array(sim.numParams));
  const shiftValue = sim.gradient(obs, params, [], perGate, { kind: 'shift' });
  const shift = new Float64Array(2 * depth);
  perGate.forEach((g, i) => (shift[q.slots[i]!]! += q.coefs[i]! * g));
  return { value, shiftValue, exact, shift };
}

describe('the exact noisy QAOA gradient', () => {
  it.each([
    ['weighted MaxCut ring, X mixer', RING, 'x', [0.3, 0.7, -0.4, -0.2]],
    ['portfolio, XY mixer from gates', ASSETS, 'xy', [0.9, 2.1, -0.5, 0.4]],
    ['depth 3', RING, 'x', [0.2, 0.5, 0.9, -0.8, -0.4, -0.1]],
  ] as const)('equals the parameter-shift rule on ρ to 1e-12 (%s)', (_, problem, mixer, theta) => {
    const r = bothWays(problem, mixer, [...theta]);
    expect(Math.abs(r.value - r.shiftValue)).toBeLessThan(1e-12);
    const size = Math.max(...Array.from(r.shift, Math.abs));
    // Far from zero next to the tolerance (a portfolio's costs are small), so that it means something.
    expect(size).toBeGreaterThan(1e-4);
    for (let k = 0; k < r.shift.length; k++) expect(Math.abs(r.exact[k]! - r.shift[k]!)).toBeLessThan(1e-12); // prettier-ignore
  });

  it('gives the same gradient holding one tangent at a time', () => {
    const theta = [0.2, 0.5, 0.9, -0.8, -0.4, -0.1];
    const all = bothWays(RING, 'x', theta);
    const one = bothWays(RING, 'x', theta, 1);
    expect(one.value).toBe(all.value);
    for (let k = 0; k < theta.length; k++) expect(Math.abs(one.exact[k]! - all.exact[k]!)).toBeLessThan(1e-15); // prettier-ignore
  });
});
