// The quantum LSTM's cell, shared by the forecaster (qlstm.ts: one value per step, one output,
// squared error) and the next-token model (text/qlstmText.ts: a one-hot token per step, a logit
// per token, cross-entropy). Per step t, with v_t = [input_t, h_{t−1}] (m + h wide):
//   z = A_g·v_t + a_g (n), q = ⟨Z⟩ of the gate's circuit on z (qlstmCircuit.ts), u_g = B_g·q + b_g (h),
//   f = σ(u_f), i = σ(u_i), g̃ = tanh(u_g̃), o = σ(u_o), c_t = f∘c_{t−1} + i∘g̃, h_t = o∘tanh(c_t),
// and the head y = W·h_{T−1} + b (r outputs); the loss is a plug-in that turns y into a loss and
// ∂loss/∂y. A step's input is one column of A's input part times a value (x_t in column 0, or the
// token's column times 1), so a one-hot input costs a column lookup, not m multiplications.
//
// The gradient is exact: backpropagation through time, with the batched simulator's adjoint for
// each circuit. The backward pass re-runs each step's circuit (the simulator keeps one run) in the
// probe circuit, whose probe slots give every input's ∂L/∂(encoding angle) from the one batched
// backward (the encoding's own bias slot would give only their sum over the batch); the chain
// rule then goes through arctan to z, A_g, a_g and h_{t−1}.

import type { Circuit, Rng } from '../../sim';
import { batchCapacity, createBatchSimulator } from '../../sim/batch';
import {
  encodingSlot,
  qlstmGateCircuit,
  qlstmLayout,
  qlstmProbeCircuit,
  type QlstmLayout,
  type QlstmSpec,
} from './qlstmCircuit';

/** A QLSTM cell's sizes: a QlstmSpec (window = steps T) with the width of its input and head. */
export interface QlstmCoreSpec extends QlstmSpec {
  /** Width m of a step's input: 1 (a value x_t) or the vocabulary (a one-hot token). */
  inputs: number;
  /** Outputs r of the linear head W·h_{T−1} + b: 1 (a forecast) or the vocabulary (logits). */
  outputs: number;
}

/**
 * The examples' step inputs: step t of example k is column cols[k·T + t] of A's input part (0 when
 * cols is null) times vals[k·T + t] (1 when vals is null).
 */
export interface QlstmInputs {
  readonly cols: Int32Array | null;
  readonly vals: Float64Array | null;
}

/**
 * A head's loss on one example k: reads its r outputs y[at … at+r), writes ∂(weight·loss)/∂y to
 * dy[at … at+r) and returns the loss (unweighted).
 */
export type QlstmLoss = (
  y: Float64Array,
  dy: Float64Array,
  at: number,
  k: number,
  weight: number,
) => number;

/** The cell with its parameters; a model wraps it with its data checks and its loss. */
export interface QlstmCore {
  /** One gate's circuit (all four have this shape), for drawing. */
  readonly circuit: Circuit;
  readonly layout: QlstmLayout;
  /** The trainable parameters, laid out by qlstmLayout(spec, inputs, outputs). */
  readonly theta: Float64Array;
  /** The head's outputs of examples [0, count): out[k·r + i]. */
  outputs(x: QlstmInputs, count: number): Float64Array;
  /**
   * Examples idx (or [0, count) when idx is null) through forward and backward: returns the sum
   * of their losses and adds weight·∇ of that sum to grad.
   */
  addLoss(
    x: QlstmInputs,
    loss: QlstmLoss,
    idx: Int32Array | null,
    count: number,
    weight: number,
    grad: Float64Array,
  ): number;
}

/** Most examples one forward run takes (outputs). */
const BATCH = 256;
/** Examples per backward run: the probe circuit has this many probes per encoding rotation. */
const PROBES = 8;

const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

/**
 * A QLSTM cell with starting parameters from rng, drawn in θ's order: per gate A (Glorot-uniform
 * over n × (m+h)), the circuit angles (uniform in (−1, 1)), B (Glorot); then the head's W
 * (Glorot over r × h). Biases are 0 but the forget gate's b_f = 1. The gate circuit
 * (qlstmCircuit.ts) checks the QlstmSpec part with readable errors; inputs and outputs are the
 * wrapping model's to check.
 */
export function createQlstmCore(spec: QlstmCoreSpec, rng: Rng): QlstmCore {
  const circuit = qlstmGateCircuit(spec);
  const probeCircuit = qlstmProbeCircuit(spec, PROBES);
  const { window: T, qubits: n, hidden: h, layers: L, inputs: m, outputs: r } = spec;
  const lay = qlstmLayout(spec, m, r);
  const nAng = 3 * n * L;
  const v1 = m + h; // row length of A

  const theta = new Float64Array(lay.total);
  const glorot = (at: number, rows: number, cols: number): void => {
    const lim = Math.sqrt(6 / (rows + cols));
    for (let i = 0; i < rows * cols; i++) theta[at + i] = lim * (2 * rng.next() - 1);
  };
  for (let g = 0; g < 4; g++) {
    const o = g * lay.gate;
    glorot(o + lay.A, n, v1);
    for (let i = 0; i < nAng; i++) theta[o + lay.angles + i] = 2 * rng.next() - 1;
    glorot(o + lay.B, h, n);
    if (g === 0) theta.fill(1, o + lay.b, o + lay.b + h);
  }
  glorot(lay.head, r, h);
  const headBias = lay.head + r * h;

  const plain = createBatchSimulator(circuit, batchCapacity(n, BATCH));
  const probe = createBatchSimulator(probeCircuit, PROBES);
  const cap = plain.capacity;
  const F = 2 * n + PROBES; // features per input: the 2n angles, then the probe one-hot
  const probeBase = nAng + 4 * n;
  // Each gate's circuit parameters: its angles (copied from θ per pass), weight slots 1, rest 0.
  const circ = Array.from({ length: 4 }, () => new Float64Array(probe.numParams));
  for (const c of circ) for (let j = 0; j < 2 * n; j++) c[encodingSlot(spec, j).weight] = 1;
  const feats = new Float64Array(cap * F);
  for (let s = 0; s < PROBES; s++) feats[s * F + 2 * n + s] = 1;
  const scratch = new Float64Array(probe.numParams);

  // What the forward pass keeps for the backward: per step t (and gate g) and example slot s.
  const ks = new Int32Array(cap); // the example in slot s
  const cols = new Int32Array(cap * T); // step input: column …
  const vals = new Float64Array(cap * T); // … and value
  const Hs = new Float64Array(T * cap * h); // h_{t−1}
  const Z = new Float64Array(T * 4 * cap * n); // z
  const Q = new Float64Array(T * 4 * cap * n); // ⟨Z_k⟩
  const G = new Float64Array(T * 4 * cap * h); // f, i, g̃, o
  const C = new Float64Array(T * cap * h); // c_t
  const Y = new Float64Array(cap * r); // head outputs
  const dY = new Float64Array(cap * r);
  const dh = new Float64Array(cap * h);
  const dc = new Float64Array(cap * h);
  const du = new Float64Array(4 * cap * h);
  const dq = new Float64Array(cap * n);
  const dvh = new Float64Array(cap * h); // ∂L/∂h_{t−1}, gathered over the gates

  const zero = new Float64Array(cap * h);
  const cellAt = (t: number): Float64Array =>
    t < 0 ? zero : C.subarray(t * cap * h, (t + 1) * cap * h);
  const gateAt = (t: number, g: number): number => (t * 4 + g) * cap;

  /** Puts examples ks[0 … c) of x into the slots' step inputs. */
  const load = (x: QlstmInputs, c: number): void => {
    for (let s = 0; s < c; s++)
      for (let t = 0; t < T; t++) {
        const at = ks[s]! * T + t;
        cols[s * T + t] = x.cols ? x.cols[at]! : 0;
        vals[s * T + t] = x.vals ? x.vals[at]! : 1;
      }
  };

  /** Writes step t's encoding angles of gate g for slots [0, c) into feats. */
  const encode = (t: number, g: number, c: number): void => {
    const zo = gateAt(t, g) * n;
    for (let s = 0; s < c; s++)
      for (let k = 0; k < n; k++) {
        const z = Z[zo + s * n + k]!;
        feats[s * F + 2 * k] = Math.atan(z);
        feats[s * F + 2 * k + 1] = Math.atan(z * z);
      }
  };

  /** Forward pass over slots [0, c) (loaded): keeps every step's values, writes Y. */
  const forward = (c: number): void => {
    for (let g = 0; g < 4; g++) circ[g]!.set(theta.subarray(g * lay.gate + lay.angles, g * lay.gate + lay.angles + nAng)); // prettier-ignore
    for (let t = 0; t < T; t++) {
      const ho = t * cap * h;
      for (let s = 0; s < c; s++)
        for (let j = 0; j < h; j++)
          Hs[ho + s * h + j] = t === 0 ? 0 : G[gateAt(t - 1, 3) * h + s * h + j]! * Math.tanh(C[(t - 1) * cap * h + s * h + j]!); // prettier-ignore
      for (let g = 0; g < 4; g++) {
        const o = g * lay.gate;
        const zo = gateAt(t, g) * n;
        for (let s = 0; s < c; s++) {
          const col = cols[s * T + t]!;
          const val = vals[s * T + t]!;
          for (let k = 0; k < n; k++) {
            let z = theta[o + lay.a + k]! + theta[o + lay.A + k * v1 + col]! * val;
            for (let j = 0; j < h; j++) z += theta[o + lay.A + k * v1 + m + j]! * Hs[ho + s * h + j]!; // prettier-ignore
            Z[zo + s * n + k] = z;
          }
        }
        encode(t, g, c);
        plain.run(circ[g]!, feats, c, F, false);
        for (let s = 0; s < c; s++) {
          const a = plain.state(s).amp;
          for (let k = 0; k < n; k++) {
            const bit = 1 << k;
            let e = 0;
            for (let b = 0; b < 1 << n; b++) {
              const p = a[2 * b]! ** 2 + a[2 * b + 1]! ** 2;
              e += b & bit ? -p : p;
            }
            Q[zo + s * n + k] = e;
          }
          for (let j = 0; j < h; j++) {
            let u = theta[o + lay.b + j]!;
            for (let k = 0; k < n; k++) u += theta[o + lay.B + j * n + k]! * Q[zo + s * n + k]!;
            G[gateAt(t, g) * h + s * h + j] = g === 2 ? Math.tanh(u) : sigmoid(u);
          }
        }
      }
      const prev = cellAt(t - 1);
      const cur = cellAt(t);
      for (let s = 0; s < c; s++)
        for (let j = 0; j < h; j++) {
          const at = s * h + j;
          const gate = (g: number): number => G[gateAt(t, g) * h + at]!;
          cur[at] = gate(0) * prev[at]! + gate(1) * gate(2);
        }
    }
    // The head, as W·(o∘tanh c) but multiplied in the order (W∘o)∘tanh c: the forecaster's results
    // stay bit for bit those of its first implementation.
    const cLast = cellAt(T - 1);
    const oLast = gateAt(T - 1, 3) * h;
    for (let s = 0; s < c; s++)
      for (let i = 0; i < r; i++) {
        let y = theta[headBias + i]!;
        for (let j = 0; j < h; j++)
          y += theta[lay.head + i * h + j]! * G[oLast + s * h + j]! * Math.tanh(cLast[s * h + j]!); // prettier-ignore
        Y[s * r + i] = y;
      }
  };

  /** The losses of slots [0, c) (forward done); adds weight·∇ of their sum to grad. */
  const backward = (c: number, lossOf: QlstmLoss, weight: number, grad: Float64Array): number => {
    let loss = 0;
    const cLast = cellAt(T - 1);
    const oLast = gateAt(T - 1, 3) * h;
    for (let s = 0; s < c; s++) {
      loss += lossOf(Y, dY, s * r, ks[s]!, weight);
      for (let i = 0; i < r; i++) {
        const dy = dY[s * r + i]!;
        grad[headBias + i] = grad[headBias + i]! + dy;
        for (let j = 0; j < h; j++) {
          const wi = lay.head + i * h + j;
          grad[wi] = grad[wi]! + dy * (G[oLast + s * h + j]! * Math.tanh(cLast[s * h + j]!));
          dh[s * h + j] = i === 0 ? dy * theta[wi]! : dh[s * h + j]! + dy * theta[wi]!;
        }
      }
      for (let j = 0; j < h; j++) dc[s * h + j] = 0;
    }
    for (let t = T - 1; t >= 0; t--) {
      const prev = cellAt(t - 1);
      const cur = cellAt(t);
      for (let s = 0; s < c; s++)
        for (let j = 0; j < h; j++) {
          const at = s * h + j;
          const [f, i, gg, o] = [0, 1, 2, 3].map((g) => G[gateAt(t, g) * h + at]!) as [number, number, number, number]; // prettier-ignore
          const tc = Math.tanh(cur[at]!);
          const dct = dc[at]! + dh[at]! * o * (1 - tc * tc);
          du[0 * cap * h + at] = dct * prev[at]! * f * (1 - f);
          du[1 * cap * h + at] = dct * gg * i * (1 - i);
          du[2 * cap * h + at] = dct * i * (1 - gg * gg);
          du[3 * cap * h + at] = dh[at]! * tc * o * (1 - o);
          dc[at] = dct * f;
        }
      dvh.fill(0, 0, c * h);
      const ho = t * cap * h;
      for (let g = 0; g < 4; g++) {
        const o = g * lay.gate;
        const zo = gateAt(t, g) * n;
        for (let s = 0; s < c; s++) {
          for (let k = 0; k < n; k++) dq[s * n + k] = 0;
          for (let j = 0; j < h; j++) {
            const u = du[g * cap * h + s * h + j]!;
            grad[o + lay.b + j] = grad[o + lay.b + j]! + u;
            for (let k = 0; k < n; k++) {
              const bi = o + lay.B + j * n + k;
              grad[bi] = grad[bi]! + u * Q[zo + s * n + k]!;
              dq[s * n + k] = dq[s * n + k]! + u * theta[bi]!;
            }
          }
        }
        // Re-run the step's circuit (probe form) and seed λ_s = Σ_k ∂L/∂q_k · Z_k|ψ_s⟩.
        encode(t, g, c);
        probe.run(circ[g]!, feats, c, F, true);
        for (let s = 0; s < c; s++) {
          const a = probe.state(s).amp;
          const lam = probe.seed(s).amp;
          for (let b = 0; b < 1 << n; b++) {
            let fac = 0;
            for (let k = 0; k < n; k++) fac += b & (1 << k) ? -dq[s * n + k]! : dq[s * n + k]!;
            lam[2 * b] = fac * a[2 * b]!;
            lam[2 * b + 1] = fac * a[2 * b + 1]!;
          }
        }
        scratch.fill(0);
        probe.backward(scratch);
        for (let i = 0; i < nAng; i++) grad[o + lay.angles + i] = grad[o + lay.angles + i]! + scratch[i]!; // prettier-ignore
        for (let s = 0; s < c; s++) {
          const xi = o + lay.A + cols[s * T + t]!;
          const val = vals[s * T + t]!;
          for (let k = 0; k < n; k++) {
            const z = Z[zo + s * n + k]!;
            const dAlpha = scratch[probeBase + 2 * k * PROBES + s]!;
            const dBeta = scratch[probeBase + (2 * k + 1) * PROBES + s]!;
            const dz = dAlpha / (1 + z * z) + (dBeta * 2 * z) / (1 + z ** 4);
            grad[o + lay.a + k] = grad[o + lay.a + k]! + dz;
            grad[xi + k * v1] = grad[xi + k * v1]! + dz * val;
            for (let j = 0; j < h; j++) {
              const ai = o + lay.A + k * v1 + m + j;
              grad[ai] = grad[ai]! + dz * Hs[ho + s * h + j]!;
              dvh[s * h + j] = dvh[s * h + j]! + dz * theta[ai]!;
            }
          }
        }
      }
      dh.set(dvh.subarray(0, c * h));
    }
    return loss;
  };

  return {
    circuit,
    layout: lay,
    theta,
    outputs(x, count) {
      const out = new Float64Array(count * r);
      for (let start = 0; start < count; start += cap) {
        const c = Math.min(cap, count - start);
        for (let s = 0; s < c; s++) ks[s] = start + s;
        load(x, c);
        forward(c);
        out.set(Y.subarray(0, c * r), start * r);
      }
      return out;
    },
    addLoss(x, lossOf, idx, count, weight, grad) {
      let loss = 0;
      for (let start = 0; start < count; start += PROBES) {
        const c = Math.min(PROBES, count - start);
        for (let s = 0; s < c; s++) ks[s] = idx ? idx[start + s]! : start + s;
        load(x, c);
        forward(c);
        loss += backward(c, lossOf, weight, grad);
      }
      return loss;
    },
  };
}
