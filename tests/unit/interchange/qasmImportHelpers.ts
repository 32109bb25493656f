// Helpers for the OpenQASM import tests (qasmImport*.test.ts, qasmCorpus.test.ts): textbook gate matrices (Qiskit's convention: the first
// qubit argument is the lowest bit of the matrix index), applying one to a statevector, and
// running an imported circuit after a random state preparation.

import { expect } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { Operation } from '../../../src/experiment/circuit/program';
import { validateEditorCircuit } from '../../../src/experiment/circuit/validate';
import { importQasm } from '../../../src/experiment/interchange/qasm/import';
import type { ImportedCircuit } from '../../../src/experiment/interchange/types';
import { runCircuit, type Rng } from '../../../workers/sim';
import { randomStateCircuit } from '../sim/random';

export type Cx = readonly [number, number];
export type Matrix = Cx[][];

export const cx = (re: number, im = 0): Cx => [re, im];
export const expi = (a: number): Cx => [Math.cos(a), Math.sin(a)];
const mul = (a: Cx, b: Cx): Cx => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];

export function scale(m: Matrix, s: Cx): Matrix {
  return m.map((row) => row.map((v) => mul(v, s)));
}

export function identity(d: number): Matrix {
  return Array.from({ length: d }, (_, r) =>
    Array.from({ length: d }, (_, c) => cx(r === c ? 1 : 0)),
  );
}

export function adjoint(m: Matrix): Matrix {
  return m.map((row, r) => row.map((_, c) => [m[c]![r]![0], -m[c]![r]![1]] as Cx));
}

export function matMul(a: Matrix, b: Matrix): Matrix {
  return a.map((row) =>
    b[0]!.map((_, c) => row.reduce<Cx>((s, v, k) => { const p = mul(v, b[k]![c]!); return [s[0] + p[0], s[1] + p[1]]; }, [0, 0])),
  ); // prettier-ignore
}

/** U on the high qubits, controlled by `k` low qubits on |1⟩ (the first k arguments). */
export function controlled(u: Matrix, k = 1, states: readonly (0 | 1)[] = []): Matrix {
  const lowMask = (1 << k) - 1;
  let want = 0;
  for (let i = 0; i < k; i++) if ((states[i] ?? 1) === 1) want |= 1 << i;
  const d = u.length << k;
  const m = identity(d);
  for (let r = 0; r < d; r++)
    for (let c = 0; c < d; c++) {
      if ((r & lowMask) !== want || (c & lowMask) !== want) continue;
      m[r]![c] = u[r >> k]![c >> k]!;
    }
  return m;
}

const S2 = Math.SQRT1_2;
export const X: Matrix = [
  [cx(0), cx(1)],
  [cx(1), cx(0)],
];
export const Y: Matrix = [
  [cx(0), cx(0, -1)],
  [cx(0, 1), cx(0)],
];
export const Z: Matrix = [
  [cx(1), cx(0)],
  [cx(0), cx(-1)],
];
export const H: Matrix = [
  [cx(S2), cx(S2)],
  [cx(S2), cx(-S2)],
];
export const SX: Matrix = [
  [cx(0.5, 0.5), cx(0.5, -0.5)],
  [cx(0.5, -0.5), cx(0.5, 0.5)],
];
export const SWAP: Matrix = [[1, 0, 0, 0], [0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 1]].map((r) => r.map((v) => cx(v))); // prettier-ignore
export const phase = (l: number): Matrix => [
  [cx(1), cx(0)],
  [cx(0), expi(l)],
];
export const u3 = (t: number, p: number, l: number): Matrix => {
  const c = Math.cos(t / 2);
  const s = Math.sin(t / 2);
  return [
    [cx(c), mul(expi(l), cx(-s))],
    [mul(expi(p), cx(s)), mul(expi(p + l), cx(c))],
  ];
};
export const rx = (t: number): Matrix => [[cx(Math.cos(t / 2)), cx(0, -Math.sin(t / 2))], [cx(0, -Math.sin(t / 2)), cx(Math.cos(t / 2))]]; // prettier-ignore
export const ry = (t: number): Matrix => [[cx(Math.cos(t / 2)), cx(-Math.sin(t / 2))], [cx(Math.sin(t / 2)), cx(Math.cos(t / 2))]]; // prettier-ignore
export const rz = (t: number): Matrix => [
  [expi(-t / 2), cx(0)],
  [cx(0), expi(t / 2)],
];
/** exp(−iθ/2 P⊗P) for a Pauli P with P⊗P diagonal or antidiagonal in the computational basis. */
export const rxx = (t: number): Matrix => {
  const c = cx(Math.cos(t / 2));
  const s = cx(0, -Math.sin(t / 2));
  const o = cx(0);
  return [
    [c, o, o, s],
    [o, c, s, o],
    [o, s, c, o],
    [s, o, o, c],
  ];
};
export const rzz = (t: number): Matrix => {
  const d = [expi(-t / 2), expi(t / 2), expi(t / 2), expi(-t / 2)];
  return d.map((v, r) => d.map((_, c) => (r === c ? v : cx(0))));
};

/** A diagonal-block gate from its 2×2 blocks on the last qubit, one per pattern of the others. */
export function blockControlled(blocks: Record<number, Matrix>, k: number): Matrix {
  const d = 2 << k;
  const m = identity(d);
  for (const [pattern, u] of Object.entries(blocks)) {
    const p = Number(pattern);
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) m[p + (r << k)]![p + (c << k)] = u[r]![c]!;
  }
  return m;
}

/** Applies `m` to the qubits `qubits` (qubits[0] = the lowest bit of m's index) of the state. */
export function applyMatrix(amp: Float64Array, qubits: readonly number[], m: Matrix): Float64Array {
  const out = new Float64Array(amp.length);
  const size = amp.length / 2;
  const d = 1 << qubits.length;
  for (let b = 0; b < size; b++) {
    let local = 0;
    let rest = b;
    qubits.forEach((q, j) => {
      if ((b >> q) & 1) local |= 1 << j;
      rest &= ~(1 << q);
    });
    for (let r = 0; r < d; r++) {
      let target = rest;
      qubits.forEach((q, j) => {
        if ((r >> j) & 1) target |= 1 << q;
      });
      const [mr, mi] = m[r]![local]!;
      out[2 * target] = out[2 * target]! + mr * amp[2 * b]! - mi * amp[2 * b + 1]!;
      out[2 * target + 1] = out[2 * target + 1]! + mr * amp[2 * b + 1]! + mi * amp[2 * b]!;
    }
  }
  return out;
}

/** A seed for createRng from a test's name. */
export function seedOf(name: string): number {
  let h = 7;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h;
}

/** Imports `text`, expects success and a circuit the editor accepts. */
export function importOk(text: string): ImportedCircuit {
  const r = importQasm(text);
  if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
  expect(validateEditorCircuit(r.value.circuit)).toBeNull();
  return r.value;
}

/** The state after `prep` (ops on |0…0⟩) and then the imported circuit, at its parameter values. */
export function stateAfter(
  imported: ImportedCircuit,
  prep: readonly Operation[] = [],
  x: readonly number[] = [],
): Float64Array {
  const compiled = compileEditorCircuit(imported.circuit);
  const params = compiled.paramNames.map((n) => imported.values.get(n) ?? NaN);
  const ops = [...prep, ...compiled.circuit.ops];
  return runCircuit({ qubits: imported.circuit.qubits, ops }, params, x).amp;
}

/** A random state on n qubits as preparation ops. */
export function randomPrep(rng: Rng, n: number): Operation[] {
  return randomStateCircuit(rng, n).ops;
}

/** Amplitudes equal to `tol`; up to one global phase when `upToPhase`. */
export function expectSameState(
  got: Float64Array,
  want: Float64Array,
  tol = 1e-10,
  upToPhase = false,
): void {
  let a = want;
  if (upToPhase) {
    // The phase of ⟨want|got⟩ aligns them.
    let re = 0;
    let im = 0;
    for (let i = 0; i < got.length; i += 2) {
      re += want[i]! * got[i]! + want[i + 1]! * got[i + 1]!;
      im += want[i]! * got[i + 1]! - want[i + 1]! * got[i]!;
    }
    const n = Math.hypot(re, im);
    a = applyMatrix(
      want,
      [0],
      [
        [cx(re / n, im / n), cx(0)],
        [cx(0), cx(re / n, im / n)],
      ],
    );
  }
  let worst = 0;
  for (let i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i]! - a[i]!));
  expect(worst).toBeLessThan(tol);
}
