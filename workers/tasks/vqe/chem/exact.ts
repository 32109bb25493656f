// Exact ground states of Pauli sums on up to 12 qubits without a dense matrix: Lanczos with full
// reorthogonalisation over matrix-vector products taken straight from the Pauli terms.

import { applyObservable, compileObservable, type PauliTerm } from '../../../sim/observables';
import { createRng } from '../../../sim/rng';
import { lowestTridiagonal } from './tridiagonal';

/** Most qubits groundState accepts (2^12 amplitudes; the Krylov basis stays a few MiB). */
export const MAX_EXACT_QUBITS = 12;

export interface GroundStateOptions {
  /** Restrict to the basis states b with sector(b) true: the block P·H·P of H. */
  sector?: (basisIndex: number) => boolean;
  /** Most Lanczos steps before a restart (default min(dimension, 300)). */
  maxIter?: number;
  /** Converged when ‖Hv − Ev‖ ≤ tol·max(1, Σ|coeff|) (default 1e-10); the energy error is below that. */
  tol?: number;
}

export interface GroundState {
  /** Lowest eigenvalue (of the sector block, if a sector was given), in the terms' units. */
  energy: number;
  /** Unit eigenvector over all 2^n basis states, complex interleaved, length 2^(n+1); zero outside the sector. */
  vector: Float64Array;
  /** ‖Hv − Ev‖ of the returned vector (within the sector). */
  residual: number;
  /** Number of basis states searched. */
  dimension: number;
  /** Lanczos steps taken, over all restarts. */
  iterations: number;
}

function popcount(v: number): number {
  let c = 0;
  for (let w = v >>> 0; w; w &= w - 1) c++;
  return c;
}

/**
 * The basis states of `electrons` electrons with S_z as small as possible (0 for an even count,
 * +½ for odd), in the interleaved order: qubit 2i is orbital i spin α, qubit 2i+1 spin β.
 */
export function moleculeSector(n: number, electrons: number): (basisIndex: number) => boolean {
  const all = n >= 32 ? 0xffffffff : 2 ** n - 1;
  const alphaMask = 0x55555555 & all;
  const betaMask = 0xaaaaaaaa & all;
  const nBeta = Math.floor(electrons / 2);
  const nAlpha = electrons - nBeta;
  return (b) => popcount(b & alphaMask) === nAlpha && popcount(b & betaMask) === nBeta;
}

type MatVec = (v: Float64Array, out: Float64Array) => void;

/** out = P·H·P·v on the sector's basis states idx (pos[b] = position of b, or −1). */
function sectorMatVec(
  terms: readonly PauliTerm[],
  n: number,
  idx: Int32Array,
  pos: Int32Array,
): MatVec {
  const obs = compileObservable({ terms: [...terms] }, n);
  const signs = new Float64Array(idx.length * obs.xMask.length);
  obs.zMask.forEach((z, t) => {
    for (let k = 0; k < idx.length; k++)
      signs[t * idx.length + k] = popcount(idx[k]! & z) & 1 ? -1 : 1;
  });
  return (v, out) => {
    out.fill(0);
    const dim = idx.length;
    for (let t = 0; t < obs.xMask.length; t++) {
      const x = obs.xMask[t]!;
      const pr = obs.phaseRe[t]!;
      const pi = obs.phaseIm[t]!;
      for (let k = 0; k < dim; k++) {
        const j = pos[idx[k]! ^ x]!;
        if (j < 0) continue;
        const s = signs[t * dim + k]!;
        const vr = s * v[2 * k]!;
        const vi = s * v[2 * k + 1]!;
        out[2 * j] = out[2 * j]! + pr * vr - pi * vi;
        out[2 * j + 1] = out[2 * j + 1]! + pr * vi + pi * vr;
      }
    }
  };
}

/** ⟨a|b⟩ of complex interleaved vectors, as [re, im]. */
function dot(a: Float64Array, b: Float64Array): [number, number] {
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.length; i += 2) {
    re += a[i]! * b[i]! + a[i + 1]! * b[i + 1]!;
    im += a[i]! * b[i + 1]! - a[i + 1]! * b[i]!;
  }
  return [re, im];
}

/** w −= c·q for a complex c. */
function subtractScaled(w: Float64Array, q: Float64Array, cr: number, ci: number): void {
  for (let i = 0; i < w.length; i += 2) {
    w[i] = w[i]! - (cr * q[i]! - ci * q[i + 1]!);
    w[i + 1] = w[i + 1]! - (cr * q[i + 1]! + ci * q[i]!);
  }
}

function normalise(v: Float64Array): number {
  const norm = Math.sqrt(dot(v, v)[0]);
  for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return norm;
}

/** One Lanczos run from unit vector `start`: the lowest Ritz pair of the Krylov space it builds. */
function lanczos(
  apply: MatVec,
  start: Float64Array,
  steps: number,
  stopBelow: number,
): { vector: Float64Array; steps: number } {
  const Q: Float64Array[] = [];
  const alpha = new Float64Array(steps);
  const beta = new Float64Array(steps);
  let q = start;
  let ritz: Float64Array = new Float64Array([1]);
  let m = 0;
  const w = new Float64Array(start.length);
  while (m < steps) {
    Q.push(q);
    apply(q, w);
    alpha[m] = dot(q, w)[0];
    // Full reorthogonalisation, twice ("twice is enough"): the basis stays orthonormal to
    // rounding, so no spurious copies of converged eigenvalues appear.
    for (let pass = 0; pass < 2; pass++)
      for (const qi of Q) {
        const [cr, ci] = dot(qi, w);
        subtractScaled(w, qi, cr, ci);
      }
    const b = Math.sqrt(dot(w, w)[0]);
    beta[m] = b;
    m++;
    const { vector: s } = lowestTridiagonal(alpha, beta, m);
    ritz = s;
    // β_m·|s_m| is the residual of the Ritz pair; β_m ≈ 0 means an invariant subspace (exact).
    if (b * Math.abs(s[m - 1]!) <= stopBelow || b <= 1e-14 * stopBelow || m === steps) break;
    q = w.map((v) => v / b);
  }
  const vector = new Float64Array(start.length);
  Q.forEach((qi, i) => subtractScaled(vector, qi, -ritz[i]!, 0));
  normalise(vector);
  return { vector, steps: m };
}

/**
 * The lowest eigenvalue of Σ coeff·P on n ≤ 12 qubits, and its eigenvector, by Lanczos restarted
 * from the Ritz vector until ‖Hv − Ev‖ ≤ tol·max(1, Σ|coeff|). The start vector is random but
 * seeded, so results are reproducible. Throws (a plain Error) for n outside 1…12, an empty
 * sector, a label parsePauli refuses, or no convergence.
 */
export function groundState(
  terms: readonly PauliTerm[],
  n: number,
  opts: GroundStateOptions = {},
): GroundState {
  if (!Number.isInteger(n) || n < 1 || n > MAX_EXACT_QUBITS) {
    throw new Error(
      `Exact ground states are available for 1 to ${MAX_EXACT_QUBITS} qubits; got ${n}.`,
    );
  }
  const size = 2 ** n;
  let idx: Int32Array;
  let apply: MatVec;
  if (opts.sector) {
    const inside: number[] = [];
    for (let b = 0; b < size; b++) if (opts.sector(b)) inside.push(b);
    if (inside.length === 0) throw new Error('The sector contains no basis states.');
    idx = Int32Array.from(inside);
    const pos = new Int32Array(size).fill(-1);
    idx.forEach((b, k) => (pos[b] = k));
    apply = sectorMatVec(terms, n, idx, pos);
  } else {
    idx = Int32Array.from({ length: size }, (_, b) => b);
    const obs = compileObservable({ terms: [...terms] }, n);
    apply = (v, out) => applyObservable({ n, amp: v }, obs, { n, amp: out });
  }
  const dim = idx.length;
  const scale = Math.max(
    1,
    terms.reduce((s, t) => s + Math.abs(t.coeff), 0),
  );
  const target = (opts.tol ?? 1e-10) * scale;
  const steps = Math.max(1, Math.min(dim, opts.maxIter ?? 300));

  // Seeded complex Gaussian start: generic, so it overlaps every eigenvector.
  const rng = createRng(0x5eed);
  let v: Float64Array = new Float64Array(2 * dim);
  for (let i = 0; i < v.length; i++) v[i] = rng.normal();
  normalise(v);

  const hv = new Float64Array(2 * dim);
  let energy = 0;
  let residual = Infinity;
  let iterations = 0;
  for (let restart = 0; restart < 50; restart++) {
    const run = lanczos(apply, v, steps, target);
    iterations += run.steps;
    v = run.vector;
    // The Rayleigh quotient and the true residual of the Ritz vector, measured rather than trusted.
    apply(v, hv);
    energy = dot(v, hv)[0];
    subtractScaled(hv, v, energy, 0);
    residual = Math.sqrt(dot(hv, hv)[0]);
    if (residual <= target) break;
  }
  // A capped Krylov space (small maxIter) can stall a little above the target after the
  // restarts; the energy error is then still ≲ residual²/gap, so accept up to 1000× and report it.
  if (!(residual <= 1e3 * target)) {
    throw new Error(
      `The exact ground state did not converge (residual ${residual.toExponential(2)}).`,
    );
  }
  const vector = new Float64Array(2 * size);
  idx.forEach((b, k) => {
    vector[2 * b] = v[2 * k]!;
    vector[2 * b + 1] = v[2 * k + 1]!;
  });
  return { energy, vector, residual, dimension: dim, iterations };
}
