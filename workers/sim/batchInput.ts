// The steps of the batched simulator (batch.ts) that read the input and run the whole batch in
// one kernel call: wire runs with one or two input rotations (batchWire.ts), as complex or, when
// U is real for every input, real 2×2s (two wires on two qubits in one pass); split wires, whose
// U = A·R·G is split input by input, the phase layers applying A and G and the wire its real R;
// and per-input phase layers (inputPhase.ts). Forward, each input's matrix or tables are written
// to the states' memory, then one call; backward, the same with U† and the derivatives, one call
// for every input's sums, then the chain rule per input.

import { inputWire, type InputWire } from './batchWire';
import { dagger2, STEP_PHASE, type Step } from './fuse';
import { createInputPhaseLayer, type InputPhaseLayer, type PhaseContext } from './inputPhase';
import { adjointStep1, contractSums, dense1 } from './kernels';
import { writeBatchMatrix } from './simd1';
import { writeRealPair } from './simd2';
import type { StateVector } from './state';

export interface InputContext extends Omit<
  PhaseContext,
  'split' | 'prepareWire' | 'kept' | 'indexOf'
> {
  readonly n: number;
  readonly capacity: number;
  /** Per state a 2×2 (writeBatchMatrix) and the adjoint sums G (8 f64s), in the states' memory. */
  readonly mats: Float64Array;
  readonly gsums: Float64Array;
  /** Per state 8 f64s per qubit, in the states' memory: productStart's one-qubit states. */
  readonly vecs: Float64Array;
  /** Views of each input's φ and λ (the JavaScript path). */
  readonly phis: readonly StateVector[];
  readonly lams: readonly StateVector[];
  /** Each input's kept matrices: step k's of input s from s·keptStride + keptAt[k]. */
  readonly kept: Float64Array;
  readonly keptAt: Int32Array;
  readonly keptStride: number;
  /** Adds 2·z[t] for each variable angle t of the step, for input s, to grad (chain rule). */
  accumulate(st: Step, s: number, z: Float64Array, grad: Float64Array): void;
}

export interface InputSteps {
  /** Whether step k runs here. */
  has(k: number): boolean;
  /**
   * Step k on the states of inputs 0 … c−1 (back to back from phi), and step k + 1 with it when
   * both are real wires on two qubits (one pass for both); returns how many steps ran.
   */
  forward(k: number, phi: Float64Array, c: number, keeping: boolean): number;
  /** Step k's adjoint step for inputs 0 … c−1 of the last kept run; adds the gradient to grad. */
  backward(k: number, phi: Float64Array, lam: Float64Array, c: number, grad: Float64Array): void;
  /**
   * A run from |0…0⟩ whose first steps each act on one qubit at a time (phase layers, wires)
   * makes its states after them as products of one-qubit states, keeping for backward what those
   * steps keep; returns how many steps that was (0: none, the run starts at step 0).
   */
  productStart(phi: Float64Array, c: number, keeping: boolean): number;
}

export function createInputSteps(ctx: InputContext, steps: readonly Step[]): InputSteps {
  const { p, n, capacity, kern, mats, gsums, phis, lams, kept, keptAt, keptStride } = ctx;
  const stateLen = 2 << n;
  const index = new Map(steps.map((st, k) => [st, k]));
  const wires: (InputWire | null)[] = steps.map((st) => inputWire(p, st));
  const mostAngles = Math.max(1, ...wires.map((w) => w?.count ?? 0));
  const derivs = new Float64Array(8 * mostAngles * capacity);
  const z = new Float64Array(mostAngles);
  const one = new Float64Array(8);

  const { theta, inputs, nf } = ctx;
  /** Binds the angles of wire k's rotations that read the input, for input s. */
  const bindReaders = (k: number, s: number): void => {
    for (const a of wires[k]!.readers)
      p.angles[a] = theta[p.aWeight[a]!]! * inputs[s * nf + p.aIndex[a]!]! + theta[p.aBias[a]!]!;
  };
  /** Input s's U of wire step k with its cos and sin; returns where. */
  const product = (k: number, s: number): number => {
    bindReaders(k, s);
    const o = s * keptStride + keptAt[k]!;
    wires[k]!.product(kept, o + 8, kept, o);
    return o;
  };
  /** A wire's shared matrices for this run, from its bound angles. */
  const prepare = (k: number): void => {
    ctx.bind(steps[k]!, 0);
    wires[k]!.prepare();
  };
  /**
   * Input s's U of split wire k as A·R·G with A = diag(u/|u|, v/|v|) (1 for a zero), R the real
   * rotation with first column (|u|, |v|), and G = diag(1, det U·conj(A₀·A₁)), for U's first
   * column (u, v): a unitary is [[u, −det·v̄], [v, det·ū]]. R at o + 12, A at o + 20, G at o + 24
   * (U's column at o, its cos and sin at o + 8).
   */
  const split = (k: number, s: number): number => {
    const w = wires[k]!;
    bindReaders(k, s);
    const o = s * keptStride + keptAt[k]!;
    // U itself is not kept: backward steps through R, with derivatives from the cos and sin.
    w.column(kept, o + 8, kept, o);
    const ur = kept[o]!, ui = kept[o + 1]!, vr = kept[o + 2]!, vi = kept[o + 3]!;
    const dr = w.det[0]!, di = w.det[1]!;
    const nu = Math.sqrt(ur * ur + ui * ui), nv = Math.sqrt(vr * vr + vi * vi);
    const iu = nu > 0 ? 1 / nu : 0, iv = nv > 0 ? 1 / nv : 0;
    const a0r = nu > 0 ? ur * iu : 1, a0i = ui * iu, a1r = nv > 0 ? vr * iv : 1, a1i = vi * iv;
    // conj(A₀·A₁)
    const cr = a0r * a1r - a0i * a1i, ci = -(a0r * a1i + a0i * a1r);
    kept[o + 12] = kept[o + 18] = nu; kept[o + 14] = -nv; kept[o + 16] = nv;
    kept[o + 13] = kept[o + 15] = kept[o + 17] = kept[o + 19] = 0;
    kept[o + 20] = a0r; kept[o + 21] = a0i; kept[o + 22] = a1r; kept[o + 23] = a1i;
    kept[o + 24] = 1; kept[o + 25] = 0; kept[o + 26] = dr * cr - di * ci; kept[o + 27] = dr * ci + di * cr;
    return o;
  }; // prettier-ignore
  const phaseCtx: PhaseContext = {
    ...ctx,
    kept,
    indexOf: (st) => index.get(st)!,
    prepareWire: prepare,
    split: (k, s, tail) => (tail ? s * keptStride + keptAt[k]! + 20 : split(k, s) + 24),
  };
  const phases: (InputPhaseLayer | null)[] = steps.map((st) =>
    st.kind === STEP_PHASE && st.perInput ? createInputPhaseLayer(phaseCtx, st, n, capacity) : null,
  );
  // The leading steps that leave |0…0⟩ a product state (productStart).
  let lead = 0;
  while (lead < steps.length && ((phases[lead] && !steps[lead]!.table) || wires[lead])) lead++;
  const v = new Float64Array(4 * n);

  /** Input s's real matrix of step k (a split wire's R, or a real wire's U); returns where in kept. */
  const realMatrix = (k: number, s: number): number =>
    steps[k]!.euler ? s * keptStride + keptAt[k]! + 12 : product(k, s);

  return {
    has: (k) => wires[k] !== null || phases[k] !== null,
    productStart(phi, c, keeping) {
      if (lead < 2) return 0;
      for (let k = 0; k < lead; k++) {
        const layer = phases[k];
        if (layer) layer.prepare();
        else if (!steps[k]!.euler) prepare(k);
      }
      for (let s = 0; s < c; s++) {
        // Per qubit its state (a0 re, im, a1 re, im), from |0⟩ through every leading step.
        v.fill(0);
        for (let q = 0; q < n; q++) v[4 * q] = 1;
        for (let k = 0; k < lead; k++) {
          const layer = phases[k];
          if (layer) diagonals(v, layer.factorsOf(s, keeping), n);
          else times2(kept, realMatrix(k, s), v, 4 * steps[k]!.q);
        }
        if (!kern) productState(phis[s]!.amp, v, n);
        else
          for (let e = 0, o = 8 * n * s; e < 4 * n; e += 2, o += 4) {
            ctx.vecs[o] = ctx.vecs[o + 1] = v[e]!;
            ctx.vecs[o + 2] = -v[e + 1]!;
            ctx.vecs[o + 3] = v[e + 1]!;
          }
      }
      kern?.productStates(phi.byteOffset, c * 8 * stateLen, 8 * stateLen, ctx.vecs.byteOffset, 64 * n, n); // prettier-ignore
      return lead;
    },
    forward(k, phi, c, keeping) {
      const st = steps[k]!;
      const layer = phases[k];
      if (layer) {
        layer.forward(phi, c, keeping);
        return 1;
      }
      // A split wire's U was made by the phase layer before it; other wires are made here.
      if (!st.euler) prepare(k);
      const real = st.euler || wires[k]!.real();
      // A real wire and a real wire on another qubit next: one pass for the pair.
      const sn = steps[k + 1];
      const next = wires[k + 1];
      if (kern && real && sn && next && sn.q !== st.q) {
        if (!sn.euler) prepare(k + 1);
        if (sn.euler || next.real()) {
          for (let s = 0; s < c; s++)
            writeRealPair(mats, s, kept, realMatrix(k, s), kept, realMatrix(k + 1, s));
          kern.realPair(phi.byteOffset, c * 8 * stateLen, st.q, sn.q, 8 * stateLen, mats.byteOffset); // prettier-ignore
          return 2;
        }
      }
      // Every input's U (with its cos and sin, kept for backward), then one call for the batch.
      for (let s = 0; s < c; s++) {
        const o = realMatrix(k, s);
        if (kern) writeBatchMatrix(mats, s, kept, o);
        else dense1(phis[s]!.amp, st.q, kept, o, 0, 0);
      }
      if (!kern) return 1;
      const run = real ? kern.realBatch : kern.complexBatch;
      run(phi.byteOffset, c * 8 * stateLen, st.q, 0, 0, 8 * stateLen, mats.byteOffset);
      return 1;
    },
    backward(k, phi, lam, c, grad) {
      const st = steps[k]!;
      const layer = phases[k];
      if (layer) return layer.backward(phi, lam, c, grad);
      // Every input's U† and derivatives from its kept U and trig values (the step's shared
      // matrices are still those its forward run prepared). A split wire steps back through R
      // only, between A and G: its derivatives become A†·∂U·G†.
      const w = wires[k]!;
      const stride = 8 * mostAngles;
      ctx.bind(st, 0);
      w.prepareBack();
      for (let s = 0; s < c; s++) {
        const o = s * keptStride + keptAt[k]!;
        w.derivatives(kept, o + 8, derivs, s * stride);
        if (st.euler) outer(derivs, s * stride, w.count, kept, o + 20, o + 24);
        dagger2(kept, st.euler ? o + 12 : o, one, 0);
        if (kern) writeBatchMatrix(mats, s, one, 0);
        else {
          z.fill(0);
          adjointStep1(phis[s]!.amp, lams[s]!.amp, st.q, one, 0, derivs, s * stride, w.count, 0, 0, z); // prettier-ignore
          ctx.accumulate(st, s, z, grad);
        }
      }
      if (!kern) return;
      // Real U† and derivatives: only Re G is summed (and only it is read: their Im parts are 0).
      const real = !st.euler && w.realBack();
      const run = real ? kern.adjointRealBatch : st.euler ? kern.adjointRealUBatch : kern.adjointBatch; // prettier-ignore
      run(phi.byteOffset, c * 8 * stateLen, st.q, 0, 0, 8 * stateLen, mats.byteOffset, lam.byteOffset - phi.byteOffset, gsums.byteOffset); // prettier-ignore
      for (let s = 0; s < c; s++) {
        if (real) realContract(derivs, s * stride, w.count, gsums, 8 * s, z);
        else contractSums(derivs, s * stride, w.count, gsums, 8 * s, z);
        ctx.accumulate(st, s, z, grad);
      }
    },
  };
}

/**
 * Each of the count 2×2s at d[dOff + 8t] times diag(a)† on the left and diag(g)† on the right
 * (a, g: two complex numbers at kept[ao], kept[go]): entry rc times conj(a_r)·conj(g_c).
 */
function outer(d: Float64Array, dOff: number, count: number, kept: Float64Array, ao: number, go: number): void {
  for (let t = 0; t < count; t++)
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) {
        const e = dOff + 8 * t + 4 * r + 2 * c;
        const ar = kept[ao + 2 * r]!, ai = -kept[ao + 2 * r + 1]!, gr = kept[go + 2 * c]!, gi = -kept[go + 2 * c + 1]!;
        const fr = ar * gr - ai * gi, fi = ar * gi + ai * gr;
        const xr = d[e]!, xi = d[e + 1]!;
        d[e] = xr * fr - xi * fi;
        d[e + 1] = xr * fi + xi * fr;
      }
} // prettier-ignore

/** Each qubit q's (a0, a1) at v[4q] times its diagonal (d0, d1) at d[4q]. */
function diagonals(v: Float64Array, d: Float64Array, n: number): void {
  for (let e = 0; e < 4 * n; e += 2) {
    const xr = v[e]!, xi = v[e + 1]!, dr = d[e]!, di = d[e + 1]!;
    v[e] = xr * dr - xi * di;
    v[e + 1] = xr * di + xi * dr;
  }
} // prettier-ignore

/** (a0, a1) at v[vo] ← m·(a0, a1) for the 2×2 at m[mo]. */
function times2(m: Float64Array, mo: number, v: Float64Array, vo: number): void {
  const ar = v[vo]!, ai = v[vo + 1]!, br = v[vo + 2]!, bi = v[vo + 3]!;
  for (let r = 0; r < 2; r++) {
    const o = mo + 4 * r;
    const xr = m[o]!, xi = m[o + 1]!, yr = m[o + 2]!, yi = m[o + 3]!;
    v[vo + 2 * r] = xr * ar - xi * ai + yr * br - yi * bi;
    v[vo + 2 * r + 1] = xr * ai + xi * ar + yr * bi + yi * br;
  }
} // prettier-ignore

/** The product state ⊗_q (a0, a1)_q (qubit q at bit q of the basis index) into amplitudes a. */
function productState(a: Float64Array, v: Float64Array, n: number): void {
  a[0] = v[0]!;
  a[1] = v[1]!;
  a[2] = v[2]!;
  a[3] = v[3]!;
  for (let q = 1, size = 2; q < n; q++, size <<= 1) {
    const d0r = v[4 * q]!, d0i = v[4 * q + 1]!, d1r = v[4 * q + 2]!, d1i = v[4 * q + 3]!;
    for (let b = 2 * (size - 1); b >= 0; b -= 2) {
      const xr = a[b]!, xi = a[b + 1]!, e = b + 2 * size;
      a[e] = xr * d1r - xi * d1i;
      a[e + 1] = xr * d1i + xi * d1r;
      a[b] = xr * d0r - xi * d0i;
      a[b + 1] = xr * d0i + xi * d0r;
    }
  }
} // prettier-ignore

/** contractSums for real D (only Re G_rc at g[gOff + 2e] written). */
function realContract(d: Float64Array, dOff: number, count: number, g: Float64Array, gOff: number, z: Float64Array): void {
  const g00 = g[gOff]!, g01 = g[gOff + 2]!, g10 = g[gOff + 4]!, g11 = g[gOff + 6]!;
  for (let j = 0; j < count; j++) {
    const e = dOff + 8 * j;
    z[j] = d[e]! * g00 + d[e + 2]! * g01 + d[e + 4]! * g10 + d[e + 6]! * g11;
  }
} // prettier-ignore
