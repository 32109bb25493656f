// The data embeddings of the benchmark's quantum kernel models, as circuits of the simulator
// ("Better than classical?", Bowles, Ahmed & Schuld, arXiv 2403.07059, after XanaduAI's
// qml-benchmarks). An embedding maps a row x (scaled to [−π/2, π/2]) to a state |ψ(x)⟩; the
// kernels (quantumKernels.ts) compare those states. Every angle is an input feature bound with
// weight 1 and bias 0 (parameters [0, 1]), or a fixed angle; an IQP pair angle x_i·x_j is an
// extra feature the embedding computes from the row (`features`).

import type { Circuit, Operation } from '../../sim';
import { createRng } from '../../sim';
import { batchCapacity } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';

/** A circuit reading one expanded feature vector per input. */
export interface Embedding {
  /** The circuit; its feature angles are params[1]·f + params[0] with params = [0, 1]. */
  circuit: Circuit;
  /** Features per input the circuit reads. */
  width: number;
  /** The expanded feature vector of row x (length d) into out[o … o + width − 1]. */
  features(x: Float64Array, xo: number, out: Float64Array, o: number): void;
}

/** Binding of expanded feature f: angle = 1·f + 0 (the embedding's parameters are [0, 1]). */
const feature = (f: number) => ({ kind: 'feature' as const, feature: f, weight: 1, bias: 0 });
const fixed = (value: number) => ({ kind: 'const' as const, value });

/**
 * The IQP embedding of Havlíček et al. (2019) as PennyLane's IQPEmbedding builds it, repeated r
 * times: H on every qubit, RZ(x_i) on qubit i, then RZZ(x_i·x_j) on every pair i < j. d qubits.
 */
export function iqpEmbedding(d: number, repeats: number): Embedding {
  const pairs: [number, number][] = [];
  for (let i = 0; i < d; i++) for (let j = i + 1; j < d; j++) pairs.push([i, j]);
  const ops: Operation[] = [];
  for (let r = 0; r < repeats; r++) {
    for (let q = 0; q < d; q++) ops.push({ gate: 'H', targets: [q] });
    for (let q = 0; q < d; q++) ops.push({ gate: 'RZ', targets: [q], params: [feature(q)] });
    pairs.forEach(([i, j], k) =>
      ops.push({ gate: 'RZZ', targets: [i, j], params: [feature(d + k)] }),
    );
  }
  return {
    circuit: { qubits: d, ops },
    width: d + pairs.length,
    features(x, xo, out, o) {
      for (let q = 0; q < d; q++) out[o + q] = x[xo + q]!;
      pairs.forEach(([i, j], k) => (out[o + d + k] = x[xo + i]! * x[xo + j]!));
    },
  };
}

/**
 * The Hamiltonian embedding of the projected quantum kernel (Huang et al. 2021, as the study
 * runs it): d + 1 qubits, a seeded random rotation Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) on each, then
 * `steps` Trotter steps of the Heisenberg chain, exp(−i·x_j·τ·(XX + YY + ZZ)/2) on qubits
 * (j, j + 1) for each feature j, with τ = t·d / steps.
 */
export function hamiltonianEmbedding(d: number, t: number, steps: number, seed: number): Embedding {
  const n = d + 1;
  const rng = createRng(seed);
  const ops: Operation[] = [];
  for (let q = 0; q < n; q++) {
    const [phi, theta, omega] = [0, 1, 2].map(() => 2 * Math.PI * rng.next()) as [number, number, number]; // prettier-ignore
    ops.push({ gate: 'RZ', targets: [q], params: [fixed(phi)] });
    ops.push({ gate: 'RY', targets: [q], params: [fixed(theta)] });
    ops.push({ gate: 'RZ', targets: [q], params: [fixed(omega)] });
  }
  const tau = (t * d) / steps;
  for (let s = 0; s < steps; s++)
    for (let j = 0; j < d; j++)
      for (const gate of ['RXX', 'RYY', 'RZZ'] as const)
        ops.push({ gate, targets: [j, j + 1], params: [feature(j)] });
  return {
    circuit: { qubits: n, ops },
    width: d,
    features(x, xo, out, o) {
      for (let j = 0; j < d; j++) out[o + j] = tau * x[xo + j]!;
    },
  };
}

const EMBEDDING_PARAMS = Float64Array.of(0, 1);

/**
 * The state of every row of x (rows × d) under the embedding: one Float64Array of 2^(n+1) numbers
 * (interleaved complex) per row, run in batches on the batched simulator.
 */
export function embedStates(
  emb: Embedding,
  x: Float64Array,
  rows: number,
  d: number,
): Float64Array[] {
  const n = emb.circuit.qubits;
  const capacity = batchCapacity(n, Math.min(rows, 256));
  const sim = createBatchSimulator(emb.circuit, capacity);
  const feats = new Float64Array(capacity * emb.width);
  const out: Float64Array[] = [];
  for (let start = 0; start < rows; start += capacity) {
    const count = Math.min(capacity, rows - start);
    for (let s = 0; s < count; s++) emb.features(x, (start + s) * d, feats, s * emb.width);
    sim.run(EMBEDDING_PARAMS, feats, count, emb.width, false);
    for (let s = 0; s < count; s++) out.push(sim.state(s).amp.slice());
  }
  return out;
}
