// Noise channels on a density matrix: their Kraus operators, their checks, and their application.
// A one-qubit channel ρ → Σ K ρ K† is one 4×4 superoperator S = Σ K ⊗ conj(K) on the qubit pair
// (q, q + n) of the 2n-qubit layout (types.ts), applied by the statevector's two-qubit kernels in
// one pass; two-qubit depolarizing mixes with I/4 ⊗ Tr_ab ρ in a direct loop.

import { SimError } from '../errors';
import { dense2, diag2 } from '../kernels';
import type { ChannelName, ChannelOp, DensityMatrix } from './types';

/** How each channel is named to a student, and what its p means. */
const LABEL: Readonly<Record<ChannelName, { name: string; p: string }>> = {
  depolarizing: { name: 'Depolarizing noise', p: 'p' },
  depolarizing2: { name: 'Two-qubit depolarizing noise', p: 'p' },
  amplitudeDamping: { name: 'Amplitude damping', p: 'γ' },
  phaseDamping: { name: 'Phase damping', p: 'λ' },
  bitFlip: { name: 'Bit-flip noise', p: 'p' },
  phaseFlip: { name: 'Phase-flip noise', p: 'p' },
  reset: { name: 'Reset', p: 'p' },
};

/** Checks a channel against an n-qubit register; throws a SimError naming the channel. */
export function checkChannel(op: ChannelOp, n: number): void {
  if (typeof op !== 'object' || op === null) {
    throw new SimError('channel', 'A noise channel is missing.');
  }
  if (typeof op.name !== 'string' || !Object.hasOwn(LABEL, op.name)) {
    throw new SimError(
      'channel.name',
      `"${String(op.name)}" is not a noise channel this simulator knows.`,
    );
  }
  const { name, p } = LABEL[op.name];
  const k = op.name === 'depolarizing2' ? 2 : 1;
  const qs: unknown = op.qubits;
  if (!Array.isArray(qs) || qs.length !== k) {
    const got = Array.isArray(qs) ? `${qs.length}` : 'none';
    throw new SimError(
      'channel.qubits',
      `${name} acts on ${k === 2 ? 'two different qubits' : 'one qubit'}; got ${got}.`,
    );
  }
  for (const q of qs as unknown[]) {
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 0 || q >= n) {
      throw new SimError(
        'channel.qubits',
        `${name} is on qubit ${String(q)}, but the circuit has qubits 0 to ${n - 1}.`,
      );
    }
  }
  if (k === 2 && qs[0] === qs[1]) {
    throw new SimError(
      'channel.qubits',
      `${name} needs two different qubits; got qubit ${String(qs[0])} twice.`,
    );
  }
  // Reset ignores p, so any value is accepted there.
  if (op.name !== 'reset' && !(typeof op.p === 'number' && op.p >= 0 && op.p <= 1)) {
    throw new SimError(
      'channel.p',
      `${name}: ${p} must be a probability from 0 to 1; got ${String(op.p)}.`,
    );
  }
}

/** Entry (r, c) of the k-th 2×2 matrix in out. */
function put(out: Float64Array, k: number, r: number, c: number, re: number, im: number): void {
  out[8 * k + 4 * r + 2 * c] = re;
  out[8 * k + 4 * r + 2 * c + 1] = im;
}

/**
 * Writes the one-qubit Kraus operators of a channel into out (8 numbers each, row-major,
 * interleaved (re, im)) and returns how many there are (at most 4). Allocation-free.
 */
function writeKraus1(name: Exclude<ChannelName, 'depolarizing2'>, p: number, out: Float64Array): number {
  out.fill(0, 0, 32);
  switch (name) {
    case 'depolarizing': {
      const a = Math.sqrt(1 - p), b = Math.sqrt(p / 3);
      put(out, 0, 0, 0, a, 0); put(out, 0, 1, 1, a, 0);
      put(out, 1, 0, 1, b, 0); put(out, 1, 1, 0, b, 0);
      put(out, 2, 0, 1, 0, -b); put(out, 2, 1, 0, 0, b);
      put(out, 3, 0, 0, b, 0); put(out, 3, 1, 1, -b, 0);
      return 4;
    }
    case 'amplitudeDamping':
      put(out, 0, 0, 0, 1, 0); put(out, 0, 1, 1, Math.sqrt(1 - p), 0);
      put(out, 1, 0, 1, Math.sqrt(p), 0);
      return 2;
    case 'phaseDamping':
      put(out, 0, 0, 0, 1, 0); put(out, 0, 1, 1, Math.sqrt(1 - p), 0);
      put(out, 1, 1, 1, Math.sqrt(p), 0);
      return 2;
    case 'bitFlip':
    case 'phaseFlip': {
      const a = Math.sqrt(1 - p), b = Math.sqrt(p);
      put(out, 0, 0, 0, a, 0); put(out, 0, 1, 1, a, 0);
      if (name === 'bitFlip') { put(out, 1, 0, 1, b, 0); put(out, 1, 1, 0, b, 0); }
      else { put(out, 1, 0, 0, b, 0); put(out, 1, 1, 1, -b, 0); }
      return 2;
    }
    case 'reset':
      put(out, 0, 0, 0, 1, 0);
      put(out, 1, 0, 1, 1, 0);
      return 2;
  }
} // prettier-ignore

/** The one-qubit Paulis I, X, Y, Z as 2×2 interleaved matrices. */
const PAULIS = [
  [1, 0, 0, 0, 0, 0, 1, 0],
  [0, 0, 1, 0, 1, 0, 0, 0],
  [0, 0, 0, -1, 0, 1, 0, 0],
  [1, 0, 0, 0, 0, 0, -1, 0],
] as const;

/**
 * The Kraus operators of a channel with probability p: 2×2 matrices (8 numbers, row-major,
 * interleaved), or for depolarizing2 the 16 operators √(1−p)·I and √(p/15)·P_b ⊗ P_a as 4×4
 * matrices (32 numbers) with local index bit(q0) + 2·bit(q1). Σ K†K = I for every channel.
 */
export function krausOperators(name: ChannelName, p: number): Float64Array[] {
  if (name !== 'depolarizing2') {
    const buf = new Float64Array(32);
    const count = writeKraus1(name, p, buf);
    return Array.from({ length: count }, (_, k) => buf.slice(8 * k, 8 * k + 8));
  }
  const out: Float64Array[] = [];
  for (let j = 0; j < 16; j++) {
    const s = Math.sqrt(j === 0 ? 1 - p : p / 15);
    const a = PAULIS[j & 3]!; // on q0: local bit 0
    const b = PAULIS[j >> 2]!; // on q1: local bit 1
    const m = new Float64Array(32);
    for (let r = 0; r < 4; r++)
      for (let c = 0; c < 4; c++) {
        const ar = a[4 * (r & 1) + 2 * (c & 1)]!, ai = a[4 * (r & 1) + 2 * (c & 1) + 1]!;
        const br = b[4 * (r >> 1) + 2 * (c >> 1)]!, bi = b[4 * (r >> 1) + 2 * (c >> 1) + 1]!;
        m[8 * r + 2 * c] = s * (ar * br - ai * bi);
        m[8 * r + 2 * c + 1] = s * (ar * bi + ai * br);
      } // prettier-ignore
    out.push(m);
  }
  return out;
}

/**
 * Adds K ⊗ conj(K) of the 2×2 matrix at k[ko] to the 4×4 `out` (32 numbers), in the local order
 * of dense2 on (q, q + n): local index c + 2r for ρ[r][c] (bit 0 = the column qubit q, bit 1 =
 * the row qubit q + n), so that out[c + 2r][c' + 2r'] += K[r][r']·conj(K[c][c']). A gate U is the
 * channel with the one Kraus operator U.
 */
export function addSuperoperator(k: Float64Array, ko: number, out: Float64Array): void {
  for (let r = 0; r < 2; r++)
    for (let r2 = 0; r2 < 2; r2++) {
      const ur = k[ko + 4 * r + 2 * r2]!, ui = k[ko + 4 * r + 2 * r2 + 1]!;
      if (ur === 0 && ui === 0) continue;
      for (let c = 0; c < 2; c++)
        for (let c2 = 0; c2 < 2; c2++) {
          const vr = k[ko + 4 * c + 2 * c2]!, vi = -k[ko + 4 * c + 2 * c2 + 1]!;
          const e = 8 * (c + 2 * r) + 2 * (c2 + 2 * r2);
          out[e] = out[e]! + ur * vr - ui * vi;
          out[e + 1] = out[e + 1]! + ur * vi + ui * vr;
        }
    }
} // prettier-ignore

const kraus = new Float64Array(32);
/** Four sorted bit positions and the 16 offsets of a two-qubit block on both sides of ρ. */
const sortedBits = new Int32Array(4);
const blockOffsets = new Int32Array(16);

/** A channel checked and turned into its superoperator once, for the register it last ran on. */
interface CompiledChannel {
  name: ChannelName;
  p: number;
  q0: number;
  q1: number;
  n: number;
  superop: Float64Array;
  diagonal: boolean;
}
/**
 * Per channel object: a noisy schedule applies the same objects run after run (a training epoch
 * runs one schedule thousands of times), so each is checked and built once. The entry is rebuilt
 * when the object's fields or the register change.
 */
const compiledChannels = new WeakMap<ChannelOp, CompiledChannel>();

function compiledFor(op: ChannelOp, n: number): CompiledChannel {
  const c = compiledChannels.get(op);
  const q1 = op.qubits[1] ?? -1;
  if (c && c.n === n && c.p === op.p && c.name === op.name && c.q0 === op.qubits[0] && c.q1 === q1)
    return c;
  checkChannel(op, n);
  const superop = new Float64Array(32);
  let diagonal = true;
  if (op.name !== 'depolarizing2') {
    const count = writeKraus1(op.name, op.p, kraus);
    for (let j = 0; j < count; j++) addSuperoperator(kraus, 8 * j, superop);
    for (let r = 0; r < 4; r++)
      for (let k = 0; k < 4; k++)
        if (r !== k && (superop[8 * r + 2 * k] !== 0 || superop[8 * r + 2 * k + 1] !== 0))
          diagonal = false;
  }
  const made = { name: op.name, p: op.p, q0: op.qubits[0]!, q1, n, superop, diagonal };
  compiledChannels.set(op, made);
  return made;
}

/**
 * ρ → Σ K ρ K† in place. One-qubit channels are one 4×4 pass (a diagonal one, phase damping and
 * phase flip, the cheaper diagonal kernel); p = 0 is skipped. The channel is checked and its
 * superoperator built on first use (compiledFor); later calls allocate nothing.
 */
export function applyChannel(rho: DensityMatrix, op: ChannelOp): void {
  const n = rho.n;
  const c = compiledFor(op, n);
  if (c.p === 0 && c.name !== 'reset') return;
  if (c.name === 'depolarizing2') {
    depolarizing2(rho, c.q0, c.q1, c.p);
    return;
  }
  if (c.diagonal) diag2(rho.data, c.q0, c.q0 + n, c.superop, 0, 0, 0);
  else dense2(rho.data, c.q0, c.q0 + n, c.superop, 0, 0, 0);
}

/** Inserts a 0 bit at position q of k (k's bits at q and above move up by one). */
function insert0(k: number, q: number): number {
  const low = (1 << q) - 1;
  return ((k & ~low) << 1) | (k & low);
}

/**
 * (1 − p)ρ + (p/15) Σ_{P ≠ I} PρP on qubits a and b, which is (1 − f)ρ + f·(I/4 ⊗ Tr_ab ρ) with
 * f = 16p/15, since the sum over all 16 Paulis is 4·I ⊗ Tr_ab ρ. Each block of 16 entries that
 * share every other bit: the 12 with a ≠ a' or b ≠ b' scale by 1 − f, the 4 diagonal ones
 * (local l = 0, 5, 10, 15) become (1 − f)·ρ_ll + f·(their sum)/4.
 */
function depolarizing2(rho: DensityMatrix, a: number, b: number, p: number): void {
  const n = rho.n;
  const d = rho.data;
  const f = (16 * p) / 15;
  const keep = 1 - f;
  const share = f / 4;
  sortedBits[0] = a;
  sortedBits[1] = b;
  sortedBits[2] = a + n;
  sortedBits[3] = b + n;
  sortedBits.sort();
  // Local l: bit 0 = column a, 1 = column b, 2 = row a, 3 = row b; offsets in numbers (×2).
  for (let l = 0; l < 16; l++) {
    blockOffsets[l] =
      2 * ((l & 1 ? 1 << a : 0) | (l & 2 ? 1 << b : 0) | (l & 4 ? 1 << (a + n) : 0) | (l & 8 ? 1 << (b + n) : 0));
  } // prettier-ignore
  const s0 = sortedBits[0]!;
  const s1 = sortedBits[1]!;
  const s2 = sortedBits[2]!;
  const s3 = sortedBits[3]!;
  // The four entries of the block's diagonal (row bits = column bits).
  const o0 = blockOffsets[0]!;
  const o5 = blockOffsets[5]!;
  const o10 = blockOffsets[10]!;
  const o15 = blockOffsets[15]!;
  const blocks = d.length >> 5;
  for (let k = 0; k < blocks; k++) {
    const base = 2 * insert0(insert0(insert0(insert0(k, s0), s1), s2), s3);
    const i0 = base + o0, i5 = base + o5, i10 = base + o10, i15 = base + o15;
    const tr = share * (d[i0]! + d[i5]! + d[i10]! + d[i15]!);
    const ti = share * (d[i0 + 1]! + d[i5 + 1]! + d[i10 + 1]! + d[i15 + 1]!);
    for (let l = 0; l < 16; l++) {
      const e = base + blockOffsets[l]!;
      d[e] = keep * d[e]!;
      d[e + 1] = keep * d[e + 1]!;
    }
    d[i0] = d[i0]! + tr; d[i0 + 1] = d[i0 + 1]! + ti;
    d[i5] = d[i5]! + tr; d[i5 + 1] = d[i5 + 1]! + ti;
    d[i10] = d[i10]! + tr; d[i10 + 1] = d[i10 + 1]! + ti;
    d[i15] = d[i15]! + tr; d[i15 + 1] = d[i15 + 1]! + ti;
  } // prettier-ignore
}
