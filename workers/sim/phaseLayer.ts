// Phase layers: the one-qubit diagonal gates that end wire runs (RZ after RY on every qubit, the
// hardware-efficient layer), gathered across wires into one step. The runs left are real (RY)
// and cost about half a complex 2×2 each, and the gathered phases cost one pass for all the
// wires: a table over the low qubits times one factor per block of the high ones (the SIMD
// kernels of simdPhase.ts on whole states). Trainable angles are welcome (the tables are built
// for each run). Layers whose phases read the input: inputPhasePlan.ts, inputPhase.ts.

import { buildMatrix, type Program } from './compile';
import { STEP_OP, STEP_PHASE, STEP_WIRE, variableAngles, type Step } from './fuse';
import type { SimdKernels } from './simd';

/** A layer is worth its pass when it takes the phases off at least this many wires. */
const MIN_WIRES = 3;
/** The low table covers qubits below this (2^10 phases, 16 KiB); the high table the rest. */
const LOW_QUBITS = 10;

/** Gates that keep a run real once its diagonal tail is gone. */
const REAL = new Set(['RY', 'H', 'X']);

/** A wire step that reads no input, whose ops before its diagonal tail are real: how long its head is. */
function splitAt(p: Program, st: Step): number {
  if (st.perInput || (st.kind !== STEP_WIRE && st.kind !== STEP_OP)) return -1;
  const i0 = st.ops[0]!;
  if (p.cmask[i0] !== 0 || p.q1[i0]! >= 0) return -1;
  let h = st.ops.length;
  while (h > 0 && p.gates[st.ops[h - 1]!]!.kernel === 'diag1') h--;
  if (h === st.ops.length) return -1;
  for (let j = 0; j < h; j++) if (!REAL.has(p.gates[st.ops[j]!]!.name)) return -1;
  return h;
}

function part(p: Program, st: Step, ops: number[], kind: Step['kind']): Step {
  return { ...st, kind, ops, varies: ops.some((i) => p.varies[i] === 1), angles: variableAngles(p, ops) }; // prettier-ignore
}

/**
 * The steps with phase layers: from each splittable wire step on, the later splittable wire
 * steps on qubits that no step passed over touches are moved up to it (they commute with those
 * steps), and the diagonal tails become one STEP_PHASE step right after the heads, before every
 * step passed over. The steps apply the same unitary, in an order the reference does not have.
 */
export function gatherPhases(p: Program, steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  const moved = new Uint8Array(steps.length);
  const all = 2 ** p.n - 1;
  for (let k = 0; k < steps.length; k++) {
    if (moved[k]) continue;
    const st = steps[k]!;
    if (splitAt(p, st) < 0) {
      out.push(st);
      continue;
    }
    // The wires this layer takes: st, then later ones no step passed over touches.
    const taken = [k];
    let layerMask = st.mask;
    let passed = 0;
    for (let j = k + 1; j < steps.length; j++) {
      if (moved[j]) continue;
      const sj = steps[j]!;
      if (splitAt(p, sj) >= 0 && !(passed & sj.mask) && !(layerMask & sj.mask)) {
        taken.push(j);
        layerMask |= sj.mask;
      } else passed |= sj.mask;
      if ((passed | layerMask) === all) break;
    }
    if (taken.length < MIN_WIRES) {
      out.push(st);
      continue;
    }
    const tails: number[] = [];
    for (const j of taken) {
      const sj = steps[j]!;
      const h = splitAt(p, sj);
      if (h > 0) out.push(part(p, sj, sj.ops.slice(0, h), h === 1 ? STEP_OP : STEP_WIRE));
      tails.push(...sj.ops.slice(h));
      moved[j] = 1;
    }
    out.push({ ...part(p, st, tails, STEP_PHASE), mask: layerMask, table: null });
  }
  return out;
}

/** Π over qubits from..to−1 of their diagonal entry for each basis state of those qubits. */
function table(t: Float64Array, d: Float64Array, from: number, to: number): void {
  t[0] = 1;
  t[1] = 0;
  for (let q = from, size = 1; q < to; q++, size <<= 1)
    for (let b = size - 1; b >= 0; b--) {
      const xr = t[2 * b]!, xi = t[2 * b + 1]!;
      const d0r = d[4 * q]!, d0i = d[4 * q + 1]!, d1r = d[4 * q + 2]!, d1i = d[4 * q + 3]!;
      t[2 * (b + size)] = xr * d1r - xi * d1i;
      t[2 * (b + size) + 1] = xr * d1i + xi * d1r;
      t[2 * b] = xr * d0r - xi * d0i;
      t[2 * b + 1] = xr * d0i + xi * d0r;
    }
} // prettier-ignore

export interface PhaseLayer {
  /** Builds the layer's tables from its ops' bound angles (once per run if any angle varies). */
  build(): void;
  /**
   * Applies the layer (or its inverse) to amplitudes a: states of n qubits back to back, or a
   * block of one (then the layer's qubits all lie inside the block; it may be shorter than the
   * low table).
   */
  apply(a: Float64Array, inverse: boolean): void;
  /**
   * The adjoint step on (φ, λ) (the whole batch, or a block of it): collects the sums the
   * derivatives need, then φ, λ ← D†φ, D†λ. Built first; `finish` turns the sums into gradients.
   */
  backward(phi: Float64Array, lam: Float64Array): void;
  /** Adds Re⟨λ|∂D/∂θ|φ⟩ of each variable angle k, from the sums since the last finish, to z[k]. */
  finish(z: Float64Array): void;
}

/**
 * The SIMD kernels for whole states (simdPhase.ts, one call for the batch) and, in their memory,
 * room for a layer's tables (phaseAreas: at least `tables` f64s) and its sums per state.
 */
export interface PhaseKernels {
  readonly kern: SimdKernels;
  readonly tables: Float64Array;
  readonly sums: Float64Array;
}

/** f64s of a layer's kernel tables, and of its sums per state, on n qubits. */
export function phaseAreas(n: number): { tables: number; sums: number } {
  const L = Math.min(n, LOW_QUBITS);
  const entries = (1 << L) + (1 << (n - L));
  return { tables: 4 * entries, sums: 2 * entries };
}

/**
 * A STEP_PHASE step on n qubits with its own tables (built now when no angle varies); with `fast`,
 * whole states go through the SIMD kernels, blocks of one through JavaScript.
 */
export function createPhaseLayer(p: Program, st: Step, n: number, fast?: PhaseKernels): PhaseLayer {
  const L = Math.min(n, LOW_QUBITS);
  const stateLen = 2 << n;
  const { sums: sumsLen } = phaseAreas(n);
  const low = new Float64Array(2 << L);
  const high = new Float64Array(2 << (n - L));
  const d = new Float64Array(4 * n);
  const lowLen = 2 << L;
  const highMask = (1 << (n - L)) - 1;
  // Σ conj(λ)·φ by low index (over every chunk) and by chunk (over every low index).
  const byLow = new Float64Array(2 << L);
  const byHigh = new Float64Array(2 << (n - L));
  const deriv = new Float64Array(8);
  const angles = new Float64Array(4);
  const layer: PhaseLayer = {
    build() {
      for (let q = 0; q < n; q++) d.set(ONE_ONE, 4 * q);
      for (const i of st.ops) {
        if (p.varies[i]) buildMatrix(p, i, false);
        const o = p.mOff[i]!;
        const q = p.q0[i]!;
        // The diagonal entries (0,0) at o and (1,1) at o + 6, times what the qubit has so far.
        for (let e = 0; e < 4; e += 2) {
          const m = o + 3 * e;
          const xr = d[4 * q + e]!, xi = d[4 * q + e + 1]!, mr = p.mat[m]!, mi = p.mat[m + 1]!;
          d[4 * q + e] = xr * mr - xi * mi;
          d[4 * q + e + 1] = xr * mi + xi * mr;
        }
      }
      table(low, d, 0, L);
      table(high, d, L, n);
    },
    apply(a, inverse) {
      if (fast && a.length % stateLen === 0) {
        expand(inverse);
        return fast.kern.phaseBatch(a.byteOffset, a.byteLength, 8 * stateLen, fast.tables.byteOffset, 0, 8 * lowLen); // prettier-ignore
      }
      const sign = inverse ? -1 : 1;
      for (let base = 0, c = 0; base < a.length; base += lowLen, c++) {
        const h = 2 * (c & highMask);
        const cr = high[h]!, ci = high[h + 1]!;
        for (let e = 0, end = Math.min(lowLen, a.length - base); e < end; e += 2) {
          const tr = low[e]! * cr - low[e + 1]! * ci;
          const ti = sign * (low[e]! * ci + low[e + 1]! * cr);
          const xr = a[base + e]!, xi = a[base + e + 1]!;
          a[base + e] = tr * xr - ti * xi;
          a[base + e + 1] = tr * xi + ti * xr;
        }
      }
    },
    backward(phi, lam) {
      if (fast && phi.length % stateLen === 0) return kernelBackward(fast, phi, lam);
      for (let base = 0, c = 0; base < phi.length; base += lowLen, c++) {
        const h = 2 * (c & highMask);
        const cr = high[h]!, ci = high[h + 1]!;
        let sr = 0, si = 0;
        for (let e = 0, end = Math.min(lowLen, phi.length - base); e < end; e += 2) {
          const pr = phi[base + e]!, pi = phi[base + e + 1]!, lr = lam[base + e]!, li = lam[base + e + 1]!;
          const wr = lr * pr + li * pi, wi = lr * pi - li * pr;
          byLow[e] = byLow[e]! + wr;
          byLow[e + 1] = byLow[e + 1]! + wi;
          sr += wr;
          si += wi;
          // D† = conj(low·high).
          const tr = low[e]! * cr - low[e + 1]! * ci;
          const ti = -(low[e]! * ci + low[e + 1]! * cr);
          phi[base + e] = tr * pr - ti * pi;
          phi[base + e + 1] = tr * pi + ti * pr;
          lam[base + e] = tr * lr - ti * li;
          lam[base + e + 1] = tr * li + ti * lr;
        }
        byHigh[h] = byHigh[h]! + sr;
        byHigh[h + 1] = byHigh[h + 1]! + si;
      }
    },
    finish(z) {
      let tr = 0, ti = 0;
      for (let e = 0; e < byLow.length; e += 2) { tr += byLow[e]!; ti += byLow[e + 1]!; }
      for (const i of st.ops) {
        if (!p.varies[i]) continue;
        const q = p.q0[i]!;
        // Σ over the basis states with the qubit at 1 (W1), and at 0 (W0 = total − W1).
        const [sums, bit] = q < L ? [byLow, q] : [byHigh, q - L];
        let w1r = 0, w1i = 0;
        for (let b = 1 << bit; 2 * b < sums.length; b = (b + 1) | (1 << bit)) { w1r += sums[2 * b]!; w1i += sums[2 * b + 1]!; }
        const w0r = tr - w1r, w0i = ti - w1i;
        // ∂D = diag(r0, r1) on the qubit · D, with r = (∂d/d) of each diagonal entry.
        const o = p.mOff[i]!;
        for (let c = 0; c < p.aCount[i]!; c++) angles[c] = p.angles[p.aStart[i]! + c]!;
        for (let a = 0; a < p.aCount[i]!; a++) {
          const k = p.aStart[i]! + a;
          if (!st.angles.includes(k)) continue;
          p.gates[i]!.derivative!(angles, a, deriv, 0);
          const r0 = ratio(deriv[0]!, deriv[1]!, p.mat[o]!, p.mat[o + 1]!);
          const r1 = ratio(deriv[6]!, deriv[7]!, p.mat[o + 6]!, p.mat[o + 7]!);
          z[k] = z[k]! + r0.re * w0r - r0.im * w0i + r1.re * w1r - r1.im * w1i;
        }
      }
      byLow.fill(0);
      byHigh.fill(0);
    },
  }; // prettier-ignore
  /** The tables of D (D† with conj) in the kernels' layout, (re, re, −im, im) per entry. */
  const expand = (conj: boolean): void => {
    const t = fast!.tables;
    const sign = conj ? -1 : 1;
    let o = 0;
    for (const part of [low, high])
      for (let e = 0; e < part.length; e += 2, o += 4) {
        t[o] = t[o + 1] = part[e]!;
        t[o + 3] = sign * part[e + 1]!;
        t[o + 2] = -t[o + 3]!;
      }
  };
  /**
   * The adjoint step on whole states by the kernel, which sums only Im conj(λ)·φ: enough, as
   * every gate here is unitary and diagonal, so ∂d/d is imaginary and finish reads only Im W.
   */
  const kernelBackward = (k: PhaseKernels, phi: Float64Array, lam: Float64Array): void => {
    expand(true);
    const states = phi.length / stateLen;
    k.kern.phaseAdjointBatch(phi.byteOffset, phi.byteLength, 8 * stateLen, k.tables.byteOffset, 0, 8 * lowLen, lam.byteOffset - phi.byteOffset, k.sums.byteOffset, 8 * sumsLen); // prettier-ignore
    for (let s = 0, o = 0; s < states; s++)
      for (const sums of [byLow, byHigh])
        for (let e = 1; e < sums.length; e += 2, o += 2) sums[e] = sums[e]! + k.sums[o]! - k.sums[o + 1]!; // prettier-ignore
  };
  if (!st.varies) layer.build();
  return layer;
}

const ONE_ONE = Float64Array.of(1, 0, 1, 0);

/** (a / b) for complex a = ar + i·ai and b ≠ 0. */
function ratio(ar: number, ai: number, br: number, bi: number): { re: number; im: number } {
  const m = br * br + bi * bi;
  return { re: (ar * br + ai * bi) / m, im: (ai * br - ar * bi) / m };
}
