// A per-input wire step of the batched simulator (batch.ts) whose input is read by one or two
// rotations: the re-uploading layer RZ(w·x₀ + b)·RY(w·x₁ + b)·RZ(θ). Its product for input s is
// U_s = Suf·R₁(x_s)·Mid·R₀(x_s)·Pre, with Suf (the ops after the rotations), Mid (constant ops
// between them) and Pre (those before) the same for every input, so an input costs its rotations
// and a few 2×2 products. Its derivatives need no more: for an angle of op j at or after the last
// rotation, ∂U = B·U with B = S_j·(∂M_j·M_j†)·S_j† (S_j the ops after j); at or before the first,
// ∂U = U·C with C = P_j†·(M_j†·∂M_j)·P_j (P_j the ops before j). B and C read no input (for a
// rotation, ∂M·M† = M†·∂M = −i/2·P whatever its angle), so the backward pass builds them once per
// step and each input's derivatives are one product each, from its kept U_s.

import { buildMatrix, type Program } from './compile';
import { axisDerivative, dagger2, isFeatureOp, mul2, STEP_WIRE, type Step } from './fuse';

export interface InputWire {
  /** How many variable angles the step has (its st.angles). */
  readonly count: number;
  /** Builds the shared products from the bound angles of the step's other ops. */
  prepare(): void;
  /** U for the input whose rotation angle is bound, into out[oo … oo + 7]. */
  product(out: Float64Array, oo: number): void;
  /** Builds the shared derivative factors (after prepare). */
  prepareBack(): void;
  /** ∂U in each variable angle, for the input whose U is at u[uo], into out[oo + 8t]. */
  derivatives(u: Float64Array, uo: number, out: Float64Array, oo: number): void;
}

/**
 * The plan for a per-input wire step whose input is read by one or two rotations with nothing
 * variable between them, or null for any other step.
 */
export function inputWire(p: Program, st: Step): InputWire | null {
  if (st.kind !== STEP_WIRE || !st.perInput) return null;
  const ops = st.ops;
  const readers = ops.filter((i) => isFeatureOp(p, i));
  if (readers.length > 2 || readers.some((i) => !p.gates[i]!.axis || p.aCount[i] !== 1)) return null; // prettier-ignore
  const j0 = ops.indexOf(readers[0]!);
  const j1 = ops.indexOf(readers.at(-1)!);
  for (let j = j0 + 1; j < j1; j++) if (p.varies[ops[j]!]) return null;
  const m = ops.length;
  // Which op and which of its angles each variable angle is, in order.
  const opOf: number[] = [];
  const angleOf: number[] = [];
  ops.forEach((i, j) => {
    for (let a = 0; a < p.aCount[i]!; a++)
      if (st.angles.includes(p.aStart[i]! + a)) {
        opOf.push(j);
        angleOf.push(a);
      }
  });
  const count = opOf.length;
  // pre[8j…]: P_j = M_(j−1)…M_0 for j ≤ j0 (P_0 = I); suf[8j…]: S_j = M_(m−1)…M_(j+1) for j ≥ j1;
  // mid: M_(j1−1)…M_(j0+1).
  const pre = new Float64Array(8 * (j0 + 1));
  const suf = new Float64Array(8 * (m + 1));
  const mid = new Float64Array(8);
  const factors = new Float64Array(8 * count);
  const t1 = new Float64Array(8);
  const t2 = new Float64Array(8);
  const angles = new Float64Array(4);
  const mat = (j: number): number => p.mOff[ops[j]!]!;
  /** out = ∂M_j·M_j† (= M_j†·∂M_j for a rotation: −i/2·P), angle a of op j. */
  const generator = (j: number, a: number, left: boolean, out: Float64Array): void => {
    const i = ops[j]!;
    const g = p.gates[i]!;
    if (g.axis) return axisDerivative(g.axis, IDENTITY, 0, out, 0);
    for (let c = 0; c < p.aCount[i]!; c++) angles[c] = p.angles[p.aStart[i]! + c]!;
    g.derivative!(angles, a, t1, 0);
    dagger2(p.mat, mat(j), t2, 0);
    if (left) mul2(t1, 0, t2, 0, out, 0);
    else mul2(t2, 0, t1, 0, out, 0);
  };
  return {
    count,
    prepare() {
      for (let j = 0; j < m; j++) if (j !== j0 && j !== j1) buildMatrix(p, ops[j]!, false);
      pre.set(IDENTITY, 0);
      for (let j = 1; j <= j0; j++) mul2(p.mat, mat(j - 1), pre, 8 * (j - 1), pre, 8 * j);
      suf.set(IDENTITY, 8 * (m - 1));
      for (let j = m - 2; j >= j1; j--) mul2(suf, 8 * (j + 1), p.mat, mat(j + 1), suf, 8 * j);
      mid.set(IDENTITY, 0);
      for (let j = j0 + 1; j < j1; j++) mul2(p.mat, mat(j), mid, 0, mid, 0);
    },
    product(out, oo) {
      buildMatrix(p, ops[j0]!, false);
      if (j0 > 0) mul2(p.mat, mat(j0), pre, 8 * j0, t1, 0);
      else for (let e = 0; e < 8; e++) t1[e] = p.mat[mat(0) + e]!;
      if (j1 > j0) {
        buildMatrix(p, ops[j1]!, false);
        if (j1 > j0 + 1) mul2(mid, 0, t1, 0, t1, 0);
        mul2(p.mat, mat(j1), t1, 0, t1, 0);
      }
      mul2(suf, 8 * j1, t1, 0, out, oo);
    },
    prepareBack() {
      for (let t = 0; t < count; t++) {
        const j = opOf[t]!;
        const left = j >= j1;
        generator(j, angleOf[t]!, left, t2);
        // B = S_j·X·S_j† (left), C = P_j†·X·P_j (right).
        const base = left ? suf : pre;
        if (left) {
          mul2(base, 8 * j, t2, 0, t1, 0);
          dagger2(base, 8 * j, t2, 0);
          mul2(t1, 0, t2, 0, factors, 8 * t);
        } else {
          dagger2(base, 8 * j, t1, 0);
          mul2(t1, 0, t2, 0, t1, 0);
          mul2(t1, 0, base, 8 * j, factors, 8 * t);
        }
      }
    },
    derivatives(u, uo, out, oo) {
      for (let t = 0; t < count; t++)
        if (opOf[t]! >= j1) mul2(factors, 8 * t, u, uo, out, oo + 8 * t);
        else mul2(u, uo, factors, 8 * t, out, oo + 8 * t);
    },
  };
}

const IDENTITY = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);
