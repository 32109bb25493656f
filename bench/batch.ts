// Batched and fused simulation (issue 11): a gate on a batch of small states against one pass over
// one state, the standard layered workload at 20 qubits fused, and the fused adjoint gradient
// against a forward run. Every ratio from times measured interleaved, best of repeated runs.

import type { Circuit, Operation } from '../workers/sim';
import { createBatchSimulator } from '../workers/sim/batch';
import { createState, expectation } from '../workers/sim';
import { applyObservable, compileObservable } from '../workers/sim/observables';
import { quantumEpochsPerSecond } from './flagship';

/** Best time (ms) of each function over `reps` interleaved rounds. */
function bestOf(reps: number, fns: (() => void)[]): number[] {
  const best = fns.map(() => Infinity);
  for (let r = 0; r < reps; r++)
    fns.forEach((f, i) => {
      const t = performance.now();
      f();
      best[i] = Math.min(best[i]!, performance.now() - t);
    });
  return best;
}

/** One read+write pass over an n-qubit state (TypedArray.set copy), repeated `times` in a row. */
function passes(n: number, times: number): () => void {
  const src = createState(n).amp;
  const dst = new Float64Array(src.length);
  return () => {
    for (let k = 0; k < times; k++) dst.set(src);
  };
}

/**
 * The classifier-shaped circuit at n qubits: per layer RY(w·x_q + b) on every qubit (the input
 * read again), then trainable RZ and RY on every qubit, then a ring of CZ.
 */
export function encodedLayers(n: number, layers: number): Circuit {
  const ops: Operation[] = [];
  let k = 0;
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'feature', feature: q, weight: k, bias: k + 1 }] }); // prettier-ignore
      k += 2;
      ops.push({ gate: 'RZ', targets: [q], params: [{ kind: 'param', index: k++ }] });
      ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'param', index: k++ }] });
    }
    for (let q = 0; q < n; q++) ops.push({ gate: 'CZ', targets: [q, (q + 1) % n] });
  }
  return { qubits: n, ops };
}

/** The standard layered workload: `layers` × [RY on all, RZ on all, CNOT chain]. */
export function layeredWorkload(n: number, layers: number): Circuit {
  const ops: Operation[] = [];
  let k = 0;
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'param', index: k++ }] }); // prettier-ignore
    for (let q = 0; q < n; q++) ops.push({ gate: 'RZ', targets: [q], params: [{ kind: 'param', index: k++ }] }); // prettier-ignore
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: 'CNOT', targets: [q, q + 1] });
  }
  return { qubits: n, ops };
}

const params = (count: number): Float64Array =>
  Float64Array.from({ length: count }, (_, i) => 0.1 + 0.37 * i);

export interface BatchBench {
  /** Batched forward at 10 qubits, batch 64: time per gate per input / one pass over one state. */
  batch10GateVsPass: number;
  /** Its parts: one batched forward run (ms) and one pass over one 10-qubit state (µs). */
  batch10RunMs: number;
  pass10Us: number;
  /** The same circuit one input at a time, unfused (the single-state path before batching). */
  single10GateVsPass: number;
  /** Layered workload at 20 qubits fused: circuit time / gate count / pass time. */
  workload20PassesPerGate: number;
  /** The same unfused. */
  workload20UnfusedPassesPerGate: number;
  /** The workload at 16 qubits: fused adjoint gradient (forward included) / fused forward. */
  workload16AdjointVsForward: number;
  trainQ8L10EpochsPerS: number;
  trainQ6L6EpochsPerS: number;
}

/**
 * The fused simulator's gradient of ⟨Z0 + X1/2⟩ (a forward run, then the adjoint pass) against a
 * forward run with ⟨Z0 + X1/2⟩, on one state: best of interleaved runs.
 */
export function adjointVsForward(circuit: Circuit): number {
  const sim = createBatchSimulator(circuit, 1);
  const obs = compileObservable({ terms: [{ label: 'Z0', coeff: 1 }, { label: 'X1', coeff: 0.5 }] }, circuit.qubits); // prettier-ignore
  const theta = params(sim.numParams);
  const grad = new Float64Array(sim.numParams);
  const none = new Float64Array(0);
  const [fwd, adj] = bestOf(10, [
    () => {
      sim.run(theta, none, 1);
      expectation(sim.state(0), obs);
    },
    () => {
      sim.run(theta, none, 1);
      applyObservable(sim.state(0), obs, sim.seed(0));
      sim.backward(grad);
    },
  ]) as [number, number];
  return adj / fwd;
}

/** Passes over a 10-qubit state timed together, per input of the batch. */
const PASS_REPEATS = 100;

export function batchBench(): BatchBench {
  // Batched forward, 10 qubits × 4 layers, 64 inputs.
  const n = 10;
  const batch = 64;
  const circuit = encodedLayers(n, 4);
  const gates = circuit.ops.length;
  const fused = createBatchSimulator(circuit, batch);
  const single = createBatchSimulator(circuit, 1, { fuse: false });
  const theta = params(fused.numParams);
  const xs = Float64Array.from({ length: batch * n }, (_, i) => Math.sin(i));
  const [batchMs, singleMs, passMs] = bestOf(40, [
    () => fused.run(theta, xs, batch),
    () => {
      for (let s = 0; s < batch; s++) single.run(theta, xs.subarray(s * n), 1);
    },
    // A pass over a 10-qubit state takes about a microsecond: timed over many, so the timer's
    // resolution and one interruption do not move the ratio (64 passes varied it 1.1–1.8).
    passes(n, batch * PASS_REPEATS),
  ]) as [number, number, number];
  const pass10 = passMs / (batch * PASS_REPEATS);

  // The layered workload at 20 qubits, fused and not, one state.
  const work = layeredWorkload(20, 4);
  const w = work.ops.length;
  const wFused = createBatchSimulator(work, 1);
  const wPlain = createBatchSimulator(work, 1, { fuse: false });
  const wTheta = params(wFused.numParams);
  const none = new Float64Array(0);
  const [fusedMs, plainMs, pass20] = bestOf(5, [
    () => wFused.run(wTheta, none, 1),
    () => wPlain.run(wTheta, none, 1),
    passes(20, 1),
  ]) as [number, number, number];

  const workload16 = adjointVsForward(layeredWorkload(16, 4));
  return {
    batch10GateVsPass: batchMs / batch / gates / pass10,
    batch10RunMs: batchMs,
    pass10Us: 1000 * pass10,
    single10GateVsPass: singleMs / batch / gates / pass10,
    workload20PassesPerGate: fusedMs / w / pass20,
    workload20UnfusedPassesPerGate: plainMs / w / pass20,
    workload16AdjointVsForward: workload16,
    trainQ8L10EpochsPerS: quantumEpochsPerSecond(8, 10),
    trainQ6L6EpochsPerS: quantumEpochsPerSecond(6, 6),
  };
}
