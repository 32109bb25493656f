// Per-input phase layers (inputPhasePlan.ts, inputPhase.ts, batchInput.ts): wires that read the
// input split into diagonal heads and tails gathered across wires (with the ring of CZ between
// layers) and real middles, or split input by input as U = A·R·G; the first one-qubit steps made
// as product states. The plans they make, and states and gradients against the single-state
// reference (the unfused path), run from |0…0⟩ and from given states, SIMD and JavaScript, and
// against central differences.
import { describe, expect, it } from 'vitest';
import { encodedLayers } from '../../../bench/batch';
import {
  createRng,
  createSimulator,
  expectation,
  type Binding,
  type Circuit,
  type Operation,
  type Rng,
} from '../../../workers/sim';
import { createBatchSimulator } from '../../../workers/sim/batch';
import { compile } from '../../../workers/sim/compile';
import { STEP_DIAG, STEP_PHASE, STEP_WIRE, planSteps, type Step } from '../../../workers/sim/fuse';
import { gatherInputPhases } from '../../../workers/sim/inputPhasePlan';
import { applyObservable, compileObservable } from '../../../workers/sim/observables';
import { gatherPhases } from '../../../workers/sim/phaseLayer';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import { maxAbsDiff, randomObservable, randomVector } from './random';

const NUM_PARAMS = 8;
const NUM_FEATURES = 3;

const plan = (circuit: Circuit): { steps: Step[]; ops: number } => {
  const p = compile(circuit);
  return { steps: gatherInputPhases(p, gatherPhases(p, planSteps(p))), ops: p.ops };
};

const feature = (rng: Rng): Binding => ({
  kind: 'feature',
  feature: rng.int(NUM_FEATURES),
  weight: rng.int(NUM_PARAMS),
  bias: rng.int(NUM_PARAMS),
});
const param = (rng: Rng): Binding => ({ kind: 'param', index: rng.int(NUM_PARAMS) });

/**
 * Layers of wires that read the input: diagonal heads and tails (RZ or P of the input or of θ,
 * S, T, Z), middles real (RY of the input, H, X) or not (RX of the input: split per input), now
 * and then a wire with no phase; between layers a ring of CZ, a CNOT chain (not diagonal: the
 * tails go before it), CRZ of θ (diagonal) or constant CP (a diagonal with complex phases).
 */
function phaseCircuit(rng: Rng, n: number, layers: number): Circuit {
  const ops: Operation[] = [];
  const phase = (q: number): Operation => {
    const r = rng.int(5);
    if (r < 2) return { gate: r ? 'P' : 'RZ', targets: [q], params: [rng.next() < 0.6 ? feature(rng) : param(rng)] }; // prettier-ignore
    return { gate: (['S', 'T', 'Z'] as const)[r - 2]!, targets: [q] };
  };
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      for (let j = rng.int(3); j > 0; j--) ops.push(phase(q));
      const m = rng.int(5);
      if (m === 0) ops.push({ gate: 'RX', targets: [q], params: [feature(rng)] });
      else if (m === 1)
        ops.push({ gate: 'RY', targets: [q], params: [feature(rng)] }, { gate: 'H', targets: [q] }); // prettier-ignore
      else ops.push({ gate: 'RY', targets: [q], params: [m === 2 ? param(rng) : feature(rng)] });
      for (let j = rng.int(3); j > 0; j--) ops.push(phase(q));
    }
    const ring = rng.int(4);
    for (let q = 0; q + 1 < n; q++) {
      if (ring === 0) ops.push({ gate: 'CZ', targets: [q, q + 1] });
      else if (ring === 1) ops.push({ gate: 'CNOT', targets: [q, q + 1] });
      else if (ring === 2) ops.push({ gate: 'CRZ', targets: [q, q + 1], params: [param(rng)] });
      else ops.push({ gate: 'CP', targets: [q, q + 1], params: [{ kind: 'const', value: 1.1 }] });
    }
  }
  return { qubits: n, ops };
}

/** Every op of the circuit appears in exactly one step. */
function expectEveryOpOnce(steps: readonly Step[], ops: number): void {
  expect(steps.flatMap((st) => st.ops).sort((a, b) => a - b)).toEqual([...Array(ops).keys()]);
}

describe('per-input phase layers: the plan', () => {
  it('makes the re-uploading classifier phase layers (with the rings) and one RY per wire', () => {
    const { steps, ops } = plan(reuploadingCircuit({ qubits: 8, layers: 10, entangler: 'cz' }));
    const layers = steps.filter((st) => st.kind === STEP_PHASE);
    // The first layer's heads; then tails, ring and the next heads, 9 times; the last tails.
    expect(layers.map((st) => st.perInput)).toEqual([...Array(10).fill(true), false]);
    expect(layers.filter((st) => st.table).length).toBe(9);
    expect(steps.filter((st) => st.kind === STEP_DIAG)).toHaveLength(0);
    const middles = steps.filter((st) => st.kind === STEP_WIRE);
    expect(middles).toHaveLength(80);
    expect(middles.every((st) => st.ops.length === 1 && st.perInput && !st.euler)).toBe(true);
    expect(steps).toHaveLength(91);
    expectEveryOpOnce(steps, ops);
  });

  it('splits the wires of the classifier-shaped circuit input by input', () => {
    const { steps, ops } = plan(encodedLayers(6, 3));
    const wires = steps.filter((st) => st.kind === STEP_WIRE);
    expect(wires).toHaveLength(18);
    expect(wires.every((st) => st.euler && st.ops.length === 3)).toBe(true);
    // Every wire's G in the layer before it and its A in the layer after.
    const phases = steps.flatMap((st) => st.wirePhases ?? []);
    for (const w of wires) {
      expect(phases.filter((ph) => ph.wire === w).map((ph) => ph.tail)).toEqual([false, true]);
      const k = steps.indexOf(w);
      const before = steps.findLastIndex((st, j) => j < k && st.wirePhases?.some((ph) => ph.wire === w)); // prettier-ignore
      const after = steps.findIndex((st, j) => j > k && st.wirePhases?.some((ph) => ph.wire === w)); // prettier-ignore
      expect(before).toBeGreaterThanOrEqual(0);
      expect(after).toBeGreaterThan(k);
    }
    expectEveryOpOnce(steps, ops);
  });

  it('keeps tails before a step that is not diagonal on their qubits, and fewer than three wires whole', () => {
    const { steps, ops } = plan(reuploadingCircuit({ qubits: 3, layers: 2, entangler: 'cnot' }));
    const kinds = steps.map((st) => (st.kind === STEP_PHASE ? 'phases' : st.kind === STEP_WIRE ? 'RY' : 'CNOT')); // prettier-ignore
    expect(kinds).toEqual(['phases', 'RY', 'RY', 'RY', 'phases', 'CNOT', 'CNOT', 'CNOT', 'phases', 'RY', 'RY', 'RY', 'phases']); // prettier-ignore
    expectEveryOpOnce(steps, ops);
    const two = plan(reuploadingCircuit({ qubits: 2, layers: 2, entangler: 'cz' }));
    expect(two.steps.some((st) => st.kind === STEP_PHASE)).toBe(false);
  });
});

/** Σ_s w_s·∂⟨M⟩_s/∂θ and the final states from the single-state simulator, input by input. */
function reference(circuit: Circuit, obs: ReturnType<typeof randomObservable>, params: number[], xs: number[], weights: number[]) {
  const single = createSimulator(circuit);
  const o = single.observable(obs);
  const grad = new Float64Array(params.length);
  const states: Float64Array[] = [];
  weights.forEach((w, s) => {
    const x = xs.slice(NUM_FEATURES * s, NUM_FEATURES * (s + 1));
    const g = new Float64Array(params.length);
    single.gradient(o, params, x, g);
    for (let k = 0; k < g.length; k++) grad[k] = grad[k]! + w * g[k]!;
    states.push(single.run(params, x).amp.slice());
  });
  return { grad, states };
} // prettier-ignore

const CIRCUITS: [string, number, (rng: Rng) => Circuit][] = [
  ['re-uploading, CZ ring', 1, () => reuploadingCircuit({ qubits: 5, layers: 4, entangler: 'cz' })], // prettier-ignore
  ['re-uploading, one feature (a shared middle)', 10, () => reuploadingCircuit({ qubits: 4, layers: 3, entangler: 'cz', features: 1 })], // prettier-ignore
  ['re-uploading, CNOT ring', 2, () => reuploadingCircuit({ qubits: 4, layers: 3, entangler: 'cnot' })], // prettier-ignore
  ['classifier-shaped, split per input', 3, () => encodedLayers(NUM_FEATURES, 3)],
  ...[4, 5, 7, 12, 13, 17, 22].map((seed): [string, number, (rng: Rng) => Circuit] => ['random layers', seed, (rng) => phaseCircuit(rng, 3 + (seed % 3), 3)]), // prettier-ignore
];

describe('per-input phase layers: states and gradients', () => {
  it.each(CIRCUITS)(
    '%s (%i): the reference’s states and gradient, from |0…0⟩ and from given states',
    (_, seed, make) => {
      const rng = createRng(9100 + seed);
      const circuit = make(rng);
      const n = circuit.qubits;
      const { steps } = plan(circuit);
      expect(steps.some((st) => st.kind === STEP_PHASE && st.perInput)).toBe(true);
      const count = 2 + rng.int(4);
      const params = randomVector(rng, 2 * NUM_PARAMS + 40 * n, Math.PI);
      const xs = randomVector(rng, count * NUM_FEATURES);
      const weights = randomVector(rng, count);
      const obs = randomObservable(rng, n);
      const want = reference(circuit, obs, params, xs, weights);
      const zero = new Float64Array(count << (n + 1));
      for (let s = 0; s < count; s++) zero[s << (n + 1)] = 1;
      for (const simd of [true, false])
        for (const start of [null, zero]) {
          const batch = createBatchSimulator(circuit, 6, { simd });
          const o = compileObservable(obs, n);
          // Twice: nothing of one run is left for the next.
          for (let rep = 0; rep < 2; rep++) {
            const label = `simd ${simd}, ${start ? 'given' : '|0…0⟩'}, run ${rep}`;
            if (start) batch.runFrom(params, xs, count, start, NUM_FEATURES);
            else batch.run(params, xs, count, NUM_FEATURES);
            for (let s = 0; s < count; s++) {
              expect(maxAbsDiff(batch.state(s).amp, want.states[s]!), `state ${s}, ${label}`).toBeLessThan(1e-12); // prettier-ignore
              applyObservable(batch.state(s), o, batch.seed(s));
              const l = batch.seed(s).amp;
              for (let i = 0; i < l.length; i++) l[i] = l[i]! * weights[s]!;
            }
            const got = new Float64Array(params.length);
            batch.backward(got);
            expect(maxAbsDiff(got, want.grad), `gradient, ${label}`).toBeLessThan(1e-10);
          }
        }
    },
  );

  it('agrees with central differences of Σ w_s⟨M⟩_s, split per input and phases gathered', () => {
    const rng = createRng(9201);
    for (const circuit of [encodedLayers(3, 2), phaseCircuit(rng, 4, 2)]) {
      const n = circuit.qubits;
      const count = 3;
      const xs = randomVector(rng, count * NUM_FEATURES);
      const weights = randomVector(rng, count);
      const o = compileObservable(randomObservable(rng, n), n);
      const batch = createBatchSimulator(circuit, count);
      const params = randomVector(rng, batch.numParams, Math.PI);
      const loss = (theta: number[]): number => {
        batch.run(theta, xs, count, NUM_FEATURES);
        let total = 0;
        for (let s = 0; s < count; s++) total += weights[s]! * expectation(batch.state(s), o);
        return total;
      };
      loss(params);
      for (let s = 0; s < count; s++) {
        applyObservable(batch.state(s), o, batch.seed(s));
        const l = batch.seed(s).amp;
        for (let i = 0; i < l.length; i++) l[i] = l[i]! * weights[s]!;
      }
      const grad = new Float64Array(params.length);
      batch.backward(grad);
      const h = 1e-5;
      params.forEach((_, k) => {
        const up = params.slice();
        const down = params.slice();
        up[k]! += h;
        down[k]! -= h;
        expect(grad[k]).toBeCloseTo((loss(up) - loss(down)) / (2 * h), 6);
      });
    }
  });

  it('differentiates a wire that is real at its angles but not around them (RX(0) after RY(x))', () => {
    // One wire, kept whole: U = RX(θ)·RY(w·x + b) is real at θ = 0, its derivative in θ is not.
    const circuit: Circuit = {
      qubits: 1,
      ops: [
        { gate: 'RY', targets: [0], params: [{ kind: 'feature', feature: 0, weight: 0, bias: 1 }] },
        { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 2 }] },
      ],
    };
    const params = [0.7, -0.3, 0];
    const xs = [0.4, -1.1, 0.9];
    const obs = { terms: [{ label: 'Y0', coeff: 1 }] };
    const want = new Float64Array(3);
    const single = createSimulator(circuit);
    for (let s = 0; s < 3; s++) single.gradient(single.observable(obs), params, [xs[s]!], want);
    expect(Math.abs(want[2]!)).toBeGreaterThan(0.1);
    for (const simd of [true, false]) {
      const batch = createBatchSimulator(circuit, 3, { simd });
      batch.run(params, xs, 3, 1);
      const o = compileObservable(obs, 1);
      for (let s = 0; s < 3; s++) applyObservable(batch.state(s), o, batch.seed(s));
      const got = new Float64Array(3);
      batch.backward(got);
      expect(maxAbsDiff(got, want), `simd ${simd}`).toBeLessThan(1e-12);
    }
  });
});
