// QAOA's mixers and starting states. The X mixer exp(−iβΣX) is RX(2β) on every qubit, from the
// uniform superposition; the XY ring mixer (Hadfield et al. 2019) is exp(−iβ(XX+YY)/2) on each
// neighbouring pair of a ring, from the Dicke state of Hamming weight B, so every state it
// reaches keeps exactly B ones (the portfolio's budget).

import { adjointStep1, dense1 } from '../../sim/kernels';

/** Work fused into the mixer's passes: the cost layer on amplitudes [from, to). */
export type RangeStep = (from: number, to: number) => void;
/** The cost layer's adjoint on [from, to), returning its share of the γ derivative. */
export type RangeAdjoint = (from: number, to: number) => number;

/** A mixer layer with its forward and adjoint passes. */
export interface Mixer {
  /** Gates of one mixer layer, each with the same angle β. */
  readonly gates: number;
  /**
   * a ← M(β)·a. `before` (the cost layer) runs on each range of amplitudes before the mixer's
   * gates touch it, so that the two share the range's trip through the cache.
   */
  apply(a: Float64Array, beta: number, before?: RangeStep): void;
  /**
   * Adjoint through the layer (phi, lam after it): returns ∂⟨C⟩/∂β's share, with phi and lam
   * moved to before the mixer; `after` (the cost layer's adjoint) runs on each range once the
   * mixer is undone there, its shares summed into `cost`.
   */
  adjoint(phi: Float64Array, lam: Float64Array, beta: number, after?: RangeAdjoint): { beta: number; cost: number }; // prettier-ignore
  /** The layer with gate g's generator part shifted (parameter shift): one extra gate after it. */
  applyShifted(a: Float64Array, beta: number, gate: number, part: number, shift: number): void;
  /** Per gate: the generator parts of the shift rule (X: one; XY: XX/2 and YY/2). */
  readonly parts: number;
}

/**
 * Qubits of the X mixer's in-cache blocks: its gates on qubits below this run block by block
 * (2^12 amplitudes, 64 KiB) with the cost layer, one trip through memory for all of them; each
 * higher qubit is one pass of its own.
 */
export const BLOCK_QUBITS = 12;

function rx(beta: number): Float64Array {
  const c = Math.cos(beta), s = Math.sin(beta); // prettier-ignore
  return Float64Array.of(c, 0, 0, -s, 0, -s, c, 0);
}

/** RX(2β) = exp(−iβX) on every qubit, low qubits block by block (BLOCK_QUBITS). */
export function xMixer(n: number): Mixer {
  const u = new Float64Array(8);
  const d = new Float64Array(8);
  const z = new Float64Array(1);
  const len = 1 << n;
  const low = Math.min(n, BLOCK_QUBITS);
  const size = 1 << low;
  return {
    gates: n,
    parts: 1,
    apply(a, beta, before) {
      const m = rx(beta);
      for (let from = 0; from < len; from += size) {
        before?.(from, from + size);
        const blk = size === len ? a : a.subarray(2 * from, 2 * (from + size));
        for (let q = 0; q < low; q++) dense1(blk, low, q, m, 0, 0, 0);
      }
      for (let q = low; q < n; q++) dense1(a, n, q, m, 0, 0, 0);
    },
    adjoint(phi, lam, beta, after) {
      const c = Math.cos(beta), s = Math.sin(beta); // prettier-ignore
      u.set([c, 0, 0, s, 0, s, c, 0]); // U† = exp(+iβX)
      d.set([-s, 0, 0, -c, 0, -c, -s, 0]); // dU/dβ = −iX·U
      z[0] = 0;
      // The gates commute: the high ones first (each a pass), then the low ones block by block.
      for (let q = n - 1; q >= low; q--) adjointStep1(phi, lam, n, q, u, 0, d, 0, 1, 0, 0, z);
      let cost = 0;
      for (let from = 0; from < len; from += size) {
        const whole = size === len;
        const pb = whole ? phi : phi.subarray(2 * from, 2 * (from + size));
        const lb = whole ? lam : lam.subarray(2 * from, 2 * (from + size));
        for (let q = low - 1; q >= 0; q--) adjointStep1(pb, lb, low, q, u, 0, d, 0, 1, 0, 0, z);
        if (after) cost += after(from, from + size);
      }
      return { beta: 2 * z[0]!, cost };
    },
    applyShifted(a, beta, gate, _part, shift) {
      const m = rx(beta);
      for (let q = 0; q < n; q++) {
        dense1(a, n, q, m, 0, 0, 0);
        if (q === gate) dense1(a, n, q, rx(shift), 0, 0, 0);
      }
    },
  };
}

/** Ring neighbours (0,1), (1,2), …, (n−1, 0) (one pair for n = 2). */
export function ringPairs(n: number): [number, number][] {
  if (n < 2) return [];
  if (n === 2) return [[0, 1]];
  return Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as [number, number]);
}

/** exp(−iθ·G) with G = (XX + YY)/2 (part 0: both) or XX/2 (part 1) or YY/2 (part 2) on (i, j). */
function xyGate(a: Float64Array, n: number, i: number, j: number, theta: number, part = 0): void {
  const c = Math.cos(theta), s = Math.sin(theta); // prettier-ignore
  const bi = 1 << i, bj = 1 << j; // prettier-ignore
  const len = 1 << n;
  if (part === 0) {
    // Only |01⟩ ↔ |10⟩ mix: [[c, −is], [−is, c]].
    for (let k = 0; k < len; k++) {
      if ((k & bi) === 0 || (k & bj) !== 0) continue;
      const r = k ^ bi ^ bj;
      const pr = a[2 * k]!, pi = a[2 * k + 1]!, qr = a[2 * r]!, qi = a[2 * r + 1]!; // prettier-ignore
      a[2 * k] = c * pr + s * qi;
      a[2 * k + 1] = c * pi - s * qr;
      a[2 * r] = c * qr + s * pi;
      a[2 * r + 1] = c * qi - s * pr;
    }
    return;
  }
  // exp(−iθ/2·XX): pairs k ↔ k ^ bi ^ bj with factor −i sin(θ/2); YY: the same with the sign
  // of the pair's parity ((YY)|b⟩ = −|b̄⟩ when bits i, j agree, +|b̄⟩ when they differ).
  const ch = Math.cos(theta / 2), sh = Math.sin(theta / 2); // prettier-ignore
  for (let k = 0; k < len; k++) {
    const r = k ^ bi ^ bj;
    if (r < k) continue;
    const agree = ((k & bi) === 0) === ((k & bj) === 0);
    const sg = part === 1 ? 1 : agree ? -1 : 1;
    const pr = a[2 * k]!, pi = a[2 * k + 1]!, qr = a[2 * r]!, qi = a[2 * r + 1]!; // prettier-ignore
    a[2 * k] = ch * pr + sg * sh * qi;
    a[2 * k + 1] = ch * pi - sg * sh * qr;
    a[2 * r] = ch * qr + sg * sh * pi;
    a[2 * r + 1] = ch * qi - sg * sh * pr;
  }
}

/** The XY ring mixer: exp(−iβ(XX+YY)/2) on each ring pair in order. */
export function xyMixer(n: number): Mixer {
  const pairs = ringPairs(n);
  const len = 1 << n;
  return {
    gates: pairs.length,
    parts: 2,
    apply(a, beta, before) {
      before?.(0, len);
      for (const [i, j] of pairs) xyGate(a, n, i, j, beta);
    },
    adjoint(phi, lam, beta, after) {
      let g = 0;
      for (let p = pairs.length - 1; p >= 0; p--) {
        const [i, j] = pairs[p]!;
        const bi = 1 << i, bj = 1 << j; // prettier-ignore
        // 2·Im⟨λ|G|φ⟩, G swapping |01⟩ and |10⟩ of (i, j).
        let s = 0;
        for (let k = 0; k < len; k++) {
          if (((k & bi) === 0) === ((k & bj) === 0)) continue;
          const r = k ^ bi ^ bj;
          s += lam[2 * k]! * phi[2 * r + 1]! - lam[2 * k + 1]! * phi[2 * r]!;
        }
        g += 2 * s;
        xyGate(phi, n, i, j, -beta);
        xyGate(lam, n, i, j, -beta);
      }
      return { beta: g, cost: after ? after(0, len) : 0 };
    },
    applyShifted(a, beta, gate, part, shift) {
      pairs.forEach(([i, j], p) => {
        xyGate(a, n, i, j, beta);
        if (p === gate) xyGate(a, n, i, j, shift, part + 1);
      });
    },
  };
}

/** The uniform superposition |+⟩^n. */
export function uniformStart(a: Float64Array): void {
  const len = a.length / 2;
  const v = 1 / Math.sqrt(len);
  for (let k = 0; k < len; k++) {
    a[2 * k] = v;
    a[2 * k + 1] = 0;
  }
}

function popcount(k: number): number {
  let c = 0;
  for (let v = k; v; v &= v - 1) c++;
  return c;
}

/** The Dicke state |D_B⟩: equal amplitudes on every bitstring with exactly B ones. */
export function dickeStart(a: Float64Array, budget: number): void {
  const len = a.length / 2;
  let count = 0;
  for (let k = 0; k < len; k++) if (popcount(k) === budget) count++;
  const v = 1 / Math.sqrt(count);
  for (let k = 0; k < len; k++) {
    a[2 * k] = popcount(k) === budget ? v : 0;
    a[2 * k + 1] = 0;
  }
}
