// The 2×2 matrices of the batched simulator's wire steps (batch.ts): a wire's product from its
// ops' matrices, each input's matrices kept from a run for the backward pass, and a wire's
// derivative in each of its variable angles for the adjoint step.

import { buildMatrix, type Program } from './compile';
import { STEP_WIRE, axisDerivative, dagger2, isFeatureOp, mul2, type Step } from './fuse';
import { keptLayout } from './batchLayout';

export interface WireSteps {
  /** Prefix products P_j = M_j…M_1 of the last wire built, at 8j (P_m at 8m: its product U). */
  readonly prefix: Float64Array;
  /** Scratch 2×2s: one at 0 for the caller, the last wire's U† at 8 (after `derivatives`). */
  readonly one: Float64Array;
  /** Per step k sharing its matrix across inputs: its U at 16k and U† at 16k + 8 (`store`). */
  readonly stepMat: Float64Array;
  /** Each input's per-input wire matrices: step k's of input s from s·keptStride + keptAt[k]. */
  readonly kept: Float64Array;
  readonly keptAt: Int32Array;
  readonly keptStride: number;
  /** The prefix products from the ops' matrices as they are built. */
  prefixes(st: Step): void;
  /** Builds the wire's op matrices from the bound angles, then its prefix products. */
  build(st: Step): void;
  /** Rebuilds only the ops that read the input (the others built once by `build`), then prefixes. */
  rebuildInput(st: Step): void;
  /** Step k's product U (built) into stepMat, and U† after it. */
  store(st: Step, k: number): void;
  /** Keeps step k's op matrices for input s (from p.mat). */
  keep(st: Step, k: number, s: number): void;
  /** Puts input s's kept matrices of step k back into p.mat, and its prefix products. */
  restore(st: Step, k: number, s: number): void;
  /**
   * The derivatives of a built wire in each variable angle t, A_t = M_m…M_(j+1)·∂M_j·M_(j−1)…M_1,
   * into out[oo + 8t], and U† into one[8 … 15]. Returns how many.
   */
  derivatives(st: Step, out: Float64Array, oo: number): number;
}

export function createWireSteps(p: Program, steps: readonly Step[], capacity: number): WireSteps {
  const longest = Math.max(1, ...steps.map((s) => s.ops.length));
  const prefix = new Float64Array(8 * (longest + 1));
  const suffix = new Float64Array(8 * (longest + 1));
  const one = new Float64Array(16);
  const stepMat = new Float64Array(16 * steps.length);
  const dOne = new Float64Array(8 * 3);
  const ang = new Float64Array(3);
  const readsInput = new Uint8Array(p.ops);
  for (let i = 0; i < p.ops; i++) readsInput[i] = isFeatureOp(p, i) ? 1 : 0;
  const { keptAt, keptStride } = keptLayout(steps);
  const kept = new Float64Array(capacity * keptStride);

  const prefixes = (st: Step): void => {
    const ops = st.ops;
    copy8(p.mat, p.mOff[ops[0]!]!, prefix, 8);
    for (let j = 1; j < ops.length; j++)
      mul2(p.mat, p.mOff[ops[j]!]!, prefix, 8 * j, prefix, 8 * (j + 1));
  };
  const store = (st: Step, k: number): void => {
    copy8(prefix, 8 * st.ops.length, stepMat, 16 * k);
    dagger2(stepMat, 16 * k, stepMat, 16 * k + 8);
  };
  const build = (st: Step): void => {
    for (let j = 0; j < st.ops.length; j++) buildMatrix(p, st.ops[j]!, false);
    prefixes(st);
  };
  steps.forEach((st, k) => {
    if (st.kind !== STEP_WIRE || st.varies) return;
    build(st);
    store(st, k);
  });

  return {
    prefix,
    one,
    stepMat,
    kept,
    keptAt,
    keptStride,
    prefixes,
    build,
    store,
    rebuildInput(st) {
      const ops = st.ops;
      for (let j = 0; j < ops.length; j++) if (readsInput[ops[j]!]) buildMatrix(p, ops[j]!, false);
      prefixes(st);
    },
    keep(st, k, s) {
      const o = s * keptStride + keptAt[k]!;
      for (let j = 0; j < st.ops.length; j++) copy8(p.mat, p.mOff[st.ops[j]!]!, kept, o + 8 * j);
    },
    restore(st, k, s) {
      const o = s * keptStride + keptAt[k]!;
      for (let j = 0; j < st.ops.length; j++) copy8(kept, o + 8 * j, p.mat, p.mOff[st.ops[j]!]!);
      prefixes(st);
    },
    derivatives(st, out, oo) {
      const m = st.ops.length;
      // Suffixes S_j = M_m…M_(j+1), from S_m = I down.
      suffix.set(IDENTITY2, 8 * m);
      for (let j = m - 1; j >= 0; j--) mul2(suffix, 8 * (j + 1), p.mat, p.mOff[st.ops[j]!]!, suffix, 8 * j); // prettier-ignore
      let t = 0;
      for (let j = 0; j < m; j++) {
        const i = st.ops[j]!;
        const g = p.gates[i]!;
        const start = p.aStart[i]!;
        for (let a = 0; a < p.aCount[i]!; a++) {
          if (st.angles[t] !== start + a) continue;
          if (g.axis) axisDerivative(g.axis, p.mat, p.mOff[i]!, dOne, 0);
          else {
            for (let c = 0; c < p.aCount[i]!; c++) ang[c] = p.angles[start + c]!;
            g.derivative!(ang, a, dOne, 0);
          }
          if (j > 0) mul2(dOne, 0, prefix, 8 * j, dOne, 0);
          mul2(suffix, 8 * (j + 1), dOne, 0, out, oo + 8 * t);
          t++;
        }
      }
      dagger2(prefix, 8 * m, one, 8);
      return t;
    },
  };
}

export function copy8(from: Float64Array, fo: number, to: Float64Array, oo: number): void {
  for (let i = 0; i < 8; i++) to[oo + i] = from[fo + i]!;
}

const IDENTITY2 = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);
