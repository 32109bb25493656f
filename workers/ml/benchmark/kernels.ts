// The classical kernels of the benchmark's SVM baseline over row-major feature rows: the Gaussian
// (RBF) kernel with scikit-learn's gamma = 'scale', and the linear kernel.

import type { Gram } from './types';

function checkRows(name: string, x: Float64Array, rows: number, d: number): void {
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(d) || d < 1)
    throw new Error(`Kernel: ${name} needs whole numbers of rows (≥ 0) and features (≥ 1).`);
  if (x.length !== rows * d)
    throw new Error(
      `Kernel: ${name} holds ${x.length} numbers, not rows × features = ${rows} × ${d}.`,
    );
}

/** Fills an na × nb Gram with k(a_i, b_j) = kernel(a, i·d, b, j·d); symmetric fill when a = b. */
function gram(
  a: Float64Array,
  na: number,
  b: Float64Array,
  nb: number,
  d: number,
  kernel: (a: Float64Array, ai: number, b: Float64Array, bj: number) => number,
): Gram {
  checkRows('the first set', a, na, d);
  checkRows('the second set', b, nb, d);
  const k = new Float64Array(na * nb);
  const same = a === b && na === nb;
  for (let i = 0; i < na; i++)
    for (let j = same ? i : 0; j < nb; j++) {
      const v = kernel(a, i * d, b, j * d);
      k[i * nb + j] = v;
      if (same) k[j * nb + i] = v;
    }
  return { rows: na, cols: nb, k };
}

/**
 * The RBF Gram matrix k(a_i, b_j) = exp(−gamma·‖a_i − b_j‖²) between na rows of a and nb rows of
 * b, each of d features, row-major. Passing the same array twice gives an exactly symmetric
 * matrix with a unit diagonal. Throws on mismatched lengths or gamma not finite and > 0.
 */
export function rbfGram(
  a: Float64Array,
  na: number,
  b: Float64Array,
  nb: number,
  d: number,
  gamma: number,
): Gram {
  if (!Number.isFinite(gamma) || gamma <= 0)
    throw new Error(`Kernel: the RBF width gamma must be a finite number above 0, got ${gamma}.`);
  return gram(a, na, b, nb, d, (a, ai, b, bj) => {
    let dist2 = 0;
    for (let f = 0; f < d; f++) {
      const diff = a[ai + f]! - b[bj + f]!;
      dist2 += diff * diff;
    }
    return Math.exp(-gamma * dist2);
  });
}

/** The linear Gram matrix k(a_i, b_j) = a_i · b_j (rows as in rbfGram). */
export function linearGram(
  a: Float64Array,
  na: number,
  b: Float64Array,
  nb: number,
  d: number,
): Gram {
  return gram(a, na, b, nb, d, (a, ai, b, bj) => {
    let dot = 0;
    for (let f = 0; f < d; f++) dot += a[ai + f]! * b[bj + f]!;
    return dot;
  });
}

/**
 * scikit-learn's gamma = 'scale': 1 / (d · Var(x)), the variance over all n·d entries of the
 * train rows; 1 when every entry is equal (any width then gives the same all-ones kernel).
 */
export function gammaScale(x: Float64Array, n: number, d: number): number {
  checkRows('the train set', x, n, d);
  if (n === 0) throw new Error('Kernel: gamma = scale needs at least one train row.');
  let mean = 0;
  for (const v of x) mean += v;
  mean /= x.length;
  let variance = 0;
  for (const v of x) variance += (v - mean) ** 2;
  variance /= x.length;
  return variance > 0 ? 1 / (d * variance) : 1;
}
