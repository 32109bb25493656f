// Quixer's sizes and its circuit (quixer.ts trains the model): the spec and its limits, where each
// part of the model sits in θ, the token unitary as a drawable Circuit, and the same gates compiled
// for the simulator's kernels, to build a token's dense unitary and take its gradient to the angles.
//
// One layer of Sim et al.'s ansatz 14 on n qubits (4n angles, in this order): RY on every qubit,
// CRX ring i → i+1 (control i, target (i+1) mod n), RY on every qubit, CRX ring i → i−1 (control i,
// target (i−1) mod n). Qubit q is bit q of the basis index (qubit 0 least significant).

import { GATES, type Circuit, type Operation } from '../../sim';
import { adjointStep1, dense1 } from '../../sim/kernels';

/** Quixer's sizes (Khatri et al., arXiv 2406.04305), at toy scale. */
export interface QuixerSpec {
  /** Tokens in the vocabulary (V): ids 0…V−1. */
  vocab: number;
  /** Tokens per context (T): the LCU sums T token unitaries. */
  context: number;
  /** System qubits (n); the state has D = 2^n amplitudes. */
  qubits: number;
  /** Ansatz-14 layers of each token unitary (L). */
  layers: number;
  /** Degree of the polynomial Σ_k c_k M^k (d). */
  degree: number;
  /** Size of a token's embedding (e). */
  embed: number;
  /** Hidden units of the classical head (h). */
  hidden: number;
}

/** The limits createQuixer checks: least and most of each size. */
export const QUIXER_LIMITS = {
  vocab: { min: 2, max: 16 },
  context: { min: 2, max: 8 },
  qubits: { min: 2, max: 6 },
  layers: { min: 1, max: 4 },
  degree: { min: 1, max: 4 },
  embed: { min: 1, max: 16 },
  hidden: { min: 1, max: 32 },
} as const satisfies Record<keyof QuixerSpec, { min: number; max: number }>;

/**
 * Where the parts of the model sit in θ (offsets), in this order: the embedding E (V × e,
 * row-major: E[w·e + k]), the linear map to angles W (A × e, row-major) and its bias (A), β
 * (T complex numbers, interleaved re, im; position 0 is the oldest token), c (d + 1), the final
 * ansatz layer's 4n angles, the head's W1 (h × 3n, row-major) and b1 (h), W2 (V × h) and b2 (V).
 */
export interface QuixerLayout {
  /** Angles of one token unitary: A = 4nL. */
  readonly angles: number;
  readonly embedding: number;
  readonly linear: number;
  readonly bias: number;
  readonly beta: number;
  readonly coeffs: number;
  readonly final: number;
  readonly head1: number;
  readonly head1Bias: number;
  readonly head2: number;
  readonly head2Bias: number;
  /** All trainable parameters. */
  readonly total: number;
}

/** θ's layout for a spec. */
export function quixerLayout(spec: QuixerSpec): QuixerLayout {
  const { vocab: V, context: T, qubits: n, layers: L, degree: d, embed: e, hidden: h } = spec;
  const A = 4 * n * L;
  const embedding = 0;
  const linear = embedding + V * e;
  const bias = linear + A * e;
  const beta = bias + A;
  const coeffs = beta + 2 * T;
  const final = coeffs + d + 1;
  const head1 = final + 4 * n;
  const head1Bias = head1 + 3 * n * h;
  const head2 = head1Bias + h;
  const head2Bias = head2 + V * h;
  const total = head2Bias + V;
  return { angles: A, embedding, linear, bias, beta, coeffs, final, head1, head1Bias, head2, head2Bias, total }; // prettier-ignore
}

/** Trainable parameters: Ve + Ae + A + 2T + (d + 1) + 4n + 3nh + h + Vh + V, with A = 4nL. */
export function quixerParamCount(spec: QuixerSpec): number {
  return quixerLayout(spec).total;
}

/** Refuses a spec the model cannot take, with a message naming the field and its range. */
export function checkQuixerSpec(spec: QuixerSpec): void {
  const words: Record<keyof QuixerSpec, string> = {
    vocab: 'vocabulary size',
    context: 'context length',
    qubits: 'number of qubits',
    layers: 'number of layers',
    degree: 'polynomial degree',
    embed: 'embedding size',
    hidden: 'hidden size',
  };
  for (const key of Object.keys(words) as (keyof QuixerSpec)[]) {
    const v = spec[key];
    const { min, max } = QUIXER_LIMITS[key];
    if (!Number.isInteger(v) || v < min || v > max)
      throw new Error(`Quixer's ${words[key]} must be a whole number from ${min} to ${max}; got ${v}.`); // prettier-ignore
  }
}

/** One gate of the ansatz: an RY on `target`, or a CRX with `control` (−1 for RY). */
interface AnsatzGate {
  target: number;
  control: number;
}

/** The gates of L ansatz-14 layers on n qubits; gate i takes angle i. */
function ansatzGates(n: number, L: number): AnsatzGate[] {
  const gates: AnsatzGate[] = [];
  for (let l = 0; l < L; l++) {
    for (let q = 0; q < n; q++) gates.push({ target: q, control: -1 });
    for (let i = 0; i < n; i++) gates.push({ target: (i + 1) % n, control: i });
    for (let q = 0; q < n; q++) gates.push({ target: q, control: -1 });
    for (let i = 0; i < n; i++) gates.push({ target: (i - 1 + n) % n, control: i });
  }
  return gates;
}

/**
 * One token unitary U as a circuit: L layers of ansatz 14, gate i's angle bound to params[i]
 * (the token's angles, θ_w = W·E[w] + bias). paramNames `l1.ry1.q1`, …, `l1.crx1.q1q2` (control,
 * target), …, `l1.ry2.q1`, …, `l1.crx2.q1qn`, ….
 */
export function quixerTokenCircuit(spec: QuixerSpec): Circuit {
  checkQuixerSpec(spec);
  const { qubits: n, layers: L } = spec;
  const ops: Operation[] = [];
  const paramNames: string[] = [];
  ansatzGates(n, L).forEach((g, i) => {
    const l = Math.floor(i / (4 * n)) + 1;
    const part = Math.floor((i % (4 * n)) / n) + 1; // 1: RY, 2: CRX up, 3: RY, 4: CRX down
    const params = [{ kind: 'param' as const, index: i }];
    if (g.control < 0) {
      ops.push({ gate: 'RY', targets: [g.target], params });
      paramNames.push(`l${l}.ry${part === 1 ? 1 : 2}.q${g.target + 1}`);
    } else {
      ops.push({ gate: 'CRX', targets: [g.control, g.target], params });
      paramNames.push(`l${l}.crx${part === 2 ? 1 : 2}.q${g.control + 1}q${g.target + 1}`);
    }
  });
  return { qubits: n, ops, paramNames };
}

/** L ansatz-14 layers compiled for the kernels: per gate its target qubit and control mask. */
export interface Ansatz {
  /** Number of gates (= angles): 4nL. */
  readonly size: number;
  readonly target: Int32Array;
  /** 1 << control for a CRX, 0 for an RY (the kernels' cmask = cval). */
  readonly cmask: Int32Array;
}

export function compileAnsatz(n: number, L: number): Ansatz {
  const gates = ansatzGates(n, L);
  return {
    size: gates.length,
    target: Int32Array.from(gates, (g) => g.target),
    cmask: Int32Array.from(gates, (g) => (g.control < 0 ? 0 : 1 << g.control)),
  };
}

const RY = GATES.RY;
const CRX = GATES.CRX;
const angle = new Float64Array(1);

/**
 * Fills, for gate i at 8i, its 2×2 matrix (the simulator's RY or the base RX of its CRX), that
 * matrix's conjugate transpose, and its derivative in the angle, from angles[off + i].
 */
export function ansatzMatrices(
  a: Ansatz,
  angles: Float64Array,
  off: number,
  mat: Float64Array,
  adj: Float64Array,
  der: Float64Array,
): void {
  for (let i = 0; i < a.size; i++) {
    const g = a.cmask[i] === 0 ? RY : CRX;
    const o = 8 * i;
    angle[0] = angles[off + i]!;
    g.matrix(angle, mat, o);
    g.derivative!(angle, 0, der, o);
    for (let r = 0; r < 2; r++)
      for (let c = 0; c < 2; c++) {
        adj[o + 2 * (2 * r + c)] = mat[o + 2 * (2 * c + r)]!;
        adj[o + 2 * (2 * r + c) + 1] = -mat[o + 2 * (2 * c + r) + 1]!;
      }
  }
}

/** Applies the gates (matrices from ansatzMatrices) to every state stored back to back in amp. */
export function applyAnsatz(a: Ansatz, mat: Float64Array, amp: Float64Array): void {
  for (let i = 0; i < a.size; i++) dense1(amp, a.target[i]!, mat, 8 * i, a.cmask[i]!, a.cmask[i]!);
}

const z = new Float64Array(1);

/**
 * The adjoint pass: amp holds the gates' outputs U·x and lam the loss's gradient with respect to
 * them (g = ∂L/∂Re + i·∂L/∂Im, states back to back). Adds ∂L/∂angle_i = Re Σ⟨lam_i, D_i·x_i⟩ to
 * grad[go + i]; leaves amp = x and lam = U†·lam (the gradient with respect to x).
 */
export function ansatzBackward(
  a: Ansatz,
  adj: Float64Array,
  der: Float64Array,
  amp: Float64Array,
  lam: Float64Array,
  grad: Float64Array,
  go: number,
): void {
  for (let i = a.size - 1; i >= 0; i--) {
    z[0] = 0;
    const cm = a.cmask[i]!;
    adjointStep1(amp, lam, a.target[i]!, adj, 8 * i, der, 8 * i, 1, cm, cm, z);
    grad[go + i] = grad[go + i]! + z[0];
  }
}

/**
 * One token's dense unitary at its 4nL angles, as the model builds it: D × D, column-major and
 * interleaved (column c, U|c⟩, starts at 2·D·c). For tests and inspection; allocates.
 */
export function quixerTokenUnitary(spec: QuixerSpec, angles: Float64Array): Float64Array {
  checkQuixerSpec(spec);
  const a = compileAnsatz(spec.qubits, spec.layers);
  if (angles.length < a.size)
    throw new Error(`A token unitary needs ${a.size} angles; ${angles.length} were given.`);
  const mat = new Float64Array(8 * a.size);
  ansatzMatrices(a, angles, 0, mat, new Float64Array(mat.length), new Float64Array(mat.length));
  const D = 1 << spec.qubits;
  const u = new Float64Array(2 * D * D);
  for (let c = 0; c < D; c++) u[2 * (D * c + c)] = 1;
  applyAnsatz(a, mat, u);
  return u;
}

/**
 * The gradient of the readout (⟨X_q⟩, ⟨Y_q⟩, ⟨Z_q⟩ at feat[3q…3q + 2], the simulator's
 * blochVectors) of an n-qubit state φ: lam = g_φ = Σ_q 2·(g_Xq·X_q + g_Yq·Y_q + g_Zq·Z_q)·φ for the features'
 * gradient gFeat (⟨P⟩ = ⟨φ|P|φ⟩ with P Hermitian has g_φ = 2·P·φ·∂L/∂⟨P⟩). Overwrites lam.
 */
export function pauliReadoutBackward(phi: Float64Array, n: number, gFeat: Float64Array, lam: Float64Array): void {
  lam.fill(0, 0, 2 << n);
  for (let q = 0; q < n; q++) {
    const gx = 2 * gFeat[3 * q]!, gy = 2 * gFeat[3 * q + 1]!, gz = 2 * gFeat[3 * q + 2]!;
    for (let i = 0; i < 1 << n; i++) {
      if (i & (1 << q)) continue;
      const j = i | (1 << q);
      const ar = phi[2 * i]!, ai = phi[2 * i + 1]!, br = phi[2 * j]!, bi = phi[2 * j + 1]!;
      // X: (a, b) → (b, a); Y: (a, b) → (−i·b, i·a); Z: (a, b) → (a, −b).
      lam[2 * i] = lam[2 * i]! + gx * br + gy * bi + gz * ar;
      lam[2 * i + 1] = lam[2 * i + 1]! + gx * bi - gy * br + gz * ai;
      lam[2 * j] = lam[2 * j]! + gx * ar - gy * ai - gz * br;
      lam[2 * j + 1] = lam[2 * j + 1]! + gx * ai + gy * ar - gz * bi;
    }
  }
} // prettier-ignore
