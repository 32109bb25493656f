// The SMO support vector machine against an exact solution of its dual QP (every active set
// enumerated on n ≤ 8), the KKT conditions, a known max-margin solution, the iteration guard on
// indefinite kernels and its input errors; the classical kernels and accuracy beside it.
import { describe, expect, it } from 'vitest';
import { accuracy } from '../../../../workers/ml/benchmark/accuracy';
import { gammaScale, linearGram, rbfGram } from '../../../../workers/ml/benchmark/kernels';
import {
  svmDecision,
  svmPredict,
  trainSvm,
  type SvmModel,
} from '../../../../workers/ml/benchmark/svm';
import type { Gram } from '../../../../workers/ml/benchmark/types';
import { createRng } from '../../../../workers/sim';

/** Solves A·x = r (m × m, row-major) by Gaussian elimination with partial pivoting; null if singular. */
function solve(A: Float64Array, r: Float64Array, m: number): Float64Array | null {
  const a = Float64Array.from(A);
  const x = Float64Array.from(r);
  let scale = 0;
  for (const v of a) scale = Math.max(scale, Math.abs(v));
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let i = c + 1; i < m; i++) if (Math.abs(a[i * m + c]!) > Math.abs(a[p * m + c]!)) p = i;
    if (Math.abs(a[p * m + c]!) <= 1e-11 * scale) return null;
    for (let k = 0; k < m; k++) [a[c * m + k], a[p * m + k]] = [a[p * m + k]!, a[c * m + k]!];
    [x[c], x[p]] = [x[p]!, x[c]!];
    for (let i = c + 1; i < m; i++) {
      const f = a[i * m + c]! / a[c * m + c]!;
      for (let k = c; k < m; k++) a[i * m + k] = a[i * m + k]! - f * a[c * m + k]!;
      x[i] = x[i]! - f * x[c]!;
    }
  }
  for (let i = m - 1; i >= 0; i--) {
    let v = x[i]!;
    for (let k = i + 1; k < m; k++) v -= a[i * m + k]! * x[k]!;
    x[i] = v / a[i * m + i]!;
  }
  return x;
}

/** ½αᵀQα − Σα with Q_ij = y_i·y_j·K_ij. */
function dualObjective(K: Gram, y: Int8Array, alpha: Float64Array): number {
  const n = y.length;
  let v = 0;
  for (let i = 0; i < n; i++) {
    v -= alpha[i]!;
    for (let j = 0; j < n; j++) v += 0.5 * alpha[i]! * alpha[j]! * y[i]! * y[j]! * K.k[i * n + j]!;
  }
  return v;
}

/**
 * The exact minimiser of the dual: for every split of the α into free / 0 / C, the stationary point
 * of the equality-constrained QP on the free ones (a linear KKT system); the best feasible one wins.
 * A convex QP's minimum lies in the relative interior of some face, where that system is regular.
 */
function exactDual(K: Gram, y: Int8Array, C: number): { alpha: Float64Array; objective: number } {
  const n = y.length;
  let best = { alpha: new Float64Array(n), objective: Infinity };
  for (let code = 0; code < 3 ** n; code++) {
    const state = Array.from({ length: n }, (_, i) => Math.floor(code / 3 ** i) % 3); // 0 free, 1 at 0, 2 at C
    const free = state.flatMap((s, i) => (s === 0 ? [i] : []));
    const alpha = Float64Array.from(state, (s) => (s === 2 ? C : 0));
    const m = free.length + 1;
    const A = new Float64Array(m * m);
    const r = new Float64Array(m);
    let yFixed = 0;
    for (let i = 0; i < n; i++) yFixed += y[i]! * alpha[i]!;
    if (free.length === 0) {
      if (Math.abs(yFixed) > 1e-12) continue;
    } else {
      free.forEach((i, a) => {
        r[a] = 1;
        for (let j = 0; j < n; j++) if (state[j] === 2) r[a] -= y[i]! * y[j]! * K.k[i * n + j]! * C;
        free.forEach((j, c) => (A[a * m + c] = y[i]! * y[j]! * K.k[i * n + j]!));
        A[a * m + m - 1] = y[i]!;
        A[(m - 1) * m + a] = y[i]!;
      });
      r[m - 1] = -yFixed;
      const x = solve(A, r, m);
      if (!x || free.some((i, a) => x[a]! < -1e-12 || x[a]! > C + 1e-12)) continue;
      free.forEach((i, a) => (alpha[i] = Math.min(C, Math.max(0, x[a]!))));
    }
    const objective = dualObjective(K, y, alpha);
    if (objective < best.objective) best = { alpha, objective };
  }
  return best;
}

/** Decision values of the exact α with libsvm's bias (mean over free α, else the interval's middle). */
function exactDecision(K: Gram, y: Int8Array, C: number, alpha: Float64Array, cross: Gram) {
  const n = y.length;
  const yG = Float64Array.from(y, (yi, i) => {
    let g = -1;
    for (let j = 0; j < n; j++) g += yi * y[j]! * alpha[j]! * K.k[i * n + j]!;
    return yi * g;
  });
  const isFree = (i: number) => alpha[i]! > 1e-9 * C && alpha[i]! < C * (1 - 1e-9);
  const free = [...yG.keys()].filter(isFree);
  let rho = free.reduce((s, i) => s + yG[i]!, 0) / free.length;
  if (free.length === 0) {
    const atC = (i: number) => alpha[i]! >= C * (1 - 1e-9);
    const up = [...yG.keys()].filter((i) => (atC(i) ? y[i] === -1 : y[i] === 1));
    const low = [...yG.keys()].filter((i) => (atC(i) ? y[i] === 1 : y[i] === -1));
    rho = (Math.min(...up.map((i) => yG[i]!)) + Math.max(...low.map((i) => yG[i]!))) / 2;
  }
  return Float64Array.from({ length: cross.rows }, (_, r) => {
    let f = -rho;
    for (let j = 0; j < n; j++) f += y[j]! * alpha[j]! * cross.k[r * n + j]!;
    return f;
  });
}

/** The full α (length n) from a model's support and dual coefficients. */
function alphaOf(model: SvmModel): Float64Array {
  const alpha = new Float64Array(model.nTrain);
  model.support.forEach((s, k) => (alpha[s] = Math.abs(model.dualCoef[k]!)));
  return alpha;
}

/**
 * n Gaussian points in 2-D, the first two at (1.5, 0.5) and (−1.5, −0.5) (both classes occur);
 * labels from the side of the line x₀ + x₁/2 = 0.1 (pushed 0.3 off it: separable) or alternating
 * (random points, so labels unrelated to them, half of each class).
 */
function points(seed: number, n: number, separable: boolean) {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: 2 * n }, () => rng.normal());
  x.set([1.5, 0.5, -1.5, -0.5]);
  const y = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const side = x[2 * i]! + 0.5 * x[2 * i + 1]! - 0.1;
    y[i] = separable && i >= 2 ? (side > 0 ? 1 : -1) : i % 2 ? -1 : 1;
    if (separable) x[2 * i] = x[2 * i]! + 0.3 * y[i]!;
  }
  return { x, y };
}

describe('trainSvm against the exact dual solution (n = 8)', () => {
  // Small C: several α at C (and, at 0.05, all of them: the bias is then the middle of an
  // interval); large C: a hard margin, no α at C.
  const cases = [
    { kernel: 'linear', C: 0.05, separable: false },
    { kernel: 'linear', C: 0.5, separable: false },
    { kernel: 'linear', C: 1000, separable: true },
    { kernel: 'rbf', C: 2, separable: false },
    { kernel: 'rbf', C: 1000, separable: false },
  ] as const;
  for (const { kernel, C, separable } of cases)
    it(`${kernel}, C = ${C}: same objective and decision values`, () => {
      const n = 8;
      const { x, y } = points(kernel === 'rbf' ? 7 : 3, n, separable);
      const test = Float64Array.from({ length: 10 }, (_, i) => Math.sin(3 * i + 1) * 1.5);
      const gram = (a: Float64Array, b: Float64Array) =>
        kernel === 'rbf'
          ? rbfGram(a, a.length / 2, b, b.length / 2, 2, 0.7)
          : linearGram(a, a.length / 2, b, b.length / 2, 2);
      const K = gram(x, x);
      const cross = gram(test, x);
      const exact = exactDual(K, y, C);
      const bounded = [...exact.alpha].filter((a) => a >= C * (1 - 1e-9)).length;
      // The cases are what they claim.
      if (C < 10) expect(bounded).toBeGreaterThanOrEqual(5);
      else expect(bounded).toBe(0);

      const model = trainSvm(K, y, { C, tol: 1e-9 });
      expect(model.converged).toBe(true);
      expect(Math.abs(model.dualCoef.reduce((s, c) => s + c, 0))).toBeLessThan(1e-12); // Σ y·α = 0
      const tolRel = 1e-6; // the exact solve is to rounding; SMO stops at KKT violation 1e-9
      expect(Math.abs(model.objective - exact.objective)).toBeLessThan(
        tolRel * Math.abs(exact.objective),
      );
      expect(Math.abs(dualObjective(K, y, alphaOf(model)) - exact.objective)).toBeLessThan(
        tolRel * Math.abs(exact.objective),
      );
      const want = exactDecision(K, y, C, exact.alpha, cross);
      const got = svmDecision(model, cross);
      const scale = Math.max(1, ...want.map(Math.abs));
      for (let r = 0; r < want.length; r++)
        expect(Math.abs(got[r]! - want[r]!)).toBeLessThan(1e-4 * scale);

      // libsvm's default tolerance (1e-3) already gives the objective to 1e-4 relative.
      const loose = trainSvm(K, y, { C });
      expect(Math.abs(loose.objective - exact.objective)).toBeLessThan(
        1e-4 * Math.abs(exact.objective),
      );
    });
});

describe('trainSvm: optimality and known solutions', () => {
  it('satisfies the KKT conditions to the tolerance (RBF, n = 60, C = 1)', () => {
    const { x, y } = points(11, 60, false);
    const K = rbfGram(x, 60, x, 60, 2, gammaScale(x, 60, 2));
    const C = 1;
    const tol = 1e-3;
    const model = trainSvm(K, y, { C, tol });
    expect(model.converged).toBe(true);
    const alpha = alphaOf(model);
    const f = svmDecision(model, K);
    let balance = 0;
    for (let i = 0; i < 60; i++) {
      balance += y[i]! * alpha[i]!;
      expect(alpha[i]).toBeGreaterThanOrEqual(0);
      expect(alpha[i]).toBeLessThanOrEqual(C);
      const margin = y[i]! * f[i]!; // y·f(x) − 1 ≥ 0 at α = 0, = 0 when free, ≤ 0 at C
      if (alpha[i] === 0) expect(margin).toBeGreaterThanOrEqual(1 - tol);
      else if (alpha[i] === C) expect(margin).toBeLessThanOrEqual(1 + tol);
      else expect(Math.abs(margin - 1)).toBeLessThanOrEqual(tol);
    }
    expect(Math.abs(balance)).toBeLessThan(1e-12);
  });

  it('classifies a separable 2-D set without error at large C (linear and RBF)', () => {
    const { x, y } = points(5, 40, true);
    for (const K of [linearGram(x, 40, x, 40, 2), rbfGram(x, 40, x, 40, 2, 1)]) {
      const model = trainSvm(K, y, { C: 1e4 });
      expect(model.converged).toBe(true);
      expect(accuracy(svmPredict(model, K), y)).toBe(1);
    }
  });

  it('finds the max-margin line of a hand-made set: w = (1, 0), b = −3', () => {
    // Classes on either side of x₀ = 3; the closest points (4, 0) and (2, 0) are the support.
    const x = Float64Array.of(4, 0, 5, 1, 4.5, -1, 2, 0, 1, 1, 1.5, -1);
    const y = Int8Array.of(1, 1, 1, -1, -1, -1);
    const K = linearGram(x, 6, x, 6, 2);
    const model = trainSvm(K, y, { C: 1e6, tol: 1e-9 });
    expect([...model.support]).toEqual([0, 3]);
    expect(model.dualCoef[0]).toBeCloseTo(0.5, 9);
    expect(model.dualCoef[1]).toBeCloseTo(-0.5, 9);
    const w = [0, 1].map((f) => model.support.reduce((s, i, k) => s + model.dualCoef[k]! * x[2 * i + f]!, 0)); // prettier-ignore
    expect(w[0]).toBeCloseTo(1, 9);
    expect(w[1]).toBeCloseTo(0, 9);
    expect(model.b).toBeCloseTo(-3, 9);
    expect(model.objective).toBeCloseTo(-0.5, 9); // ½‖w‖² − Σα
  });
});

describe('trainSvm: the iteration guard and bad input', () => {
  /** A symmetric indefinite matrix: random entries with a negative diagonal. */
  function indefinite(n: number, seed: number): Gram {
    const rng = createRng(seed);
    const k = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = i; j < n; j++) k[i * n + j] = k[j * n + i] = i === j ? -1 : 2 * rng.next() - 1;
    return { rows: n, cols: n, k };
  }
  const labels = (n: number) => Int8Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1));

  it('stops at maxIter on an indefinite kernel and says it did not converge', () => {
    const model = trainSvm(indefinite(30, 1), labels(30), { C: 10, maxIter: 5 });
    expect(model.converged).toBe(false);
    expect(model.iterations).toBe(5);
    expect(Number.isFinite(model.b)).toBe(true);
  });

  it('returns on an indefinite kernel under the default guard, α within the box', () => {
    const model = trainSvm(indefinite(40, 2), labels(40), { C: 1 });
    expect(model.iterations).toBeLessThanOrEqual(1_000_000);
    expect(Number.isFinite(model.b)).toBe(true);
    for (const c of model.dualCoef) expect(Math.abs(c)).toBeLessThanOrEqual(1);
  });

  it('rejects bad input with a plain message', () => {
    const K = linearGram(Float64Array.of(1, 2, 3), 3, Float64Array.of(1, 2, 3), 3, 1);
    const y = Int8Array.of(1, -1, 1);
    expect(() => trainSvm(K, Int8Array.of(1, -1), { C: 1 })).toThrow(/3 × 3 but there are 2/);
    expect(() => trainSvm({ rows: 3, cols: 3, k: new Float64Array(8) }, y, { C: 1 })).toThrow(
      /holds 8 numbers/,
    );
    expect(() => trainSvm(K, Int8Array.of(1, 0, -1), { C: 1 })).toThrow(/label 1 is 0/);
    expect(() => trainSvm(K, Int8Array.of(1, 1, 1), { C: 1 })).toThrow(/both classes/);
    for (const C of [0, -1, NaN, Infinity])
      expect(() => trainSvm(K, y, { C })).toThrow(/C must be a finite number above 0/);
    for (const bad of [NaN, Infinity]) {
      const k = Float64Array.from(K.k);
      k[5] = bad;
      expect(() => trainSvm({ rows: 3, cols: 3, k }, y, { C: 1 })).toThrow(
        /non-finite entry .* row 1, column 2/,
      );
    }
    const asym = Float64Array.from(K.k);
    asym[1] = asym[1]! + 0.1;
    expect(() => trainSvm({ rows: 3, cols: 3, k: asym }, y, { C: 1 })).toThrow(/not symmetric/);
    expect(() => trainSvm(K, y, { C: 1, maxIter: -1 })).toThrow(/maxIter/);
    const model = trainSvm(K, y, { C: 1 });
    expect(() => svmDecision(model, { rows: 1, cols: 2, k: new Float64Array(2) })).toThrow(
      /2 columns but the model was trained on 3 rows/,
    );
  });
});

describe('kernels and accuracy', () => {
  it('computes RBF and linear entries, gamma = scale and accuracy by hand', () => {
    const a = Float64Array.of(0, 0, 1, 2);
    const b = Float64Array.of(1, 0);
    const rbf = rbfGram(a, 2, b, 1, 2, 0.5);
    expect(rbf.rows).toBe(2);
    expect(rbf.cols).toBe(1);
    expect(rbf.k[0]).toBeCloseTo(Math.exp(-0.5), 15);
    expect(rbf.k[1]).toBeCloseTo(Math.exp(-2), 15);
    expect([...linearGram(a, 2, b, 1, 2).k]).toEqual([0, 1]);
    const self = rbfGram(a, 2, a, 2, 2, 0.1);
    expect([self.k[0], self.k[3]]).toEqual([1, 1]);
    expect(self.k[1]).toBe(self.k[2]);
    // Entries 0, 0, 1, 2: mean 0.75, variance 0.6875; gamma = 1 / (2 · 0.6875).
    expect(gammaScale(a, 2, 2)).toBeCloseTo(1 / 1.375, 15);
    expect(gammaScale(new Float64Array(4).fill(3), 2, 2)).toBe(1);
    expect(() => rbfGram(a, 3, b, 1, 2, 1)).toThrow(/holds 4 numbers/);
    expect(() => rbfGram(a, 2, b, 1, 2, 0)).toThrow(/gamma/);
    expect(accuracy(Int8Array.of(1, -1, 1, 1), Int8Array.of(1, 1, 1, -1))).toBe(0.5);
    expect(() => accuracy(Int8Array.of(1), Int8Array.of(1, 1))).toThrow(/1 predictions for 2/);
  });
});
