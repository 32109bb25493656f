// The benchmark's IQP variational classifier ("Better than classical?", arXiv 2403.07059, as
// qml-benchmarks' IQPVariationalClassifier codes it): the IQP embedding of x, then PennyLane's
// StronglyEntanglingLayers with CZ entanglers, f(x) = ⟨Z₀Z₁⟩, trained on mean (1 − y·f)/2.

import type { Circuit, Operation } from '../../sim';
import { iqpEmbedding } from './embeddings';
import { circuitRows } from './circuitRows';
import type { VariationalModel, VariationalModelDef } from './variational';

/**
 * The entangling pairs of layer l of PennyLane's StronglyEntanglingLayers on n wires, in order:
 * (i, (i + r) mod n) for every wire i, with range r = (l mod (n − 1)) + 1; none for n = 1. On
 * two wires that is (0, 1) then (1, 0), as PennyLane applies it.
 */
export function stronglyEntanglingPairs(n: number, layer: number): [number, number][] {
  if (n < 2) return [];
  const r = (layer % (n - 1)) + 1;
  return Array.from({ length: n }, (_, i) => [i, (i + r) % n] as [number, number]);
}

/**
 * Where each parameter lives for n qubits and L layers: params[0] = 0 and params[1] = 1, the bias
 * and weight of every embedding angle (frozen), then w[l, q, k] at 2 + 3(l·n + q) + k, the
 * Rot(w₀, w₁, w₂) = RZ(w₂)·RY(w₁)·RZ(w₀) of qubit q in layer l.
 */
export const weightIndex = (n: number, l: number, q: number, k: number): number =>
  2 + 3 * (l * n + q) + k;

/**
 * The circuit on d qubits: the IQP embedding (embeddings.ts, repeated) reading the expanded
 * features x_i and x_i·x_j, then L layers of Rot on every qubit and CZ on each layer's pairs.
 */
export function iqpVariationalCircuit(d: number, repeats: number, layers: number): Circuit {
  const ops: Operation[] = [...iqpEmbedding(d, repeats).circuit.ops];
  const param = (index: number) => ({ kind: 'param' as const, index });
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < d; q++) {
      ops.push({ gate: 'RZ', targets: [q], params: [param(weightIndex(d, l, q, 0))] });
      ops.push({ gate: 'RY', targets: [q], params: [param(weightIndex(d, l, q, 1))] });
      ops.push({ gate: 'RZ', targets: [q], params: [param(weightIndex(d, l, q, 2))] });
    }
    for (const [a, b] of stronglyEntanglingPairs(d, l)) ops.push({ gate: 'CZ', targets: [a, b] });
  }
  return { qubits: d, ops };
}

/** ⟨Z₀Z₁⟩ of a state on n ≥ 2 qubits (qubit q is bit q of the basis index). */
export function z0z1(amp: Float64Array, n: number): number {
  let e = 0;
  for (let b = 0; b < 1 << n; b++) {
    const p = amp[2 * b]! ** 2 + amp[2 * b + 1]! ** 2;
    e += (b ^ (b >> 1)) & 1 ? -p : p;
  }
  return e;
}

/** The embedding's bias and weight (parameters 0 and 1), held at 0 and 1. */
const FROZEN: readonly number[] = [0, 1];

/** The IQP variational classifier for d ≥ 2 features (d qubits). */
export function createIqpVariationalModel(
  d: number,
  repeats: number,
  layers: number,
): VariationalModel & {
  circuit: Circuit;
  /** f(x) = ⟨Z₀Z₁⟩ of each of the rows of x (scaled, d per row). */
  expectations(theta: Float64Array, x: Float64Array, rows: number): Float64Array;
} {
  if (d < 2) throw new Error(`IQP variational: it reads ⟨Z₀Z₁⟩ and needs 2 features, not ${d}.`);
  const emb = iqpEmbedding(d, repeats);
  const width = emb.width;
  const circuit = iqpVariationalCircuit(d, repeats, layers);
  const numParams = weightIndex(d, layers, 0, 0);
  const size = 1 << d;
  // The embedding reads only the row and its frozen bias and weight: its states are kept.
  const rows = circuitRows(circuit, width, (x, r, out, o) => emb.features(x, r * d, out, o), {
    prefix: emb.circuit.ops.length,
    frozen: FROZEN,
  });

  const expectations = (theta: Float64Array, x: Float64Array, count: number): Float64Array => {
    const out = new Float64Array(count);
    rows.forward(theta, x, count, (r, amp) => (out[r] = z0z1(amp, d)));
    return out;
  };

  return {
    circuit,
    numParams,
    frozen: FROZEN,
    init(rng) {
      // The study: every Rot angle uniform in [0, 2π); the embedding's bias 0 and weight 1.
      const theta = new Float64Array(numParams);
      theta[1] = 1;
      for (let i = 2; i < numParams; i++) theta[i] = 2 * Math.PI * rng.next();
      return theta;
    },
    lossAndGrad(theta, x, y, idx, grad) {
      const m = idx.length;
      const loss = rows.loss(theta, x, idx, grad, (r, amp, lam) => {
        const yy = y[r]!;
        // The probability of a wrong label, (1 − y·f)/2; ∂/∂f = −y/2 per row of the mean.
        const g = -yy / 2 / m;
        for (let b = 0; b < size; b++) {
          const v = (b ^ (b >> 1)) & 1 ? -g : g;
          lam[2 * b] = v * amp[2 * b]!;
          lam[2 * b + 1] = v * amp[2 * b + 1]!;
        }
        return (1 - yy * z0z1(amp, d)) / 2;
      });
      return loss / m;
    },
    expectations,
    predict(theta, x, rows) {
      // The study's rule: argmax of ((1 − f)/2, (1 + f)/2) over the classes (−1, +1); a tie is −1.
      return Int8Array.from(expectations(theta, x, rows), (f) => (f > 0 ? 1 : -1));
    },
  };
}

/**
 * The IQP variational model (its grid and defaults: the schema's model list, entry
 * 'iqpVariational'). Typed by its shape so that it becomes a VariationalModelDef as soon as the
 * schema lists the id, without a cast.
 */
export const IQP_VARIATIONAL: VariationalModelDef = {
  id: 'iqpVariational',
  create: (d, h) => createIqpVariationalModel(d, h.repeats!, h.layers!),
};
