// The benchmark's dressed quantum circuit (Mari et al. 2020, as "Better than classical?", arXiv
// 2403.07059, codes it in qml-benchmarks' DressedQuantumCircuitClassifier): a = π/2·tanh(W_in·x),
// H and RY(a_i) on d qubits, layers of RY(w) and a CNOT ring, logits W_out·⟨Z⟩, softmax
// cross-entropy.

import type { Circuit, Operation } from '../../sim';
import { batchCapacity } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';
import type { VariationalModel, VariationalModelDef } from './variational';

/** PennyLane's "ring" pattern on n wires: (i, i + 1 mod n); just (0, 1) on two, none on one. */
export function ringPairs(n: number): [number, number][] {
  if (n < 2) return [];
  if (n === 2) return [[0, 1]];
  return Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as [number, number]);
}

/**
 * Where each parameter lives for d features, n = d qubits and L layers: w[l, q] (RY angle) at
 * l·n + q; W_in[i, j] (qubit i, feature j) at inW + i·d + j; W_out[c, i] (class c ∈ {0: −1,
 * 1: +1}) at outW + c·n + i; then one held at 0 and one at 1 (bias and weight of the encoding);
 * then the taps u[i, j] at tap + i·d + j, held at 0 (see dressedCircuit).
 */
export interface DressedLayout {
  qubits: number;
  layers: number;
  inW: number;
  outW: number;
  zero: number;
  one: number;
  tap: number;
  numParams: number;
}

export function dressedLayout(d: number, layers: number): DressedLayout {
  const n = d;
  const inW = layers * n;
  const outW = inW + n * d;
  const zero = outW + 2 * n;
  return { qubits: n, layers, inW, outW, zero, one: zero + 1, tap: zero + 2, numParams: zero + 2 + n * d }; // prettier-ignore
}

/**
 * The circuit on features f (n + n·d per input): f_i = a_i, the encoding angle of qubit i, and
 * f_{n + i·d + j} = ∂a_i/∂W_in[i, j] = π/2·(1 − tanh²(z_i))·x_j. After H and RY(a_i), qubit i
 * gets d taps RY(u[i, j]·f_{n + i·d + j}) with u held at 0: they change nothing, but RY angles on
 * one wire add, so the adjoint gradient in u[i, j] summed over the batch is Σ_rows ∂L/∂a_i ·
 * ∂a_i/∂W_in[i, j] = ∂L/∂W_in[i, j], the chain rule per input that a shared binding cannot give.
 */
export function dressedCircuit(lay: DressedLayout, d: number): Circuit {
  const { qubits: n, layers: L } = lay;
  const ops: Operation[] = [];
  for (let q = 0; q < n; q++) {
    ops.push({ gate: 'H', targets: [q] });
    ops.push({
      gate: 'RY',
      targets: [q],
      params: [{ kind: 'feature', feature: q, weight: lay.one, bias: lay.zero }],
    });
    for (let j = 0; j < d; j++)
      ops.push({
        gate: 'RY',
        targets: [q],
        params: [{ kind: 'feature', feature: n + q * d + j, weight: lay.tap + q * d + j, bias: lay.zero }], // prettier-ignore
      });
  }
  for (let l = 0; l < L; l++) {
    for (let q = 0; q < n; q++)
      ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'param', index: l * n + q }] });
    for (const [a, b] of ringPairs(n)) ops.push({ gate: 'CNOT', targets: [a, b] });
  }
  return { qubits: n, ops };
}

/** Rows per batched run. */
const BATCH = 256;

/** The dressed quantum circuit for d features (d qubits). */
export function createDressedModel(
  d: number,
  layers: number,
): VariationalModel & {
  layout: DressedLayout;
  circuit: Circuit;
  /** The two logits (class −1, class +1) of each of the rows of x: out[2r + c]. */
  logits(theta: Float64Array, x: Float64Array, rows: number): Float64Array;
} {
  const lay = dressedLayout(d, layers);
  const { qubits: n, inW, outW } = lay;
  const width = n + n * d;
  const circuit = dressedCircuit(lay, d);
  const sim = createBatchSimulator(circuit, batchCapacity(n, BATCH));
  const cap = sim.capacity;
  const xs = new Float64Array(cap * width);
  const z = new Float64Array(cap * n);
  const scratch = new Float64Array(lay.numParams);
  const size = 1 << n;
  const halfPi = Math.PI / 2;

  /** The circuit's features of rows row(0 … count − 1); the taps' only with `taps`. */
  const load = (
    theta: Float64Array,
    x: Float64Array,
    row: (s: number) => number,
    count: number,
    taps: boolean,
  ): void => {
    xs.fill(0, 0, count * width);
    for (let s = 0; s < count; s++) {
      const xo = row(s) * d;
      const o = s * width;
      for (let i = 0; i < n; i++) {
        let zi = 0;
        for (let j = 0; j < d; j++) zi += theta[inW + i * d + j]! * x[xo + j]!;
        const t = Math.tanh(zi);
        xs[o + i] = halfPi * t;
        if (taps) {
          const slope = halfPi * (1 - t * t);
          for (let j = 0; j < d; j++) xs[o + n + i * d + j] = slope * x[xo + j]!;
        }
      }
    }
  };

  /** ⟨Z_i⟩ of the last run's input s into z[s·n + i]. */
  const readZ = (count: number): void => {
    z.fill(0, 0, count * n);
    for (let s = 0; s < count; s++) {
      const amp = sim.state(s).amp;
      for (let b = 0; b < size; b++) {
        const p = amp[2 * b]! ** 2 + amp[2 * b + 1]! ** 2;
        for (let i = 0; i < n; i++) z[s * n + i] = z[s * n + i]! + ((b >> i) & 1 ? -p : p);
      }
    }
  };

  const logit = (theta: Float64Array, s: number, c: number): number => {
    let o = 0;
    for (let i = 0; i < n; i++) o += theta[outW + c * n + i]! * z[s * n + i]!;
    return o;
  };

  const logits = (theta: Float64Array, x: Float64Array, rows: number): Float64Array => {
    const out = new Float64Array(2 * rows);
    for (let start = 0; start < rows; start += cap) {
      const c = Math.min(cap, rows - start);
      load(theta, x, (s) => start + s, c, false);
      sim.run(theta, xs, c, width, false);
      readZ(c);
      for (let s = 0; s < c; s++) {
        out[2 * (start + s)] = logit(theta, s, 0);
        out[2 * (start + s) + 1] = logit(theta, s, 1);
      }
    }
    return out;
  };

  return {
    layout: lay,
    circuit,
    numParams: lay.numParams,
    frozen: Array.from({ length: 2 + n * d }, (_, k) => lay.zero + k),
    init(rng) {
      // The study: RY angles uniform in [0, 2π); W_in and W_out standard normal / d.
      const theta = new Float64Array(lay.numParams);
      for (let i = 0; i < inW; i++) theta[i] = 2 * Math.PI * rng.next();
      for (let i = inW; i < lay.zero; i++) theta[i] = rng.normal() / d;
      theta[lay.one] = 1;
      return theta;
    },
    lossAndGrad(theta, x, y, idx, grad) {
      const m = idx.length;
      let loss = 0;
      for (let start = 0; start < m; start += cap) {
        const c = Math.min(cap, m - start);
        load(theta, x, (s) => idx[start + s]!, c, true);
        sim.run(theta, xs, c, width, true);
        readZ(c);
        for (let s = 0; s < c; s++) {
          const o0 = logit(theta, s, 0);
          const o1 = logit(theta, s, 1);
          const top = Math.max(o0, o1);
          const lse = top + Math.log(Math.exp(o0 - top) + Math.exp(o1 - top));
          const pos = y[idx[start + s]!]! > 0;
          loss += lse - (pos ? o1 : o0);
          // ∂L/∂o_c = softmax_c − [c is the label], per row of the mean.
          const d0 = (Math.exp(o0 - lse) - (pos ? 0 : 1)) / m;
          const d1 = (Math.exp(o1 - lse) - (pos ? 1 : 0)) / m;
          const amp = sim.state(s).amp;
          const lam = sim.seed(s).amp;
          lam.fill(0);
          for (let i = 0; i < n; i++) {
            const zi = z[s * n + i]!;
            grad[outW + i] = grad[outW + i]! + d0 * zi;
            grad[outW + n + i] = grad[outW + n + i]! + d1 * zi;
            // λ = Σ_i ∂L/∂⟨Z_i⟩ · Z_i|ψ⟩.
            const dz = d0 * theta[outW + i]! + d1 * theta[outW + n + i]!;
            for (let b = 0; b < size; b++) {
              const v = (b >> i) & 1 ? -dz : dz;
              lam[2 * b] = lam[2 * b]! + v * amp[2 * b]!;
              lam[2 * b + 1] = lam[2 * b + 1]! + v * amp[2 * b + 1]!;
            }
          }
        }
        scratch.fill(0);
        sim.backward(scratch);
        for (let k = 0; k < inW; k++) grad[k] = grad[k]! + scratch[k]!;
        // The taps' gradients are W_in's (dressedCircuit); the taps themselves stay at 0.
        for (let k = 0; k < n * d; k++) grad[inW + k] = grad[inW + k]! + scratch[lay.tap + k]!;
      }
      return loss / m;
    },
    logits,
    predict(theta, x, rows) {
      // The study's rule: argmax of the softmax over (−1, +1); a tie goes to −1.
      const o = logits(theta, x, rows);
      return Int8Array.from({ length: rows }, (_, r) => (o[2 * r + 1]! > o[2 * r]! ? 1 : -1));
    },
  };
}

/**
 * The dressed quantum circuit (its grid and defaults: the schema's model list, entry 'dressed').
 * Typed by its shape so that it becomes a VariationalModelDef as soon as the schema lists the id.
 */
export const DRESSED: VariationalModelDef = {
  id: 'dressed',
  create: (d, h) => createDressedModel(d, h.layers!),
};
