// Per-input phase layers, the run (the plan: inputPhasePlan.ts). A layer is D = ⊗_q diag(d0_q,
// d1_q), one per input, times a constant real ring when it took one: each input's factors from
// its ops' angles and its split wires' phases (batchInput.ts), then two small tables per input,
// low (the qubits below L) and high (the rest), whose product is D's entry; one kernel call
// applies them to the whole batch (simdPhase.ts). Backward, the same walk with D† collects, per
// input, Im Σ conj(λ)·φ by low index and by high index, from which the sums W1_q over the basis
// states with qubit q at 1 follow; every angle of the layer moves one qubit's phases, with
// ∂d_c/d_c = iρ_c, so Re⟨λ|∂D|φ⟩ = −ρ0·Im W0_q − ρ1·Im W1_q (a split wire's phases have no angle
// of their own: its gradient is taken at its middle).

import { ANGLE_FEATURE, ANGLE_PARAM, buildMatrix, type Program } from './compile';
import type { Step } from './fuse';
import type { SimdKernels } from './simd';

/** The table and sum sizes of a layer on n qubits: L low qubits, f64s per input for each. */
export function phaseSizes(n: number): { low: number; tableLen: number; sumsLen: number } {
  const low = Math.ceil(n / 2);
  const entries = (1 << low) + (1 << (n - low));
  return { low, tableLen: 4 * entries, sumsLen: 2 * entries };
}

/** What a layer needs of the batched simulator that runs it (batch.ts). */
export interface PhaseContext {
  readonly p: Program;
  /** Sets the step's angles for input s (from θ and its features). */
  bind(st: Step, s: number): void;
  /** The parameters of the run. */
  readonly theta: Float64Array;
  /** Input s's feature f is inputs[s·nf + f]. */
  readonly inputs: Float64Array;
  readonly nf: number;
  /** Per input, its tables (tableLen f64s) and sums (sumsLen f64s), in the states' memory. */
  readonly tables: Float64Array;
  readonly sums: Float64Array;
  readonly kern: SimdKernels | undefined;
  /** The index of a step among the simulator's. */
  indexOf(st: Step): number;
  /** Split wire k's shared matrices for this run (before `split` makes its heads). */
  prepareWire(k: number): void;
  /**
   * Where input s's factor of split wire k is in `kept` (two complex numbers): its A (tail,
   * made by an earlier layer) or its G (head), made now from the input's angles (batchInput.ts).
   */
  split(k: number, s: number, tail: boolean): number;
  readonly kept: Float64Array;
  /** Byte address of a layer's real ring table in the kernels' layout (phaseReal's). */
  ringAt(st: Step): number;
}

export interface InputPhaseLayer {
  /** Applies each input's D to its state (states of inputs 0 … c−1 back to back in phi). */
  forward(phi: Float64Array, c: number, keeping: boolean): void;
  /** What forward does before the inputs: the factors that read no input, the wires' heads. */
  prepare(): void;
  /**
   * Input s's factors after prepare, (d0 re, im, d1 re, im) per qubit (a view, overwritten by the
   * next input), kept for backward with `keeping`: the layer as a product state takes it.
   */
  factorsOf(s: number, keeping: boolean): Float64Array;
  /** The adjoint step on (φ, λ) of the last kept forward run; adds the gradient to grad. */
  backward(phi: Float64Array, lam: Float64Array, c: number, grad: Float64Array): void;
}

export function createInputPhaseLayer(
  ctx: PhaseContext,
  st: Step,
  n: number,
  capacity: number,
): InputPhaseLayer {
  const { p, inputs, nf, tables, sums, kern } = ctx;
  const { low: L, tableLen, sumsLen } = phaseSizes(n);
  const stateLen = 2 << n;
  const lowLen = 2 << L;
  // Per qubit (d0 re, im, d1 re, im): the factors of the ops that read no input, then an input's.
  const shared = new Float64Array(4 * n);
  const d = new Float64Array(4 * n);
  const kept = new Float64Array(4 * n * capacity);
  const readers = st.ops.filter((i) => p.aCount[i] === 1 && p.aKind[p.aStart[i]!] === ANGLE_FEATURE); // prettier-ignore
  // The one-qubit ops that read no input (a ring of CZ gathered in comes as the real `ring`).
  const fixed = st.ops.filter((i) => !readers.includes(i) && p.q1[i]! < 0 && p.cmask[i] === 0);
  const ring = st.table;
  const ringAt = ring ? ctx.ringAt(st) : -1;
  const { theta } = ctx;
  // Per variable angle: its qubit and ρ0, ρ1 (RZ: ∓1/2; P: 0, 1).
  const angles = st.angles;
  const opOf = angles.map((k) => st.ops.find((i) => p.aStart[i] === k)!);
  const qOf = Int32Array.from(opOf, (i) => p.q0[i]!);
  const isRZ = opOf.map((i) => p.gates[i]!.name === 'RZ');
  const rho0 = Float64Array.from(isRZ, (rz) => (rz ? -0.5 : 0));
  const rho1 = Float64Array.from(isRZ, (rz) => (rz ? 0.5 : 1));

  /** Multiplies qubit q's factors in f by the diagonal of op i's built matrix. */
  const times = (f: Float64Array, i: number): void => {
    const o = p.mOff[i]!;
    const q = 4 * p.q0[i]!;
    for (let e = 0; e < 4; e += 2) {
      const m = o + 3 * e;
      const xr = f[q + e]!, xi = f[q + e + 1]!, mr = p.mat[m]!, mi = p.mat[m + 1]!;
      f[q + e] = xr * mr - xi * mi;
      f[q + e + 1] = xr * mi + xi * mr;
    }
  }; // prettier-ignore
  const wires = st.wirePhases ?? [];
  const wireK = Int32Array.from(wires, (w) => ctx.indexOf(w.wire));
  const wireQ = Int32Array.from(wires, (w) => 4 * w.wire.q);
  const wireTail = Uint8Array.from(wires, (w) => (w.tail ? 1 : 0));
  const wk = ctx.kept;
  /**
   * Input s's factors into d: the shared ones times its readers' (their angles bound here) and
   * its split wires'.
   */
  const factors = (s: number): void => {
    d.set(shared);
    for (let j = 0; j < wires.length; j++) {
      const o = ctx.split(wireK[j]!, s, wireTail[j] === 1);
      const q = wireQ[j]!;
      for (let e = 0; e < 4; e += 2) {
        const xr = d[q + e]!, xi = d[q + e + 1]!, mr = wk[o + e]!, mi = wk[o + e + 1]!;
        d[q + e] = xr * mr - xi * mi;
        d[q + e + 1] = xr * mi + xi * mr;
      }
    } // prettier-ignore
    for (const i of readers) {
      const k = p.aStart[i]!;
      p.angles[k] = theta[p.aWeight[k]!]! * inputs[s * nf + p.aIndex[k]!]! + theta[p.aBias[k]!]!;
      if (p.gates[i]!.name === 'RZ') {
        const a = p.angles[k]! / 2;
        const c = Math.cos(a), sn = Math.sin(a), q = 4 * p.q0[i]!;
        const r0 = d[q]!, i0 = d[q + 1]!, r1 = d[q + 2]!, i1 = d[q + 3]!;
        // (c − i·sn) and (c + i·sn) times what the qubit has.
        d[q] = r0 * c + i0 * sn; d[q + 1] = i0 * c - r0 * sn;
        d[q + 2] = r1 * c - i1 * sn; d[q + 3] = i1 * c + r1 * sn;
      } else {
        buildMatrix(p, i, false);
        times(d, i);
      }
    }
  }; // prettier-ignore
  /** Input s's tables of D (or D†: conj) from the factors at f[fo], in the kernels' layout. */
  const writeTables = (f: Float64Array, fo: number, s: number, conj: boolean): void => {
    const o = s * tableLen;
    product(f, fo, 0, L, conj, tables, o);
    product(f, fo, L, n, conj, tables, o + 4 * (1 << L));
  };
  /** The layer on input s's amplitudes a (JavaScript), collecting its sums when lam is given. */
  const applyJs = (a: Float64Array, lam: Float64Array | null, s: number): void => {
    const tb = s * tableLen;
    const sb = s * sumsLen;
    const ringMask = ring ? ring.length - 1 : 0;
    if (lam) sums.fill(0, sb, sb + lowLen);
    for (let base = s * stateLen, h = tb + 2 * lowLen, r = 0; base < (s + 1) * stateLen; base += lowLen, h += 4) {
      const hr = tables[h]!, hi = tables[h + 3]!;
      let acc0 = 0, acc1 = 0;
      for (let e = 0, l = tb; e < lowLen; e += 2, l += 4, r = (r + 2) & ringMask) {
        const lr = tables[l]!, li = tables[l + 3]!;
        const v = ring ? ring[r]! : 1;
        const tr = v * (lr * hr - li * hi), ti = v * (lr * hi + li * hr);
        const ar = a[base + e]!, ai = a[base + e + 1]!;
        a[base + e] = tr * ar - ti * ai;
        a[base + e + 1] = tr * ai + ti * ar;
        if (!lam) continue;
        const br = lam[base + e]!, bi = lam[base + e + 1]!;
        // The lanes of λ·swap(φ), as the kernel adds them.
        sums[sb + e] = sums[sb + e]! + br * ai;
        sums[sb + e + 1] = sums[sb + e + 1]! + bi * ar;
        acc0 += br * ai;
        acc1 += bi * ar;
        lam[base + e] = tr * br - ti * bi;
        lam[base + e + 1] = tr * bi + ti * br;
      }
      if (lam) {
        const k = sb + lowLen + ((base - s * stateLen) / lowLen) * 2;
        sums[k] = acc0;
        sums[k + 1] = acc1;
      }
    }
  }; // prettier-ignore
  // Per qubit, Σ Im conj(λ)·φ of one input over the basis states with the qubit at 1.
  const ones = new Float64Array(n);
  const fold = new Float64Array(1 << Math.max(L, n - L));
  /** Input s's sums: ones, and the sum over all basis states. */
  const imSums = (s: number): number => {
    const sb = s * sumsLen;
    const all = halves(sums, sb, L, 0);
    halves(sums, sb + lowLen, n - L, L);
    return all;
  };
  /**
   * Sums the 2^bits vectors from sums[o] (Im = lane 0 − lane 1) into ones[from + q] over the
   * indices with bit q set, halving: the upper half's total is the top bit's, then it is folded
   * onto the lower. Returns the total.
   */
  const halves = (a: Float64Array, o: number, bits: number, from: number): number => {
    for (let v = 0; v < 1 << bits; v++) fold[v] = a[o + 2 * v]! - a[o + 2 * v + 1]!;
    for (let q = bits - 1; q >= 0; q--) {
      const h = 1 << q;
      let top = 0;
      for (let v = 0; v < h; v++) {
        top += fold[v + h]!;
        fold[v] = fold[v]! + fold[v + h]!;
      }
      ones[from + q] = top;
    }
    return fold[0]!;
  };

  const layer: InputPhaseLayer = {
    prepare() {
      ctx.bind(st, 0);
      shared.fill(0);
      for (let q = 0; q < 4 * n; q += 4) shared[q] = shared[q + 2] = 1;
      for (const i of fixed) {
        if (p.varies[i]) buildMatrix(p, i, false);
        times(shared, i);
      }
      for (let j = 0; j < wires.length; j++) if (!wireTail[j]) ctx.prepareWire(wireK[j]!);
    },
    factorsOf(s, keeping) {
      factors(s);
      if (keeping) kept.set(d, 4 * n * s);
      return d;
    },
    forward(phi, c, keeping) {
      layer.prepare();
      for (let s = 0; s < c; s++) writeTables(layer.factorsOf(s, keeping), 0, s, false);
      const [o, len, tb] = [phi.byteOffset, c * 8 * stateLen, tables.byteOffset];
      if (kern && ring)
        kern.phaseRingBatch(o, len, 8 * stateLen, tb, 8 * tableLen, 8 * lowLen, ringAt, 8 * ring.length); // prettier-ignore
      else if (kern) kern.phaseBatch(o, len, 8 * stateLen, tb, 8 * tableLen, 8 * lowLen);
      else for (let s = 0; s < c; s++) applyJs(phi, null, s);
    },
    backward(phi, lam, c, grad) {
      for (let s = 0; s < c; s++) writeTables(kept, 4 * n * s, s, true);
      const [o, len, tb, dl, sb] = [phi.byteOffset, c * 8 * stateLen, tables.byteOffset, lam.byteOffset - phi.byteOffset, sums.byteOffset]; // prettier-ignore
      if (kern && ring)
        kern.phaseRingAdjointBatch(o, len, 8 * stateLen, tb, 8 * tableLen, 8 * lowLen, dl, sb, 8 * sumsLen, ringAt, 8 * ring.length); // prettier-ignore
      else if (kern)
        kern.phaseAdjointBatch(o, len, 8 * stateLen, tb, 8 * tableLen, 8 * lowLen, dl, sb, 8 * sumsLen); // prettier-ignore
      else for (let s = 0; s < c; s++) applyJs(phi, lam, s);
      for (let s = 0; s < c; s++) {
        const all = imSums(s);
        for (let t = 0; t < angles.length; t++) {
          const one = ones[qOf[t]!]!;
          const g = 2 * (-rho0[t]! * (all - one) - rho1[t]! * one);
          const k = angles[t]!;
          if (p.aKind[k] === ANGLE_PARAM) grad[p.aIndex[k]!] = grad[p.aIndex[k]!]! + g;
          else {
            const wi = p.aWeight[k]!,
              bi = p.aBias[k]!;
            grad[wi] = grad[wi]! + g * inputs[s * nf + p.aIndex[k]!]!;
            grad[bi] = grad[bi]! + g;
          }
        }
      }
    },
  };
  return layer;
}

/**
 * The table of b ↦ Π over qubits from…to−1 of their factor (f[fo + 4q] for bit 0, + 2 for bit
 * 1), conjugated with `conj`, into t: entry b as (re, re, −im, im) at `at` + 4b.
 */
function product(f: Float64Array, fo: number, from: number, to: number, conj: boolean, t: Float64Array, at: number): void {
  const sign = conj ? -1 : 1;
  t[at] = t[at + 1] = 1;
  t[at + 2] = t[at + 3] = 0;
  for (let q = from, size = 1; q < to; q++, size <<= 1) {
    const o = fo + 4 * q;
    const d0r = f[o]!, d0i = sign * f[o + 1]!, d1r = f[o + 2]!, d1i = sign * f[o + 3]!;
    for (let b = at + 4 * (size - 1); b >= at; b -= 4) {
      const xr = t[b]!, xi = t[b + 3]!;
      const e = b + 4 * size;
      const er = xr * d1r - xi * d1i, ei = xr * d1i + xi * d1r;
      const br = xr * d0r - xi * d0i, bi = xr * d0i + xi * d0r;
      t[e] = er; t[e + 1] = er; t[e + 2] = -ei; t[e + 3] = ei;
      t[b] = br; t[b + 1] = br; t[b + 2] = -bi; t[b + 3] = bi;
    }
  }
} // prettier-ignore
