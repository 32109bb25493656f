// Seeded random inputs for the simulator tests: states, circuits from the whole catalogue with
// random targets, controls and bindings, and Pauli-sum observables. All randomness from createRng.

import type { Binding, Circuit, GateName, Observable, Operation, Rng } from '../../../workers/sim';
import { REF_GATES, REF_GATE_NAMES } from './reference';

const c = (value: number): Binding => ({ kind: 'const', value });

/** Distinct random qubits. */
export function pickQubits(rng: Rng, n: number, k: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(n - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** A circuit of U3 layers and CNOTs with random constant angles: a generic random state. */
export function randomStateCircuit(rng: Rng, n: number, layers = 3): Circuit {
  const ops: Operation[] = [];
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      const a = [
        rng.next() * Math.PI,
        (rng.next() - 0.5) * 4 * Math.PI,
        (rng.next() - 0.5) * 4 * Math.PI,
      ];
      ops.push({ gate: 'U3', targets: [q], params: a.map(c) });
    }
    for (let q = 0; q + 1 < n; q++) ops.push({ gate: 'CNOT', targets: pickQubits(rng, n, 2) });
  }
  return { qubits: n, ops };
}

export interface RandomCircuitOptions {
  /** Gates to draw from (default: the whole catalogue). */
  gates?: readonly GateName[];
  numParams: number;
  numFeatures: number;
  /** Most extra controls per op. */
  maxControls?: number;
}

/** A random binding: constant, parameter, or feature w·x + b. */
export function randomBinding(rng: Rng, o: RandomCircuitOptions): Binding {
  const r = rng.next();
  if (r < 0.25 || o.numParams === 0) return c((rng.next() - 0.5) * 4 * Math.PI);
  if (r < 0.65 || o.numFeatures === 0) return { kind: 'param', index: rng.int(o.numParams) };
  return { kind: 'feature', feature: rng.int(o.numFeatures), weight: rng.int(o.numParams), bias: rng.int(o.numParams) };
} // prettier-ignore

/** A random operation from the catalogue with random targets, controls, control states and angles. */
export function randomOp(rng: Rng, n: number, o: RandomCircuitOptions): Operation {
  const names = (o.gates ?? REF_GATE_NAMES).filter(
    (g) => REF_GATES[g].named + REF_GATES[g].base <= n,
  );
  const gate = names[rng.int(names.length)]!;
  const g = REF_GATES[gate];
  const k = g.named + g.base;
  const extra = rng.int(Math.min(o.maxControls ?? 2, n - k) + 1);
  const qs = pickQubits(rng, n, k + extra);
  const op: Operation = { gate, targets: qs.slice(0, k) };
  if (extra > 0) {
    op.controls = qs.slice(k);
    op.controlStates = op.controls.map(() => (rng.next() < 0.5 ? 0 : 1));
  }
  if (g.angles > 0) op.params = Array.from({ length: g.angles }, () => randomBinding(rng, o));
  return op;
}

export function randomCircuit(rng: Rng, n: number, ops: number, o: RandomCircuitOptions): Circuit {
  return { qubits: n, ops: Array.from({ length: ops }, () => randomOp(rng, n, o)) };
}

export function randomVector(rng: Rng, length: number, scale = 1): number[] {
  return Array.from({ length }, () => (rng.next() * 2 - 1) * scale);
}

/** A random Pauli label on n qubits in dense form (rightmost = qubit 0), not all identity. */
export function randomDenseLabel(rng: Rng, n: number): string {
  for (;;) {
    let s = '';
    for (let q = 0; q < n; q++) s += 'IXYZ'[rng.int(4)];
    if (/[XYZ]/.test(s)) return s;
  }
}

/** The sparse form of a dense label: "XIZ" → "X2 Z0". */
export function toSparse(dense: string): string {
  const n = dense.length;
  return [...dense]
    .map((p, i) => (p === 'I' ? '' : `${p}${n - 1 - i}`))
    .filter(Boolean)
    .join(' ');
}

/** A random observable: Pauli terms (dense and sparse labels, Y included) and a diagonal. */
export function randomObservable(rng: Rng, n: number, terms = 4, withDiagonal = true): Observable {
  const out: Observable = {
    terms: Array.from({ length: terms }, (_, i) => {
      const dense = randomDenseLabel(rng, n);
      return { coeff: rng.next() * 2 - 1, label: i % 2 === 0 ? dense : toSparse(dense) };
    }),
  };
  if (n >= 1 && out.terms![0]) out.terms![0].label = 'Y'.padStart(n, 'I'); // always one Y term
  if (withDiagonal) out.diagonal = new Float64Array(randomVector(rng, 1 << n));
  return out;
}

/** A trainable angle θ[0 … numParams), or now and then a constant one. */
export function randomAngle(rng: Rng, numParams: number): Binding {
  return rng.next() < 0.2
    ? { kind: 'const', value: (rng.next() - 0.5) * 6 }
    : { kind: 'param', index: rng.int(numParams) };
}

/** The largest |a_i − b_i|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i]! - b[i]!));
  return d;
}

/** Weighted towards one-qubit runs (fused) and constant diagonals (CZ, CP, S, T), with the rest. */
export const FUSION_TEST_GATES: GateName[] = [
  'RX', 'RY', 'RZ', 'U3', 'P', 'H', 'SX', 'X', 'Y', 'Z', 'S', 'T', 'RY', 'RZ', 'RX', 'U3',
  'CZ', 'CZ', 'CP', 'CNOT', 'CRY', 'CRZ', 'RZZ', 'RXX', 'SWAP', 'TOFFOLI', 'ISWAP',
]; // prettier-ignore
