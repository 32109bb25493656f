// A C-support vector machine on a precomputed kernel (Gram) matrix, shared by the classical RBF
// model and the quantum kernel models: libsvm's SMO solver with second-order working-set selection
// (Fan, Chen & Lin 2005), no shrinking (the benchmark's train sets are a few hundred rows).

import type { Gram } from './types';

/** A trained C-SVM: decision f(x) = Σ_s dualCoef[s]·k(x, x_support[s]) + b. */
export interface SvmModel {
  /** Number of train rows the model was fitted on (columns of a cross Gram). */
  nTrain: number;
  /** Train-row indices with α > 0, ascending. */
  support: Int32Array;
  /** α_s·y_s for each support index (scikit-learn's dual_coef_), in (−C, 0) ∪ (0, C]. */
  dualCoef: Float64Array;
  /** Bias b of the decision function (libsvm's −ρ). */
  b: number;
  /** Dual objective at the solution, libsvm's sign: ½αᵀQα − Σα with Q_ij = y_i·y_j·K_ij. */
  objective: number;
  /** SMO steps taken (one working pair each). */
  iterations: number;
  /** True when the KKT violation fell below tol; false when maxIter stopped the solver first. */
  converged: boolean;
}

/** Solver settings. */
export interface SvmOptions {
  /** Box constraint 0 ≤ α_i ≤ C (inverse regularisation strength), > 0. */
  C: number;
  /** Stopping tolerance on the maximal KKT violation m(α) − M(α); libsvm's 1e-3 by default. */
  tol?: number;
  /** Most SMO steps before returning with converged = false; max(10⁶, 100·n) by default. */
  maxIter?: number;
}

/** libsvm's floor for a non-positive curvature K_ii + K_jj − 2K_ij (indefinite kernels). */
const TAU = 1e-12;

function checkFinitePositive(name: string, v: number): void {
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`SVM: ${name} must be a finite number above 0, got ${v}.`);
}

function checkGram(gram: Gram, what: string): void {
  if (gram.k.length !== gram.rows * gram.cols)
    throw new Error(
      `SVM: the ${what} kernel matrix holds ${gram.k.length} numbers, not rows × cols = ${gram.rows} × ${gram.cols}.`,
    );
  for (let t = 0; t < gram.k.length; t++)
    if (!Number.isFinite(gram.k[t]!))
      throw new Error(
        `SVM: the ${what} kernel matrix has a non-finite entry ${gram.k[t]} at row ${Math.floor(t / gram.cols)}, column ${t % gram.cols}.`,
      );
}

function checkTrainInput(gram: Gram, y: Int8Array, opts: SvmOptions): void {
  checkFinitePositive('C', opts.C);
  if (opts.tol !== undefined) checkFinitePositive('tol', opts.tol);
  if (opts.maxIter !== undefined && !(Number.isInteger(opts.maxIter) && opts.maxIter >= 0))
    throw new Error(`SVM: maxIter must be a whole number ≥ 0, got ${opts.maxIter}.`);
  const n = y.length;
  if (gram.rows !== n || gram.cols !== n)
    throw new Error(
      `SVM: the train kernel matrix is ${gram.rows} × ${gram.cols} but there are ${n} labels; it must be ${n} × ${n}.`,
    );
  checkGram(gram, 'train');
  let pos = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 1 && y[i] !== -1)
      throw new Error(`SVM: labels must be −1 or +1, label ${i} is ${y[i]}.`);
    if (y[i] === 1) pos++;
  }
  if (pos === 0 || pos === n)
    throw new Error('SVM: the train set needs points of both classes (+1 and −1).');
  const k = gram.k;
  let scale = 0;
  for (const v of k) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (Math.abs(k[i * n + j]! - k[j * n + i]!) > 1e-9 * scale)
        throw new Error(
          `SVM: the train kernel matrix is not symmetric: K[${i}][${j}] = ${k[i * n + j]} but K[${j}][${i}] = ${k[j * n + i]}.`,
        );
}

/**
 * Trains a C-SVM on the n × n train Gram matrix K (symmetric) and labels y ∈ {−1, +1}: minimises
 * ½αᵀQα − Σα (Q_ij = y_i·y_j·K_ij) subject to Σ y_i·α_i = 0 and 0 ≤ α_i ≤ C. Throws an Error
 * with a plain message on mismatched sizes, bad labels, a single class, non-finite or
 * non-symmetric kernels, or C ≤ 0. An indefinite K is accepted (libsvm's TAU rule) and may stop
 * at maxIter with converged = false.
 */
export function trainSvm(gram: Gram, y: Int8Array, opts: SvmOptions): SvmModel {
  checkTrainInput(gram, y, opts);
  const n = y.length;
  const K = gram.k;
  const C = opts.C;
  const tol = opts.tol ?? 1e-3;
  const maxIter = opts.maxIter ?? Math.max(1_000_000, 100 * n);
  const alpha = new Float64Array(n);
  /** G = ∇(½αᵀQα − Σα) = Qα − 1. */
  const G = new Float64Array(n).fill(-1);
  let iterations = 0;
  let converged = false;

  for (;;) {
    // Working set (libsvm WSS 3): i maximises −y_t·G_t over I_up; j minimises the second-order
    // decrease −(m − (−y_t·G_t))² / (K_ii + K_jj − 2K_it) over I_low with −y_t·G_t < m.
    let gMax = -Infinity;
    let i = -1;
    for (let t = 0; t < n; t++) {
      const inUp = y[t] === 1 ? alpha[t]! < C : alpha[t]! > 0;
      if (inUp && -y[t]! * G[t]! >= gMax) {
        gMax = -y[t]! * G[t]!;
        i = t;
      }
    }
    let gMax2 = -Infinity;
    let j = -1;
    let best = Infinity;
    if (i >= 0) {
      const Kii = K[i * n + i]!;
      for (let t = 0; t < n; t++) {
        const inLow = y[t] === 1 ? alpha[t]! > 0 : alpha[t]! < C;
        if (!inLow) continue;
        const yG = y[t]! * G[t]!;
        if (yG >= gMax2) gMax2 = yG;
        const gradDiff = gMax + yG;
        if (gradDiff > 0) {
          const quad = Kii + K[t * n + t]! - 2 * K[i * n + t]!;
          const dec = -(gradDiff * gradDiff) / (quad > 0 ? quad : TAU);
          if (dec <= best) {
            best = dec;
            j = t;
          }
        }
      }
    }
    if (gMax + gMax2 < tol || j < 0) {
      converged = true;
      break;
    }
    if (iterations >= maxIter) break;
    iterations++;

    // Analytic step on (α_i, α_j) along y_i·α_i + y_j·α_j = const, clipped to the box.
    const ai = alpha[i]!;
    const aj = alpha[j]!;
    const yi = y[i]!;
    const yj = y[j]!;
    const quadRaw = K[i * n + i]! + K[j * n + j]! - 2 * K[i * n + j]!;
    const quad = quadRaw > 0 ? quadRaw : TAU;
    let newI: number;
    let newJ: number;
    if (yi !== yj) {
      const delta = (-G[i]! - G[j]!) / quad;
      const diff = ai - aj;
      newI = ai + delta;
      newJ = aj + delta;
      if (diff > 0) {
        if (newJ < 0) [newJ, newI] = [0, diff];
      } else if (newI < 0) [newI, newJ] = [0, -diff];
      if (diff > 0) {
        if (newI > C) [newI, newJ] = [C, C - diff];
      } else if (newJ > C) [newJ, newI] = [C, C + diff];
    } else {
      const delta = (G[i]! - G[j]!) / quad;
      const sum = ai + aj;
      newI = ai - delta;
      newJ = aj + delta;
      if (sum > C) {
        if (newI > C) [newI, newJ] = [C, sum - C];
        if (newJ > C) [newJ, newI] = [C, sum - C];
      } else {
        if (newJ < 0) [newJ, newI] = [0, sum];
        if (newI < 0) [newI, newJ] = [0, sum];
      }
    }
    alpha[i] = newI;
    alpha[j] = newJ;
    // G_t += Q_ti·Δα_i + Q_tj·Δα_j with Q_ti = y_t·y_i·K_ti.
    const di = yi * (newI - ai);
    const dj = yj * (newJ - aj);
    for (let t = 0; t < n; t++) G[t] = G[t]! + y[t]! * (K[i * n + t]! * di + K[j * n + t]! * dj);
  }

  return finish(n, y, alpha, G, C, iterations, converged);
}

/** Bias (libsvm's ρ: the mean of y·G over free α, else the middle of its feasible interval). */
function finish(
  n: number,
  y: Int8Array,
  alpha: Float64Array,
  G: Float64Array,
  C: number,
  iterations: number,
  converged: boolean,
): SvmModel {
  let ub = Infinity;
  let lb = -Infinity;
  let free = 0;
  let sumFree = 0;
  let objective = 0;
  let count = 0;
  for (let t = 0; t < n; t++) {
    const yG = y[t]! * G[t]!;
    objective += alpha[t]! * (G[t]! - 1) * 0.5;
    if (alpha[t]! > 0) count++;
    if (alpha[t]! >= C) {
      if (y[t] === -1) ub = Math.min(ub, yG);
      else lb = Math.max(lb, yG);
    } else if (alpha[t]! <= 0) {
      if (y[t] === 1) ub = Math.min(ub, yG);
      else lb = Math.max(lb, yG);
    } else {
      free++;
      sumFree += yG;
    }
  }
  const rho = free > 0 ? sumFree / free : (ub + lb) / 2;
  const support = new Int32Array(count);
  const dualCoef = new Float64Array(count);
  for (let t = 0, s = 0; t < n; t++)
    if (alpha[t]! > 0) {
      support[s] = t;
      dualCoef[s++] = y[t]! * alpha[t]!;
    }
  return { nTrain: n, support, dualCoef, b: -rho, objective, iterations, converged };
}

/**
 * Decision values f(x) = Σ_s dualCoef[s]·K(x, x_s) + b for each row of the m × nTrain cross Gram
 * matrix (test rows × train rows). Throws on a size mismatch or a non-finite entry.
 */
export function svmDecision(model: SvmModel, cross: Gram): Float64Array {
  if (cross.cols !== model.nTrain)
    throw new Error(
      `SVM: the kernel matrix has ${cross.cols} columns but the model was trained on ${model.nTrain} rows.`,
    );
  checkGram(cross, 'test');
  const { support, dualCoef, b } = model;
  const out = new Float64Array(cross.rows);
  for (let r = 0; r < cross.rows; r++) {
    const row = r * cross.cols;
    let f = b;
    for (let s = 0; s < support.length; s++) f += dualCoef[s]! * cross.k[row + support[s]!]!;
    out[r] = f;
  }
  return out;
}

/** Predicted labels: +1 where the decision value is > 0, else −1 (scikit-learn's rule). */
export function svmPredict(model: SvmModel, cross: Gram): Int8Array {
  return Int8Array.from(svmDecision(model, cross), (f) => (f > 0 ? 1 : -1));
}
