// Fusion: a compiled program as fewer passes over the state. A run of uncontrolled one-qubit
// gates on one wire becomes one 2×2 (one pass instead of one per gate); a run of constant
// diagonal gates on low qubits (a ring of CZ) becomes one phase per basis state of those qubits.
// Every step keeps the list of the program's ops it stands for, in order, so that the adjoint
// method still differentiates each original angle (batch.ts), and the unfused program stays the
// reference the tests compare with.

import { ANGLE_CONST, type Program } from './compile';

/** One op of the program, applied as it is. */
export const STEP_OP = 0;
/** A run of uncontrolled one-qubit ops on one wire, applied as their product. */
export const STEP_WIRE = 1;
/** A run of constant diagonal ops on qubits below DIAG_MAX_QUBITS: one phase per basis state. */
export const STEP_DIAG = 2;
/** One-qubit diagonal ops on many wires, any angles: phase tables built per run (phaseLayer.ts). */
export const STEP_PHASE = 3;

/** Diagonal runs are fused when all their qubits are below this (a table of 2^this phases). */
export const DIAG_MAX_QUBITS = 12;

export interface Step {
  readonly kind: typeof STEP_OP | typeof STEP_WIRE | typeof STEP_DIAG | typeof STEP_PHASE;
  /** The program's ops this step applies, in order. */
  readonly ops: readonly number[];
  /** STEP_OP and STEP_WIRE: the (first) target qubit. */
  readonly q: number;
  /** Some op's angle reads an input feature: the step's matrix differs from input to input. */
  readonly perInput: boolean;
  /** Some op's angle depends on θ or x. */
  readonly varies: boolean;
  /** STEP_DIAG: the phases, (re, im) per basis state of qubits 0 … bits−1. */
  readonly table: Float64Array | null;
  /** The angles (indices into the program's angle list) that are not constants, in op order. */
  readonly angles: readonly number[];
  /** The qubits the step touches (targets and controls), as a bit mask. */
  readonly mask: number;
  /**
   * A wire that reads the input, applied as its real middle R of each input's U = A·R·G (A and
   * G diagonal), whose A and G the phase layers that list it apply (inputPhasePlan.ts).
   */
  readonly euler?: boolean;
  /** STEP_PHASE: the split wires whose G (head) or A (tail) it applies, for each input. */
  readonly wirePhases?: readonly WirePhase[];
}

/** A split wire's diagonal factor that a phase layer applies: G before its middle, A after. */
export interface WirePhase {
  readonly wire: Step;
  readonly tail: boolean;
}

/** Which of the program's angles are not constants, op by op. */
export function variableAngles(p: Program, ops: readonly number[]): number[] {
  const out: number[] = [];
  for (const i of ops)
    for (let k = p.aStart[i]!; k < p.aStart[i]! + p.aCount[i]!; k++)
      if (p.aKind[k] !== ANGLE_CONST) out.push(k);
  return out;
}

export function isFeatureOp(p: Program, i: number): boolean {
  for (let k = p.aStart[i]!; k < p.aStart[i]! + p.aCount[i]!; k++)
    if (p.aKind[k] === 2) return true;
  return false;
}

function step(p: Program, kind: Step['kind'], ops: number[], table: Float64Array | null): Step {
  return {
    kind,
    ops,
    q: p.q0[ops[0]!]!,
    perInput: ops.some((i) => isFeatureOp(p, i)),
    varies: ops.some((i) => p.varies[i] === 1),
    table,
    angles: variableAngles(p, ops),
    mask: ops.reduce((m, i) => m | touched(p, i), 0),
  };
}

/** The qubits op i touches, as a bit mask (targets and controls). */
function touched(p: Program, i: number): number {
  return p.cmask[i]! | (1 << p.q0[i]!) | (p.q1[i]! >= 0 ? 1 << p.q1[i]! : 0);
}

/** The phase table of constant diagonal ops on qubits below `bits`: Π of their diagonal entries. */
function diagonalTable(p: Program, ops: readonly number[], bits: number): Float64Array {
  const size = 1 << bits;
  const t = new Float64Array(2 * size);
  for (let b = 0; b < size; b++) t[2 * b] = 1;
  for (const i of ops) {
    const o = p.mOff[i]!;
    const two = p.q1[i]! >= 0;
    for (let b = 0; b < size; b++) {
      if ((b & p.cmask[i]!) !== p.cval[i]!) continue;
      const l = two ? ((b >> p.q0[i]!) & 1) | (((b >> p.q1[i]!) & 1) << 1) : (b >> p.q0[i]!) & 1;
      const e = o + 2 * ((two ? 4 : 2) * l + l);
      const dr = p.mat[e]!;
      const di = p.mat[e + 1]!;
      const xr = t[2 * b]!;
      const xi = t[2 * b + 1]!;
      t[2 * b] = xr * dr - xi * di;
      t[2 * b + 1] = xr * di + xi * dr;
    }
  }
  return t;
}

/**
 * The program as steps. Every pending run commutes with every other (runs on distinct wires; a
 * diagonal run and the wire runs off its qubits), so each is emitted just before the first op it
 * does not commute with, and the steps apply the same unitary as the ops in order.
 */
export function planSteps(p: Program): Step[] {
  const steps: Step[] = [];
  const wire: (number[] | undefined)[] = Array.from({ length: p.n }, () => undefined);
  let diag: number[] = [];
  let diagMask = 0;
  const emitRun = (ops: number[], kind: typeof STEP_WIRE | typeof STEP_DIAG): void => {
    if (ops.length === 1) steps.push(step(p, STEP_OP, ops, null));
    else if (kind === STEP_WIRE) steps.push(step(p, STEP_WIRE, ops, null));
    else steps.push(step(p, STEP_DIAG, ops, diagonalTable(p, ops, 32 - Math.clz32(diagMask))));
  };
  const flushWire = (q: number): void => {
    const run = wire[q];
    if (run) emitRun(run, STEP_WIRE);
    wire[q] = undefined;
  };
  const flushDiag = (): void => {
    if (diag.length) emitRun(diag, STEP_DIAG);
    diag = [];
    diagMask = 0;
  };
  const flushWires = (mask: number): void => {
    for (let q = 0; q < p.n; q++) if (mask & (1 << q)) flushWire(q);
  };
  for (let i = 0; i < p.ops; i++) {
    const kind = p.gates[i]!.kernel;
    const mask = touched(p, i);
    const oneQubit = p.cmask[i] === 0 && p.q1[i]! < 0;
    const constantDiagonal = (kind === 'diag1' || kind === 'diag2') && !p.varies[i];
    if (oneQubit) {
      if (diagMask & mask) flushDiag();
      (wire[p.q0[i]!] ??= []).push(i);
    } else if (constantDiagonal && mask < 1 << DIAG_MAX_QUBITS) {
      flushWires(mask);
      diag.push(i);
      diagMask |= mask;
    } else {
      flushWires(mask);
      if (diagMask & mask) flushDiag();
      steps.push(step(p, STEP_OP, [i], null));
    }
  }
  flushWires((1 << p.n) - 1);
  flushDiag();
  return steps;
}

/** Every op as a step of its own: the program as compiled (the reference fusion must match). */
export function unfusedSteps(p: Program): Step[] {
  return Array.from({ length: p.ops }, (_, i) => step(p, STEP_OP, [i], null));
}

/** out = a·b for 2×2 complex matrices (8 numbers each, row-major, interleaved); out may be a or b. */
export function mul2(
  a: Float64Array, ao: number, b: Float64Array, bo: number, out: Float64Array, oo: number,
): void {
  const a00r = a[ao]!, a00i = a[ao + 1]!, a01r = a[ao + 2]!, a01i = a[ao + 3]!;
  const a10r = a[ao + 4]!, a10i = a[ao + 5]!, a11r = a[ao + 6]!, a11i = a[ao + 7]!;
  const b00r = b[bo]!, b00i = b[bo + 1]!, b01r = b[bo + 2]!, b01i = b[bo + 3]!;
  const b10r = b[bo + 4]!, b10i = b[bo + 5]!, b11r = b[bo + 6]!, b11i = b[bo + 7]!;
  out[oo] = a00r * b00r - a00i * b00i + a01r * b10r - a01i * b10i;
  out[oo + 1] = a00r * b00i + a00i * b00r + a01r * b10i + a01i * b10r;
  out[oo + 2] = a00r * b01r - a00i * b01i + a01r * b11r - a01i * b11i;
  out[oo + 3] = a00r * b01i + a00i * b01r + a01r * b11i + a01i * b11r;
  out[oo + 4] = a10r * b00r - a10i * b00i + a11r * b10r - a11i * b10i;
  out[oo + 5] = a10r * b00i + a10i * b00r + a11r * b10i + a11i * b10r;
  out[oo + 6] = a10r * b01r - a10i * b01i + a11r * b11r - a11i * b11i;
  out[oo + 7] = a10r * b01i + a10i * b01r + a11r * b11i + a11i * b11r;
} // prettier-ignore

/** out = a† (conjugate transpose of a 2×2); out must not be a. */
export function dagger2(a: Float64Array, ao: number, out: Float64Array, oo: number): void {
  out[oo] = a[ao]!;
  out[oo + 1] = -a[ao + 1]!;
  out[oo + 2] = a[ao + 4]!;
  out[oo + 3] = -a[ao + 5]!;
  out[oo + 4] = a[ao + 2]!;
  out[oo + 5] = -a[ao + 3]!;
  out[oo + 6] = a[ao + 6]!;
  out[oo + 7] = -a[ao + 7]!;
}

/**
 * out = ∂U/∂θ = −i/2·P·U for a rotation exp(−iθP/2) about `axis`, from U (8 numbers at m[mo]):
 * the derivative without trigonometry. out must not be m.
 */
export function axisDerivative(
  axis: 'X' | 'Y' | 'Z', m: Float64Array, mo: number, out: Float64Array, oo: number,
): void {
  // Rows of P·U: X swaps them, Y swaps them times (−i, i), Z negates the second; then ×(−i/2),
  // which takes (re, im) to (im/2, −re/2).
  const top = axis === 'Z' ? 0 : 4;
  const bottom = 4 - top;
  for (let c = 0; c < 4; c += 2) {
    const tr = m[mo + top + c]!, ti = m[mo + top + c + 1]!;
    const br = m[mo + bottom + c]!, bi = m[mo + bottom + c + 1]!;
    if (axis === 'Y') {
      out[oo + c] = -tr / 2; out[oo + c + 1] = -ti / 2;
      out[oo + 4 + c] = br / 2; out[oo + 4 + c + 1] = bi / 2;
    } else {
      const sign = axis === 'Z' ? -1 : 1;
      out[oo + c] = ti / 2; out[oo + c + 1] = -tr / 2;
      out[oo + 4 + c] = sign * bi / 2; out[oo + 4 + c + 1] = -sign * br / 2;
    }
  }
} // prettier-ignore
