// The benchmark's separable variational classifier ("Better than classical?", arXiv 2403.07059;
// qml-benchmarks' SeparableVariationalClassifier): on each of d qubits, layers of Rot(w) then
// RY(x_i), a final Rot; P(+1) = σ(6·mean_i⟨Z_i⟩), cross-entropy. Without entanglement the state is
// a product, so each qubit runs alone as a one-qubit circuit: exactly the d-qubit model, far cheaper.

import type { Circuit, Operation, Rng } from '../../sim';
import { batchCapacity, type BatchSimulator } from '../../sim/batchApi';
import { createBatchSimulator } from '../../sim/batch';
import type { VariationalModel, VariationalModelDef } from './variational';

/** Logistic scale of the study: a relevant domain of the sigmoid is [−6, 6]. */
export const LOGIT_SCALE = 6;

/**
 * One qubit's circuit for L encoding layers: parameters 0 … 3(L+1) − 1 are w[l, k] at 3l + k
 * (Rot(w₀, w₁, w₂) = RZ(w₂)·RY(w₁)·RZ(w₀)), then one held at 1 and one at 0, the weight and bias
 * of the encoding RY(1·x + 0). Feature 0 is the qubit's input.
 */
export function separableQubitCircuit(layers: number): Circuit {
  const one = 3 * (layers + 1);
  const ops: Operation[] = [];
  const rot = (l: number) => {
    ops.push({ gate: 'RZ', targets: [0], params: [{ kind: 'param', index: 3 * l }] });
    ops.push({ gate: 'RY', targets: [0], params: [{ kind: 'param', index: 3 * l + 1 }] });
    ops.push({ gate: 'RZ', targets: [0], params: [{ kind: 'param', index: 3 * l + 2 }] });
  };
  for (let l = 0; l < layers; l++) {
    rot(l);
    ops.push({
      gate: 'RY',
      targets: [0],
      params: [{ kind: 'feature', feature: 0, weight: one, bias: one + 1 }],
    });
  }
  rot(layers);
  return { qubits: 1, ops };
}

/** Rows per batched run. */
const BATCH = 256;

/** σ(v) = 1/(1 + e^−v). */
const sigmoid = (v: number): number => 1 / (1 + Math.exp(-v));

/** Binary cross-entropy of logit v against target t ∈ {0, 1}, stable for large |v|. */
const bce = (v: number, t: number): number =>
  Math.max(v, 0) - v * t + Math.log1p(Math.exp(-Math.abs(v)));

/**
 * The separable classifier for d features (d qubits). Parameters: w[q, l, k] at q·3(L+1) + 3l + k.
 * `meanZ` gives mean_q⟨Z_q⟩ per row, the model's output before the sigmoid.
 */
export function createSeparableModel(
  d: number,
  layers: number,
): VariationalModel & { meanZ(theta: Float64Array, x: Float64Array, rows: number): Float64Array } {
  const per = 3 * (layers + 1);
  const circuit = separableQubitCircuit(layers);
  const cap = batchCapacity(1, BATCH);
  // One simulator per qubit: each keeps its own run for the backward pass.
  const sims: BatchSimulator[] = Array.from({ length: d }, () =>
    createBatchSimulator(circuit, cap),
  );
  const params = Array.from({ length: d }, () => new Float64Array(per + 2));
  const grads = Array.from({ length: d }, () => new Float64Array(per + 2));
  const xs = new Float64Array(cap);
  const z = new Float64Array(cap * d);

  /** Runs every qubit on count rows; z[s·d + q] = ⟨Z_q⟩ of row s. */
  const forward = (
    theta: Float64Array,
    x: Float64Array,
    row: (s: number) => number,
    count: number,
    keep: boolean,
  ): void => {
    for (let q = 0; q < d; q++) {
      const p = params[q]!;
      p.set(theta.subarray(q * per, (q + 1) * per));
      p[per] = 1;
      p[per + 1] = 0;
      for (let s = 0; s < count; s++) xs[s] = x[row(s) * d + q]!;
      const sim = sims[q]!;
      sim.run(p, xs, count, 1, keep);
      for (let s = 0; s < count; s++) {
        const a = sim.state(s).amp;
        z[s * d + q] = a[0]! ** 2 + a[1]! ** 2 - a[2]! ** 2 - a[3]! ** 2;
      }
    }
  };

  const meanZ = (theta: Float64Array, x: Float64Array, rows: number): Float64Array => {
    const out = new Float64Array(rows);
    for (let start = 0; start < rows; start += cap) {
      const c = Math.min(cap, rows - start);
      forward(theta, x, (s) => start + s, c, false);
      for (let s = 0; s < c; s++) {
        let sum = 0;
        for (let q = 0; q < d; q++) sum += z[s * d + q]!;
        out[start + s] = sum / d;
      }
    }
    return out;
  };

  return {
    numParams: d * per,
    frozen: [],
    meanZ,
    init(rng: Rng) {
      // The study: every angle uniform in [0, 2π).
      return Float64Array.from({ length: d * per }, () => 2 * Math.PI * rng.next());
    },
    lossAndGrad(theta, x, y, idx, grad) {
      const m = idx.length;
      let loss = 0;
      for (let start = 0; start < m; start += cap) {
        const c = Math.min(cap, m - start);
        forward(theta, x, (s) => idx[start + s]!, c, true);
        for (let s = 0; s < c; s++) {
          let sum = 0;
          for (let q = 0; q < d; q++) sum += z[s * d + q]!;
          const v = (LOGIT_SCALE * sum) / d;
          const t = y[idx[start + s]!]! > 0 ? 1 : 0;
          loss += bce(v, t);
          // ∂L/∂⟨Z_q⟩ = (σ(v) − t)·6/d per row, over the batch mean; λ = that · Z|ψ⟩.
          const g = ((sigmoid(v) - t) * LOGIT_SCALE) / d / m;
          for (let q = 0; q < d; q++) {
            const a = sims[q]!.state(s).amp;
            const lam = sims[q]!.seed(s).amp;
            lam[0] = g * a[0]!;
            lam[1] = g * a[1]!;
            lam[2] = -g * a[2]!;
            lam[3] = -g * a[3]!;
          }
        }
        for (let q = 0; q < d; q++) {
          const gq = grads[q]!;
          gq.fill(0);
          sims[q]!.backward(gq);
          for (let i = 0; i < per; i++) grad[q * per + i] = grad[q * per + i]! + gq[i]!;
        }
      }
      return loss / m;
    },
    predict(theta, x, rows) {
      // The study's rule: P(+1) = (1 + mean⟨Z⟩)/2 against P(−1); a tie goes to −1.
      return Int8Array.from(meanZ(theta, x, rows), (v) => (v > 0 ? 1 : -1));
    },
  };
}

/** The separable variational model (its grid and defaults: the schema's model list). */
export const SEPARABLE_VARIATIONAL: VariationalModelDef = {
  id: 'separableVariational',
  create: (d, h) => createSeparableModel(d, h.layers!),
};
