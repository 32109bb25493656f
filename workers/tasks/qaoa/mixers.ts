// QAOA's mixers and starting states. The X mixer exp(−iβΣX) is RX(2β) on every qubit, from the
// uniform superposition (run as RY in a rotated frame, below); the XY ring mixer (Hadfield et al. 2019) is exp(−iβ(XX+YY)/2) on each
// neighbouring pair of a ring, from the Dicke state of Hamming weight B, so every state it
// reaches keeps exactly B ones (the portfolio's budget).

import { adjointStep1, dense1 } from '../../sim/kernels';

/** A mixer layer with its forward and adjoint passes. */
export interface Mixer {
  /** Gates of one mixer layer, each with the same angle β. */
  readonly gates: number;
  /** a ← M(β)·a. */
  apply(a: Float64Array, beta: number): void;
  /** Adjoint through the layer (phi, lam after it): returns ∂⟨C⟩/∂β's share, phi and lam moved before it. */ // prettier-ignore
  adjoint(phi: Float64Array, lam: Float64Array, beta: number): number;
  /** The layer with gate g's generator part shifted (parameter shift): one extra gate after it. */
  applyShifted(a: Float64Array, beta: number, gate: number, part: number, shift: number): void;
  /** Per gate: the generator parts of the shift rule (X: one; XY: XX/2 and YY/2). */
  readonly parts: number;
  /** Sets `a` to the layer's starting state. */
  start(a: Float64Array): void;
}

/** RY(2β) = exp(−iβY) as a real 2×2 [[c, −s], [s, c]]. */
function ry(beta: number): Float64Array {
  const c = Math.cos(beta), s = Math.sin(beta); // prettier-ignore
  return Float64Array.of(c, 0, -s, 0, s, 0, c, 0);
}

/**
 * The X mixer exp(−iβΣX), run in the frame rotated by S on every qubit: S·X·S† = Y, so
 * RX(2β) = S†·RY(2β)·S, and between two mixer layers the S† of one and the S of the next cancel
 * around the (diagonal) cost layer. The whole circuit is then |+i⟩^n (= S|+⟩^n), cost and RY
 * layers, and a last S† that changes no probability and no ⟨C⟩. So every state here is the X
 * mixer's state times the phases (−i)^popcount(k) (tests check it), and each mixer gate is a real
 * rotation, which the kernels apply with half the arithmetic of RX's complex one.
 */
export function xMixer(n: number): Mixer {
  const u = new Float64Array(8);
  const d = new Float64Array(8);
  const z = new Float64Array(1);
  return {
    gates: n,
    parts: 1,
    start(a) {
      const len = a.length / 2;
      const v = 1 / Math.sqrt(len);
      // i^popcount(k): 1, i, −1, −i.
      const re = [v, 0, -v, 0];
      const im = [0, v, 0, -v];
      for (let k = 0; k < len; k++) {
        const w = popcount(k) & 3;
        a[2 * k] = re[w]!;
        a[2 * k + 1] = im[w]!;
      }
    },
    apply(a, beta) {
      const m = ry(beta);
      for (let q = 0; q < n; q++) dense1(a, q, m, 0, 0, 0);
    },
    adjoint(phi, lam, beta) {
      const c = Math.cos(beta), s = Math.sin(beta); // prettier-ignore
      u.set([c, 0, s, 0, -s, 0, c, 0]); // U† = RY(−2β)
      d.set([-s, 0, -c, 0, c, 0, -s, 0]); // dU/dβ
      z[0] = 0;
      for (let q = n - 1; q >= 0; q--) adjointStep1(phi, lam, q, u, 0, d, 0, 1, 0, 0, z);
      return 2 * z[0]!;
    },
    applyShifted(a, beta, gate, _part, shift) {
      // The shift gate exp(−iσX) is exp(−iσY) in this frame, like the mixer's own gates.
      const m = ry(beta);
      for (let q = 0; q < n; q++) {
        dense1(a, q, m, 0, 0, 0);
        if (q === gate) dense1(a, q, ry(shift), 0, 0, 0);
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
export function xyMixer(n: number, budget: number): Mixer {
  const pairs = ringPairs(n);
  const len = 1 << n;
  return {
    gates: pairs.length,
    parts: 2,
    start: (a) => dickeStart(a, budget),
    apply(a, beta) {
      for (const [i, j] of pairs) xyGate(a, n, i, j, beta);
    },
    adjoint(phi, lam, beta) {
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
      return g;
    },
    applyShifted(a, beta, gate, part, shift) {
      pairs.forEach(([i, j], p) => {
        xyGate(a, n, i, j, beta);
        if (p === gate) xyGate(a, n, i, j, shift, part + 1);
      });
    },
  };
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
