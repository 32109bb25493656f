// The quantum recurrent network as a next-token model: the forecaster's unrolled block
// (sequence/qrnnCore.ts) reading one token per step, token w_t as RY(E[w_t, j]) on data qubit j of
// D_t (E a trainable vocab × dataQubits table of angles), then ⟨Z⟩ of every qubit of the last
// step's registers (D_{T−1} ∪ H) into a linear head W·z + b, softmax, mean cross-entropy (nats).
//
// The gradient is exact, one batched adjoint pass per mini-batch. The embedding needs no per-input
// derivative: the simulated circuit writes step t's angle on qubit j as `vocab` RY rotations,
// rotation v reading the one-hot feature [w_t = v] with weight E[v, j] and a bias slot held at 0.
// RY rotations on one wire add their angles, so together they are RY(E[w_t, j]), and the batched
// adjoint's derivative of each weight is already the sum over inputs and steps that E[v, j] needs.
// The backward pass is seeded with the per-input observable Σ_i (∂L/∂⟨Z_i⟩)·Z_i, diagonal, so the
// one pass serves every readout qubit.

import type { Circuit, Operation, Rng } from '../../sim';
import { batchCapacity, createBatchSimulator } from '../../sim/batch';
import { miniBatchTraining } from '../miniBatchTraining';
import {
  qrnnBlockParamCount,
  qrnnCoreQubits,
  qrnnUnrolledCircuit,
  type QrnnCoreSpec,
  type QrnnEncoding,
} from '../sequence/qrnnCore';
import { checkTokens, checkTokenSpec, TOKEN_LIMITS, type NextTokenModel } from './nextToken';

/** The next-token QRNN's sizes. */
export interface QrnnTextSpec {
  /** Tokens (V), 2–16: rows of the embedding E and logits of the head. */
  vocab: number;
  /** Tokens read per prediction (T), 2–8: one step each. */
  context: number;
  /** Qubits of the history register H (carried from step to step). */
  historyQubits: number;
  /** Qubits of each step's data register D_t (one embedding angle each). */
  dataQubits: number;
  /** Hardware-efficient blocks per step, the same parameters at every step. */
  layers: number;
}

/** The limits createQrnnText checks beyond the core's (sizes ≥ 1, QRNN_MAX_QUBITS): [least, most]. */
export const QRNN_TEXT_LIMITS = TOKEN_LIMITS;

/** A next-token QRNN; its circuit is the unrolled one, drawn as the forecaster's. */
export interface QrnnText extends NextTokenModel {
  readonly spec: QrnnTextSpec;
}

/** The core's spec of the same block (steps = context). */
const coreSpec = (spec: QrnnTextSpec): QrnnCoreSpec => ({
  steps: spec.context,
  historyQubits: spec.historyQubits,
  dataQubits: spec.dataQubits,
  layers: spec.layers,
});

/**
 * Where the parts of the model sit in θ: the embedding E (V × nD, row-major: E[v, j] at v·nD + j,
 * radians) at 0; the blocks' angles (qrnnCore.ts order) at `block`; the head's W (V × (nD + nH),
 * row-major, columns in readout order: D_{T−1}'s qubits d1 …, then H's h1 …) at `head`; its bias
 * (V) at `bias`.
 */
export function qrnnTextLayout(spec: QrnnTextSpec): {
  block: number;
  head: number;
  bias: number;
  total: number;
} {
  const { vocab: V, historyQubits: nH, dataQubits: nD } = spec;
  const block = V * nD;
  const head = block + qrnnBlockParamCount(spec);
  const bias = head + V * (nH + nD);
  return { block, head, bias, total: bias + V };
}

/** Trainable parameters: V·nD + layers·(3·(nH + nD) + ring edges) + V·(nH + nD) + V. */
export function qrnnTextParamCount(spec: QrnnTextSpec): number {
  return qrnnTextLayout(spec).total;
}

/** Refuses a spec the model cannot take, with a message naming the field (and the qubit count). */
function checkSpec(spec: QrnnTextSpec): void {
  checkTokenSpec('quantum recurrent network', spec);
}

/**
 * The unrolled circuit to draw, shaped as the forecaster's: step t writes feature t·nD + j, the
 * angle E[w_t, j], as RY on qubit j of D_t through a weight slot `enc.d{j}.w` (1) and a bias slot
 * `enc.d{j}.b` (0), which lead the parameters; then the blocks (qrnnCore.ts).
 */
export function qrnnTextCircuit(spec: QrnnTextSpec): Circuit {
  checkSpec(spec);
  const nD = spec.dataQubits;
  const names: string[] = [];
  for (let j = 1; j <= nD; j++) names.push(`enc.d${j}.w`, `enc.d${j}.b`);
  return qrnnUnrolledCircuit(coreSpec(spec), 'context', {
    names,
    ops: (t, data) =>
      data.map((q, j) => ({ gate: 'RY', targets: [q], params: [{ kind: 'feature', feature: t * nD + j, weight: 2 * j, bias: 2 * j + 1 }] })), // prettier-ignore
  });
}

/**
 * The circuit the model simulates: parameters E (θ's first V·nD, names `e{v}.d{j}`), the blocks,
 * then one bias slot `zero` held at 0; features t·V + v = [w_t = v]. Step t, qubit j of D_t: for
 * each token v, RY(E[v, j]·[w_t = v] + 0).
 */
function oneHotCircuit(spec: QrnnTextSpec): Circuit {
  const { vocab: V, dataQubits: nD } = spec;
  const names: string[] = [];
  for (let v = 0; v < V; v++) for (let j = 1; j <= nD; j++) names.push(`e${v}.d${j}`);
  const zero = qrnnTextLayout(spec).head;
  const encoding: QrnnEncoding = {
    names,
    after: ['zero'],
    ops: (t, data) => {
      const ops: Operation[] = [];
      data.forEach((q, j) => {
        for (let v = 0; v < V; v++)
          ops.push({ gate: 'RY', targets: [q], params: [{ kind: 'feature', feature: t * V + v, weight: v * nD + j, bias: zero }] }); // prettier-ignore
      });
      return ops;
    },
  };
  return qrnnUnrolledCircuit(coreSpec(spec), 'context', encoding);
}

/** Most contexts one batched run takes (fewer for large circuits: batchCapacity). */
const BATCH = 256;

/**
 * A next-token QRNN with starting parameters from rng, drawn in θ's order: E uniform in (−π, π),
 * the blocks' angles uniform in (−1, 1) (as the forecaster's), the head's W Glorot-uniform over
 * V × (nD + nH); its bias 0. Throws a readable Error on a spec out of range (vocab 2–16, context
 * 2–8, sizes at least 1, at most QRNN_MAX_QUBITS qubits unrolled).
 */
export function createQrnnText(spec: QrnnTextSpec, rng: Rng): QrnnText {
  const circuit = qrnnTextCircuit(spec);
  const sim = oneHotCircuit(spec);
  const { vocab: V, context: T, historyQubits: nH, dataQubits: nD } = spec;
  const lay = qrnnTextLayout(spec);
  const numParams = lay.total;
  const n = qrnnCoreQubits(coreSpec(spec));
  const M = nH + nD; // readout values

  const theta = new Float64Array(numParams);
  for (let i = 0; i < lay.block; i++) theta[i] = Math.PI * (2 * rng.next() - 1);
  for (let i = lay.block; i < lay.head; i++) theta[i] = 2 * rng.next() - 1;
  const lim = Math.sqrt(6 / (V + M));
  for (let i = lay.head; i < lay.bias; i++) theta[i] = lim * (2 * rng.next() - 1);

  const batch = createBatchSimulator(sim, batchCapacity(n, BATCH));
  const cap = batch.capacity;
  const F = T * V; // features per input: one-hot token per step
  const xs = new Float64Array(cap * F);
  const circParams = new Float64Array(lay.head + 1); // E, blocks, the zero slot
  const circGrad = new Float64Array(lay.head + 1);

  // Readout through the marginal of D_{T−1} (the top nD bits) and H (the bottom nH bits): table
  // index (d << nH) | h, so readout i < nD is table bit nH + i and readout nD + h is table bit h.
  const tableSize = 1 << M;
  const midSize = 1 << (n - M);
  const topShift = n - nD;
  const sign = new Float64Array(tableSize * M); // sign[idx·M + i] = ±1: Z_i on table index idx
  for (let idx = 0; idx < tableSize; idx++)
    for (let i = 0; i < M; i++) {
      const bit = i < nD ? nH + i : i - nD;
      sign[idx * M + i] = (idx >> bit) & 1 ? -1 : 1;
    }
  const table = new Float64Array(tableSize);
  const z = new Float64Array(M);
  const prob = new Float64Array(V);

  /** Fills z with ⟨Z_i⟩ (readout order) of state s of the last run. */
  const readZ = (s: number): void => {
    const a = batch.state(s).amp;
    table.fill(0);
    for (let d = 0; d < 1 << nD; d++)
      for (let mid = 0; mid < midSize; mid++) {
        const base = (d << topShift) | (mid << nH);
        for (let h = 0; h < 1 << nH; h++) {
          const b = 2 * (base | h);
          const t = (d << nH) | h;
          table[t] = table[t]! + a[b]! * a[b]! + a[b + 1]! * a[b + 1]!;
        }
      }
    z.fill(0);
    for (let t = 0; t < tableSize; t++)
      for (let i = 0; i < M; i++) z[i] = z[i]! + table[t]! * sign[t * M + i]!;
  };

  /** prob = softmax(W·z + b); returns the cross-entropy −log prob[target] (stable form). */
  const softmax = (target: number): number => {
    let max = -Infinity;
    for (let v = 0; v < V; v++) {
      let u = theta[lay.bias + v]!;
      for (let i = 0; i < M; i++) u += theta[lay.head + v * M + i]! * z[i]!;
      prob[v] = u;
      max = Math.max(max, u);
    }
    const shifted = prob[target]! - max;
    let sum = 0;
    for (let v = 0; v < V; v++) sum += prob[v] = Math.exp(prob[v]! - max);
    for (let v = 0; v < V; v++) prob[v] = prob[v]! / sum;
    return Math.log(sum) - shifted;
  };

  /** Runs contexts idx[start …] (or start …) of `inputs`, c of them, as one-hot features. */
  const run = (
    inputs: Int32Array,
    idx: Int32Array | null,
    start: number,
    c: number,
    backward: boolean,
  ): void => {
    xs.fill(0, 0, c * F);
    for (let s = 0; s < c; s++) {
      const k = idx ? idx[start + s]! : start + s;
      for (let t = 0; t < T; t++) xs[s * F + t * V + inputs[k * T + t]!] = 1;
    }
    circParams.set(theta.subarray(0, lay.head));
    batch.run(circParams, xs, c, F, backward);
  };

  const dz = new Float64Array(M);
  const fac = new Float64Array(tableSize);
  /**
   * Cross-entropy of state s against `target`; adds weight·∇ of the head to g and seeds the
   * backward pass with weight·Σ_i (∂CE/∂⟨Z_i⟩)·Z_i|ψ⟩, one diagonal observable for all readouts.
   */
  const seedCrossEntropy = (s: number, target: number, weight: number, g: Float64Array): number => {
    readZ(s);
    const ce = softmax(target);
    dz.fill(0);
    for (let v = 0; v < V; v++) {
      const dl = weight * (prob[v]! - (v === target ? 1 : 0)); // ∂CE/∂logit_v
      g[lay.bias + v] = g[lay.bias + v]! + dl;
      for (let i = 0; i < M; i++) {
        const w = lay.head + v * M + i;
        g[w] = g[w]! + dl * z[i]!;
        dz[i] = dz[i]! + dl * theta[w]!;
      }
    }
    fac.fill(0);
    for (let t = 0; t < tableSize; t++)
      for (let i = 0; i < M; i++) fac[t] = fac[t]! + dz[i]! * sign[t * M + i]!;
    const a = batch.state(s).amp;
    const lam = batch.seed(s).amp;
    for (let d = 0; d < 1 << nD; d++)
      for (let mid = 0; mid < midSize; mid++) {
        const base = (d << topShift) | (mid << nH);
        for (let h = 0; h < 1 << nH; h++) {
          const b = 2 * (base | h);
          const f = fac[(d << nH) | h]!;
          lam[b] = f * a[b]!;
          lam[b + 1] = f * a[b + 1]!;
        }
      }
    return ce;
  };

  /** Contexts idx (or [0, count) when null) through forward and backward: adds weight·∇ to g. */
  const addLoss = (
    inputs: Int32Array,
    targets: Int32Array,
    idx: Int32Array | null,
    count: number,
    weight: number,
    g: Float64Array,
  ): number => {
    let loss = 0;
    for (let start = 0; start < count; start += cap) {
      const c = Math.min(cap, count - start);
      run(inputs, idx, start, c, true);
      for (let s = 0; s < c; s++)
        loss += seedCrossEntropy(s, targets[idx ? idx[start + s]! : start + s]!, weight, g);
      circGrad.fill(0);
      batch.backward(circGrad);
      for (let i = 0; i < lay.head; i++) g[i] = g[i]! + circGrad[i]!;
    }
    return loss;
  };

  return {
    spec: { ...spec },
    circuit,
    qubits: n,
    vocab: V,
    context: T,
    numParams,
    theta,
    probabilities(inputs, count) {
      checkTokens(T, V, inputs, null, count);
      const out = new Float64Array(count * V);
      for (let start = 0; start < count; start += cap) {
        const c = Math.min(cap, count - start);
        run(inputs, null, start, c, false);
        for (let s = 0; s < c; s++) {
          readZ(s);
          softmax(0);
          out.set(prob, (start + s) * V);
        }
      }
      return out;
    },
    ...miniBatchTraining(
      theta,
      (inputs: Int32Array, targets: Int32Array, count: number) =>
        checkTokens(T, V, inputs, targets, count),
      addLoss,
    ),
  };
}
