// The benchmark's data re-uploading classifier (Pérez-Salinas et al. 2020, as "Better than
// classical?", arXiv 2403.07059, codes it in qml-benchmarks' DataReuploadingClassifier): ⌈d/3⌉
// qubits, layers of Rot(ω∘x) · Rot(θ) per qubit and CZ entanglers, trained on the study's eqn (23).

import type { Circuit, Operation } from '../../sim';
import { circuitRows } from './circuitRows';
import type { VariationalModel, VariationalModelDef } from './variational';

/** How many qubits the loss and the prediction read: the first 1, ⌊n/2⌋ (at least 1) or all n. */
export type ObservableType = 'single' | 'half' | 'full';

/** The observable type's hyper-parameter value (hyper-parameters are numbers): 0, 1, 2. */
export const OBSERVABLE_TYPES: readonly ObservableType[] = ['single', 'half', 'full'];

/** Qubits read by the loss for n qubits, as the study counts them. */
export function observableWeight(type: ObservableType, n: number): number {
  return type === 'single' ? 1 : type === 'half' ? Math.max(1, n >> 1) : n;
}

/**
 * The CZ pairs of PennyLane's broadcast patterns on n wires: "double" (0,1), (2,3), …; "double_odd"
 * (1,2), (3,4), ….
 */
export function czPairs(n: number, odd: boolean): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = odd ? 1 : 0; a + 1 < n; a += 2) pairs.push([a, a + 1]);
  return pairs;
}

/**
 * Where each parameter lives in the flat vector, for n qubits and L layers:
 * θ[q, l, k] at q·3(L+1) + 3l + k (l = L is the final upload), ω[l, f] at 3n(L+1) + 3n·l + f
 * (f < 3n, the padded feature), then one parameter held at 0 (the bias of bindings the study
 * has none for), then α[c, j] (class c ∈ {0: y = −1, 1: y = +1}, qubit j < weight).
 */
export interface ReuploadingLayout {
  qubits: number;
  layers: number;
  /** Qubits the loss reads. */
  weight: number;
  theta(q: number, l: number, k: number): number;
  omega(l: number, f: number): number;
  zero: number;
  alpha(c: number, j: number): number;
  numParams: number;
}

export function reuploadingLayout(
  d: number,
  layers: number,
  type: ObservableType,
): ReuploadingLayout {
  const n = Math.ceil(d / 3);
  const w = 3 * n;
  const omega0 = w * (layers + 1);
  const zero = omega0 + w * (layers + 1);
  const weight = observableWeight(type, n);
  return {
    qubits: n,
    layers,
    weight,
    theta: (q, l, k) => q * 3 * (layers + 1) + 3 * l + k,
    omega: (l, f) => omega0 + w * l + f,
    zero,
    alpha: (c, j) => zero + 1 + c * weight + j,
    numParams: zero + 2 + 2 * weight,
  };
}

/**
 * The circuit on padded inputs (3n features). Rot(a, b, c) = RZ(c)·RY(b)·RZ(a). A layer's
 * Rot(ω∘x) then Rot(θ) is RZ(ω₀x₀), RY(ω₁x₁), RZ(ω₂x₂ + θ₀), RY(θ₁), RZ(θ₂): the two RZ in the
 * middle commute and add, which is exact; the first two bindings take the zero parameter as bias.
 * The final upload is Rot(ω∘x + θ), without CZ.
 */
export function reuploadingCircuit(lay: ReuploadingLayout): Circuit {
  const { qubits: n, layers: L, zero } = lay;
  const ops: Operation[] = [];
  const feat = (l: number, f: number, bias: number) => ({
    kind: 'feature' as const,
    feature: f,
    weight: lay.omega(l, f),
    bias,
  });
  const param = (index: number) => ({ kind: 'param' as const, index });
  for (let l = 0; l <= L; l++) {
    for (let q = 0; q < n; q++) {
      const f = 3 * q;
      const last = l === L;
      ops.push({
        gate: 'RZ',
        targets: [q],
        params: [feat(l, f, last ? lay.theta(q, l, 0) : zero)],
      });
      ops.push({ gate: 'RY', targets: [q], params: [feat(l, f + 1, last ? lay.theta(q, l, 1) : zero)] }); // prettier-ignore
      ops.push({ gate: 'RZ', targets: [q], params: [feat(l, f + 2, lay.theta(q, l, last ? 2 : 0))] }); // prettier-ignore
      if (!last) {
        ops.push({ gate: 'RY', targets: [q], params: [param(lay.theta(q, l, 1))] });
        ops.push({ gate: 'RZ', targets: [q], params: [param(lay.theta(q, l, 2))] });
      }
    }
    if (l < L)
      for (const [a, b] of czPairs(n, l % 2 === 1)) ops.push({ gate: 'CZ', targets: [a, b] });
  }
  return { qubits: n, ops };
}

/** ⟨Z_q⟩ of every qubit q of a state (qubit q is bit q of the basis index) into z. */
export function zExpectations(amp: Float64Array, n: number, z: Float64Array): void {
  z.fill(0, 0, n);
  const size = 1 << n;
  for (let b = 0; b < size; b++) {
    const p = amp[2 * b]! ** 2 + amp[2 * b + 1]! ** 2;
    for (let q = 0; q < n; q++) z[q] = z[q]! + ((b >> q) & 1 ? -p : p);
  }
}

/** The re-uploading classifier for d features. */
export function createReuploadingModel(
  d: number,
  layers: number,
  type: ObservableType,
): VariationalModel & {
  layout: ReuploadingLayout;
  circuit: Circuit;
  /** ⟨Z_q⟩ of each of the rows of x (scaled, d per row): out[r·n + q]. */
  expectations(theta: Float64Array, x: Float64Array, rows: number): Float64Array;
} {
  const lay = reuploadingLayout(d, layers, type);
  const { qubits: n, weight: w } = lay;
  const width = 3 * n;
  const circuit = reuploadingCircuit(lay);
  const z = new Float64Array(n);
  const dz = new Float64Array(n);
  const size = 1 << n;
  // A row, padded with zeros to three features per qubit.
  const rows = circuitRows(circuit, width, (x, r, out, o) => {
    for (let f = 0; f < width; f++) out[o + f] = f < d ? x[r * d + f]! : 0;
  });

  /** ⟨Z_q⟩ of every row: out[r·n + q]. */
  const expectations = (theta: Float64Array, x: Float64Array, count: number): Float64Array => {
    const out = new Float64Array(count * n);
    rows.forward(theta, x, count, (r, amp) => zExpectations(amp, n, out.subarray(r * n)));
    return out;
  };

  return {
    layout: lay,
    circuit,
    numParams: lay.numParams,
    frozen: [lay.zero],
    init(rng) {
      // The study: θ and ω uniform in [0, 1), α = 1.
      const theta = new Float64Array(lay.numParams);
      for (let i = 0; i < lay.zero; i++) theta[i] = rng.next();
      for (let i = lay.zero + 1; i < lay.numParams; i++) theta[i] = 1;
      return theta;
    },
    lossAndGrad(theta, x, y, idx, grad) {
      const m = idx.length;
      const loss = rows.loss(theta, x, idx, grad, (r, amp, lam) => {
        zExpectations(amp, n, z);
        const yy = y[r]!;
        const t0 = (1 - yy) / 2;
        const t1 = (1 + yy) / 2;
        let l = 0;
        dz.fill(0);
        // Eqn (23): ½Σ_j (α⁰_j·F⁰_j − t⁰)² + (α¹_j·F¹_j − t¹)², F⁰ = (1 − ⟨Z⟩)/2, F¹ = (1 + ⟨Z⟩)/2.
        for (let j = 0; j < w; j++) {
          const a0 = theta[lay.alpha(0, j)]!;
          const a1 = theta[lay.alpha(1, j)]!;
          const f0 = (1 - z[j]!) / 2;
          const f1 = (1 + z[j]!) / 2;
          const r0 = a0 * f0 - t0;
          const r1 = a1 * f1 - t1;
          l += (r0 * r0 + r1 * r1) / 2;
          grad[lay.alpha(0, j)] = grad[lay.alpha(0, j)]! + (r0 * f0) / m;
          grad[lay.alpha(1, j)] = grad[lay.alpha(1, j)]! + (r1 * f1) / m;
          dz[j] = (-r0 * a0 + r1 * a1) / 2 / m;
        }
        // λ = Σ_j ∂L/∂⟨Z_j⟩ · Z_j|ψ⟩, diagonal in the basis.
        for (let b = 0; b < size; b++) {
          let g = 0;
          for (let j = 0; j < w; j++) g += (b >> j) & 1 ? -dz[j]! : dz[j]!;
          lam[2 * b] = g * amp[2 * b]!;
          lam[2 * b + 1] = g * amp[2 * b + 1]!;
        }
        return l;
      });
      return loss / m;
    },
    expectations,
    predict(theta, x, rows) {
      const zs = expectations(theta, x, rows);
      const out = new Int8Array(rows);
      for (let r = 0; r < rows; r++) {
        let mean = 0;
        for (let j = 0; j < w; j++) mean += zs[r * n + j]!;
        // The study's rule: P(+1) = (1 + mean⟨Z⟩)/2 against P(−1); a tie goes to −1.
        out[r] = mean > 0 ? 1 : -1;
      }
      return out;
    },
  };
}

/** The data re-uploading model (its grid and defaults: the schema's model list). */
export const REUPLOADING: VariationalModelDef = {
  id: 'reuploading',
  create: (d, h) =>
    createReuploadingModel(d, h.layers!, OBSERVABLE_TYPES[h.observable!] ?? 'single'),
};
