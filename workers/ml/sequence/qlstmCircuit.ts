// The quantum LSTM's sizes and circuits (qlstm.ts trains them): the spec and its limits, where each
// part of the model sits in θ, and the variational circuit of one gate, plain (to draw and to
// evaluate) and with probes (for the per-input encoding gradient of the batched adjoint).
//
// One gate's circuit on n qubits: on every qubit k, H, RY(arctan z_k), RZ(arctan z_k²) (Chen, Yoo
// & Fang's encoding, arXiv 2009.01783), then L layers of a CNOT ring k → k+1 (none on 1 qubit, one
// CNOT on 2) and Rot on every qubit, read ⟨Z_k⟩ on every qubit. Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ)
// as PennyLane's: RZ(φ) is applied first.

import type { Binding, Circuit, Operation } from '../../sim';

/** The QLSTM's sizes. */
export interface QlstmSpec {
  /** Values read per forecast: one LSTM step each (T). */
  window: number;
  /** Qubits of each gate's circuit (n), 1–6. */
  qubits: number;
  /** Size of the hidden and cell state (h), 1–8. */
  hidden: number;
  /** Variational layers of each gate's circuit (L), 1–4. */
  layers: number;
}

/** The four LSTM gates in θ's order: forget, input, candidate (g̃), output. */
export const QLSTM_GATES = ['forget', 'input', 'candidate', 'output'] as const;

/** The limits createQlstm checks: [least, most] of each size. */
export const QLSTM_LIMITS = {
  window: [1, Infinity],
  qubits: [1, 6],
  hidden: [1, 8],
  layers: [1, 4],
} as const satisfies Record<keyof QlstmSpec, readonly [number, number]>;

/**
 * Where the parts of the model sit in θ, for a step input m wide and a head of r outputs (the
 * forecaster: m = r = 1; the next-token model: m = r = vocabulary). Gate g's block starts at
 * g·gate (QLSTM_GATES order) and holds, from there: A (n × (m+h), row-major, columns 0 … m−1 read
 * the step's input: x_t, or the token's one-hot; then h_{t−1}), a (n), the circuit's angles
 * (3·n·L: per layer, per qubit φ, θ, ω), B (h × n, row-major), b (h). After the four blocks: the
 * head's W (r × h, row-major) at `head` and its bias (r) at `head + r·h` (for r = 1: w, then w0).
 */
export interface QlstmLayout {
  /** Size of one gate's block. */
  readonly gate: number;
  /** Offsets inside a gate's block. */
  readonly A: number;
  readonly a: number;
  readonly angles: number;
  readonly B: number;
  readonly b: number;
  /** Offset of the head's W in θ (its bias follows it). */
  readonly head: number;
  /** All trainable parameters: 4·gate + r·h + r. */
  readonly total: number;
}

/** θ's layout for a spec whose steps read `inputs` (m) values and whose head gives `outputs` (r). */
export function qlstmLayout(spec: QlstmSpec, inputs = 1, outputs = 1): QlstmLayout {
  const { qubits: n, hidden: h, layers: L } = spec;
  const A = 0;
  const a = n * (inputs + h);
  const angles = a + n;
  const B = angles + 3 * n * L;
  const b = B + h * n;
  const gate = b + h;
  return { gate, A, a, angles, B, b, head: 4 * gate, total: 4 * gate + outputs * (h + 1) };
}

/** Trainable parameters of a spec: 4·(n(1+h) + n + 3nL + hn + h) + h + 1. */
export function qlstmParamCount(spec: QlstmSpec): number {
  return qlstmLayout(spec).total;
}

/** Refuses a spec the model cannot take, with a message naming the field. */
export function checkQlstmSpec(spec: QlstmSpec): void {
  const words: Record<keyof QlstmSpec, string> = {
    window: 'window',
    qubits: 'number of qubits',
    hidden: 'hidden size',
    layers: 'number of layers',
  };
  for (const key of Object.keys(words) as (keyof QlstmSpec)[]) {
    const v = spec[key];
    const [lo, hi] = QLSTM_LIMITS[key];
    const range = hi === Infinity ? `at least ${lo}` : `from ${lo} to ${hi}`;
    if (!Number.isInteger(v) || v < lo || v > hi)
      throw new Error(`The quantum LSTM's ${words[key]} must be a whole number ${range}; got ${v}.`); // prettier-ignore
  }
}

/**
 * The circuit's own parameter vector (not θ): the 3nL angles first (θ's angle block, in order),
 * then per encoding rotation j (2k: RY on qubit k, 2k + 1: RZ on qubit k) a weight slot at
 * `3nL + 2j` (held at 1) and a bias slot at `3nL + 2j + 1` (held at 0); feature j is the angle.
 * The probe circuit adds, per encoding rotation j and probe p < probes, a weight slot at
 * `3nL + 4n + j·probes + p` (held at 0) and one shared bias slot after them (held at 0).
 */
export function encodingSlot(spec: QlstmSpec, j: number): { weight: number; bias: number } {
  const base = 3 * spec.qubits * spec.layers;
  return { weight: base + 2 * j, bias: base + 2 * j + 1 };
}

/**
 * One gate's circuit. Without probes it is the model's circuit (readable paramNames, for
 * drawing). With `probes` = P > 0 each encoding rotation j is followed on its wire by P rotations
 * about the same axis whose angles are 0 · x[2n + p] + 0 (identities), each with its own weight
 * slot: input s sets feature 2n + p to [s = p], so the batched adjoint's sum over inputs of that
 * slot's derivative is input p's ∂L/∂(angle j) alone (same axis, so the rotations commute and
 * their angles add). Features: 2n (+ P).
 */
function gateCircuit(spec: QlstmSpec, probes: number): Circuit {
  checkQlstmSpec(spec);
  const { qubits: n, layers: L } = spec;
  const paramNames: string[] = [];
  for (let l = 1; l <= L; l++)
    for (let k = 1; k <= n; k++) paramNames.push(`l${l}.phi.q${k}`, `l${l}.theta.q${k}`, `l${l}.omega.q${k}`); // prettier-ignore
  for (let k = 1; k <= n; k++)
    paramNames.push(`enc.ry.q${k}.w`, `enc.ry.q${k}.b`, `enc.rz.q${k}.w`, `enc.rz.q${k}.b`);
  const probeBase = paramNames.length;
  const zeroBias = probeBase + 2 * n * probes;
  const param = (index: number): Binding[] => [{ kind: 'param', index }];
  const ops: Operation[] = [];
  for (let k = 0; k < n; k++) {
    ops.push({ gate: 'H', targets: [k] });
    for (const [gate, j] of [
      ['RY', 2 * k],
      ['RZ', 2 * k + 1],
    ] as const) {
      ops.push({ gate, targets: [k], params: [{ kind: 'feature', feature: j, ...encodingSlot(spec, j) }] }); // prettier-ignore
      for (let p = 0; p < probes; p++)
        ops.push({ gate, targets: [k], params: [{ kind: 'feature', feature: 2 * n + p, weight: probeBase + j * probes + p, bias: zeroBias }] }); // prettier-ignore
    }
  }
  for (let l = 0; l < L; l++) {
    if (n === 2) ops.push({ gate: 'CNOT', targets: [0, 1] });
    else if (n > 2) for (let k = 0; k < n; k++) ops.push({ gate: 'CNOT', targets: [k, (k + 1) % n] }); // prettier-ignore
    for (let k = 0; k < n; k++) {
      const at = 3 * (l * n + k);
      ops.push({ gate: 'RZ', targets: [k], params: param(at) });
      ops.push({ gate: 'RY', targets: [k], params: param(at + 1) });
      ops.push({ gate: 'RZ', targets: [k], params: param(at + 2) });
    }
  }
  if (probes > 0) {
    for (let j = 0; j < 2 * n; j++)
      for (let p = 0; p < probes; p++) paramNames.push(`probe${j + 1}.${p + 1}`);
    paramNames.push('probe.b');
  }
  return { qubits: n, ops, paramNames };
}

/**
 * One gate's variational circuit (all four have this shape), for drawing: features 2k = arctan z_k
 * and 2k + 1 = arctan z_k², each through its own weight slot (1) and bias slot (0); paramNames
 * `l1.phi.q1`, `l1.theta.q1`, `l1.omega.q1`, …, then `enc.ry.q1.w`, `enc.ry.q1.b`, ….
 */
export function qlstmGateCircuit(spec: QlstmSpec): Circuit {
  return gateCircuit(spec, 0);
}

/** The gate circuit with `probes` probe rotations after each encoding rotation (see gateCircuit). */
export function qlstmProbeCircuit(spec: QlstmSpec, probes: number): Circuit {
  return gateCircuit(spec, probes);
}
