// Wire steps that read the input in one or two rotations (batchWire.ts: U = Suf·R₁·Mid·R₀·Pre,
// derivatives B·U from the last rotation on and U·C up to the first): states and gradients against
// the single-state reference, with the rotations at every place in their run, among gates with
// and without an axis.
import { describe, expect, it } from 'vitest';
import {
  createRng,
  createSimulator,
  type Binding,
  type Circuit,
  type Operation,
  type Rng,
} from '../../../workers/sim';
import { createBatchSimulator } from '../../../workers/sim/batch';
import { inputWire } from '../../../workers/sim/batchWire';
import { compile } from '../../../workers/sim/compile';
import { planSteps } from '../../../workers/sim/fuse';
import { applyObservable } from '../../../workers/sim/observables';
import { maxAbsDiff, randomAngle, randomObservable, randomVector } from './random';

const NUM_PARAMS = 6;
const NUM_FEATURES = 2;

const angle = (rng: Rng): Binding => randomAngle(rng, NUM_PARAMS);

/** One-qubit gates around the input's rotation: with an axis (RX, RY, RZ), without (U3, P), fixed. */
function otherOp(rng: Rng, q: number): Operation {
  const r = rng.int(6);
  if (r === 0) return { gate: 'U3', targets: [q], params: [angle(rng), angle(rng), angle(rng)] };
  if (r === 1) return { gate: 'P', targets: [q], params: [angle(rng)] };
  if (r === 2) return { gate: (['H', 'S', 'SX', 'T'] as const)[rng.int(4)]!, targets: [q] };
  return { gate: (['RX', 'RY', 'RZ'] as const)[r - 3]!, targets: [q], params: [angle(rng)] };
}

/** A rotation of w·x + b about a random axis. */
function inputRotation(rng: Rng, q: number): Operation {
  return {
    gate: (['RX', 'RY', 'RZ'] as const)[rng.int(3)]!,
    targets: [q],
    params: [{ kind: 'feature', feature: rng.int(NUM_FEATURES), weight: rng.int(NUM_PARAMS), bias: rng.int(NUM_PARAMS) }], // prettier-ignore
  };
}

/**
 * Layers of runs: gates before, one input rotation or two (with fixed gates between them), gates
 * after; then a CZ or CNOT chain.
 */
function wireCircuit(rng: Rng, n: number, layers: number): Circuit {
  const ops: Operation[] = [];
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      for (let j = rng.int(3); j > 0; j--) ops.push(otherOp(rng, q));
      ops.push(inputRotation(rng, q));
      if (rng.next() < 0.5) {
        for (let j = rng.int(3); j > 0; j--) ops.push({ gate: (['H', 'S', 'SX', 'T'] as const)[rng.int(4)]!, targets: [q] }); // prettier-ignore
        ops.push(inputRotation(rng, q));
      }
      for (let j = rng.int(3); j > 0; j--) ops.push(otherOp(rng, q));
    }
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: rng.next() < 0.5 ? 'CZ' : 'CNOT', targets: [q, q + 1] }); // prettier-ignore
  }
  return { qubits: n, ops };
}

describe('wire steps with one input rotation', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: the same states and gradient as the reference',
    (seed) => {
      const rng = createRng(7100 + seed);
      const n = 2 + (seed % 3);
      const circuit = wireCircuit(rng, n, 3);
      // The plan: every wire run of two or more gates goes through the input-rotation path.
      const p = compile(circuit);
      const runs = planSteps(p).filter((st) => st.ops.length > 1 && st.perInput);
      expect(runs.length).toBeGreaterThan(0);
      for (const st of runs) expect(inputWire(p, st)).not.toBeNull();

      const count = 1 + rng.int(5);
      const params = randomVector(rng, NUM_PARAMS, Math.PI);
      const xs = randomVector(rng, count * NUM_FEATURES);
      const weights = randomVector(rng, count);
      const single = createSimulator(circuit);
      const obs = single.observable(randomObservable(rng, n));
      const want = new Float64Array(NUM_PARAMS);
      const states: Float64Array[] = [];
      for (let s = 0; s < count; s++) {
        const x = xs.slice(NUM_FEATURES * s, NUM_FEATURES * (s + 1));
        const g = new Float64Array(NUM_PARAMS);
        single.gradient(obs, params, x, g);
        for (let k = 0; k < NUM_PARAMS; k++) want[k] = want[k]! + weights[s]! * g[k]!;
        states.push(single.run(params, x).amp.slice());
      }
      for (const simd of [true, false]) {
        const batch = createBatchSimulator(circuit, 5, { simd });
        batch.run(params, xs, count);
        for (let s = 0; s < count; s++) {
          expect(maxAbsDiff(batch.state(s).amp, states[s]!), `state ${s}, simd ${simd}`).toBeLessThan(1e-12); // prettier-ignore
          applyObservable(batch.state(s), obs, batch.seed(s));
          const l = batch.seed(s).amp;
          for (let i = 0; i < l.length; i++) l[i] = l[i]! * weights[s]!;
        }
        const got = new Float64Array(NUM_PARAMS);
        batch.backward(got);
        expect(maxAbsDiff(got, want), `gradient, simd ${simd}`).toBeLessThan(1e-10);
      }
    },
  );

  it('is not used for three input rotations, a trained gate between two, or no axis', () => {
    const x = (feature: number): Binding => ({ kind: 'feature', feature, weight: 0, bias: 1 });
    const theta: Binding = { kind: 'param', index: 0 };
    const p = compile({
      qubits: 3,
      ops: [
        { gate: 'RY', targets: [0], params: [x(0)] },
        { gate: 'RZ', targets: [0], params: [x(1)] },
        { gate: 'RY', targets: [0], params: [x(0)] },
        { gate: 'RY', targets: [1], params: [x(0)] },
        { gate: 'RZ', targets: [1], params: [theta] },
        { gate: 'RY', targets: [1], params: [x(1)] },
        { gate: 'P', targets: [2], params: [x(0)] },
        { gate: 'RY', targets: [2], params: [theta] },
      ],
    });
    const steps = planSteps(p);
    expect(steps.map((st) => st.ops.length)).toEqual([3, 3, 2]);
    for (const st of steps) expect(inputWire(p, st)).toBeNull();
  });
});
