// A per-input wire step of the batched simulator (batch.ts) whose input is read by one or two
// rotations: the re-uploading layer RZ(w·x₀ + b)·RY(w·x₁ + b)·RZ(θ). Its product for input s is
// U_s = Suf·R₁(a₁)·Mid·R₀(a₀)·Pre, with Suf (the ops after the rotations), Mid (constant ops
// between them) and Pre (those before) the same for every input. A rotation about the axis P is
// R(a) = c·I + s·(−iP) with c = cos(a/2), s = sin(a/2), so
//   U_s = c₀c₁·K₀ + s₀c₁·K₁ + c₀s₁·K₂ + s₀s₁·K₃
// with four matrices K built once per run (K₁ = Suf·Mid·(−iP₀)·Pre, …): an input costs two sines
// and cosines and a sum of four 2×2s, no matrix products. Its derivatives in the rotations' angles
// are the same sum with differentiated coefficients; in an angle of op j at or after the last
// rotation, ∂U = B·U = Σ f_k·(B·K_k) with B = S_j·(∂M_j·M_j†)·S_j† (S_j the ops after j), and at or
// before the first ∂U = U·C with C = P_j†·(M_j†·∂M_j)·P_j (P_j the ops before j): B·K_k and K_k·C
// read no input, so each derivative is one more sum of four. A wire split into phases and a real
// rotation (inputPhasePlan.ts) needs only U's first column and det U (a rotation's is 1).

import { buildMatrix, type Program } from './compile';
import { axisDerivative, dagger2, isFeatureOp, mul2, STEP_WIRE, type Step } from './fuse';

export interface InputWire {
  /** How many variable angles the step has (its st.angles). */
  readonly count: number;
  /** Whether U is real for every input (after prepare): RY alone, or with H or X. */
  real(): boolean;
  /** Whether U and its derivatives are real (after prepareBack; RZ(0) is real, its derivative not). */
  realBack(): boolean;
  /** Builds the shared matrices K from the bound angles of the step's other ops. */
  prepare(): void;
  /**
   * For the input whose angles are bound: cos and sin of its half rotation angles into
   * trig[to … to + 3] (c₀, s₀, c₁, s₁; kept for `derivatives`), and U into out[oo … oo + 7].
   */
  product(trig: Float64Array, to: number, out: Float64Array, oo: number): void;
  /** The same cos and sin, and only U's first column (U00, U10: 4 numbers) into out[oo …]. */
  column(trig: Float64Array, to: number, out: Float64Array, oo: number): void;
  /** det U (re, im), the same for every input (a rotation's is 1), after prepare. */
  readonly det: Float64Array;
  /** The angles (indices into the program's) of the rotations that read the input. */
  readonly readers: readonly number[];
  /** Builds the shared derivative matrices (after prepare). */
  prepareBack(): void;
  /** ∂U in each variable angle, for the input whose trig values are at trig[to], into out[oo + 8t]. */
  derivatives(trig: Float64Array, to: number, out: Float64Array, oo: number): void;
}

/** How a variable angle's derivative weighs the four K_k (or its own four matrices). */
const OF_FIRST = 0;
const OF_LAST = 1;
const SHARED = 2;

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
  const k0 = p.aStart[ops[j0]!]!;
  const k1 = p.aStart[ops[j1]!]!;
  const two = j1 > j0;
  // Which op and which of its angles each variable angle is, in order, and how it is weighed.
  const opOf: number[] = [];
  const angleOf: number[] = [];
  const role: number[] = [];
  ops.forEach((i, j) => {
    for (let a = 0; a < p.aCount[i]!; a++)
      if (st.angles.includes(p.aStart[i]! + a)) {
        opOf.push(j);
        angleOf.push(a);
        role.push(j === j0 ? OF_FIRST : j === j1 ? OF_LAST : SHARED);
      }
  });
  const count = opOf.length;
  // pre[8j…]: P_j = M_(j−1)…M_0 for j ≤ j0 (P_0 = I); suf[8j…]: S_j = M_(m−1)…M_(j+1) for j ≥ j1;
  // mid: M_(j1−1)…M_(j0+1).
  const pre = new Float64Array(8 * (j0 + 1));
  const suf = new Float64Array(8 * (m + 1));
  const mid = new Float64Array(8);
  // K_0 … K_3 at 8k; per variable angle t its four matrices at 32t + 8k (derivative factors
  // times K_k for a shared angle).
  const K = new Float64Array(32);
  const dK = new Float64Array(32 * count);
  const t1 = new Float64Array(8);
  const t2 = new Float64Array(8);
  const angles = new Float64Array(4);
  const np0 = new Float64Array(8);
  const np1 = new Float64Array(8);
  minusIPauli(p.gates[ops[j0]!]!.axis!, np0);
  minusIPauli(p.gates[ops[j1]!]!.axis!, np1);
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
  /** K_k = Suf·[np1 if b1]·Mid·[np0 if b0]·Pre for k = b0 + 2·b1 (with one reader, K_2 = K_3 = 0). */
  const buildK = (k: number): void => {
    for (let e = 0; e < 8; e++) t1[e] = pre[8 * j0 + e]!;
    if (k & 1) mul2(np0, 0, t1, 0, t1, 0);
    if (two) {
      mul2(mid, 0, t1, 0, t1, 0);
      if (k & 2) mul2(np1, 0, t1, 0, t1, 0);
    } else if (k & 2) {
      K.fill(0, 8 * k, 8 * k + 8);
      return;
    }
    mul2(suf, 8 * j1, t1, 0, K, 8 * k);
  };
  let real = false;
  let realBack = false;
  const det = new Float64Array(2);
  /** cos and sin of the half angles of the bound rotations into trig[to …]. */
  const trigs = (trig: Float64Array, to: number): void => {
    const a0 = p.angles[k0]! / 2;
    trig[to] = Math.cos(a0);
    trig[to + 1] = Math.sin(a0);
    const a1 = two ? p.angles[k1]! / 2 : 0;
    trig[to + 2] = two ? Math.cos(a1) : 1;
    trig[to + 3] = two ? Math.sin(a1) : 0;
  };
  return {
    count,
    det,
    readers: two ? [k0, k1] : [k0],
    real: () => real,
    realBack: () => realBack,
    prepare() {
      for (let j = 0; j < m; j++) if (j !== j0 && j !== j1) buildMatrix(p, ops[j]!, false);
      pre.set(IDENTITY, 0);
      for (let j = 1; j <= j0; j++) mul2(p.mat, mat(j - 1), pre, 8 * (j - 1), pre, 8 * j);
      suf.set(IDENTITY, 8 * (m - 1));
      for (let j = m - 2; j >= j1; j--) mul2(suf, 8 * (j + 1), p.mat, mat(j + 1), suf, 8 * j);
      mid.set(IDENTITY, 0);
      for (let j = j0 + 1; j < j1; j++) mul2(p.mat, mat(j), mid, 0, mid, 0);
      for (let k = 0; k < 4; k++) buildK(k);
      real = true;
      for (let e = 1; e < 32; e += 2) if (K[e] !== 0) real = false;
      // U = K_0 at zero angles.
      det[0] = K[0]! * K[6]! - K[1]! * K[7]! - (K[2]! * K[4]! - K[3]! * K[5]!);
      det[1] = K[0]! * K[7]! + K[1]! * K[6]! - (K[2]! * K[5]! + K[3]! * K[4]!);
    },
    product(trig, to, out, oo) {
      trigs(trig, to);
      const c0 = trig[to]!,
        s0 = trig[to + 1]!,
        c1 = trig[to + 2]!,
        s1 = trig[to + 3]!;
      if (two) sum4(K, 0, c0 * c1, s0 * c1, c0 * s1, s0 * s1, out, oo);
      else for (let e = 0; e < 8; e++) out[oo + e] = c0 * K[e]! + s0 * K[8 + e]!;
    },
    column(trig, to, out, oo) {
      trigs(trig, to);
      const c0 = trig[to]!,
        s0 = trig[to + 1]!,
        c1 = trig[to + 2]!,
        s1 = trig[to + 3]!;
      const f0 = c0 * c1,
        f1 = s0 * c1,
        f2 = c0 * s1,
        f3 = s0 * s1;
      // Entries 00 (at 0, 1) and 10 (at 4, 5) of each K_k (K_2 = K_3 = 0 for one rotation).
      for (let e = 0; e < 4; e++) {
        const m = e < 2 ? e : e + 2;
        out[oo + e] = two
          ? f0 * K[m]! + f1 * K[8 + m]! + f2 * K[16 + m]! + f3 * K[24 + m]!
          : c0 * K[m]! + s0 * K[8 + m]!;
      }
    },
    prepareBack() {
      for (let t = 0; t < count; t++) {
        if (role[t] !== SHARED) {
          dK.set(K, 32 * t);
          continue;
        }
        const j = opOf[t]!;
        const left = j >= j1;
        generator(j, angleOf[t]!, left, t2);
        // B = S_j·X·S_j† (left), C = P_j†·X·P_j (right); then B·K_k or K_k·C.
        const base = left ? suf : pre;
        if (left) {
          mul2(base, 8 * j, t2, 0, t1, 0);
          dagger2(base, 8 * j, t2, 0);
          mul2(t1, 0, t2, 0, t1, 0);
          for (let k = 0; k < 4; k++) mul2(t1, 0, K, 8 * k, dK, 32 * t + 8 * k);
        } else {
          dagger2(base, 8 * j, t1, 0);
          mul2(t1, 0, t2, 0, t1, 0);
          mul2(t1, 0, base, 8 * j, t1, 0);
          for (let k = 0; k < 4; k++) mul2(K, 8 * k, t1, 0, dK, 32 * t + 8 * k);
        }
      }
      realBack = real;
      for (let e = 1; e < 32 * count; e += 2) if (dK[e] !== 0) realBack = false;
    },
    derivatives(trig, to, out, oo) {
      const c0 = trig[to]!, s0 = trig[to + 1]!, c1 = trig[to + 2]!, s1 = trig[to + 3]!;
      for (let t = 0; t < count; t++) {
        const r = role[t];
        // ∂/∂a of cos(a/2) is −sin(a/2)/2, of sin(a/2) is cos(a/2)/2.
        if (r === OF_FIRST) sum4(dK, 32 * t, -s0 * c1 / 2, c0 * c1 / 2, -s0 * s1 / 2, c0 * s1 / 2, out, oo + 8 * t);
        else if (r === OF_LAST) sum4(dK, 32 * t, -c0 * s1 / 2, -s0 * s1 / 2, c0 * c1 / 2, s0 * c1 / 2, out, oo + 8 * t);
        else sum4(dK, 32 * t, c0 * c1, s0 * c1, c0 * s1, s0 * s1, out, oo + 8 * t);
      }
    }, // prettier-ignore
  };
}

/** out = f0·M_0 + f1·M_1 + f2·M_2 + f3·M_3 for the four 2×2s at m[mo + 8k]. */
function sum4(
  m: Float64Array, mo: number, f0: number, f1: number, f2: number, f3: number,
  out: Float64Array, oo: number,
): void {
  for (let e = 0; e < 8; e++)
    out[oo + e] = f0 * m[mo + e]! + f1 * m[mo + 8 + e]! + f2 * m[mo + 16 + e]! + f3 * m[mo + 24 + e]!;
} // prettier-ignore

/** −i·P for the Pauli matrix P of the axis (so that R(a) = cos(a/2)·I + sin(a/2)·(−iP)). */
function minusIPauli(axis: 'X' | 'Y' | 'Z', out: Float64Array): void {
  out.set(axis === 'X' ? MINUS_I_X : axis === 'Y' ? MINUS_I_Y : MINUS_I_Z);
}

const IDENTITY = Float64Array.of(1, 0, 0, 0, 0, 0, 1, 0);
const MINUS_I_X = Float64Array.of(0, 0, 0, -1, 0, -1, 0, 0);
const MINUS_I_Y = Float64Array.of(0, 0, -1, 0, 1, 0, 0, 0);
const MINUS_I_Z = Float64Array.of(0, -1, 0, 0, 0, 0, 0, 1);
