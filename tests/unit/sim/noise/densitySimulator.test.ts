// The noisy simulator: with no noise it is the statevector simulator (values and gradients); with
// noise its parameter-shift gradient matches finite differences, known channels give their closed
// forms, shot estimates are unbiased with readout error, and bad input is refused by name.
import { describe, expect, it } from 'vitest';
import {
  SimError,
  compileObservable,
  createRng,
  createSimulator,
  probabilities,
} from '../../../../workers/sim';
import type { Circuit, GateName, Observable } from '../../../../workers/sim';
import { densityTrace } from '../../../../workers/sim/noise/density';
import { createDensitySimulator } from '../../../../workers/sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import { readoutObservable } from '../../../../workers/sim/noise/readoutError';
import type { NoiseModel, PlacedChannel } from '../../../../workers/sim/noise/types';
import {
  maxAbsDiff,
  randomCircuit,
  randomObservable,
  randomStateCircuit,
  randomVector,
} from '../random';
import { fieldOf } from './helpers';

const NOISY: NoiseModel = { p1: 0.02, p2: 0.05, gamma: 0.03, lambda: 0.04, readout: { p01: 0.03, p10: 0.06 } }; // prettier-ignore
const GATES: GateName[] = [
  'U3', 'CRX', 'CRY', 'CRZ', 'CP', 'RXX', 'RYY', 'RZZ', 'RX', 'RY', 'RZ', 'P',
  'H', 'CNOT', 'SX', 'ISWAP', 'TOFFOLI', 'SWAP', 'T', 'CZ',
]; // prettier-ignore

function randomCase(seed: number, n: number) {
  const rng = createRng(seed);
  const numParams = 3;
  const circuit = randomCircuit(rng, n, 4 + 3 * n, { gates: GATES, numParams, numFeatures: 2, maxControls: 1 }); // prettier-ignore
  circuit.ops.unshift(...randomStateCircuit(rng, n, 1).ops);
  return {
    circuit,
    obs: randomObservable(rng, n, 3),
    params: randomVector(rng, numParams, Math.PI),
    x: randomVector(rng, 2),
  };
}

const ry = (theta: number, q = 0): Circuit['ops'][number] => ({ gate: 'RY', targets: [q], params: [{ kind: 'const', value: theta }] }); // prettier-ignore

describe('with no noise it is the statevector simulator', () => {
  it.each([1, 2, 3, 4, 5])('%i qubits: expectation, probabilities, gradient (1e-10)', (n) => {
    for (let rep = 0; rep < 2; rep++) {
      const { circuit, obs, params, x } = randomCase(40 + 10 * n + rep, n);
      const sv = createSimulator(circuit);
      const dm = createDensitySimulator(circuit, IDEAL_NOISE);
      const svObs = sv.observable(obs);
      const dmObs = dm.observable(obs);
      // 1e-10: ≤ 20 gates of rounding on 4^n entries; both simulators are exact otherwise.
      expect(Math.abs(dm.expectation(dmObs, params, x) - sv.expectation(svObs, params, x))).toBeLessThan(1e-10); // prettier-ignore
      const svProbs = probabilities(sv.run(params, x));
      expect(maxAbsDiff(dm.probabilities(params, x), svProbs)).toBeLessThan(1e-12);
      const adjoint = new Float64Array(params.length);
      const shift = new Float64Array(params.length);
      const vSv = sv.gradient(svObs, params, x, adjoint);
      const vDm = dm.gradient(dmObs, params, x, shift, { kind: 'shift' });
      expect(Math.abs(vDm - vSv)).toBeLessThan(1e-10);
      expect(Math.max(...adjoint.map(Math.abs))).toBeGreaterThan(1e-3); // not vacuous
      expect(maxAbsDiff(shift, adjoint)).toBeLessThan(1e-10);
    }
  });
});

describe('with noise', () => {
  const placed: PlacedChannel[] = [
    { name: 'amplitudeDamping', qubits: [0], p: 0.1, after: 2 },
    { name: 'depolarizing2', qubits: [1, 0], p: 0.07, after: 5 },
  ];

  it.each([2, 3, 4])('%i qubits: parameter shift equals central differences (1e-6)', (n) => {
    const { circuit, obs, params, x } = randomCase(90 + n, n);
    const sim = createDensitySimulator(circuit, NOISY, placed);
    const o = sim.observable(obs);
    const grad = new Float64Array(params.length);
    const value = sim.gradient(o, params, x, grad, { kind: 'shift' });
    expect(Math.abs(value - sim.expectation(o, params, x))).toBeLessThan(1e-14);
    // The noise is really there: the value differs from the ideal one.
    const ideal = createDensitySimulator(circuit, IDEAL_NOISE);
    expect(Math.abs(value - ideal.expectation(ideal.observable(obs), params, x))).toBeGreaterThan(1e-3); // prettier-ignore
    const h = 1e-5;
    params.forEach((_, k) => {
      const up = params.slice();
      const down = params.slice();
      up[k]! += h;
      down[k]! -= h;
      const fd = (sim.expectation(o, up, x) - sim.expectation(o, down, x)) / (2 * h);
      // 1e-6: truncation h²/6·f''' ≈ 1e-10 and rounding 1e-16/h ≈ 1e-11 (the brief's margin).
      expect(Math.abs(grad[k]! - fd)).toBeLessThan(1e-6);
    });
    expect(Math.max(...grad.map(Math.abs))).toBeGreaterThan(1e-3);
  });

  it('depolarizing after RY(θ) shrinks ⟨Z⟩ to (1 − 4p/3)·cos θ; readout maps z to a + c·z', () => {
    const theta = 0.7;
    const p = 0.09;
    const noise = { ...IDEAL_NOISE, p1: p };
    const sim = createDensitySimulator({ qubits: 1, ops: [ry(theta)] }, noise);
    const z = (1 - (4 * p) / 3) * Math.cos(theta);
    expect(Math.abs(sim.expectation(sim.observable({ terms: [{ coeff: 1, label: 'Z' }] })) - z)).toBeLessThan(1e-14); // prettier-ignore
    const readout = { p01: 0.04, p10: 0.1 };
    const withReadout = createDensitySimulator(
      { qubits: 1, ops: [ry(theta)] },
      { ...noise, readout },
    );
    const o = withReadout.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    expect(Math.abs(withReadout.expectation(o) - (0.06 + 0.86 * z))).toBeLessThan(1e-14);
  });

  it('damps every qubit once per layer, idle ones too: ⟨Z⟩ = 1 − 2(1 − γ)^depth after X', () => {
    const gamma = 0.1;
    // X on qubit 0 in layer 0; qubit 1 sets the depth to 3.
    const c: Circuit = { qubits: 2, ops: [{ gate: 'X', targets: [0] }, ry(0.1, 1), ry(0.2, 1), ry(0.3, 1)] }; // prettier-ignore
    const sim = createDensitySimulator(c, { ...IDEAL_NOISE, gamma });
    const z0 = sim.expectation(sim.observable({ terms: [{ coeff: 1, label: 'Z0' }] }));
    expect(Math.abs(z0 - (1 - 2 * (1 - gamma) ** 3))).toBeLessThan(1e-14);
    // Folding 3× triples the time: (1 − γ)^9.
    const z0f = sim.expectation(sim.observable({ terms: [{ coeff: 1, label: 'Z0' }] }), [], [], { fold: 3 }); // prettier-ignore
    expect(Math.abs(z0f - (1 - 2 * (1 - gamma) ** 9))).toBeLessThan(1e-14);
  });

  it('keeps the trace at 1 and reports probabilities with readout error that add up to 1', () => {
    const { circuit, params, x } = randomCase(7, 3);
    const sim = createDensitySimulator(circuit, NOISY, placed);
    expect(Math.abs(densityTrace(sim.run(params, x)) - 1)).toBeLessThan(1e-13);
    const probs = sim.probabilities(params, x);
    expect(Math.abs(probs.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-13);
    expect(Math.min(...probs)).toBeGreaterThanOrEqual(-1e-15);
  });
});

describe('shots', () => {
  // Strong, unequal readout error, so that applying it twice or not at all would be far off.
  const noise: NoiseModel = { ...NOISY, readout: { p01: 0.1, p10: 0.2 } };
  const circuit: Circuit = {
    qubits: 2,
    ops: [ry(0.9, 0), { gate: 'CNOT', targets: [0, 1] }, { gate: 'RX', targets: [1], params: [{ kind: 'param', index: 0 }] }], // prettier-ignore
  };
  const obs: Observable = {
    terms: [{ coeff: 1, label: 'Z0' }, { coeff: -0.8, label: 'Y1' }, { coeff: 0.5, label: 'XX' }, { coeff: 0.3, label: 'Z1 Z0' }], // prettier-ignore
    diagonal: new Float64Array([0.2, -0.4, 0.1, 0.6]),
  };
  const absSum = 1 + 0.5 + 0.8 + 0.3 + 0.6;

  it('are unbiased with readout error applied to each shot (5σ bound, seeded)', () => {
    const sim = createDensitySimulator(circuit, noise);
    const o = sim.observable(obs);
    const exact = sim.expectation(o, [0.4]);
    const shots = 200_000;
    // Each part's estimate has standard deviation ≤ its |coefficient|/√shots.
    const tol = (5 * absSum) / Math.sqrt(shots);
    const est = sim.expectation(o, [0.4], [], { shots, rng: createRng(5) });
    expect(Math.abs(est - exact)).toBeLessThan(tol);
    // The readout error matters by much more than the tolerance.
    const raw = sim.expectation(compileObservable(obs, 2), [0.4]);
    expect(Math.abs(raw - exact)).toBeGreaterThan(4 * tol);
    // An observable compiled elsewhere is sampled as given: its mean is its exact value.
    const elsewhere = compileObservable(readoutObservable(obs, 2, noise.readout), 2);
    const est2 = sim.expectation(elsewhere, [0.4], [], { shots, rng: createRng(6) });
    expect(Math.abs(est2 - exact)).toBeLessThan(tol);
    // ρ is rotated back after each term's basis change: the matrix run() returned is unchanged.
    const rho = sim.run([0.4]);
    const before = rho.data.slice();
    sim.expectation(o, [0.4], [], { shots: 10, rng: createRng(7) });
    expect(maxAbsDiff(rho.data, before)).toBeLessThan(1e-14);
  });

  it('|0⟩ read with P(read 1 | 0) = 0.2 gives ⟨Z⟩ ≈ 0.6 from shots', () => {
    const sim = createDensitySimulator({ qubits: 1, ops: [] }, { ...IDEAL_NOISE, readout: { p01: 0.2, p10: 0 } }); // prettier-ignore
    const o = sim.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    expect(sim.expectation(o)).toBeCloseTo(0.6, 14);
    const est = sim.expectation(o, [], [], { shots: 100_000, rng: createRng(8) });
    // σ = 2·√(0.2·0.8/1e5) ≈ 0.0025.
    expect(Math.abs(est - 0.6)).toBeLessThan(0.0125);
  });

  it('give a parameter-shift gradient near the exact one and need an rng', () => {
    const sim = createDensitySimulator(circuit, noise);
    const o = sim.observable(obs);
    const exact = new Float64Array(1);
    sim.gradient(o, [0.4], [], exact, { kind: 'shift' });
    const sampled = new Float64Array(1);
    const shots = 100_000;
    sim.gradient(o, [0.4], [], sampled, { kind: 'shift', shots, rng: createRng(9) });
    // Two shifted estimates, each ≤ absSum/√shots, halved and summed.
    expect(Math.abs(sampled[0]! - exact[0]!)).toBeLessThan((5 * absSum) / Math.sqrt(shots));
    expect(Math.abs(exact[0]!)).toBeGreaterThan(0.05);
    expect(fieldOf(() => sim.expectation(o, [0.4], [], { shots: 10 }))).toBe('shots');
  });
});

describe('refusals', () => {
  const c: Circuit = { qubits: 2, ops: [ry(0.3), { gate: 'CNOT', targets: [0, 1] }] };

  it('refuses the adjoint method and says why', () => {
    const sim = createDensitySimulator(c, NOISY);
    const o = sim.observable({ terms: [{ coeff: 1, label: 'ZZ' }] });
    let err: unknown;
    try {
      sim.gradient(o, [], [], new Float64Array(0), { kind: 'adjoint' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SimError);
    expect((err as SimError).field).toBe('gradient');
    expect((err as SimError).message).toMatch(/cannot be undone/);
    expect((err as SimError).message).toMatch(/parameter-shift/);
  });

  it('refuses 13 qubits, bad noise, bad placed channels, a foreign observable, a short gradient', () => {
    expect(fieldOf(() => createDensitySimulator({ qubits: 13, ops: [] }, IDEAL_NOISE))).toBe('qubits'); // prettier-ignore
    expect(() => createDensitySimulator({ qubits: 13, ops: [] }, IDEAL_NOISE)).toThrow(/12 qubits/);
    expect(fieldOf(() => createDensitySimulator(c, { ...NOISY, p2: -0.1 }))).toBe('noise.p2');
    expect(fieldOf(() => createDensitySimulator(c, { ...NOISY, readout: { p01: 0, p10: 3 } }))).toBe('noise.readout.p10'); // prettier-ignore
    expect(fieldOf(() => createDensitySimulator(c, NOISY, [{ name: 'bitFlip', qubits: [0], p: 0.1, after: 2 }]))).toBe('placed[0].after'); // prettier-ignore
    expect(fieldOf(() => createDensitySimulator(c, NOISY, [{ name: 'bitFlip', qubits: [5], p: 0.1, after: 0 }]))).toBe('placed[0].qubits'); // prettier-ignore
    const sim = createDensitySimulator(c, NOISY);
    const other = compileObservable({ terms: [{ coeff: 1, label: 'Z' }] }, 1);
    expect(fieldOf(() => sim.expectation(other))).toBe('observable');
    const withParam = createDensitySimulator({ qubits: 1, ops: [{ gate: 'RX', targets: [0], params: [{ kind: 'param', index: 1 }] }] }, NOISY); // prettier-ignore
    const o = withParam.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    expect(fieldOf(() => withParam.gradient(o, [0, 0], [], new Float64Array(1)))).toBe('grad');
    expect(fieldOf(() => sim.run([], [], 2))).toBe('fold');
  });
});
