// Whole circuits against the reference: random circuits from the full catalogue on 1–8 qubits with
// random targets, controls, control states and angle bindings; and the Simulator's contract.
import { describe, expect, it } from 'vitest';
import { SimError, createRng, createSimulator, norm2, runCircuit } from '../../../workers/sim';
import type { Circuit } from '../../../workers/sim';
import { runProgram } from '../../../workers/sim/run';
import { createState } from '../../../workers/sim/state';
import { createBatchSimulator } from '../../../workers/sim/batch';
import { maxDiff, refRun, refUnitary } from './reference';
import { randomCircuit, randomStateCircuit, randomVector } from './random';

describe('random circuits against the reference', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n]))('%i qubits', (n: number) => {
    const rng = createRng(500 + n);
    const numParams = 6;
    const numFeatures = 3;
    for (let rep = 0; rep < 6; rep++) {
      const c = randomCircuit(rng, n, 10 + 4 * n, { numParams, numFeatures, maxControls: 3 });
      if (rep % 2) c.ops.unshift(...randomStateCircuit(rng, n, 1).ops); // half start off |0…0⟩
      const params = randomVector(rng, numParams, Math.PI);
      const x = randomVector(rng, numFeatures, 2);
      const sim = createSimulator(c);
      expect(sim.numParams).toBeLessThanOrEqual(numParams);
      expect(sim.numFeatures).toBeLessThanOrEqual(numFeatures);
      const s = sim.run(params, x);
      expect(s.n).toBe(n);
      // 1e-10: up to 42 gates, each adding ~1e-16 rounding per amplitude in both implementations.
      expect(maxDiff(s.amp, refRun(c, params, x))).toBeLessThan(1e-10);
      // 1e-12: unitary gates keep Σ|a|² = 1 up to accumulated rounding ~ ops · 2^n · 1e-16.
      expect(Math.abs(norm2(s) - 1)).toBeLessThan(1e-12);
    }
  });

  it('10 qubits: gates on the high qubits too', () => {
    const rng = createRng(510);
    // A layer of U3s first, so that controls on |1⟩ and |0⟩ both have amplitude to act on.
    const c = randomCircuit(rng, 10, 14, { numParams: 2, numFeatures: 1, maxControls: 3 });
    c.ops.unshift(...randomStateCircuit(rng, 10, 1).ops);
    const params = randomVector(rng, 2, Math.PI);
    const x = randomVector(rng, 1);
    // 1e-10 and 1e-12: as above, with 2^10 amplitudes.
    const s = createSimulator(c).run(params, x);
    expect(maxDiff(s.amp, refRun(c, params, x))).toBeLessThan(1e-10);
    expect(Math.abs(norm2(s) - 1)).toBeLessThan(1e-12);
  });

  it('is deterministic for a given seed', () => {
    const make = () => randomCircuit(createRng(77), 4, 20, { numParams: 3, numFeatures: 2 });
    expect(make()).toEqual(make());
  });
});

describe('angle bindings', () => {
  it('reads params[index] and params[weight]·x[feature] + params[bias]', () => {
    const c: Circuit = {
      qubits: 1,
      ops: [
        { gate: 'RY', targets: [0], params: [{ kind: 'feature', feature: 1, weight: 2, bias: 0 }] },
      ],
    };
    const params = [0.25, 9, -0.5];
    const x = [100, 1.5];
    const theta = -0.5 * 1.5 + 0.25;
    const s = runCircuit(c, params, x);
    // 1e-15: one cos and one sin evaluation.
    expect(Math.abs(s.amp[0]! - Math.cos(theta / 2))).toBeLessThan(1e-15);
    expect(Math.abs(s.amp[2]! - Math.sin(theta / 2))).toBeLessThan(1e-15);
  });

  it('re-binds on every run: the same simulator follows new parameters', () => {
    const rng = createRng(3);
    const c = randomCircuit(rng, 3, 25, { numParams: 4, numFeatures: 2 });
    const sim = createSimulator(c);
    for (let rep = 0; rep < 5; rep++) {
      const params = randomVector(rng, 4, 3);
      const x = randomVector(rng, 2);
      // 1e-10: as for the random circuits above.
      expect(maxDiff(sim.run(params, x).amp, refRun(c, params, x))).toBeLessThan(1e-10);
    }
  });

  it('counts parameters and features as max index + 1', () => {
    const sim = createSimulator({
      qubits: 2,
      ops: [
        { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 4 }] },
        {
          gate: 'CRZ',
          targets: [0, 1],
          params: [{ kind: 'feature', feature: 2, weight: 0, bias: 6 }],
        },
      ],
    });
    expect(sim.numParams).toBe(7);
    expect(sim.numFeatures).toBe(3);
  });
});

describe('Simulator contract', () => {
  const c: Circuit = {
    qubits: 2,
    ops: [
      { gate: 'H', targets: [0] },
      { gate: 'CNOT', targets: [0, 1] },
      { gate: 'RZ', targets: [1], params: [{ kind: 'param', index: 0 }] },
    ],
  };

  it('run() reuses its state; runCircuit() returns a copy that stays put', () => {
    const sim = createSimulator(c);
    const a = sim.run([0.1]);
    const b = sim.run([0.2]);
    expect(a).toBe(b);
    const kept = runCircuit(c, [0.1]);
    const again = runCircuit(c, [0.9]);
    expect(kept.amp).not.toBe(again.amp);
    // 1e-15: Bell state amplitude 1/√2 times e^{−iθ/2}, one product.
    expect(Math.abs(kept.amp[0]! - Math.SQRT1_2 * Math.cos(0.05))).toBeLessThan(1e-15);
  });

  it('starts every run from |0…0⟩, not from the previous state', () => {
    const sim = createSimulator({ qubits: 1, ops: [{ gate: 'X', targets: [0] }] });
    sim.run();
    const s = sim.run();
    expect(Array.from(s.amp)).toEqual([0, 0, 1, 0]);
  });

  it('an empty circuit leaves |0…0⟩', () => {
    expect(Array.from(runCircuit({ qubits: 2, ops: [] }).amp)).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('rejects too few parameters or inputs with a SimError naming the field', () => {
    const sim = createSimulator({
      qubits: 1,
      ops: [
        { gate: 'RX', targets: [0], params: [{ kind: 'feature', feature: 1, weight: 0, bias: 1 }] },
      ],
    });
    const field = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(SimError);
        return (e as SimError).field;
      }
      return 'no error';
    };
    expect(field(() => sim.run([1], [0, 0]))).toBe('params');
    expect(field(() => sim.run([1, 2], [0]))).toBe('x');
    const obs = sim.observable({ terms: [{ coeff: 1, label: 'Z' }] });
    expect(field(() => sim.expectation(obs, [1, 2], [0, 0], 100))).toBe('shots');
    const wrong = createSimulator({ qubits: 2, ops: [] }).observable({ terms: [] });
    expect(field(() => sim.expectation(wrong, [1, 2], [0, 0]))).toBe('observable');
    expect(field(() => sim.gradient(wrong, [1, 2], [0, 0], new Float64Array(2)))).toBe(
      'observable',
    );
  });

  it('runProgram applies a range of ops: the whole circuit is the product of its parts', () => {
    const rng = createRng(12);
    const circ = randomCircuit(rng, 3, 12, { numParams: 0, numFeatures: 0 });
    const sim = createSimulator(circ);
    const s = createState(3);
    runProgram(sim.program, s, 0, 5);
    runProgram(sim.program, s, 5);
    // 1e-10: twelve gates as above; the split must not change anything but rounding.
    expect(maxDiff(s.amp, refRun(circ))).toBeLessThan(1e-10);
    // The first column of the circuit's unitary is the same state.
    const u = refUnitary(circ);
    const column0 = {
      re: u.re.filter((_, i) => i % 8 === 0),
      im: u.im.filter((_, i) => i % 8 === 0),
    };
    expect(maxDiff(s.amp, column0)).toBeLessThan(1e-10);
  });
});

describe('noise channels', () => {
  const bitFlip = { name: 'bitFlip' as const, qubits: [0], p: 0.1, after: -1 };
  it('the statevector simulators refuse a circuit carrying channels instead of ignoring them', () => {
    // A value typed with channels does not compile here, and is refused when made all the same.
    const carrying = { qubits: 1, ops: [], channels: [bitFlip] };
    // @ts-expect-error: a circuit with channels is not a PureCircuit
    expect(() => createSimulator(carrying)).toThrow(SimError);
    // @ts-expect-error: the same for the batched simulator
    expect(() => createBatchSimulator(carrying, 4)).toThrow(/carries noise channels/);
    const asGate = { qubits: 1, ops: [{ gate: 'reset', targets: [0] }] } as unknown as Circuit;
    expect(() => createSimulator(asGate)).toThrow(/Operation 1 is the channel "reset"/);
    expect(() => createBatchSimulator(asGate, 4)).toThrow(/Operation 1 is the channel "reset"/);
    // An empty list carries nothing.
    const none = { qubits: 1, ops: [], channels: [] } as unknown as Circuit;
    expect(() => createSimulator(none)).not.toThrow();
  });
});
