// The batched, fused simulator against the single-state one (the reference): the same states for
// every input, and the same gradient as the sum of single-state adjoint gradients and as finite
// differences, on random circuits of the whole gate set with features, shared parameters,
// controls, runs of one-qubit gates and of constant diagonal gates.
import { describe, expect, it } from 'vitest';
import { createRng, createSimulator, expectation, type Circuit } from '../../../workers/sim';
import { BLOCK_QUBITS, batchCapacity, createBatchSimulator } from '../../../workers/sim/batch';
import {
  STEP_DIAG,
  STEP_OP,
  STEP_WIRE,
  axisDerivative,
  planSteps,
} from '../../../workers/sim/fuse';
import { GATES as SIM_GATES, GATE_NAMES } from '../../../workers/sim/gates';
import { compile } from '../../../workers/sim/compile';
import { applyObservable, compileObservable } from '../../../workers/sim/observables';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import {
  maxAbsDiff,
  randomCircuit,
  randomObservable,
  randomStateCircuit,
  randomVector,
  FUSION_TEST_GATES as GATES,
} from './random';

function randomBatchCase(seed: number, n: number) {
  const rng = createRng(seed);
  const numParams = 3 + rng.int(4);
  const numFeatures = 2;
  const circuit = randomCircuit(rng, n, 10 + 5 * n, {
    gates: GATES,
    numParams,
    numFeatures,
    maxControls: 1,
  });
  circuit.ops.unshift(...randomStateCircuit(rng, n, 1).ops);
  const count = 1 + rng.int(5);
  return {
    circuit,
    obs: randomObservable(rng, n),
    params: randomVector(rng, numParams, Math.PI),
    xs: randomVector(rng, count * numFeatures),
    weights: randomVector(rng, count),
    count,
  };
}

const CASES: [number, number][] = [];
for (let n = 1; n <= 5; n++) for (let k = 0; k < 4; k++) CASES.push([n, 900 + 10 * n + k]);

describe('batched simulation', () => {
  it.each(CASES)('%i qubits, seed %i: states and gradients equal the single-state reference', (n, seed) => {
    const c = randomBatchCase(seed, n);
    const single = createSimulator(c.circuit);
    const obs = single.observable(c.obs);
    const p = c.params.length;
    // Reference: Σ_s w_s·∂⟨M⟩_s/∂θ from the single-state adjoint method, states one by one.
    const want = new Float64Array(p);
    const states: Float64Array[] = [];
    for (let s = 0; s < c.count; s++) {
      const x = c.xs.slice(2 * s, 2 * s + 2);
      const g = new Float64Array(p);
      single.gradient(obs, c.params, x, g);
      for (let k = 0; k < p; k++) want[k] = want[k]! + c.weights[s]! * g[k]!;
      states.push(single.run(c.params, x).amp.slice());
    }
    for (const [fuse, simd] of [[true, true], [false, true], [true, false]]) {
      const batch = createBatchSimulator(c.circuit, 6, { fuse, simd });
      batch.run(c.params, c.xs, c.count);
      for (let s = 0; s < c.count; s++) {
        expect(maxAbsDiff(batch.state(s).amp, states[s]!), `state ${s}, fuse ${fuse}, simd ${simd}`).toBeLessThan(1e-12);
        applyObservable(batch.state(s), obs, batch.seed(s));
        const l = batch.seed(s).amp;
        for (let i = 0; i < l.length; i++) l[i] = l[i]! * c.weights[s]!;
      }
      const got = new Float64Array(p);
      batch.backward(got);
      expect(maxAbsDiff(got, want), `gradient, fuse ${fuse}, simd ${simd}`).toBeLessThan(1e-10);
    }
  }); // prettier-ignore

  it('agrees with finite differences of the batch loss Σ w_s⟨M⟩_s', () => {
    const c = randomBatchCase(4242, 4);
    const batch = createBatchSimulator(c.circuit, 8);
    const obs = compileObservable(c.obs, 4);
    const loss = (theta: number[]): number => {
      batch.run(theta, c.xs, c.count);
      let total = 0;
      for (let s = 0; s < c.count; s++) total += c.weights[s]! * expectation(batch.state(s), obs);
      return total;
    };
    loss(c.params);
    for (let s = 0; s < c.count; s++) {
      applyObservable(batch.state(s), obs, batch.seed(s));
      const l = batch.seed(s).amp;
      for (let i = 0; i < l.length; i++) l[i] = l[i]! * c.weights[s]!;
    }
    const grad = new Float64Array(c.params.length);
    batch.backward(grad);
    const h = 1e-5;
    c.params.forEach((_, k) => {
      const up = c.params.slice();
      const down = c.params.slice();
      up[k]! += h;
      down[k]! -= h;
      expect(grad[k]).toBeCloseTo((loss(up) - loss(down)) / (2 * h), 6);
    });
  });

  it('runs batches larger than the SIMD threshold and inputs past the first', () => {
    const circuit = reuploadingCircuit({ qubits: 4, layers: 3, entangler: 'cz' });
    const single = createSimulator(circuit);
    const rng = createRng(7);
    const params = randomVector(rng, single.numParams, 1);
    const count = 80;
    const xs = randomVector(rng, 2 * count);
    const batch = createBatchSimulator(circuit, count);
    batch.run(params, xs, count);
    for (const s of [0, 1, 41, 79]) {
      const want = single.run(params, xs.slice(2 * s, 2 * s + 2)).amp;
      expect(maxAbsDiff(batch.state(s).amp, want)).toBeLessThan(1e-12);
    }
  });

  it(`runs groups of gates on qubits below ${BLOCK_QUBITS} block by block on larger states`, () => {
    const n = BLOCK_QUBITS + 2;
    const c = randomBatchCase(77, n);
    c.circuit.ops = c.circuit.ops.slice(0, 60);
    const single = createSimulator(c.circuit);
    const want = single.run(c.params, c.xs.slice(0, 2)).amp;
    const blocked = createBatchSimulator(c.circuit, 1);
    const groups = blocked.steps.filter((st) => st.mask < 1 << BLOCK_QUBITS).length;
    expect(groups).toBeGreaterThan(10);
    blocked.run(c.params, c.xs, 1);
    expect(maxAbsDiff(blocked.state(0).amp, want)).toBeLessThan(1e-12);
    const plain = createBatchSimulator(c.circuit, 1, { block: false });
    plain.run(c.params, c.xs, 1);
    expect(maxAbsDiff(plain.state(0).amp, want)).toBeLessThan(1e-12);
    // The gradient, backward block by block, against the single-state adjoint method.
    const obs = single.observable(c.obs);
    const wantGrad = new Float64Array(c.params.length);
    single.gradient(obs, c.params, c.xs.slice(0, 2), wantGrad);
    applyObservable(blocked.state(0), obs, blocked.seed(0));
    const got = new Float64Array(c.params.length);
    blocked.backward(got);
    expect(maxAbsDiff(got, wantGrad)).toBeLessThan(1e-10);
  });

  it('says clearly when a run does not fit', () => {
    const circuit = reuploadingCircuit({ qubits: 2, layers: 1, entangler: 'cz' });
    const batch = createBatchSimulator(circuit, 4);
    const params = new Float64Array(batch.numParams);
    expect(() => batch.run(params, new Float64Array(10), 5)).toThrow(/1 to 4 inputs; got 5/);
    expect(() => batch.run(params, new Float64Array(3), 2)).toThrow(
      /2 inputs of 2 features need 4/,
    );
    expect(() => batch.run([], new Float64Array(4), 2)).toThrow(/trainable parameters/);
    expect(() => batch.backward(new Float64Array(batch.numParams))).toThrow(/needs a run/);
    batch.run(params, new Float64Array(4), 2, 2, false);
    expect(() => batch.backward(new Float64Array(batch.numParams))).toThrow(/needs a run/);
    expect(() => createBatchSimulator(circuit, 0)).toThrow(/at least one input/);
    expect(batchCapacity(20, 64)).toBe(4);
    expect(batchCapacity(24, 64)).toBe(1);
    expect(batchCapacity(8, 64)).toBe(64);
  });
});

describe('derivatives from the rotation axis', () => {
  it("−i/2·P·U equals each rotation gate's own derivative", () => {
    const withAxis = GATE_NAMES.filter((g) => SIM_GATES[g].axis);
    expect(withAxis.sort()).toEqual(['CRX', 'CRY', 'CRZ', 'RX', 'RY', 'RZ']);
    for (const name of withAxis) {
      const g = SIM_GATES[name];
      for (const a of [0.3, -2.1, 4]) {
        const m = new Float64Array(8);
        const want = new Float64Array(8);
        const got = new Float64Array(8);
        g.matrix([a], m, 0);
        g.derivative!([a], 0, want, 0);
        axisDerivative(g.axis!, m, 0, got, 0);
        expect(maxAbsDiff(got, want), name).toBeLessThan(1e-15);
      }
    }
  });
});

describe('fusion plan', () => {
  it('fuses the re-uploading circuit into one step per wire and layer and one per ring', () => {
    const circuit: Circuit = reuploadingCircuit({ qubits: 8, layers: 10, entangler: 'cz' });
    const p = compile(circuit);
    const steps = planSteps(p);
    expect(p.ops).toBe(10 * 24 + 9 * 8);
    expect(steps.filter((s) => s.kind === STEP_WIRE)).toHaveLength(80);
    expect(steps.filter((s) => s.kind === STEP_DIAG)).toHaveLength(9);
    expect(steps.filter((s) => s.kind === STEP_OP)).toHaveLength(0);
    expect(steps.every((s) => s.kind !== STEP_WIRE || (s.ops.length === 3 && s.perInput))).toBe(
      true,
    );
    // Every op is applied exactly once.
    expect(steps.flatMap((s) => s.ops).sort((a, b) => a - b)).toEqual([...Array(p.ops).keys()]);
  });

  it('keeps a CNOT ring as separate ops and fuses the wires between them', () => {
    const p = compile(reuploadingCircuit({ qubits: 3, layers: 2, entangler: 'cnot' }));
    const kinds = planSteps(p).map((s) => s.kind);
    expect(kinds.filter((k) => k === STEP_OP)).toHaveLength(3);
    expect(kinds.filter((k) => k === STEP_WIRE)).toHaveLength(6);
  });
});
