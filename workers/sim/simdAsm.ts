// Shared pieces of the SIMD kernels (simd1.ts, simd2.ts): the memory layout around a state,
// named locals, and small instruction sequences (loads, address sums, lane swaps, products).

import * as w from './wasm';

/** Byte address of the adjoint kernels' results: memory starts with them (64 bytes). */
export const SCRATCH_OFFSET = 0;
/** A two-qubit gate's matrix, written here by JavaScript as 16 entries × (R, I) vectors. */
export const MATRIX_OFFSET = 64;
/** States start here, after the scratch and matrix areas (keeps them 16-byte aligned). */
export const STATE_OFFSET = MATRIX_OFFSET + 16 * 32;

export type Locals = Record<string, number>;
export type Func = { type: number[]; body: number[] };

/**
 * A function with i32 parameters `common` then `extra`; i32 locals `i32` and v128 locals
 * `v128` after them. `build` gets the index of every name.
 */
export function func(
  common: readonly string[],
  extra: [string, number][],
  i32: readonly string[],
  v128: readonly string[],
  build: (L: Locals) => number[],
): Func {
  const params: [string, number][] = [...common.map((s): [string, number] => [s, w.I32]), ...extra];
  const L: Locals = {};
  [...params.map(([s]) => s), ...i32, ...v128].forEach((s, i) => (L[s] = i));
  const locals = w.vec([
    [i32.length, w.I32],
    [v128.length, w.V128],
  ]);
  return {
    type: w.funcType(params.map(([, t]) => t)),
    body: [...locals, ...build(L), ...w.END],
  };
}

export const { get, set } = w;
export const load = (addr: number[], to: number): number[] => [...addr, ...w.LOAD, ...set(to)];
/** The sum of the named i32 locals (an address). */
export const at = (L: Locals, ...parts: string[]): number[] => {
  const out = get(L[parts[0]!]!);
  for (const s of parts.slice(1)) out.push(...get(L[s]!), ...w.ADD);
  return out;
};
export const swapTo = (from: number, to: number): number[] => [
  ...get(from),
  ...get(from),
  ...w.SWAP,
  ...set(to),
];
export const mul = (a: number, b: number): number[] => [...get(a), ...get(b), ...w.VMUL];

/** The control test: skip to the end of the enclosing block unless (b & cm) === cv at address p. */
export const controlTest = (L: Locals): number[] => [
  ...get(L.p!), ...get(L.o!), ...w.SUB, ...w.i32c(4), ...w.SHR_U, // basis index b
  ...get(L.cm!), ...w.AND, ...get(L.cv!), ...w.NE, ...w.brIf(0),
]; // prettier-ignore

/** ptr = start; do { body } while ((ptr += step) < end): ptr and end are i32 locals. */
export function doWhile(
  L: Locals,
  ptr: string,
  start: number[],
  end: string,
  step: number[],
  body: number[],
): number[] {
  return [
    ...start, ...set(L[ptr]!),
    ...w.LOOP,
    ...body,
    ...get(L[ptr]!), ...step, ...w.ADD, ...set(L[ptr]!),
    ...get(L[ptr]!), ...get(L[end]!), ...w.LT_U, ...w.brIf(0),
    ...w.END,
  ]; // prettier-ignore
}

/** Twice the i32 local s (the stride from one block of 2s bytes to the next). */
export const twice = (L: Locals, s: string): number[] => [...get(L[s]!), ...get(L[s]!), ...w.ADD];

/** `body` inside a block that the control test leaves early. */
export const guarded = (L: Locals, body: number[]): number[] => [
  ...w.BLOCK,
  ...controlTest(L),
  ...body,
  ...w.END,
];

/** T = o + len: the byte address just past the amplitudes. */
export const stateEnd = (L: Locals): number[] =>
  [...get(L.o!), ...get(L.len!), ...w.ADD, ...set(L.T!)]; // prettier-ignore
