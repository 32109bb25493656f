// The quantum matrix-multiplication subroutine on a state vector of 3·log2(n) qubits: load A by
// amplitude encoding on registers i, j; apply U_B on registers j, l; post-select j = 0. The state
// index is (i · n + j) · n + l (so register l holds the low qubits, i the high ones); amplitudes
// are real. After the post-selection the amplitude of |i⟩|0⟩|l⟩ is (AB)_il/(‖A‖_F‖B‖_F), and
// it succeeds with probability ‖AB‖_F²/(‖A‖_F²‖B‖_F²).

import { blockEncodeB, frobenius } from './blockEncoding';

/** The exact outcome of the subroutine for n × n matrices A and B (row-major). */
export interface MatmulExact {
  n: number;
  /** 3 · log2(n): registers i, j, l of log2(n) qubits each. */
  qubits: number;
  normA: number;
  normB: number;
  /** The classical product AB, row-major. */
  product: Float64Array;
  /** ⟨i, 0, l|ψ⟩ at [i · n + l]: the state's amplitudes where j = 0, read from the state vector. */
  amplitudes: Float64Array;
  /** (AB)_il/(‖A‖_F‖B‖_F): what the amplitudes should be. */
  expected: Float64Array;
  /** Probability that the post-selection j = 0 succeeds, summed from the state vector. */
  success: number;
  /** The final state, n³ real amplitudes. */
  state: Float64Array;
}

/** A · B for n × n row-major matrices. */
export function multiply(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let l = 0; l < n; l++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += a[i * n + j]! * b[j * n + l]!;
      out[i * n + l] = s;
    }
  return out;
}

/** Amplitude encoding of A/‖A‖_F on registers i, j, with register l in |0⟩: n³ amplitudes. */
export function loadA(a: ArrayLike<number>, n: number): Float64Array {
  const norm = frobenius(a);
  const state = new Float64Array(n * n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) state[(i * n + j) * n] = a[i * n + j]! / norm;
  return state;
}

/** The n² × n² matrix u (row-major, index j · n + l) applied to registers j, l of `state`. */
export function applyOnJL(state: Float64Array, u: Float64Array, n: number): Float64Array {
  const d = n * n;
  const out = new Float64Array(state.length);
  for (let i = 0; i < n; i++) {
    const base = i * d;
    for (let r = 0; r < d; r++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += u[r * d + c]! * state[base + c]!;
      out[base + r] = s;
    }
  }
  return out;
}

/** Runs the subroutine exactly (A and B not all zero; n a power of two ≥ 2). */
export function runMatmul(a: ArrayLike<number>, b: ArrayLike<number>, n: number): MatmulExact {
  const normA = frobenius(a);
  const normB = frobenius(b);
  const state = applyOnJL(loadA(a, n), blockEncodeB(b, n), n);
  const product = multiply(a, b, n);
  const amplitudes = new Float64Array(n * n);
  const expected = new Float64Array(n * n);
  let success = 0;
  for (let i = 0; i < n; i++)
    for (let l = 0; l < n; l++) {
      const v = state[i * n * n + l]!; // j = 0
      amplitudes[i * n + l] = v;
      expected[i * n + l] = product[i * n + l]! / (normA * normB);
      success += v * v;
    }
  return {
    n,
    qubits: 3 * Math.log2(n),
    normA,
    normB,
    product,
    amplitudes,
    expected,
    success,
    state,
  };
}

/** Probabilities of the 3·log2(n)-qubit outcomes (the squares of the real amplitudes). */
export function outcomeProbabilities(state: Float64Array): Float64Array {
  return state.map((v) => v * v);
}

/**
 * |(AB)_il| estimated from shot counts over all n³ outcomes: ‖A‖_F‖B‖_F √(c_{i0l}/N), since an
 * outcome (i, 0, l) comes up with probability (AB)_il²/(‖A‖_F²‖B‖_F²). Sampling reads the
 * magnitudes only: the signs are lost.
 */
export function estimateMagnitudes(
  counts: ArrayLike<number>,
  shots: number,
  n: number,
  normA: number,
  normB: number,
): Float64Array {
  const out = new Float64Array(n * n);
  if (shots <= 0) return out;
  for (let i = 0; i < n; i++)
    for (let l = 0; l < n; l++)
      out[i * n + l] = normA * normB * Math.sqrt(counts[i * n * n + l]! / shots);
  return out;
}

/** ‖est − |AB|‖_F/‖AB‖_F: the estimate's relative error; null when AB = 0. */
export function relativeError(est: ArrayLike<number>, product: ArrayLike<number>): number | null {
  let diff = 0;
  for (let k = 0; k < est.length; k++) diff += (est[k]! - Math.abs(product[k]!)) ** 2;
  const norm = frobenius(product);
  return norm > 0 ? Math.sqrt(diff) / norm : null;
}

/**
 * The expected relative error of the estimate after N shots, √(Σ_{q>0} (1 − q)/(4 N p)) with
 * q = P(i, 0, l) (each √(c/N) has variance ≈ (1 − q)/(4N)): about 1/√(N · p) up to a factor
 * of order n/2. Null when p = 0 or no shots.
 */
export function expectedRelativeError(expected: ArrayLike<number>, shots: number): number | null {
  const { sum, p } = spread(expected);
  return p > 0 && shots > 0 ? Math.sqrt(sum / (4 * shots * p)) : null;
}

/** Shots for an expected relative error of `target` (the inverse of expectedRelativeError). */
export function shotsFor(expected: ArrayLike<number>, target: number): number | null {
  const { sum, p } = spread(expected);
  return p > 0 ? Math.ceil(sum / (4 * target * target * p)) : null;
}

/** Σ_{q>0} (1 − q) and p = Σ q over the post-selected outcomes' probabilities q. */
function spread(expected: ArrayLike<number>): { sum: number; p: number } {
  let sum = 0;
  let p = 0;
  for (let k = 0; k < expected.length; k++) {
    const q = expected[k]! ** 2;
    p += q;
    if (q > 0) sum += 1 - q;
  }
  return { sum, p };
}
