// WebAssembly SIMD kernels for the simulator's hottest loops: one- and two-qubit gates, the X
// (CNOT, Toffoli) permutation and the fused adjoint-differentiation step (simd1.ts, simd2.ts).
// One amplitude (re, im) is one f64x2 vector, so a 2×2 complex matrix costs two v128 loads, two
// stores and a few vector multiply-adds per amplitude pair, and the gate runs at about the
// memory-bandwidth floor, which scalar JavaScript does not reach (`npm run bench`).
//
// Large states live in a WebAssembly.Memory of their own, with an instance of the module bound
// to it; small states stay plain Float64Arrays, where the JavaScript kernels (kernels.ts) are as
// fast and allocation is cheaper. Without WebAssembly SIMD everything uses the JavaScript kernels.

import { ONE_QUBIT_KERNELS } from './simd1';
import { PHASE_KERNELS } from './simdPhase';
import { TWO_QUBIT_KERNELS } from './simd2';
import { MATRIX_OFFSET, SCRATCH_OFFSET, STATE_OFFSET } from './simdAsm';
import * as w from './wasm';

/** States of at least this many qubits get WebAssembly memory and the SIMD kernels. */
export const SIMD_MIN_QUBITS = 10;

/**
 * Kernels on the memory they were made for. `o` is the byte offset of the state (a.byteOffset)
 * and `len` the byte length of the amplitudes to run over (a.byteLength: one state, or a batch of
 * states back to back, where each gate acts on every state alike); each acts on the pairs
 * (b, b + 2^q) of basis indices b with bit q clear and (b & cmask) === cval.
 */
export interface SimdKernels {
  /** Real 2×2 matrix [[m00, m01], [m10, m11]]. */
  real(o: number, len: number, q: number, cmask: number, cval: number,
    m00: number, m01: number, m10: number, m11: number): void;
  /** Complex 2×2 matrix, (re, im) per entry, row-major. */
  complex(o: number, len: number, q: number, cmask: number, cval: number,
    m00r: number, m00i: number, m01r: number, m01i: number,
    m10r: number, m10i: number, m11r: number, m11i: number): void;
  /** Diagonal matrix diag(m00, m11) (the off-diagonal entries are ignored). */
  diagonal(o: number, len: number, q: number, cmask: number, cval: number,
    m00r: number, m00i: number, m01r: number, m01i: number,
    m10r: number, m10i: number, m11r: number, m11i: number): void;
  /** Pauli X: swaps each pair. */
  x(o: number, len: number, q: number, cmask: number, cval: number): void;
  /** X on q0 where q1 is 1 (and further controls cmask, cval hold): half the state, no test for q1. */
  cx(o: number, len: number, q0: number, q1: number, cmask: number, cval: number): void;
  /** The same forms without the control test, for cmask = 0 (no controls, or only q1 for cx). */
  readonly free: Pick<SimdKernels, 'real' | 'complex' | 'diagonal' | 'cx' | 'adjoint' | 'adjointReal' | 'adjointDiagonal'>;
  /**
   * Adjoint step with U† = u: φ ← U†φ, G_rc = Σ conj(λ_r)·φ'_c written to `scratch` (g00 re, im,
   * g01, g10, g11), λ ← U†λ. λ lies `d` bytes after φ in the same memory.
   */
  adjoint(o: number, len: number, q: number, cmask: number, cval: number, d: number,
    u00r: number, u00i: number, u01r: number, u01i: number,
    u10r: number, u10i: number, u11r: number, u11i: number): void;
  /** The same step for a diagonal U† with diagonal derivatives: only G00 and G11. */
  adjointDiagonal(o: number, len: number, q: number, cmask: number, cval: number, d: number,
    u00r: number, u00i: number, u01r: number, u01i: number,
    u10r: number, u10i: number, u11r: number, u11i: number): void;
  /** The same step for a real U†, writing only Re G_rc (scratch[0], [2], [4], [6]). */
  adjointReal(o: number, len: number, q: number, cmask: number, cval: number, d: number,
    u00: number, u01: number, u10: number, u11: number): void;
  /**
   * A batch of states back to back (`len` bytes in all, `stride` bytes each), each with its own
   * complex 2×2 read from `mats` (writeBatchMatrix in simd1.ts).
   */
  complexBatch(o: number, len: number, q: number, cmask: number, cval: number,
    stride: number, mats: number): void;
  /**
   * The complex adjoint step on a batch: state s's U† read from mats, its sums G_rc written at
   * gout + 64·s (as `adjoint` writes scratch). λ lies `d` bytes after φ.
   */
  adjointBatch(o: number, len: number, q: number, cmask: number, cval: number,
    stride: number, mats: number, d: number, gout: number): void;
  /** complexBatch for real matrices: state s's R vectors read from mats (its I ignored). */
  realBatch(o: number, len: number, q: number, cmask: number, cval: number,
    stride: number, mats: number): void;
  /** Two real 2×2s per state, on q0 and q1, from mats (writeRealPair in simd2.ts). */
  realPair(o: number, len: number, q0: number, q1: number, stride: number, mats: number): void;
  /** adjointBatch for real U† and derivatives: only Re G_rc, at gout + 64·s + 16·k. */
  adjointRealBatch(o: number, len: number, q: number, cmask: number, cval: number,
    stride: number, mats: number, d: number, gout: number): void;
  /** adjointBatch for real U† (R slots read) with complex derivatives: all the complex sums. */
  adjointRealUBatch(o: number, len: number, q: number, cmask: number, cval: number,
    stride: number, mats: number, d: number, gout: number): void;
  /**
   * Per-input phase layers (simdPhase.ts): state s (stride bytes each) times its own diagonal
   * low·high, from its tables at tbl + s·tstride; lowBytes bytes of amplitudes per low table.
   */
  phaseBatch(o: number, len: number, stride: number, tbl: number, tstride: number,
    lowBytes: number): void;
  /** Its adjoint step (tables of D†), each state's Im-sums at sums + s·sstride; λ d bytes on. */
  phaseAdjointBatch(o: number, len: number, stride: number, tbl: number, tstride: number,
    lowBytes: number, d: number, sums: number, sstride: number): void;
  /** phaseBatch times a constant real diagonal (phaseReal's table at rt, rtlen bytes) too. */
  phaseRingBatch(o: number, len: number, stride: number, tbl: number, tstride: number,
    lowBytes: number, rt: number, rtlen: number): void;
  /** phaseAdjointBatch times the constant real diagonal too (its own inverse: ±1 or real). */
  phaseRingAdjointBatch(o: number, len: number, stride: number, tbl: number, tstride: number,
    lowBytes: number, d: number, sums: number, sstride: number, rt: number, rtlen: number): void;
  /**
   * Product states of nq qubits for a batch (simdPhase.ts): state s's one-qubit factors from
   * vecs + s·vstride, per qubit the (R, I) vectors of its two amplitudes.
   */
  productStates(o: number, len: number, stride: number, vecs: number, vstride: number,
    nq: number): void;
  /**
   * Amplitude b times the vector (v, v) at byte address tbl + 16·(b mod size), for a table of
   * size vectors (tlen = 16·size bytes; len a multiple of it): phaseTable's real case.
   */
  phaseReal(o: number, len: number, tbl: number, tlen: number): void;
  /** Dense 4×4 gate on qubits q0 (local bit 0) and q1, read from `matrix` (see writeMatrix4). */
  dense2(o: number, len: number, q0: number, q1: number, cmask: number, cval: number): void;
  /** Diagonal 4×4 gate, entries (l, l) read from `matrix`. */
  diag2(o: number, len: number, q0: number, q1: number, cmask: number, cval: number): void;
  /**
   * Im⟨λ|P|φ⟩ into scratch[0], for the Pauli string P = (sign_l, flip x) on q0, q1 (pauliBracket
   * in simd2.ts); pauli2[x] is the kernel for local flips x = 0…3. λ lies `d` bytes after φ.
   */
  readonly pauli2: readonly ((o: number, len: number, q0: number, q1: number, cmask: number,
    cval: number, d: number, s0: number, s1: number, s2: number, s3: number) => void)[];
  /** Where `adjoint` leaves its 8 sums. */
  readonly scratch: Float64Array;
  /** Where dense2 and diag2 read their matrix (64 numbers, written by writeMatrix4). */
  readonly matrix: Float64Array;
} // prettier-ignore

/** The module's bytes: imports memory e.m, exports every kernel by its short name. */
export function simdModuleBytes(): Uint8Array<ArrayBuffer> {
  const all = { ...ONE_QUBIT_KERNELS, ...TWO_QUBIT_KERNELS, ...PHASE_KERNELS };
  return w.moduleBytes(Object.entries(all).map(([name, f]) => ({ name, ...f })));
}

let module: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly SIMD is not available. */
function simdModule(): WebAssembly.Module | null {
  if (module === undefined) {
    try {
      module = new WebAssembly.Module(simdModuleBytes());
    } catch {
      module = null;
    }
  }
  return module;
}

const kernelsOf = new WeakMap<ArrayBufferLike, SimdKernels>();

/**
 * `count` zeroed amplitude arrays of n qubits (2^(n+1) numbers each). From n = SIMD_MIN_QUBITS
 * on they share one WebAssembly memory of their own, with SIMD kernels attached.
 */
export function allocAmplitudes(n: number, count = 1): Float64Array[] {
  return allocArrays(new Array<number>(count).fill(2 ** (n + 1)), n >= SIMD_MIN_QUBITS);
}

/**
 * Zeroed arrays of the given lengths (each a multiple of 2); with `simd` (and WebAssembly SIMD
 * available) they share one WebAssembly memory with the kernels attached, one after another
 * (a batch of small states and its matrices: batch.ts).
 */
export function allocArrays(lengths: readonly number[], simd: boolean): Float64Array[] {
  const mod = simd ? simdModule() : null;
  if (!mod) return lengths.map((length) => new Float64Array(length));
  const bytes = STATE_OFFSET + lengths.reduce((a, b) => a + b, 0) * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  const e = new WebAssembly.Instance(mod, { e: { m: memory } }).exports as Record<
    | 'r'
    | 'c'
    | 'dg'
    | 'x'
    | 'a'
    | 'ar'
    | 'ad'
    | 'cb'
    | 'ab'
    | 'rb'
    | 'rp'
    | 'arb'
    | 'arcb'
    | 'phb'
    | 'phab'
    | 'ps'
    | 'phbr'
    | 'phabr'
    | 'pr'
    | 'ru'
    | 'cu'
    | 'dgu'
    | 'au'
    | 'aru'
    | 'adu'
    | 'cx'
    | 'cxu'
    | 'd2'
    | 'g2'
    | 'pb0'
    | 'pb1'
    | 'pb2'
    | 'pb3',
    never
  >;
  kernelsOf.set(memory.buffer, {
    real: e.r,
    complex: e.c,
    x: e.x,
    adjoint: e.a,
    adjointReal: e.ar,
    adjointDiagonal: e.ad,
    complexBatch: e.cb,
    adjointBatch: e.ab,
    realBatch: e.rb,
    realPair: e.rp,
    adjointRealBatch: e.arb,
    adjointRealUBatch: e.arcb,
    phaseBatch: e.phb,
    phaseAdjointBatch: e.phab,
    productStates: e.ps,
    phaseRingBatch: e.phbr,
    phaseRingAdjointBatch: e.phabr,
    phaseReal: e.pr,
    cx: e.cx,
    free: {
      real: e.ru,
      complex: e.cu,
      diagonal: e.dgu,
      cx: e.cxu,
      adjoint: e.au,
      adjointReal: e.aru,
      adjointDiagonal: e.adu,
    },
    diagonal: e.dg,
    dense2: e.d2,
    diag2: e.g2,
    pauli2: [e.pb0, e.pb1, e.pb2, e.pb3],
    scratch: new Float64Array(memory.buffer, SCRATCH_OFFSET, 8),
    matrix: new Float64Array(memory.buffer, MATRIX_OFFSET, 64),
  });
  let offset = STATE_OFFSET;
  return lengths.map((length) => {
    const a = new Float64Array(memory.buffer, offset, length);
    offset += length * 8;
    return a;
  });
}

/** The SIMD kernels of the memory `a` lives in, if it has them. */
export function simdKernels(a: Float64Array): SimdKernels | undefined {
  return kernelsOf.get(a.buffer);
}
