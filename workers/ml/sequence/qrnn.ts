// The quantum recurrent network (QRNN) of Li, Wang, Han et al. (Neural Networks 2023,
// arXiv 2302.03244) as a trainable forecaster. A history register H carries from step to step;
// each step a data register D reads one value of the window, a hardware-efficient block acts on
// D ∪ H, and D is measured and reset. No outcome is fed forward, so by deferred measurement the
// model is exactly one pure state with a fresh data register per step (historyQubits +
// window·dataQubits qubits), each step's register untouched afterwards. The forecast is
// ŷ = 2·p(1) − 1 = −⟨Z⟩ of the last step's first data qubit (scaled units), the loss the mean
// squared error. Predictions and the exact (adjoint) gradient run whole mini-batches through the
// batched simulator, as the classifier does.

import type { Circuit, Rng } from '../../sim';
import { batchCapacity, createBatchSimulator } from '../../sim/batch';
import { checkWindows, forecasterTraining, type Forecaster } from './forecaster';
import { initParams } from '../quantumClassifier';
import {
  qrnnBlockParamCount,
  qrnnCoreQubits,
  qrnnUnrolledCircuit,
  type QrnnCoreSpec,
} from './qrnnCore';

/** The QRNN's sizes (the schema's QrnnModel with the series' window). */
export interface QrnnSpec {
  /** Values read per forecast: one step each (T). */
  window: number;
  /** Qubits of the history register H (carried from step to step). */
  historyQubits: number;
  /** Qubits of each step's data register D (each reads the step's value). */
  dataQubits: number;
  /** Hardware-efficient blocks per step, the same parameters at every step. */
  layers: number;
}

/** The core's spec of the same block (steps = window). */
const coreSpec = (spec: QrnnSpec): QrnnCoreSpec => ({
  steps: spec.window,
  historyQubits: spec.historyQubits,
  dataQubits: spec.dataQubits,
  layers: spec.layers,
});

/** Qubits of the unrolled circuit: the history register and one data register per step. */
export function qrnnQubits(spec: QrnnSpec): number {
  return qrnnCoreQubits(coreSpec(spec));
}

/** Trainable parameters of a spec: 2·nD + layers·(3·(nH + nD) + edges). */
export function qrnnParamCount(spec: QrnnSpec): number {
  return 2 * spec.dataQubits + qrnnBlockParamCount(spec);
}

/**
 * The unrolled circuit (qrnnCore.ts), feature t = x_t. Qubits: H = 0 … nH−1, D_t = nH + t·nD …
 * nH + (t+1)·nD − 1. Step t: RY(w_j·x_t + b_j) on qubit j of D_t, then per layer RX·RZ·RX on every
 * qubit of the register [D_t…, H…] and RZZ on its ring, with the same parameter indices at every
 * step. Parameter layout (paramNames): w1, b1, …, w{nD}, b{nD}; then per layer, per register
 * position (d1 …, h1 …) its three angles ("l1.rx1.d1", "l1.rz.d1", "l1.rx2.d1", …), then one angle
 * per ring edge ("l1.zz.d1-h1", …).
 *
 * With one layer the forecast reads only the last value: the output qubit sees RY·RX·RZ·RX and
 * then the diagonal RZZ ring, which leaves its Z marginal alone. Two layers or more carry history.
 */
export function qrnnCircuit(spec: QrnnSpec): Circuit {
  const nD = spec.dataQubits;
  const names: string[] = [];
  for (let j = 0; j < nD; j++) names.push(`w${j + 1}`, `b${j + 1}`);
  return qrnnUnrolledCircuit(coreSpec(spec), 'window', {
    names,
    ops: (t, data) =>
      data.map((q, j) => ({ gate: 'RY', targets: [q], params: [{ kind: 'feature', feature: t, weight: 2 * j, bias: 2 * j + 1 }] })), // prettier-ignore
  });
}

/** A QRNN forecaster: its spec, circuit and parameters, and how it predicts and trains. */
export interface Qrnn extends Forecaster {
  readonly spec: QrnnSpec;
}

/** Most windows one batched run takes (fewer for large circuits: batchCapacity). */
const BATCH = 256;

/**
 * A QRNN with starting parameters from rng (initParams, as the classifier: feature weights 1,
 * every other angle in (−1, 1) drawn for its name). Throws a readable Error when the spec is out
 * of range (a size below 1, more than QRNN_MAX_QUBITS qubits).
 */
export function createQrnn(spec: QrnnSpec, rng: Rng): Qrnn {
  const circuit = qrnnCircuit(spec);
  const T = spec.window;
  const n = circuit.qubits;
  const numParams = qrnnParamCount(spec);
  const batch = createBatchSimulator(circuit, batchCapacity(n, BATCH));
  const cap = batch.capacity;
  const theta = initParams(circuit, numParams, rng);
  const xs = new Float64Array(cap * T);
  // The output qubit, the last step's first data qubit: its |1⟩ half is the blocks [hi, hi + bit).
  const bit = 1 << (spec.historyQubits + (T - 1) * spec.dataQubits);
  const size = 1 << n;

  /** ŷ = 2·p(1) − 1 of the output qubit in state s of the last run. */
  const output = (s: number): number => {
    const a = batch.state(s).amp;
    let p1 = 0;
    for (let hi = bit; hi < size; hi += 2 * bit)
      for (let b = 2 * hi; b < 2 * (hi + bit); b++) p1 += a[b]! * a[b]!;
    return 2 * p1 - 1;
  };

  /**
   * Squared error of state s against y; seeds its backward pass with weight·∂(ŷ − y)²/∂⟨Z⟩·Z|ψ⟩
   * (ŷ = −⟨Z⟩, so the factor is −2·weight·(ŷ − y)).
   */
  const seedSquaredError = (s: number, y: number, weight: number): number => {
    const a = batch.state(s).amp;
    const lam = batch.seed(s).amp;
    const d = output(s) - y;
    const c = -2 * weight * d;
    for (let b = 0; b < size; b++) {
      const f = b & bit ? -c : c;
      lam[2 * b] = f * a[2 * b]!;
      lam[2 * b + 1] = f * a[2 * b + 1]!;
    }
    return d * d;
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
    for (let start = 0; start < count; start += cap) {
      const c = Math.min(cap, count - start);
      let x: Float64Array;
      if (idx) {
        for (let s = 0; s < c; s++) {
          const k = idx[start + s]!;
          for (let t = 0; t < T; t++) xs[s * T + t] = inputs[k * T + t]!;
        }
        x = xs;
      } else {
        x = inputs.subarray(start * T, (start + c) * T);
      }
      batch.run(theta, x, c, T);
      for (let s = 0; s < c; s++)
        loss += seedSquaredError(s, targets[idx ? idx[start + s]! : start + s]!, weight);
      batch.backward(g);
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
        batch.run(theta, inputs.subarray(start * T, (start + c) * T), c, T, false);
        for (let s = 0; s < c; s++) out[start + s] = output(s);
      }
      return out;
    },
    ...forecasterTraining(T, theta, addLoss),
  };
}
