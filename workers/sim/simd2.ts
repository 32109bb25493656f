// Two-qubit SIMD kernels: a dense 4×4 gate and a diagonal one, over the amplitude quads
// (b, b + 2^q0, b + 2^q1, b + 2^q0 + 2^q1) of basis indices b with both target bits clear. The
// matrix is not passed as 32 parameters: JavaScript writes it into the memory beside the state
// (MATRIX_OFFSET) as 16 entries of (R, I) vectors, R = (re, re) and I = (−im, im), so that
// m·a = R·a + I·swap(a) with one load per vector.

import {
  MATRIX_OFFSET,
  SCRATCH_OFFSET,
  at,
  doWhile,
  func,
  get,
  guarded,
  load,
  set,
  stateEnd,
  swapTo,
  twice,
  type Func,
  type Locals,
} from './simdAsm';
import * as w from './wasm';

/** Local index l of the quad (bit 0 = q0 set, bit 1 = q1 set) → the address parts to add to p. */
const CORNER: readonly (readonly string[])[] = [['p'], ['p', 'A1'], ['p', 'A2'], ['p', 'A1', 'A2']];

/**
 * Runs `body` for every quad whose amplitude index passes the control test. A1 = 16·2^q0 and
 * A2 = 16·2^q1 are the byte distances to the partners; S0 < S1 are the same two sorted, which
 * drive three nested loops (above the high bit, between the bits, below the low bit).
 */
function quads(L: Locals, body: number[], controlled = true): number[] {
  return [
    ...w.i32c(16), ...get(L.q0!), ...w.SHL, ...set(L.A1!),
    ...w.i32c(16), ...get(L.q1!), ...w.SHL, ...set(L.A2!),
    ...get(L.A1!), ...get(L.A2!), ...get(L.A1!), ...get(L.A2!), ...w.LT_U, ...w.SELECT, ...set(L.S0!),
    ...get(L.A2!), ...get(L.A1!), ...get(L.A1!), ...get(L.A2!), ...w.LT_U, ...w.SELECT, ...set(L.S1!),
    ...stateEnd(L),
    // Blocks of 2·S1 bytes; in their lower half, blocks of 2·S0; in their lower half, quads.
    ...doWhile(L, 'h', get(L.o!), 'T', twice(L, 'S1'), [
      ...get(L.h!), ...get(L.S1!), ...w.ADD, ...set(L.mEnd!),
      ...doWhile(L, 'm', get(L.h!), 'mEnd', twice(L, 'S0'), [
        ...get(L.m!), ...get(L.S0!), ...w.ADD, ...set(L.pEnd!),
        ...doWhile(L, 'p', get(L.m!), 'pEnd', w.i32c(16), controlled ? guarded(L, body) : body),
      ]),
    ]),
  ]; // prettier-ignore
}

function kernel(
  v128: string[],
  build: (L: Locals) => number[],
  extra: [string, number][] = [],
): Func {
  const i32 = ['A1', 'A2', 'S0', 'S1', 'T', 'h', 'm', 'p', 'mEnd', 'pEnd'];
  return func(['o', 'len', 'q0', 'q1', 'cm', 'cv'], extra, i32, v128, build);
}

/** R or I of matrix entry (r, c), loaded from the matrix area. */
const entry = (r: number, c: number, imag: boolean): number[] => [
  ...w.i32c(0),
  ...w.loadAt(MATRIX_OFFSET + 32 * (4 * r + c) + (imag ? 16 : 0)),
];
/** m_rc·v_c, with v_c and its swapped copy in locals. */
const term = (L: Locals, r: number, c: number): number[] =>
  [...get(L[`v${c}`]!), ...entry(r, c, false), ...w.VMUL,
    ...get(L[`s${c}`]!), ...entry(r, c, true), ...w.VMUL, ...w.VADD]; // prettier-ignore
const V = ['v0', 'v1', 'v2', 'v3', 's0', 's1', 's2', 's3'];
/** The entries of realPairBatch's two matrices, in the order a state's 128 bytes hold them. */
const PAIR = ['00', '01', '10', '11'].flatMap((e) => [`M${e}`, `N${e}`]);
const loadQuad = (L: Locals): number[] =>
  [0, 1, 2, 3].flatMap((l) => [
    ...load(at(L, ...CORNER[l]!), L[`v${l}`]!),
    ...swapTo(L[`v${l}`]!, L[`s${l}`]!),
  ]);

/** Dense 4×4: out_r = Σ_c m_rc·v_c, all four read before any is written. */
const dense2 = kernel(V, (L) =>
  quads(L, [
    ...loadQuad(L),
    ...[0, 1, 2, 3].flatMap((r) => [
      ...at(L, ...CORNER[r]!),
      ...term(L, r, 0),
      ...[1, 2, 3].flatMap((c) => [...term(L, r, c), ...w.VADD]),
      ...w.STORE,
    ]),
  ]),
);

/** Diagonal: out_l = m_ll·v_l. */
const diag2 = kernel(V, (L) =>
  quads(L, [
    ...loadQuad(L),
    ...[0, 1, 2, 3].flatMap((l) => [...at(L, ...CORNER[l]!), ...term(L, l, l), ...w.STORE]),
  ]),
);

/**
 * Im⟨λ|P|φ⟩ for a Pauli string P on the two qubits that flips the local bits x (one kernel per
 * x): (Pφ)_l = sign_l·φ_(l⊕x), the signs (phase and Z parities) given as f64 parameters. λ lies
 * `d` bytes after φ; the sum goes to scratch[0]. Im(conj(λ)·φ) = lanes of λ·swap(φ) subtracted.
 */
function pauliBracket(x: number): Func {
  const signs: [string, number][] = [0, 1, 2, 3].map((l) => [`sign${l}`, w.F64]);
  return kernel(
    ['F', 'Fs', 'Lv', 'acc', 'G0', 'G1', 'G2', 'G3'],
    (L) => [
      ...[0, 1, 2, 3].flatMap((l) => [...get(L[`sign${l}`]!), ...w.SPLAT, ...set(L[`G${l}`]!)]),
      ...quads(L, [
        ...[0, 1, 2, 3].flatMap((l) => [
          ...load(at(L, ...CORNER[l ^ x]!), L.F!),
          ...swapTo(L.F!, L.Fs!),
          ...load(at(L, ...CORNER[l]!, 'd'), L.Lv!),
          ...get(L.acc!), ...get(L.Lv!), ...get(L.Fs!), ...w.VMUL, ...get(L[`G${l}`]!), ...w.VMUL,
          ...w.VADD, ...set(L.acc!),
        ]), // prettier-ignore
      ]),
      ...w.i32c(0), ...get(L.acc!), ...w.lane(0), ...get(L.acc!), ...w.lane(1), ...w.F64_SUB,
      ...w.f64Store(SCRATCH_OFFSET),
    ], // prettier-ignore
    [['d', w.I32], ...signs],
  );
}

/**
 * X on q0 controlled by q1 (on |1⟩): swaps the amplitudes of corners 2 and 3 only, so a CNOT
 * visits half the state with no control test; cm/cv are any further controls (Toffoli).
 */
const controlledX = (controlled: boolean): Func =>
  kernel(
    ['A', 'B'],
    (L) =>
    quads(L, [
      ...load(at(L, ...CORNER[2]!), L.A!), ...load(at(L, ...CORNER[3]!), L.B!),
      ...at(L, ...CORNER[2]!), ...get(L.B!), ...w.STORE,
      ...at(L, ...CORNER[3]!), ...get(L.A!), ...w.STORE,
    ], controlled), // prettier-ignore
  );

/**
 * Two real 2×2s on a batch of states, each with its own pair: M on q0 (state s's R slots of its
 * 128 bytes at mats, as writeBatchMatrix lays out one matrix) and N on q1 (its I slots): both
 * in one trip over the quads, half the loads and stores of two passes (writeRealPair).
 */
const realPairBatch: Func = func(
  ['o0', 'total', 'q0', 'q1', 'stride', 'mats'],
  [],
  ['o', 'len', 'sEnd', 'mp', 'A1', 'A2', 'S0', 'S1', 'T', 'h', 'm', 'p', 'mEnd', 'pEnd'],
  ['a', 'b', 'c', 'd', 'x', ...PAIR],
  (L) => {
    /** x ← e0·u + e1·v for the matrix entries (vectors) named e0, e1. */
    const row = (e0: string, u: string, e1: string, v: string): number[] =>
      [...get(L[e0]!), ...get(L[u]!), ...w.VMUL, ...get(L[e1]!), ...get(L[v]!), ...w.VMUL, ...w.VADD]; // prettier-ignore
    /** (u, v) ← G·(u, v) for the matrix G (M or N). */
    const apply = (g: string, u: string, v: string): number[] => [
      ...row(`${g}00`, u, `${g}01`, v), ...set(L.x!),
      ...row(`${g}10`, u, `${g}11`, v), ...set(L[v]!),
      ...get(L.x!), ...set(L[u]!),
    ]; // prettier-ignore
    return [
      ...get(L.stride!), ...set(L.len!),
      ...get(L.o0!), ...get(L.total!), ...w.ADD, ...set(L.sEnd!),
      ...get(L.mats!), ...set(L.mp!),
      ...doWhile(L, 'o', get(L.o0!), 'sEnd', get(L.stride!), [
        ...PAIR.flatMap((v, i) => [...get(L.mp!), ...w.loadAt(16 * i), ...set(L[v]!)]),
        ...quads(L, [
          ...['a', 'b', 'c', 'd'].flatMap((v, l) => load(at(L, ...CORNER[l]!), L[v]!)),
          ...apply('M', 'a', 'b'), ...apply('M', 'c', 'd'),
          ...apply('N', 'a', 'c'), ...apply('N', 'b', 'd'),
          ...['a', 'b', 'c', 'd'].flatMap((v, l) => [...at(L, ...CORNER[l]!), ...get(L[v]!), ...w.STORE]),
        ], false),
        ...get(L.mp!), ...w.i32const(128), ...w.ADD, ...set(L.mp!),
      ]),
    ]; // prettier-ignore
  },
);

/** The two-qubit kernels by export name (pb0…pb3: the Pauli bracket for x = 0…3). */
export const TWO_QUBIT_KERNELS: Record<string, Func> = {
  d2: dense2,
  g2: diag2,
  cx: controlledX(true),
  cxu: controlledX(false),
  ...Object.fromEntries([0, 1, 2, 3].map((x) => [`pb${x}`, pauliBracket(x)])),
  rp: realPairBatch,
};

/**
 * Writes state s's pair for realPairBatch into the matrix area: the real 2×2s at m[mo] (on q0)
 * and n[no] (on q1), 8 numbers each, of which the real parts are read.
 */
export function writeRealPair(area: Float64Array, s: number, m: Float64Array, mo: number, n: Float64Array, no: number): void {
  const b = 16 * s;
  for (let k = 0; k < 4; k++) {
    area[b + 4 * k] = area[b + 4 * k + 1] = m[mo + 2 * k]!;
    area[b + 4 * k + 2] = area[b + 4 * k + 3] = n[no + 2 * k]!;
  }
} // prettier-ignore

/**
 * Writes a 4×4 complex matrix (32 numbers at m[o], row-major, interleaved) into the matrix area
 * view `area` (64 numbers) as the (R, I) vectors the kernels read.
 */
export function writeMatrix4(area: Float64Array, m: Float64Array, o: number): void {
  for (let e = 0; e < 16; e++) {
    const re = m[o + 2 * e]!;
    const im = m[o + 2 * e + 1]!;
    area[4 * e] = re;
    area[4 * e + 1] = re;
    area[4 * e + 2] = -im;
    area[4 * e + 3] = im;
  }
}
