// Phase layers (phaseLayer.ts): the diagonal tails of wire runs gathered across wires into one
// step. The plan they make, and states and gradients against the single-state reference, whole
// and block by block, with trainable, fixed and constant phases and wires that cannot be split.
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
import { compile } from '../../../workers/sim/compile';
import { STEP_OP, STEP_PHASE, planSteps } from '../../../workers/sim/fuse';
import { gatherPhases } from '../../../workers/sim/phaseLayer';
import { applyObservable } from '../../../workers/sim/observables';
import { layeredWorkload } from '../../../bench/batch';
import { maxAbsDiff, randomAngle, randomObservable, randomVector } from './random';

const NUM_PARAMS = 5;

const angle = (rng: Rng): Binding => randomAngle(rng, NUM_PARAMS);

/** Real heads (RY, H, X), diagonal tails (RZ, P, S, T, Z); now and then a complex head (RX). */
function layeredCircuit(rng: Rng, n: number, layers: number): Circuit {
  const ops: Operation[] = [];
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      for (let j = rng.int(2); j >= 0; j--) {
        const r = rng.int(5);
        if (r < 3) ops.push({ gate: 'RY', targets: [q], params: [angle(rng)] });
        else if (r === 3) ops.push({ gate: rng.next() < 0.5 ? 'H' : 'X', targets: [q] });
        else if (rng.next() < 0.3) ops.push({ gate: 'RX', targets: [q], params: [angle(rng)] });
      }
      // Now and then no tail: that wire stays whole, and the next one on its qubit waits for it.
      for (let j = rng.next() < 0.25 ? -1 : rng.int(2); j >= 0; j--) {
        const r = rng.int(4);
        if (r === 0) ops.push({ gate: (['S', 'T', 'Z'] as const)[rng.int(3)]!, targets: [q] });
        else ops.push({ gate: r === 1 ? 'P' : 'RZ', targets: [q], params: [angle(rng)] });
      }
    }
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: rng.next() < 0.5 ? 'CZ' : 'CNOT', targets: [q, q + 1] }); // prettier-ignore
  }
  return { qubits: n, ops };
}

describe('phase layers', () => {
  it('gather the RZ of every wire of the layered workload into one step per layer', () => {
    const p = compile(layeredWorkload(6, 2));
    const steps = gatherPhases(p, planSteps(p));
    const layer = ['RY', 'RY', 'RY', 'RY', 'RY', 'RY', 'phases', 'CNOT', 'CNOT', 'CNOT', 'CNOT', 'CNOT']; // prettier-ignore
    expect(steps.map((st) => (st.kind === STEP_PHASE ? 'phases' : p.gates[st.ops[0]!]!.name))).toEqual([...layer, ...layer]); // prettier-ignore
    expect(steps[6]!.ops.map((i) => p.q0[i])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(steps[6]!.kind).toBe(STEP_PHASE);
    expect(steps[0]!.kind).toBe(STEP_OP);
  });

  it('never move a wire before a step on its qubit', () => {
    const wire = (q: number, k: number): Operation[] => [
      { gate: 'RY', targets: [q], params: [{ kind: 'param', index: k }] },
      { gate: 'RZ', targets: [q], params: [{ kind: 'param', index: k + 1 }] },
    ];
    // Planned as W2, CNOT(2,3), W0, W1, W3 (qubit 4 idle): W3 must stay after the CNOT before it.
    const circuit: Circuit = {
      qubits: 5,
      ops: [...wire(0, 0), ...wire(1, 2), ...wire(2, 4), { gate: 'CNOT', targets: [2, 3] }, ...wire(3, 6)], // prettier-ignore
    };
    const p = compile(circuit);
    const steps = gatherPhases(p, planSteps(p));
    const cnot = steps.findIndex((st) => p.gates[st.ops[0]!]!.name === 'CNOT');
    const layer = steps.findIndex((st) => st.kind === STEP_PHASE);
    expect(steps[layer]!.ops.map((i) => p.q0[i])).toEqual([2, 0, 1]);
    expect(steps.slice(cnot + 1).flatMap((st) => st.ops.map((i) => p.q0[i]))).toEqual([3, 3]);
    const params = Array.from({ length: 8 }, (_, k) => 0.3 + 0.4 * k);
    const batch = createBatchSimulator(circuit, 1);
    batch.run(params, [], 1);
    expect(maxAbsDiff(batch.state(0).amp, createSimulator(circuit).run(params, []).amp)).toBeLessThan(1e-12); // prettier-ignore
  });

  it('leave fewer than three wires, and wires with a complex head, as they were', () => {
    const theta: Binding = { kind: 'param', index: 0 };
    const twoWires = compile({
      qubits: 3,
      ops: [0, 1].flatMap((q) => [
        { gate: 'RY', targets: [q], params: [theta] },
        { gate: 'RZ', targets: [q], params: [theta] },
      ]),
    });
    expect(gatherPhases(twoWires, planSteps(twoWires))).toEqual(planSteps(twoWires));
    const complexHeads = compile({
      qubits: 3,
      ops: [0, 1, 2].flatMap((q) => [
        { gate: 'RX', targets: [q], params: [theta] },
        { gate: 'RZ', targets: [q], params: [theta] },
      ]),
    });
    expect(gatherPhases(complexHeads, planSteps(complexHeads))).toEqual(planSteps(complexHeads));
  });

  /** Wires with tails on qubits 0–3 only, so that a layer lies inside blocks of 2^4 amplitudes. */
  function lowLayers(rng: Rng): Circuit {
    const c = layeredCircuit(rng, 6, 3);
    const ops = c.ops.filter((op) => op.targets[0]! < 4 || !['RZ', 'P', 'S', 'T', 'Z'].includes(op.gate)); // prettier-ignore
    return { qubits: 6, ops };
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: the same states and gradient as the reference',
    (seed) => {
      const rng = createRng(8300 + seed);
      const n = seed > 6 ? 6 : 3 + (seed % 4);
      const circuit = seed > 6 ? lowLayers(rng) : layeredCircuit(rng, n, 3);
      const p = compile(circuit);
      expect(gatherPhases(p, planSteps(p)).some((st) => st.kind === STEP_PHASE)).toBe(true);

      const params = randomVector(rng, NUM_PARAMS, Math.PI);
      const single = createSimulator(circuit);
      const obs = single.observable(randomObservable(rng, n));
      const want = new Float64Array(NUM_PARAMS);
      single.gradient(obs, params, [], want);
      const state = single.run(params, []).amp.slice();
      // Whole states, and block by block (blocks of 2^2 amplitudes, or of 2^4 with the layer inside).
      const b = seed > 6 ? 4 : 2;
      for (const [simd, blockQubits] of [
        [true, undefined],
        [false, undefined],
        [true, b],
        [false, b],
      ] as const) {
        const batch = createBatchSimulator(circuit, 2, { simd, blockQubits });
        // Twice: nothing of a backward pass is left for the next.
        for (let rep = 0; rep < 2; rep++) {
          batch.run(params, [], 2);
          for (let s = 0; s < 2; s++) {
            expect(maxAbsDiff(batch.state(s).amp, state), `state ${s}, simd ${simd}, blocks ${blockQubits}`).toBeLessThan(1e-12); // prettier-ignore
            applyObservable(batch.state(s), obs, batch.seed(s));
          }
          const got = new Float64Array(NUM_PARAMS);
          batch.backward(got);
          expect(maxAbsDiff(got, want.map((g) => 2 * g)), `gradient ${rep}, simd ${simd}, blocks ${blockQubits}`).toBeLessThan(1e-10); // prettier-ignore
        }
      }
    },
  );
});
