// One-qubit SIMD kernels: dense (real and complex), diagonal and X gates, and the fused
// adjoint-differentiation step, each over the amplitude pairs (b, b + 2^q) of one qubit. One
// amplitude (re, im) is one f64x2 vector: m·a = R·a + I·swap(a) with R = (re, re), I = (−im, im).

import {
  SCRATCH_OFFSET,
  at,
  doWhile,
  func,
  get,
  guarded,
  load,
  mul,
  set,
  stateEnd,
  swapTo,
  twice,
  type Func,
  type Locals,
} from './simdAsm';
import * as w from './wasm';

/**
 * A function with the common parameters (o, len, q, cmask, cval: i32; len is the byte length of
 * the amplitudes it runs over: one state, or a batch of states one after another) then `extra`
 * parameters;
 * `build` gets the index of every name. Locals S, T, base, p, end drive `pairs`.
 */
function kernel(extra: [string, number][], v128: string[], build: (L: Locals) => number[]): Func {
  return func(['o', 'len', 'q', 'cm', 'cv'], extra, ['S', 'T', 'base', 'p', 'end'], v128, build);
}

/**
 * Runs `body` for every pair (p, p + S) of byte addresses that passes the control test (every
 * pair when `controlled` is false: the batched kernels, whose fused runs have no controls).
 */
export function pairs(L: Locals, body: number[], controlled = true): number[] {
  return [
    ...w.i32c(16), ...get(L.q!), ...w.SHL, ...set(L.S!), // S = 16·2^q: bytes between partners
    ...stateEnd(L),
    // Blocks of 2S bytes; in each, the pairs (p, p + S) of its lower half.
    ...doWhile(L, 'base', get(L.o!), 'T', twice(L, 'S'), [
      ...get(L.base!), ...get(L.S!), ...w.ADD, ...set(L.end!),
      ...doWhile(L, 'p', get(L.base!), 'end', w.i32c(16), controlled ? guarded(L, body) : body),
    ]),
  ]; // prettier-ignore
}

/** The 8 f64 parameters m?r, m?i (k = 0…3 for entries 00, 01, 10, 11), as vectors R_k, I_k. */
export const MATRIX: [string, number][] = [0, 1, 2, 3].flatMap((k): [string, number][] => [
  [`m${k}r`, w.F64],
  [`m${k}i`, w.F64],
]);
export const RI = [0, 1, 2, 3].flatMap((k) => [`R${k}`, `I${k}`]);
/** R_k = (re, re), I_k = (−im, im): then m·a = R_k·a + I_k·swap(a). */
function matrixVectors(L: Locals): number[] {
  return [0, 1, 2, 3].flatMap((k) => [
    ...get(L[`m${k}r`]!), ...w.SPLAT, ...set(L[`R${k}`]!),
    ...get(L[`m${k}i`]!), ...w.SPLAT, ...get(L[`m${k}i`]!), ...w.F64_NEG, ...w.REPLACE0,
    ...set(L[`I${k}`]!),
  ]); // prettier-ignore
}
/** m_k0·a + m_k1·b with the swapped copies as, bs. */
export function complexRow(L: Locals, k0: number, k1: number, a: string, b: string): number[] {
  const [R0, I0, R1, I1] = [`R${k0}`, `I${k0}`, `R${k1}`, `I${k1}`].map((s) => L[s]!);
  return [
    ...mul(L[a]!, R0!), ...mul(L[`${a}s`]!, I0!), ...w.VADD,
    ...mul(L[b]!, R1!), ...w.VADD, ...mul(L[`${b}s`]!, I1!), ...w.VADD,
  ]; // prettier-ignore
}

const REAL: [string, number][] = ['00', '01', '10', '11'].map((e) => [`m${e}`, w.F64]);
const V = ['V00', 'V01', 'V10', 'V11'];
/** V_e = (m_e, m_e) for the real matrix parameters m00…m11. */
const realVectors = (L: Locals): number[] =>
  ['00', '01', '10', '11'].flatMap((e) => [...get(L[`m${e}`]!), ...w.SPLAT, ...set(L[`V${e}`]!)]);
/** m_e0·a + m_e1·b for a real matrix. */
const realRow = (L: Locals, e0: string, e1: string, a: string, b: string): number[] =>
  [...mul(L[a]!, L[`V${e0}`]!), ...mul(L[b]!, L[`V${e1}`]!), ...w.VADD]; // prettier-ignore

const realKernel = (controlled: boolean): Func => kernel(REAL, ['A', 'B', 'V00', 'V01', 'V10', 'V11'], (L) => [
  ...realVectors(L),
  ...pairs(L, [
    ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
    ...at(L, 'p'), ...realRow(L, '00', '01', 'A', 'B'), ...w.STORE,
    ...at(L, 'p', 'S'), ...realRow(L, '10', '11', 'A', 'B'), ...w.STORE,
  ], controlled),
]); // prettier-ignore

const complexKernel = (controlled: boolean): Func => kernel(MATRIX, ['A', 'B', 'As', 'Bs', ...RI], (L) => [
  ...matrixVectors(L),
  ...pairs(L, [
    ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
    ...swapTo(L.A!, L.As!), ...swapTo(L.B!, L.Bs!),
    ...at(L, 'p'), ...complexRow(L, 0, 1, 'A', 'B'), ...w.STORE,
    ...at(L, 'p', 'S'), ...complexRow(L, 2, 3, 'A', 'B'), ...w.STORE,
  ], controlled),
]); // prettier-ignore

// prettier-ignore
const xKernel = (controlled: boolean): Func => kernel([], ['A', 'B'], (L) => pairs(L, [
  ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
  ...at(L, 'p'), ...get(L.B!), ...w.STORE,
  ...at(L, 'p', 'S'), ...get(L.A!), ...w.STORE,
], controlled));

/** m_k·a for one complex matrix entry k, with the swapped copy `${a}s`. */
const complexTerm = (L: Locals, k: number, a: string): number[] =>
  [...mul(L[a]!, L[`R${k}`]!), ...mul(L[`${a}s`]!, L[`I${k}`]!), ...w.VADD]; // prettier-ignore

// prettier-ignore
const diagKernel = (controlled: boolean): Func => kernel(MATRIX, ['A', 'B', 'As', 'Bs', ...RI], (L) => [
  ...matrixVectors(L),
  ...pairs(L, [
    ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
    ...swapTo(L.A!, L.As!), ...swapTo(L.B!, L.Bs!),
    ...at(L, 'p'), ...complexTerm(L, 0, 'A'), ...w.STORE,
    ...at(L, 'p', 'S'), ...complexTerm(L, 3, 'B'), ...w.STORE,
  ], controlled),
]);

/**
 * The fused adjoint step. 'complex': any U† and derivatives, all four sums G_rc. 'real': a real
 * U† with real derivatives (RY), where only Re G_rc matters: no swapped copies, half the sums.
 * 'diagonal': a diagonal U† with diagonal derivatives (RZ, P, CRZ), where only G00 and G11 do.
 * 'realU': a real U† with complex derivatives (the middle of a split wire: batchInput.ts), all
 * four complex sums, no swapped copies for U†. `batched` (not diagonal): one call for a batch of
 * states, each with its own U† read from memory and its own sums written to memory
 * (batchedKernel).
 */
export function adjointKernel(
  mode: 'complex' | 'real' | 'diagonal' | 'realU',
  { batched = false, controlled = true } = {},
): { type: number[]; body: number[] } {
  // `real`: only the real sums; realU: U† real (applied without swapped copies).
  const real = mode === 'real';
  const realU = real || mode === 'realU';
  const sums = mode === 'diagonal' ? ['00', '11'] : ['00', '01', '10', '11'];
  const swapped = real ? [] : realU ? ['Xs', 'Ys'] : ['As', 'Bs', 'LAs', 'LBs', 'Xs', 'Ys'];
  const G = sums.flatMap((rc) => (real ? [`Gr${rc}`] : [`Gr${rc}`, `Gi${rc}`]));
  const v128 = ['A', 'B', 'X', 'Y', 'LA', 'LB', ...swapped, ...(realU ? V : RI), ...G];
  const build = (L: Locals, results: (k: number, imag: boolean) => number[]): number[] => {
    /** Row r (0 or 1) of U† applied to the pair (a, b). */
    const row = (r: number, a: string, b: string): number[] =>
      realU
        ? realRow(L, r === 0 ? '00' : '10', r === 0 ? '01' : '11', a, b)
        : mode === 'complex'
          ? complexRow(L, 2 * r, 2 * r + 1, a, b)
          : complexTerm(L, 3 * r, r === 0 ? a : b);
    // conj(l)·x = (lr·xr + li·xi, lr·xi − li·xr): lanes of l·x summed, of l·swap(x) subtracted.
    const acc = (rc: string): number[] => {
      const l = L[rc[0] === '0' ? 'LA' : 'LB']!;
      const x = rc[1] === '0' ? 'X' : 'Y';
      return [
        ...get(L[`Gr${rc}`]!), ...mul(l, L[x]!), ...w.VADD, ...set(L[`Gr${rc}`]!),
        ...(real ? [] : [
          ...get(L[`Gi${rc}`]!), ...mul(l, L[`${x}s`]!), ...w.VADD, ...set(L[`Gi${rc}`]!),
        ]),
      ]; // prettier-ignore
    };
    const stores = sums.flatMap((rc) => {
      const k = ['00', '01', '10', '11'].indexOf(rc);
      return [
        ...results(k, false), ...get(L[`Gr${rc}`]!), ...w.lane(0), ...get(L[`Gr${rc}`]!), ...w.lane(1),
        ...w.F64_ADD, ...w.f64Store(16 * k),
        ...(real ? [] : [
          ...results(k, true), ...get(L[`Gi${rc}`]!), ...w.lane(0), ...get(L[`Gi${rc}`]!), ...w.lane(1),
          ...w.F64_SUB, ...w.f64Store(16 * k + 8),
        ]),
      ]; // prettier-ignore
    });
    return [
      ...G.flatMap((g) => [...w.V128_ZERO, ...set(L[g]!)]),
      ...pairs(L, [
        ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
        ...(realU ? [] : [...swapTo(L.A!, L.As!), ...swapTo(L.B!, L.Bs!)]),
        ...row(0, 'A', 'B'), ...set(L.X!),
        ...row(1, 'A', 'B'), ...set(L.Y!),
        ...at(L, 'p'), ...get(L.X!), ...w.STORE,
        ...at(L, 'p', 'S'), ...get(L.Y!), ...w.STORE,
        ...(real ? [] : [...swapTo(L.X!, L.Xs!), ...swapTo(L.Y!, L.Ys!)]),
        ...load(at(L, 'p', 'd'), L.LA!), ...load(at(L, 'p', 'S', 'd'), L.LB!),
        ...sums.flatMap(acc),
        ...(realU ? [] : [...swapTo(L.LA!, L.LAs!), ...swapTo(L.LB!, L.LBs!)]),
        ...at(L, 'p', 'd'), ...row(0, 'LA', 'LB'), ...w.STORE,
        ...at(L, 'p', 'S', 'd'), ...row(1, 'LA', 'LB'), ...w.STORE,
      ], controlled && !batched),
      ...stores,
    ]; // prettier-ignore
  };
  if (batched) {
    if (mode === 'diagonal') throw new Error('The diagonal adjoint step has no batched form.');
    // Sums of state s at gout + 64·s, written as the single-state kernel writes its scratch.
    return batchedKernel(['d', 'gout'], v128, (L) => build(L, () => get(L.gp!)), realU);
  }
  return kernel([['d', w.I32], ...(realU ? REAL : MATRIX)], v128, (L) => [
    ...(realU ? realVectors(L) : matrixVectors(L)),
    ...build(L, () => w.i32const(SCRATCH_OFFSET)),
  ]);
}

/**
 * A kernel over a batch of states back to back, each with its own 2×2 matrix: parameters o0 (the
 * first state's byte address), total (bytes of all states), q, cm, cv, stride (bytes of one
 * state), mats (byte address of the matrices: per state the vectors R0, I0 … R3, I3, 128 bytes,
 * as writeBatchMatrix lays them out), then `extra` i32 parameters. `perState` runs with o, len
 * set to one state and R0…I3 loaded (`real`: only R0…R3, as V00, V01, V10, V11: the matrix's
 * imaginary parts are zero); gp advances by 64 bytes per state.
 */
function batchedKernel(
  extra: string[],
  v128: string[],
  perState: (L: Locals) => number[],
  real = false,
): Func {
  const common = ['o0', 'total', 'q', 'cm', 'cv', 'stride', 'mats', ...extra];
  const i32 = ['o', 'len', 'S', 'T', 'base', 'p', 'end', 'sEnd', 'mp', 'gp'];
  const entries = real ? V : RI;
  return func(common, [], i32, [...new Set([...v128, ...entries])], (L) => [
    ...get(L.stride!), ...set(L.len!),
    ...get(L.o0!), ...get(L.total!), ...w.ADD, ...set(L.sEnd!),
    ...get(L.mats!), ...set(L.mp!),
    ...(L.gout === undefined ? [] : [...get(L.gout), ...set(L.gp!)]),
    ...doWhile(L, 'o', get(L.o0!), 'sEnd', get(L.stride!), [
      ...entries.flatMap((v, i) => [...get(L.mp!), ...w.loadAt((real ? 32 : 16) * i), ...set(L[v]!)]),
      ...perState(L),
      ...get(L.mp!), ...w.i32const(128), ...w.ADD, ...set(L.mp!),
      ...get(L.gp!), ...w.i32const(64), ...w.ADD, ...set(L.gp!),
    ]),
  ]); // prettier-ignore
}

/** The complex 2×2 kernel for a batch of states, each with its own matrix. */
const complexBatchKernel = batchedKernel(
  [],
  ['A', 'B', 'As', 'Bs'],
  (L) =>
  pairs(L, [
    ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
    ...swapTo(L.A!, L.As!), ...swapTo(L.B!, L.Bs!),
    ...at(L, 'p'), ...complexRow(L, 0, 1, 'A', 'B'), ...w.STORE,
    ...at(L, 'p', 'S'), ...complexRow(L, 2, 3, 'A', 'B'), ...w.STORE,
  ], false), // prettier-ignore
);

/** The real 2×2 kernel for a batch of states, each with its own matrix (its R vectors read). */
const realBatchKernel = batchedKernel(
  [],
  ['A', 'B'],
  (L) =>
  pairs(L, [
    ...load(at(L, 'p'), L.A!), ...load(at(L, 'p', 'S'), L.B!),
    ...at(L, 'p'), ...realRow(L, '00', '01', 'A', 'B'), ...w.STORE,
    ...at(L, 'p', 'S'), ...realRow(L, '10', '11', 'A', 'B'), ...w.STORE,
  ], false), // prettier-ignore
  true,
);

/**
 * Writes the 2×2 complex matrix m[o…o+7] as state s's vectors R_k = (re, re), I_k = (−im, im)
 * into the batched kernels' matrix area `area` (16 numbers per state).
 */
export function writeBatchMatrix(area: Float64Array, s: number, m: Float64Array, o: number): void {
  const b = 16 * s;
  for (let k = 0; k < 4; k++) {
    const re = m[o + 2 * k]!;
    const im = m[o + 2 * k + 1]!;
    area[b + 4 * k] = re;
    area[b + 4 * k + 1] = re;
    area[b + 4 * k + 2] = -im;
    area[b + 4 * k + 3] = im;
  }
}

/**
 * A real diagonal on the low qubits (a fused ring of CZ: fuse.ts): amplitude b times the vector
 * (v, v) at tbl + 16·(b mod the table's size), b counted from o (over a batch, b mod the size is
 * the index within each state's low qubits). The table (tlen bytes) is walked in step with the
 * amplitudes, so an amplitude costs two loads, a product and a store.
 */
const phaseRealKernel = func(['o', 'len', 'tbl', 'tlen'], [], ['T', 'p', 't', 'tEnd'], ['A'], (L) => [
  ...stateEnd(L),
  ...get(L.tbl!), ...get(L.tlen!), ...w.ADD, ...set(L.tEnd!),
  ...get(L.o!), ...set(L.p!),
  ...w.LOOP,
  // Two amplitudes per round: a table holds at least two (a diagonal on at least one qubit).
  ...doWhile(L, 't', get(L.tbl!), 'tEnd', w.i32c(32), [0, 16].flatMap((d) => [
    ...get(L.p!), ...get(L.p!), ...w.loadAt(d), ...get(L.t!), ...w.loadAt(d), ...w.VMUL,
    ...w.storeAt(d),
  ]).concat([...get(L.p!), ...w.i32c(32), ...w.ADD, ...set(L.p!)])),
  ...get(L.p!), ...get(L.T!), ...w.LT_U, ...w.brIf(0),
  ...w.END,
]); // prettier-ignore

/** The one-qubit kernels by export name; `u` marks the uncontrolled forms (no control test). */
export const ONE_QUBIT_KERNELS: Record<string, Func> = {
  r: realKernel(true),
  ru: realKernel(false),
  c: complexKernel(true),
  cu: complexKernel(false),
  dg: diagKernel(true),
  dgu: diagKernel(false),
  x: xKernel(true),
  a: adjointKernel('complex'),
  au: adjointKernel('complex', { controlled: false }),
  ar: adjointKernel('real'),
  aru: adjointKernel('real', { controlled: false }),
  ad: adjointKernel('diagonal'),
  adu: adjointKernel('diagonal', { controlled: false }),
  cb: complexBatchKernel,
  ab: adjointKernel('complex', { batched: true }),
  rb: realBatchKernel,
  arb: adjointKernel('real', { batched: true }),
  arcb: adjointKernel('realU', { batched: true }),
  pr: phaseRealKernel,
};
