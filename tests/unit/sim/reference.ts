// An independent dense-matrix reference for the simulator tests, written from the mathematical
// definitions: complex matrices built basis state by basis state. Imports only types from workers/sim.

import type { Binding, Circuit, GateName, Observable, Operation } from '../../../workers/sim';

import {
  zeros,
  identity,
  fromRows,
  diag,
  cis,
  matMul,
  combine,
  kron,
  rotation,
  matVec,
  type CMat,
  type CVec,
} from './complex';

export * from './complex';

// ── Gates, from their definitions ────────────────────────────────────────────────────────────

const R = Math.SQRT1_2;
export const I2 = identity(2);
export const PAULI_X = fromRows([[0, 1], [1, 0]]); // prettier-ignore
export const PAULI_Y = fromRows([[0, [0, -1]], [[0, 1], 0]]); // prettier-ignore
export const PAULI_Z = fromRows([[1, 0], [0, -1]]); // prettier-ignore

/** P(φ) = diag(1, e^{iφ}). */
export function phaseGate(phi: number): CMat {
  return diag([[1, 0], cis(phi)]);
}

/** U3(θ, φ, λ) as OpenQASM: [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2, e^{i(φ+λ)} cos θ/2]]. */
export function u3Gate(theta: number, phi: number, lambda: number): CMat {
  const c = Math.cos(theta / 2);
  const s = Math.sin(theta / 2);
  const [lr, li] = cis(lambda);
  const [fr, fi] = cis(phi);
  const [br, bi] = cis(phi + lambda);
  return fromRows([
    [c, [-lr * s, -li * s]],
    [[fr * s, fi * s], [br * c, bi * c]],
  ]); // prettier-ignore
}

/** The matrix that applies `base` to the last qubits when the first k local bits are all 1. */
export function controlled(base: CMat, k: number): CMat {
  const d = base.d << k;
  const on = (1 << k) - 1;
  const m = identity(d);
  for (let r = 0; r < base.d; r++)
    for (let c = 0; c < base.d; c++) {
      const e = ((r << k) | on) * d + ((c << k) | on);
      m.re[e] = base.re[r * base.d + c]!;
      m.im[e] = base.im[r * base.d + c]!;
    }
  return m;
}

export interface RefGate {
  /** Leading targets that are controls on |1⟩. */
  named: number;
  /** Qubits of the base (uncontrolled) gate. */
  base: 1 | 2;
  angles: number;
  /** The base gate's matrix; two-qubit local index bit(targets[0]) + 2·bit(targets[1]). */
  matrix: (a: readonly number[]) => CMat;
}

const XX = kron(PAULI_X, PAULI_X);
const YY = kron(PAULI_Y, PAULI_Y);
const ZZ = kron(PAULI_Z, PAULI_Z);
const fixed = (m: CMat) => () => m;
const SWAP_REF = fromRows([[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]]); // prettier-ignore
const ISWAP_REF = fromRows([[1, 0, 0, 0], [0, 0, [0, 1], 0], [0, [0, 1], 0, 0], [0, 0, 0, 1]]); // prettier-ignore
const g1 = (named: number, matrix: (a: readonly number[]) => CMat, angles = 0): RefGate => ({ named, base: 1, angles, matrix }); // prettier-ignore
const g2 = (matrix: (a: readonly number[]) => CMat, angles = 0): RefGate => ({ named: 0, base: 2, angles, matrix }); // prettier-ignore
const rx = (a: readonly number[]) => rotation(PAULI_X, a[0]!);
const ry = (a: readonly number[]) => rotation(PAULI_Y, a[0]!);
const rz = (a: readonly number[]) => rotation(PAULI_Z, a[0]!);
const ph = (a: readonly number[]) => phaseGate(a[0]!);

export const REF_GATES: Readonly<Record<GateName, RefGate>> = {
  H: g1(0, fixed(fromRows([[R, R], [R, -R]]))), // prettier-ignore
  X: g1(0, fixed(PAULI_X)),
  Y: g1(0, fixed(PAULI_Y)),
  Z: g1(0, fixed(PAULI_Z)),
  S: g1(
    0,
    fixed(
      diag([
        [1, 0],
        [0, 1],
      ]),
    ),
  ),
  SDG: g1(
    0,
    fixed(
      diag([
        [1, 0],
        [0, -1],
      ]),
    ),
  ),
  T: g1(0, fixed(diag([[1, 0], cis(Math.PI / 4)]))),
  TDG: g1(0, fixed(diag([[1, 0], cis(-Math.PI / 4)]))),
  SX: g1(0, fixed(fromRows([[[0.5, 0.5], [0.5, -0.5]], [[0.5, -0.5], [0.5, 0.5]]]))), // prettier-ignore
  RX: g1(0, rx, 1),
  RY: g1(0, ry, 1),
  RZ: g1(0, rz, 1),
  P: g1(0, ph, 1),
  U3: g1(0, (a) => u3Gate(a[0]!, a[1]!, a[2]!), 3),
  CNOT: g1(1, fixed(PAULI_X)),
  CZ: g1(1, fixed(PAULI_Z)),
  SWAP: g2(fixed(SWAP_REF)),
  ISWAP: g2(fixed(ISWAP_REF)),
  CRX: g1(1, rx, 1),
  CRY: g1(1, ry, 1),
  CRZ: g1(1, rz, 1),
  CP: g1(1, ph, 1),
  RXX: g2((a) => rotation(XX, a[0]!), 1),
  RYY: g2((a) => rotation(YY, a[0]!), 1),
  RZZ: g2((a) => rotation(ZZ, a[0]!), 1),
  TOFFOLI: g1(2, fixed(PAULI_X)),
};

export const REF_GATE_NAMES = Object.keys(REF_GATES) as GateName[];

/** The gate on all its targets (named controls included), local index Σ bit(targets[i])·2^i. */
export function localMatrix(name: GateName, angles: readonly number[]): CMat {
  const g = REF_GATES[name];
  return controlled(g.matrix(angles), g.named);
}

/**
 * The full-register operator of `local` on `targets` (local bit i = qubit targets[i]), acting
 * only on basis states whose `controls` hold `states` (default 1): built column by column.
 */
export function embed(n: number, local: CMat, targets: readonly number[], controls: readonly number[] = [], states: readonly number[] = []): CMat {
  const d = 1 << n;
  const m = zeros(d);
  for (let col = 0; col < d; col++) {
    const on = controls.every((q, i) => ((col >> q) & 1) === (states[i] ?? 1));
    if (!on) {
      m.re[col * d + col] = 1;
      continue;
    }
    let lc = 0;
    let rest = col;
    targets.forEach((q, i) => {
      lc |= ((col >> q) & 1) << i;
      rest &= ~(1 << q);
    });
    for (let lr = 0; lr < local.d; lr++) {
      let row = rest;
      targets.forEach((q, i) => {
        if ((lr >> i) & 1) row |= 1 << q;
      });
      m.re[row * d + col] = local.re[lr * local.d + lc]!;
      m.im[row * d + col] = local.im[lr * local.d + lc]!;
    }
  }
  return m;
} // prettier-ignore

/** The angle a binding gives for parameters θ and input x. */
export function bindingValue(b: Binding, params: readonly number[], x: readonly number[]): number {
  if (b.kind === 'const') return b.value;
  if (b.kind === 'param') return params[b.index]!;
  return params[b.weight]! * x[b.feature]! + params[b.bias]!;
}

/** The full-register operator of one operation. */
export function opMatrix(n: number, op: Operation, params: readonly number[] = [], x: readonly number[] = []): CMat {
  const angles = (op.params ?? []).map((b) => bindingValue(b, params, x));
  return embed(n, localMatrix(op.gate, angles), op.targets, op.controls, op.controlStates);
} // prettier-ignore

export function basisVector(n: number, b = 0): CVec {
  const v: CVec = { re: new Float64Array(1 << n), im: new Float64Array(1 << n) };
  v.re[b] = 1;
  return v;
}

/** The state a circuit prepares from |0…0⟩, by matrix–vector products. */
export function refRun(
  c: Circuit,
  params: readonly number[] = [],
  x: readonly number[] = [],
): CVec {
  let v = basisVector(c.qubits);
  for (const op of c.ops) v = matVec(opMatrix(c.qubits, op, params, x), v);
  return v;
}

/** The unitary of a whole circuit. */
export function refUnitary(
  c: Circuit,
  params: readonly number[] = [],
  x: readonly number[] = [],
): CMat {
  let u = identity(1 << c.qubits);
  for (const op of c.ops) u = matMul(opMatrix(c.qubits, op, params, x), u);
  return u;
}

// ── Observables ──────────────────────────────────────────────────────────────────────────────

/** Matrix of a dense Pauli label on n qubits (rightmost letter = qubit 0), as a Kronecker product. */
export function pauliMatrix(label: string, n: number): CMat {
  const one: Record<string, CMat> = { I: I2, X: PAULI_X, Y: PAULI_Y, Z: PAULI_Z };
  const padded = label.padStart(n, 'I');
  let m = identity(1);
  for (const ch of padded) m = kron(m, one[ch]!);
  return m;
}

/** Σ c·P plus diag(w) as a dense matrix. */
export function observableMatrix(n: number, terms: readonly { coeff: number; label: string }[], diagonal?: Float64Array): CMat {
  let m = zeros(1 << n);
  for (const t of terms) m = combine(1, m, t.coeff, pauliMatrix(t.label, n));
  if (diagonal) diagonal.forEach((w, b) => (m.re[b * m.d + b] = m.re[b * m.d + b]! + w));
  return m;
} // prettier-ignore

/** ρ_A = Tr_B |ψ⟩⟨ψ| for the qubits `keep` (local bit i = keep[i]), from the definition. */
export function partialTrace(v: CVec, n: number, keep: readonly number[]): CMat {
  const k = keep.length;
  const rho = zeros(1 << k);
  const local = (b: number): number => keep.reduce((l, q, i) => l | (((b >> q) & 1) << i), 0);
  let mask = 0;
  for (const q of keep) mask |= 1 << q;
  for (let i = 0; i < 1 << n; i++)
    for (let j = 0; j < 1 << n; j++) {
      if ((i & ~mask) !== (j & ~mask)) continue; // traced-out qubits must agree
      const e = local(i) * rho.d + local(j);
      rho.re[e] = rho.re[e]! + v.re[i]! * v.re[j]! + v.im[i]! * v.im[j]!;
      rho.im[e] = rho.im[e]! + v.im[i]! * v.re[j]! - v.re[i]! * v.im[j]!;
    }
  return rho;
}

/** Rewrites sparse labels as dense ones for the reference matrix. */
export function denseTerms(obs: Observable, n: number): { coeff: number; label: string }[] {
  return (obs.terms ?? []).map((t) => {
    if (/^[IXYZ]+$/.test(t.label)) return t;
    const chars = new Array<string>(n).fill('I');
    for (const tok of t.label.split(/\s+/)) chars[n - 1 - Number(tok.slice(1))] = tok[0]!;
    return { coeff: t.coeff, label: chars.join('') };
  });
}
