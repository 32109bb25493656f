// The quantum kernels of the benchmark ("Better than classical?", arXiv 2403.07059): the fidelity
// kernel |⟨ψ(x')|ψ(x)⟩|² of an embedding (IQP kernel), the projected quantum kernel (a Gaussian
// kernel on every qubit's Bloch vector, Huang et al. 2021) and the separable kernel (a product of
// one-qubit fidelities, no entanglement; the projected kernel's Gaussian is kernels.ts' rbfGram
// on these features). Each returns a Gram matrix for the support vector machine; train × train
// is symmetric with a unit diagonal and positive semi-definite.

import { blochVectors } from '../../sim';
import type { Gram } from './types';

/** |⟨a|b⟩|² for interleaved complex amplitudes. */
function fidelity(a: Float64Array, b: Float64Array): number {
  let re = 0;
  let im = 0;
  for (let k = 0; k < a.length; k += 2) {
    const ar = a[k]!, ai = a[k + 1]!, br = b[k]!, bi = b[k + 1]!; // prettier-ignore
    re += ar * br + ai * bi;
    im += ar * bi - ai * br;
  }
  return re * re + im * im;
}

/** The fidelity kernel k(a_i, b_j) = |⟨a_i|b_j⟩|² between two lists of states. */
export function fidelityGram(a: readonly Float64Array[], b: readonly Float64Array[]): Gram {
  const rows = a.length;
  const cols = b.length;
  const k = new Float64Array(rows * cols);
  const same = a === b;
  for (let i = 0; i < rows; i++)
    for (let j = same ? i : 0; j < cols; j++) {
      const v = same && i === j ? 1 : fidelity(a[i]!, b[j]!);
      k[i * cols + j] = v;
      if (same) k[j * cols + i] = v;
    }
  return { rows, cols, k };
}

/** Each state's Bloch vectors (⟨X_q⟩, ⟨Y_q⟩, ⟨Z_q⟩ for q = 0 … n−1): one row of 3n per state. */
export function blochFeatures(states: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(states.length * 3 * n);
  states.forEach((amp, s) => blochVectors({ n, amp }, out.subarray(3 * n * s, 3 * n * (s + 1))));
  return out;
}

/**
 * The projected kernel's default width as the study sets it: 1 / (Var of every Bloch component
 * of the train states · d), times the user's factor.
 */
export function projectedGamma(trainFeatures: Float64Array, d: number, factor: number): number {
  let mean = 0;
  for (const v of trainFeatures) mean += v;
  mean /= trainFeatures.length;
  let variance = 0;
  for (const v of trainFeatures) variance += (v - mean) ** 2;
  variance /= trainFeatures.length;
  // All states alike (a constant feature): any width gives the same all-ones kernel.
  return variance > 0 ? factor / (variance * d) : factor;
}

/**
 * One qubit of the separable embedding: |φ(x)⟩ = (RY(−x)·RX(−π/4))^L |0⟩ (the study's separable
 * kernel: layers of a fixed X rotation and a Y rotation by the feature), as (re0, im0, re1, im1).
 */
export function separableQubit(x: number, layers: number, out: Float64Array, o: number): void {
  // RX(−π/4) = [[c, i·s], [i·s, c]], RY(−x) = [[cy, sy], [−sy, cy]] with c, s = cos, sin(π/8).
  const c = Math.cos(Math.PI / 8);
  const s = Math.sin(Math.PI / 8);
  const cy = Math.cos(x / 2);
  const sy = Math.sin(x / 2);
  let ar = 1, ai = 0, br = 0, bi = 0; // prettier-ignore
  for (let l = 0; l < layers; l++) {
    const xr = c * ar - s * bi, xi = c * ai + s * br; // prettier-ignore
    const yr = c * br - s * ai, yi = c * bi + s * ar; // prettier-ignore
    ar = cy * xr + sy * yr;
    ai = cy * xi + sy * yi;
    br = cy * yr - sy * xr;
    bi = cy * yi - sy * xi;
  }
  out[o] = ar;
  out[o + 1] = ai;
  out[o + 2] = br;
  out[o + 3] = bi;
}

/** The separable kernel Π_q |⟨φ(b_q)|φ(a_q)⟩|² between rows of d features (symmetric if a is b). */
export function separableGram(
  a: Float64Array,
  rowsA: number,
  b: Float64Array,
  rowsB: number,
  d: number,
  layers: number,
): Gram {
  const qa = new Float64Array(4 * rowsA * d);
  const qb = new Float64Array(4 * rowsB * d);
  for (let i = 0; i < rowsA * d; i++) separableQubit(a[i]!, layers, qa, 4 * i);
  for (let i = 0; i < rowsB * d; i++) separableQubit(b[i]!, layers, qb, 4 * i);
  const k = new Float64Array(rowsA * rowsB);
  const same = a === b;
  for (let i = 0; i < rowsA; i++)
    for (let j = same ? i : 0; j < rowsB; j++) {
      let p = 1;
      for (let q = 0; q < d; q++) {
        const u = 4 * (i * d + q);
        const v = 4 * (j * d + q);
        const re = qa[u]! * qb[v]! + qa[u + 1]! * qb[v + 1]! + qa[u + 2]! * qb[v + 2]! + qa[u + 3]! * qb[v + 3]!; // prettier-ignore
        const im = qa[u]! * qb[v + 1]! - qa[u + 1]! * qb[v]! + qa[u + 2]! * qb[v + 3]! - qa[u + 3]! * qb[v + 2]!; // prettier-ignore
        p *= re * re + im * im;
      }
      k[i * rowsB + j] = p;
      if (same) k[j * rowsB + i] = p;
    }
  return { rows: rowsA, cols: rowsB, k };
}
