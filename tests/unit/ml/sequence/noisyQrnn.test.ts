// The QRNN under noise (workers/ml/sequence/noisyQrnn.ts) and its reverse-mode gradient through
// the channels (densityTape.ts): with no noise it forecasts and trains exactly as the ideal QRNN;
// under noise its gradients equal the density simulator's parameter-shift ones and its loss moves
// away from the ideal one; what the tape cannot differentiate is refused in words.
import { describe, expect, it } from 'vitest';
import { createDensityTape } from '../../../../workers/sim/noise/densityTape';
import { createNoisyQrnn, qrnnResetCircuit } from '../../../../workers/ml/sequence/noisyQrnn';
import { createQrnn, type QrnnSpec } from '../../../../workers/ml/sequence/qrnn';
import { createOptimizer } from '../../../../workers/ml/optim';
import { createRng, type Circuit, type Rng } from '../../../../workers/sim';
import { createDensitySimulator } from '../../../../workers/sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import type { NoiseModel, PlacedChannel } from '../../../../workers/sim/noise/types';

/** Every kind of noise, readout error unequal (p01 ≠ p10) so that it is not a mere scaling. */
const NOISY: NoiseModel = {
  p1: 0.02,
  p2: 0.06,
  gamma: 0.03,
  lambda: 0.02,
  readout: { p01: 0.04, p10: 0.09 },
};

const SPECS: QrnnSpec[] = [
  { window: 6, historyQubits: 2, dataQubits: 1, layers: 2 },
  { window: 3, historyQubits: 1, dataQubits: 2, layers: 1 },
  { window: 4, historyQubits: 2, dataQubits: 2, layers: 2 },
];

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

/** count windows of values and targets uniform in [−1, 1). */
function data(window: number, count: number, rng: Rng) {
  const x = Float64Array.from({ length: count * window }, () => 2 * rng.next() - 1);
  const y = Float64Array.from({ length: count }, () => 2 * rng.next() - 1);
  return { x, y };
}

describe('the noisy QRNN', () => {
  it.each(SPECS)(
    'equals the ideal QRNN without noise: forecasts, loss, gradient, an epoch (%o)',
    (spec) => {
      const ideal = createQrnn(spec, createRng(4));
      const zero = createNoisyQrnn(spec, createRng(4), IDEAL_NOISE);
      expect(Array.from(zero.theta)).toEqual(Array.from(ideal.theta));
      expect(zero.circuit).toEqual(ideal.circuit);
      const { x, y } = data(spec.window, 24, createRng(9));
      // Random parameters, far from the small starting angles.
      const r = createRng(2);
      for (let i = 0; i < ideal.numParams; i++) ideal.theta[i] = zero.theta[i] = Math.PI * (2 * r.next() - 1); // prettier-ignore
      expect(maxDiff(zero.predict(x, 24), ideal.predict(x, 24))).toBeLessThan(1e-10);
      const gi = new Float64Array(ideal.numParams);
      const gz = new Float64Array(ideal.numParams);
      const li = ideal.lossAndGradient(x, y, 24, gi);
      const lz = zero.lossAndGradient(x, y, 24, gz);
      expect(Math.abs(lz - li)).toBeLessThan(1e-10);
      expect(maxDiff(gz, gi)).toBeLessThan(1e-10);
      expect(Math.max(...gi.map(Math.abs))).toBeGreaterThan(1e-3);
      // Plain steps: Adam divides by √v, which turns round-off in a near-zero component into 1e-9.
      const opt = { name: 'sgd' as const, learningRate: 0.5, l2: 0 };
      const before = Float64Array.from(ideal.theta);
      ideal.trainEpoch(x, y, 24, 5, createOptimizer(opt, ideal.numParams), createRng(3));
      zero.trainEpoch(x, y, 24, 5, createOptimizer(opt, ideal.numParams), createRng(3));
      expect(maxDiff(ideal.theta, before)).toBeGreaterThan(1e-2);
      expect(maxDiff(zero.theta, ideal.theta)).toBeLessThan(1e-10);
    },
  );

  it.each(SPECS)('has the parameter-shift gradient of its noisy forecast (%o)', (spec) => {
    const q = createNoisyQrnn(spec, createRng(5), NOISY);
    const { circuit, placed } = qrnnResetCircuit(spec);
    const sim = createDensitySimulator(circuit, NOISY, placed);
    // ŷ = −⟨Z⟩ of D's first qubit as read out: the simulator folds the readout error in.
    const obs = sim.observable({ terms: [{ label: `Z${spec.historyQubits}`, coeff: -1 }] });
    const { x, y } = data(spec.window, 3, createRng(6));
    for (let k = 0; k < 3; k++) {
      const xk = x.subarray(k * spec.window, (k + 1) * spec.window);
      const shift = new Float64Array(q.numParams);
      const value = sim.gradient(obs, q.theta, xk, shift);
      expect(Math.abs(q.predict(xk, 1)[0]! - value)).toBeLessThan(1e-10);
      // The loss (ŷ − y)² of one window: its gradient is 2(ŷ − y)·∂ŷ.
      const g = new Float64Array(q.numParams);
      q.lossAndGradient(xk, y.subarray(k, k + 1), 1, g);
      const want = shift.map((d) => 2 * (value - y[k]!) * d);
      expect(maxDiff(g, want)).toBeLessThan(1e-10);
    }
  });

  it('trains to a different loss than its ideal twin from the same start', () => {
    const spec = SPECS[0]!;
    const ideal = createQrnn(spec, createRng(4));
    const noisy = createNoisyQrnn(spec, createRng(4), NOISY);
    const { x, y } = data(spec.window, 30, createRng(8));
    const g = new Float64Array(ideal.numParams);
    const l0 = [ideal.lossAndGradient(x, y, 30, g), noisy.lossAndGradient(x, y, 30, g)];
    expect(Math.abs(l0[1]! - l0[0]!)).toBeGreaterThan(1e-3);
    const opt = { name: 'adam' as const, learningRate: 0.05, l2: 0 };
    const oi = createOptimizer(opt, ideal.numParams);
    const on = createOptimizer(opt, ideal.numParams);
    for (let e = 0; e < 3; e++) {
      ideal.trainEpoch(x, y, 30, 10, oi, createRng(e));
      noisy.trainEpoch(x, y, 30, 10, on, createRng(e));
    }
    expect(maxDiff(noisy.theta, ideal.theta)).toBeGreaterThan(1e-3);
    // Noise pulls every forecast towards the readout's mixed value: it stays inside (−1, 1).
    for (const v of noisy.predict(x, 30)) expect(Math.abs(v)).toBeLessThan(1 - 2 * 0.04);
  });
});

describe('the density tape', () => {
  // Every generator the tape knows (X, Y, Z, XX, YY, ZZ), angles of parameters and of features,
  // a fixed gate, and placed channels whose adjoint is not themselves (reset, damping).
  const circuit: Circuit = {
    qubits: 3,
    ops: [
      { gate: 'H', targets: [0] },
      { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 0 }] },
      { gate: 'RY', targets: [1], params: [{ kind: 'feature', feature: 0, weight: 1, bias: 2 }] },
      { gate: 'RXX', targets: [0, 2], params: [{ kind: 'param', index: 3 }] },
      { gate: 'RZ', targets: [2], params: [{ kind: 'feature', feature: 1, weight: 4, bias: 5 }] },
      { gate: 'RYY', targets: [2, 1], params: [{ kind: 'param', index: 6 }] },
      { gate: 'CNOT', targets: [1, 0] },
      { gate: 'RZZ', targets: [0, 1], params: [{ kind: 'param', index: 0 }] },
      { gate: 'RY', targets: [2], params: [{ kind: 'param', index: 7 }] },
    ],
  };
  const placed: PlacedChannel[] = [
    { name: 'reset', qubits: [1], p: 0, after: 3 },
    { name: 'amplitudeDamping', qubits: [0], p: 0.2, after: 5 },
    { name: 'bitFlip', qubits: [2], p: 0.1, after: 6 },
  ];

  it('gives the parameter-shift gradient of a diagonal observable through every channel', () => {
    const tape = createDensityTape(circuit, NOISY, placed);
    const sim = createDensitySimulator(circuit, NOISY, placed);
    const r = createRng(11);
    const theta = Float64Array.from({ length: 8 }, () => 2 * r.next() - 1);
    const x = Float64Array.of(0.7, -0.4);
    // M = diag(w) on the state; the simulator's observable of the same diagonal, no readout error.
    const w = Float64Array.from({ length: 8 }, () => 2 * r.next() - 1);
    const bare = createDensitySimulator(circuit, { ...NOISY, readout: { p01: 0, p10: 0 } }, placed);
    const obs = bare.observable({ diagonal: w });
    const want = new Float64Array(8);
    bare.gradient(obs, theta, x, want);
    const rho = tape.forward(theta, x);
    const got = new Float64Array(8);
    tape.backward(w, x, got);
    expect(maxDiff(got, want)).toBeLessThan(1e-10);
    expect(Math.max(...want.map(Math.abs))).toBeGreaterThan(1e-2);
    // Its ρ is the simulator's.
    expect(maxDiff(rho.data, sim.run(theta, x).data)).toBeLessThan(1e-12);
  });

  it('refuses a tape too large before allocating it, saying what to change', () => {
    // 9 qubits: 4 MiB a density matrix, one per trained rotation (2 steps × (3 RY + 4 layers × 36)).
    const big = { window: 2, historyQubits: 6, dataQubits: 3, layers: 4 };
    expect(() => createNoisyQrnn(big, createRng(1), NOISY)).toThrow(
      'Training this circuit under noise keeps 294 density matrices of 9 qubits (1176 MB); at most 64 MB fit. Use fewer qubits or layers, or choose Ideal under Noise.',
    );
  });

  it('refuses a trained gate that is not a Pauli rotation, in words', () => {
    const u3: Circuit = {
      qubits: 1,
      ops: [{ gate: 'U3', targets: [0], params: [{ kind: 'param', index: 0 }, { kind: 'param', index: 1 }, { kind: 'param', index: 2 }] }], // prettier-ignore
    };
    expect(() => createDensityTape(u3, NOISY)).toThrow(
      'Operation 1 (U3) is trained, but only uncontrolled Pauli rotations can be differentiated through noise here.',
    );
  });
});
