// SIMD kernels of per-input phase layers (inputPhase.ts): a diagonal D = ⊗_q diag(d0_q, d1_q) of
// its own for each state of a batch, applied as two factors per amplitude, D_b = low[b mod 2^L] ·
// high[b div 2^L], from two small tables per state that JavaScript writes (the full table would
// cost as much to build as to apply), times a constant real ring (CZ) when the layer took one.
// Each table entry is a pair of vectors (R, I) = ((re, re), (−im, im)), so that
// t·a = R·a + I·swap(a), as the 2×2 kernels read their matrices. And product states: a batch's
// first one-qubit layers from |0…0⟩ made directly (batchInput.ts).

import { doWhile, func, get, load, mul, set, swapTo, type Func, type Locals } from './simdAsm';
import * as w from './wasm';

/** x ← R·x + I·swap(x) for the table entry (R, I) and a swapped copy xs of x. */
const times = (L: Locals, x: string, xs: string, r: string, i: string): number[] => [
  ...mul(L[x]!, L[r]!), ...mul(L[xs]!, L[i]!), ...w.VADD, ...set(L[x]!),
]; // prettier-ignore

/**
 * a ← low·high·a stored at `addr` + `off` (LR, LI and HR, HI loaded), with the swapped copy in
 * `s`; with `ring`, times the real table's vector in RV too.
 */
const twoFactors = (L: Locals, a: string, s: string, addr: number[], off: number, ring: boolean): number[] => [
  ...times(L, a, s, 'LR', 'LI'),
  ...swapTo(L[a]!, L[s]!),
  ...times(L, a, s, 'HR', 'HI'),
  ...addr, ...get(L[a]!), ...(ring ? [...get(L.RV!), ...w.VMUL] : []), ...w.storeAt(off),
]; // prettier-ignore

/** i32.ge_u */
const GE_U = [0x4f];

const COMMON = ['o0', 'total', 'stride', 'tbl', 'tstride', 'lowBytes'];
/** A ring's table (phaseReal's layout: per amplitude (v, v)) at rt, rtlen bytes. */
const RING = ['rt', 'rtlen'];

type Part = 'before' | 'perState' | 'perChunk' | 'afterChunk' | 'nextState';

/**
 * The walk over a batch: per state (stride bytes from o0, total bytes in all), its tables from
 * tp (tstride bytes apart: low, 2^L entries of 32 bytes, then high); per chunk of lowBytes bytes
 * (2^L amplitudes, at least 2) the high entry in HR, HI; then `perAmp(j)` for the amplitudes
 * p + 16j, j = 0, 1, over the chunk with the low entry in LR, LI (two per round). With `ring`,
 * a constant real diagonal walked in step with the amplitudes (rp), its table at least a chunk
 * long, so it starts again only between chunks. `before` runs once, `perState` and `perChunk`
 * first in theirs, `afterChunk` and `nextState` last.
 */
function walk(
  L: Locals,
  ring: boolean,
  parts: Partial<Record<Part, number[]>> & { perAmp: (j: number) => number[] },
): number[] {
  return [
    ...(parts.before ?? []),
    ...(ring ? [...get(L.rt!), ...set(L.rp!), ...get(L.rt!), ...get(L.rtlen!), ...w.ADD, ...set(L.rEnd!)] : []),
    ...get(L.o0!), ...get(L.total!), ...w.ADD, ...set(L.sEnd!),
    ...get(L.tbl!), ...set(L.tp!),
    ...doWhile(L, 'o', get(L.o0!), 'sEnd', get(L.stride!), [
      ...(parts.perState ?? []),
      ...get(L.tp!), ...get(L.lowBytes!), ...get(L.lowBytes!), ...w.ADD, ...w.ADD, ...set(L.hp!),
      ...get(L.o!), ...get(L.stride!), ...w.ADD, ...set(L.T!),
      ...doWhile(L, 'base', get(L.o!), 'T', get(L.lowBytes!), [
        ...load(get(L.hp!), L.HR!),
        ...get(L.hp!), ...w.loadAt(16), ...set(L.HI!),
        ...get(L.hp!), ...w.i32c(32), ...w.ADD, ...set(L.hp!),
        ...get(L.tp!), ...set(L.lp!),
        ...get(L.base!), ...get(L.lowBytes!), ...w.ADD, ...set(L.end!),
        ...(ring ? [...get(L.rt!), ...get(L.rp!), ...get(L.rp!), ...get(L.rEnd!), ...GE_U, ...w.SELECT, ...set(L.rp!)] : []),
        ...(parts.perChunk ?? []),
        ...doWhile(L, 'p', get(L.base!), 'end', w.i32c(32), [0, 1].flatMap((j) => [
          ...get(L.lp!), ...w.loadAt(32 * j), ...set(L.LR!),
          ...get(L.lp!), ...w.loadAt(32 * j + 16), ...set(L.LI!),
          ...(ring ? [...get(L.rp!), ...w.loadAt(16 * j), ...set(L.RV!)] : []),
          ...parts.perAmp(j),
        ]).concat([
          ...get(L.lp!), ...w.i32const(64), ...w.ADD, ...set(L.lp!),
          ...(ring ? [...get(L.rp!), ...w.i32c(32), ...w.ADD, ...set(L.rp!)] : []),
        ])),
        ...(parts.afterChunk ?? []),
      ]),
      ...get(L.tp!), ...get(L.tstride!), ...w.ADD, ...set(L.tp!),
      ...(parts.nextState ?? []),
    ]),
  ]; // prettier-ignore
}

const I32 = ['sEnd', 'o', 'T', 'base', 'end', 'p', 'tp', 'hp', 'lp', 'rp', 'rEnd'];
const TABLE = ['HR', 'HI', 'LR', 'LI', 'RV'];

/** a ← D_b·a for every amplitude of every state (and times the real table with `ring`). */
const phaseBatchKernel = (ring: boolean): Func =>
  func([...COMMON, ...(ring ? RING : [])], [], I32, ['A', 'As', ...TABLE], (L) =>
    walk(L, ring, {
      perAmp: (j) => [
        ...get(L.p!), ...w.loadAt(16 * j), ...set(L.A!),
        ...swapTo(L.A!, L.As!),
        ...twoFactors(L, 'A', 'As', get(L.p!), 16 * j, ring),
      ],
    }),
  ); // prettier-ignore

/**
 * The adjoint step of the layer with the tables of D† (conjugated): per amplitude first
 * W = λ·swap(φ) (its lanes' difference is Im conj(λ)·φ), added into the state's sums, then
 * φ ← D†φ and λ ← D†λ (λ lies d bytes after φ). The sums of a state (from sums, sstride bytes
 * apart): 2^L vectors by low index (over all chunks), then 2^H by chunk.
 */
const phaseAdjointBatchKernel = (ring: boolean): Func => func(
  [...COMMON, 'd', 'sums', 'sstride', ...(ring ? RING : [])],
  [],
  [...I32, 'sp', 'bp', 'hs', 'z', 'pd'],
  ['A', 'As', 'B', 'Bs', 'W', 'H', ...TABLE],
  (L) =>
    walk(L, ring, {
      before: [...get(L.sums!), ...set(L.sp!)],
      perState: [
        // The low sums start at zero; the chunk sums (from hs) are written whole.
        ...get(L.sp!), ...get(L.lowBytes!), ...w.ADD, ...set(L.hs!),
        ...doWhile(L, 'z', get(L.sp!), 'hs', w.i32c(16), [...get(L.z!), ...w.V128_ZERO, ...w.STORE]),
      ],
      perChunk: [...w.V128_ZERO, ...set(L.H!), ...get(L.sp!), ...set(L.bp!)],
      perAmp: (j) => [
        ...get(L.p!), ...w.loadAt(16 * j), ...set(L.A!),
        ...get(L.p!), ...get(L.d!), ...w.ADD, ...set(L.pd!),
        ...get(L.pd!), ...w.loadAt(16 * j), ...set(L.B!),
        ...swapTo(L.A!, L.As!),
        ...mul(L.B!, L.As!), ...set(L.W!),
        ...get(L.H!), ...get(L.W!), ...w.VADD, ...set(L.H!),
        ...get(L.bp!), ...get(L.bp!), ...w.LOAD, ...get(L.W!), ...w.VADD, ...w.STORE,
        ...get(L.bp!), ...w.i32c(16), ...w.ADD, ...set(L.bp!),
        ...twoFactors(L, 'A', 'As', get(L.p!), 16 * j, ring),
        ...swapTo(L.B!, L.Bs!),
        ...twoFactors(L, 'B', 'Bs', get(L.pd!), 16 * j, ring),
      ],
      afterChunk: [
        ...get(L.hs!), ...get(L.H!), ...w.STORE,
        ...get(L.hs!), ...w.i32c(16), ...w.ADD, ...set(L.hs!),
      ],
      nextState: [...get(L.sp!), ...get(L.sstride!), ...w.ADD, ...set(L.sp!)],
    }),
); // prettier-ignore

/** v128.const (1, 0): the amplitude 1. */
const ONE = [0xfd, 0x0c, ...[0, 0, 0, 0, 0, 0, 0xf0, 0x3f], ...new Array<number>(8).fill(0)];

/**
 * Product states ⊗_q (a0, a1)_q for a batch (stride bytes each, total in all from o0): state s's
 * factors from vecs + s·vstride, per qubit q (nq of them, qubit q at bit q of the index) the
 * entries (R, I) of a0 then of a1 (64 bytes). Doubling from amplitude 1: amplitude b + 2^q gets
 * x·a1 and b gets x·a0, for x the amplitude b of the qubits below q.
 */
const productStateKernel: Func = func(
  ['o0', 'total', 'stride', 'vecs', 'vstride', 'nq'],
  [],
  ['sEnd', 'o', 'vp', 'qp', 'qEnd', 'S', 'b', 'end'],
  ['X', 'Xs', 'R0', 'I0', 'R1', 'I1'],
  (L) => [
    ...get(L.o0!), ...get(L.total!), ...w.ADD, ...set(L.sEnd!),
    ...get(L.vecs!), ...set(L.vp!),
    ...doWhile(L, 'o', get(L.o0!), 'sEnd', get(L.stride!), [
      ...get(L.o!), ...ONE, ...w.STORE,
      ...w.i32c(16), ...set(L.S!),
      ...get(L.vp!), ...get(L.nq!), ...w.i32c(6), ...w.SHL, ...w.ADD, ...set(L.qEnd!),
      ...doWhile(L, 'qp', get(L.vp!), 'qEnd', w.i32const(64), [
        ...['R0', 'I0', 'R1', 'I1'].flatMap((v, i) => [...get(L.qp!), ...w.loadAt(16 * i), ...set(L[v]!)]),
        ...get(L.o!), ...get(L.S!), ...w.ADD, ...set(L.end!),
        ...doWhile(L, 'b', get(L.o!), 'end', w.i32c(16), [
          ...load(get(L.b!), L.X!),
          ...swapTo(L.X!, L.Xs!),
          ...get(L.b!), ...get(L.S!), ...w.ADD,
          ...mul(L.X!, L.R1!), ...mul(L.Xs!, L.I1!), ...w.VADD, ...w.STORE,
          ...get(L.b!), ...mul(L.X!, L.R0!), ...mul(L.Xs!, L.I0!), ...w.VADD, ...w.STORE,
        ]),
        ...get(L.S!), ...get(L.S!), ...w.ADD, ...set(L.S!),
      ]),
      ...get(L.vp!), ...get(L.vstride!), ...w.ADD, ...set(L.vp!),
    ]),
  ], // prettier-ignore
);

/** The phase kernels by export name (ps: product states). */
export const PHASE_KERNELS: Record<string, Func> = {
  phb: phaseBatchKernel(false),
  phab: phaseAdjointBatchKernel(false),
  phbr: phaseBatchKernel(true),
  phabr: phaseAdjointBatchKernel(true),
  ps: productStateKernel,
};
