// The quantum recurrent network (QRNN) of Li, Wang, Han et al. (Neural Networks 2023,
// arXiv 2302.03244) as a trainable forecaster. A history register H carries from step to step;
// each step a data register D reads one value of the window, a hardware-efficient block acts on
// D ∪ H, and D is measured and reset. No outcome is fed forward, so by deferred measurement the
// model is exactly one pure state with a fresh data register per step (historyQubits +
// window·dataQubits qubits), each step's register untouched afterwards. The forecast is
// ŷ = 2·p(1) − 1 = −⟨Z⟩ of the last step's first data qubit (scaled units), the loss the mean
// squared error. Predictions and the exact (adjoint) gradient run whole mini-batches through the
// batched simulator, as the classifier does.

import type { Binding, Circuit, Operation, Rng } from '../../sim';
import { batchCapacity, createBatchSimulator } from '../../sim/batch';
import { QRNN_MAX_QUBITS } from '../../../src/experiment/tasks/sequence/types';
import { checkWindows, forecasterTraining, type Forecaster } from './forecaster';
import { initParams } from '../quantumClassifier';

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

/** Qubits of the unrolled circuit: the history register and one data register per step. */
export function qrnnQubits(spec: QrnnSpec): number {
  return spec.historyQubits + spec.window * spec.dataQubits;
}

/** Pairs of register positions the RZZ ring joins: none on 1 qubit, one edge on 2, a ring on more. */
function ringEdges(m: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i + 1 < m; i++) edges.push([i, i + 1]);
  if (m > 2) edges.push([m - 1, 0]);
  return edges;
}

/** Trainable parameters of a spec: 2·nD + layers·(3·(nH + nD) + edges). */
export function qrnnParamCount(spec: QrnnSpec): number {
  const m = spec.historyQubits + spec.dataQubits;
  return 2 * spec.dataQubits + spec.layers * (3 * m + ringEdges(m).length);
}

/** Refuses a spec the model cannot take, with a message naming the field. */
function checkSpec(spec: QrnnSpec): void {
  const fields: [keyof QrnnSpec, string][] = [
    ['window', 'window'],
    ['historyQubits', 'number of history qubits'],
    ['dataQubits', 'number of data qubits'],
    ['layers', 'number of layers'],
  ];
  for (const [key, words] of fields) {
    const v = spec[key];
    if (!Number.isInteger(v) || v < 1)
      throw new Error(`The quantum recurrent network's ${words} must be a whole number of at least 1; got ${v}.`); // prettier-ignore
  }
  const n = qrnnQubits(spec);
  if (n > QRNN_MAX_QUBITS)
    throw new Error(`The quantum recurrent network unrolls to ${spec.historyQubits} + ${spec.window} × ${spec.dataQubits} = ${n} qubits (history + window × data); at most ${QRNN_MAX_QUBITS} fit. Use a shorter window or fewer qubits.`); // prettier-ignore
}

/**
 * The unrolled circuit, feature t = x_t. Qubits: H = 0 … nH−1, D_t = nH + t·nD … nH + (t+1)·nD − 1.
 * Step t: RY(w_j·x_t + b_j) on qubit j of D_t, then per layer RX·RZ·RX on every qubit of the
 * register [D_t…, H…] and RZZ on its ring, with the same parameter indices at every step.
 * Parameter layout (paramNames): w1, b1, …, w{nD}, b{nD}; then per layer, per register position
 * (d1 …, h1 …) its three angles ("l1.rx1.d1", "l1.rz.d1", "l1.rx2.d1", …), then one angle per ring
 * edge ("l1.zz.d1-h1", …).
 *
 * With one layer the forecast reads only the last value: the output qubit sees RY·RX·RZ·RX and
 * then the diagonal RZZ ring, which leaves its Z marginal alone. Two layers or more carry history.
 */
export function qrnnCircuit(spec: QrnnSpec): Circuit {
  checkSpec(spec);
  const { window: T, historyQubits: nH, dataQubits: nD, layers: L } = spec;
  const m = nH + nD;
  const edges = ringEdges(m);
  const position = (i: number): string => (i < nD ? `d${i + 1}` : `h${i - nD + 1}`);
  const paramNames: string[] = [];
  for (let j = 0; j < nD; j++) paramNames.push(`w${j + 1}`, `b${j + 1}`);
  const layerStart: number[] = [];
  for (let l = 1; l <= L; l++) {
    layerStart.push(paramNames.length);
    for (let i = 0; i < m; i++)
      paramNames.push(`l${l}.rx1.${position(i)}`, `l${l}.rz.${position(i)}`, `l${l}.rx2.${position(i)}`); // prettier-ignore
    for (const [a, b] of edges) paramNames.push(`l${l}.zz.${position(a)}-${position(b)}`);
  }
  const param = (index: number): Binding[] => [{ kind: 'param', index }];
  const ops: Operation[] = [];
  for (let t = 0; t < T; t++) {
    const reg: number[] = [];
    for (let j = 0; j < nD; j++) reg.push(nH + t * nD + j);
    for (let h = 0; h < nH; h++) reg.push(h);
    for (let j = 0; j < nD; j++)
      ops.push({ gate: 'RY', targets: [reg[j]!], params: [{ kind: 'feature', feature: t, weight: 2 * j, bias: 2 * j + 1 }] }); // prettier-ignore
    for (let l = 0; l < L; l++) {
      let k = layerStart[l]!;
      for (let i = 0; i < m; i++) {
        ops.push({ gate: 'RX', targets: [reg[i]!], params: param(k++) });
        ops.push({ gate: 'RZ', targets: [reg[i]!], params: param(k++) });
        ops.push({ gate: 'RX', targets: [reg[i]!], params: param(k++) });
      }
      for (const [a, b] of edges)
        ops.push({ gate: 'RZZ', targets: [reg[a]!, reg[b]!], params: param(k++) });
    }
  }
  return { qubits: qrnnQubits(spec), ops, paramNames };
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
