// The quantum LSTM (QLSTM) of Chen, Yoo & Fang ("Quantum Long Short-Term Memory", arXiv
// 2009.01783) as a trainable forecaster, in the form of the PennyLane community implementations:
// each of the four LSTM gates is a classical linear map into a small variational circuit and one
// out of it; the recurrence (c, h) is classical. Per step t, with v_t = [x_t, h_{t−1}]:
//   z = A_g·v_t + a_g (n), q = ⟨Z⟩ of the gate's circuit on z (qlstmCircuit.ts), u_g = B_g·q + b_g (h),
//   f = σ(u_f), i = σ(u_i), g̃ = tanh(u_g̃), o = σ(u_o), c_t = f∘c_{t−1} + i∘g̃, h_t = o∘tanh(c_t),
// and the forecast ŷ = w·h_{T−1} + w0 (scaled units), the loss the mean squared error.
//
// The gradient is exact: backpropagation through time, with the batched simulator's adjoint for
// each circuit. The backward pass re-runs each step's circuit (the simulator keeps one run) in the
// probe circuit, whose probe slots give every input's ∂L/∂(encoding angle) from the one batched
// backward (the encoding's own bias slot would give only their sum over the batch); the chain
// rule then goes through arctan to z, A_g, a_g and h_{t−1}.

import type { Rng } from '../../sim';
import { batchCapacity, createBatchSimulator } from '../../sim/batch';
import { checkWindows, forecasterTraining, type Forecaster } from './forecaster';
import {
  encodingSlot,
  qlstmGateCircuit,
  qlstmLayout,
  qlstmProbeCircuit,
  type QlstmSpec,
} from './qlstmCircuit';

export {
  QLSTM_GATES,
  QLSTM_LIMITS,
  qlstmGateCircuit,
  qlstmLayout,
  qlstmParamCount,
  type QlstmLayout,
  type QlstmSpec,
} from './qlstmCircuit';

/** A QLSTM forecaster; its circuit is the forget gate's (all four have this shape), theta laid out by qlstmLayout. */
export interface Qlstm extends Forecaster {
  readonly spec: QlstmSpec;
}

/** Most windows one forward run takes (predictions). */
const BATCH = 256;
/** Windows per backward run: the probe circuit has this many probes per encoding rotation. */
const PROBES = 8;

const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));

/**
 * A QLSTM with starting parameters from rng: A_g, B_g and the head's w Glorot-uniform, biases 0
 * but the forget gate's b_f = 1, circuit angles uniform in (−1, 1). Throws a readable Error on a
 * spec out of range (qubits 1–6, hidden 1–8, layers 1–4, window ≥ 1).
 */
export function createQlstm(spec: QlstmSpec, rng: Rng): Qlstm {
  const circuit = qlstmGateCircuit(spec);
  const { window: T, qubits: n, hidden: h, layers: L } = spec;
  const lay = qlstmLayout(spec);
  const numParams = lay.total;
  const nAng = 3 * n * L;
  const v1 = 1 + h;

  const theta = new Float64Array(numParams);
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
  glorot(lay.head, 1, h);

  const probeCircuit = qlstmProbeCircuit(spec, PROBES);
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

  // What the forward pass keeps for the backward: per step t (and gate g) and window s.
  const xs = new Float64Array(cap * T);
  const ys = new Float64Array(cap);
  const V = new Float64Array(T * cap * v1); // v_t
  const Z = new Float64Array(T * 4 * cap * n); // z
  const Q = new Float64Array(T * 4 * cap * n); // ⟨Z_k⟩
  const G = new Float64Array(T * 4 * cap * h); // f, i, g̃, o
  const C = new Float64Array(T * cap * h); // c_t
  const yHat = new Float64Array(cap);
  const dh = new Float64Array(cap * h);
  const dc = new Float64Array(cap * h);
  const du = new Float64Array(4 * cap * h);
  const dq = new Float64Array(cap * n);
  const dv = new Float64Array(cap * v1);

  const zero = new Float64Array(cap * h);
  const cellAt = (t: number): Float64Array =>
    t < 0 ? zero : C.subarray(t * cap * h, (t + 1) * cap * h);
  const gateAt = (t: number, g: number): number => (t * 4 + g) * cap;

  /** Writes step t's encoding angles of gate g for windows [0, c) into feats. */
  const encode = (t: number, g: number, c: number): void => {
    const zo = gateAt(t, g) * n;
    for (let s = 0; s < c; s++)
      for (let k = 0; k < n; k++) {
        const z = Z[zo + s * n + k]!;
        feats[s * F + 2 * k] = Math.atan(z);
        feats[s * F + 2 * k + 1] = Math.atan(z * z);
      }
  };

  /** Forward pass over windows [0, c) of xs: keeps every step's values, writes ŷ. */
  const forward = (c: number): void => {
    for (let g = 0; g < 4; g++) circ[g]!.set(theta.subarray(g * lay.gate + lay.angles, g * lay.gate + lay.angles + nAng)); // prettier-ignore
    for (let t = 0; t < T; t++) {
      const vo = t * cap * v1;
      for (let s = 0; s < c; s++) {
        V[vo + s * v1] = xs[s * T + t]!;
        for (let j = 0; j < h; j++)
          V[vo + s * v1 + 1 + j] = t === 0 ? 0 : G[gateAt(t - 1, 3) * h + s * h + j]! * Math.tanh(C[(t - 1) * cap * h + s * h + j]!); // prettier-ignore
      }
      for (let g = 0; g < 4; g++) {
        const o = g * lay.gate;
        const zo = gateAt(t, g) * n;
        for (let s = 0; s < c; s++)
          for (let k = 0; k < n; k++) {
            let z = theta[o + lay.a + k]!;
            for (let j = 0; j < v1; j++) z += theta[o + lay.A + k * v1 + j]! * V[vo + s * v1 + j]!;
            Z[zo + s * n + k] = z;
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
    const cLast = cellAt(T - 1);
    for (let s = 0; s < c; s++) {
      let y = theta[lay.head + h]!;
      for (let j = 0; j < h; j++)
        y += theta[lay.head + j]! * G[gateAt(T - 1, 3) * h + s * h + j]! * Math.tanh(cLast[s * h + j]!); // prettier-ignore
      yHat[s] = y;
    }
  };

  /** Squared errors of windows [0, c) (forward done) against ys; adds weight·∇ to grad. */
  const backward = (c: number, weight: number, grad: Float64Array): number => {
    let loss = 0;
    const cLast = cellAt(T - 1);
    for (let s = 0; s < c; s++) {
      const d = yHat[s]! - ys[s]!;
      loss += d * d;
      const dy = 2 * weight * d;
      grad[lay.head + h] = grad[lay.head + h]! + dy;
      for (let j = 0; j < h; j++) {
        const hT = G[gateAt(T - 1, 3) * h + s * h + j]! * Math.tanh(cLast[s * h + j]!);
        grad[lay.head + j] = grad[lay.head + j]! + dy * hT;
        dh[s * h + j] = dy * theta[lay.head + j]!;
        dc[s * h + j] = 0;
      }
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
      dv.fill(0, 0, c * v1);
      const vo = t * cap * v1;
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
        for (let s = 0; s < c; s++)
          for (let k = 0; k < n; k++) {
            const z = Z[zo + s * n + k]!;
            const dAlpha = scratch[probeBase + 2 * k * PROBES + s]!;
            const dBeta = scratch[probeBase + (2 * k + 1) * PROBES + s]!;
            const dz = dAlpha / (1 + z * z) + (dBeta * 2 * z) / (1 + z ** 4);
            grad[o + lay.a + k] = grad[o + lay.a + k]! + dz;
            for (let j = 0; j < v1; j++) {
              const ai = o + lay.A + k * v1 + j;
              grad[ai] = grad[ai]! + dz * V[vo + s * v1 + j]!;
              dv[s * v1 + j] = dv[s * v1 + j]! + dz * theta[ai]!;
            }
          }
      }
      for (let s = 0; s < c; s++) for (let j = 0; j < h; j++) dh[s * h + j] = dv[s * v1 + 1 + j]!;
    }
    return loss;
  };

  /** Windows idx (or [0, count) when null) through forward and backward: adds weight·∇ to g. */
  const addLoss = (
    inputs: Float64Array,
    targets: Float64Array,
    idx: Int32Array | null,
    count: number,
    weight: number,
    g: Float64Array,
  ): number => {
    let loss = 0;
    for (let start = 0; start < count; start += PROBES) {
      const c = Math.min(PROBES, count - start);
      for (let s = 0; s < c; s++) {
        const k = idx ? idx[start + s]! : start + s;
        for (let t = 0; t < T; t++) xs[s * T + t] = inputs[k * T + t]!;
        ys[s] = targets[k]!;
      }
      forward(c);
      loss += backward(c, weight, g);
    }
    return loss;
  };

  return {
    spec: { ...spec },
    circuit,
    numParams,
    theta,
    predict(inputs, count) {
      checkWindows(T, inputs, null, count);
      const out = new Float64Array(count);
      for (let start = 0; start < count; start += cap) {
        const c = Math.min(cap, count - start);
        xs.set(inputs.subarray(start * T, (start + c) * T));
        forward(c);
        out.set(yHat.subarray(0, c), start);
      }
      return out;
    },
    ...forecasterTraining(T, theta, addLoss),
  };
}
