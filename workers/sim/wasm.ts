// A minimal WebAssembly binary writer: just the encodings and instructions the SIMD kernels
// (simd.ts) use, so the module is assembled in TypeScript with no toolchain and no binary file.
// Instructions are arrays of bytes; a function body is their concatenation.

export const I32 = 0x7f;
export const F64 = 0x7c;
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
export const section = (id: number, body: number[]): number[] => [
  id,
  ...uleb(body.length),
  ...body,
];
export const name = (s: string): number[] => [
  ...uleb(s.length),
  ...[...s].map((c) => c.charCodeAt(0)),
];
/** A function type taking `params` (value types) and returning nothing. */
export const funcType = (params: number[]): number[] => [0x60, ...vec(params.map((t) => [t])), 0];

export const get = (i: number): number[] => [0x20, ...uleb(i)];
export const set = (i: number): number[] => [0x21, ...uleb(i)];
/** i32.const for 0 ≤ v < 64, where signed and unsigned LEB128 agree. */
export function i32c(v: number): number[] {
  if (!(v >= 0 && v < 64)) throw new Error(`i32c takes 0…63; got ${v}`);
  return [0x41, v];
}
/** Signed LEB128. */
function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}
/** i32.const of any 32-bit integer. */
export const i32const = (v: number): number[] => [0x41, ...sleb(v)];
export const brIf = (depth: number): number[] => [0x0d, ...uleb(depth)];
const simd = (op: number, ...imm: number[]): number[] => [0xfd, ...uleb(op), ...imm];

export const ADD = [0x6a];
export const SUB = [0x6b];
export const AND = [0x71];
export const SHL = [0x74];
export const SHR_U = [0x76];
export const NE = [0x47];
export const LT_U = [0x49];
/** select: of two values, the first when the i32 on top is non-zero. */
export const SELECT = [0x1b];
export const F64_NEG = [0x9a];
export const F64_ADD = [0xa0];
export const F64_SUB = [0xa1];
/** f64.load at the address on the stack (8-byte alignment hint, no offset). */
export const F64_LOAD = [0x2b, 3, 0];
/** f64.store at the address on the stack plus `offset` bytes. */
export const f64Store = (offset: number): number[] => [0x39, 3, ...uleb(offset)];
export const BLOCK = [0x02, 0x40];
export const LOOP = [0x03, 0x40];
export const END = [0x0b];

/** v128.load / v128.store, 16-byte alignment hint, no offset. */
export const LOAD = simd(0x00, 4, 0);
export const STORE = simd(0x0b, 4, 0);
/** v128.load at the address on the stack plus a constant byte offset. */
export const loadAt = (offset: number): number[] => simd(0x00, 4, ...uleb(offset));
/** v128.store at the address below the value on the stack plus a constant byte offset. */
export const storeAt = (offset: number): number[] => simd(0x0b, 4, ...uleb(offset));
export const SPLAT = simd(0x14); // f64x2.splat
/** v128.const 0. */
export const V128_ZERO = simd(0x0c, ...new Array<number>(16).fill(0));
export const lane = (i: number): number[] => simd(0x21, i); // f64x2.extract_lane
export const REPLACE0 = simd(0x22, 0); // f64x2.replace_lane 0
export const VADD = simd(0xf0); // f64x2.add
export const VMUL = simd(0xf2); // f64x2.mul
/** i8x16.shuffle of an operand with itself that swaps its two f64 lanes: (re, im) → (im, re). */
export const SWAP = simd(0x0d, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7);

/** A module importing memory `e.m`, with the given function types, bodies and export names. */
export function moduleBytes(
  funcs: { name: string; type: number[]; body: number[] }[],
): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(funcs.map((f) => f.type))),
    ...section(2, vec([[...name('e'), ...name('m'), 0x02, 0x00, 0x00]])),
    ...section(3, vec(funcs.map((_, i) => uleb(i)))),
    ...section(7, vec(funcs.map((f, i) => [...name(f.name), 0x00, ...uleb(i)]))),
    ...section(10, vec(funcs.map((f) => [...uleb(f.body.length), ...f.body]))),
  ]); // prettier-ignore
}
