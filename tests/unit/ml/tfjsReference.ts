// Float64 references of the layers in workers/ml/tfjsLayers.ts, written from their documented
// equations and layouts with plain arrays (no tfjs): the recurrent cell's last hidden state and
// the Transformer block read at the last position. Shared by the sequence and text tests.
import { expect } from 'vitest';

export const sig = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * h_T of a simple RNN (G = 1) or LSTM (G = 4, gate blocks i, f, g, o of h columns) from
 * h_0 = c_0 = 0, where step t's pre-activation column c is input(t, c) + Σ_j h_{t−1}[j]·Wh[j, c],
 * Wh (h × G·h, row-major) at w[whAt …].
 */
export function recurrentReference(
  G: number,
  h: number,
  T: number,
  w: ArrayLike<number>,
  whAt: number,
  input: (t: number, c: number) => number,
): Float64Array {
  let hs = new Float64Array(h);
  const cs = new Float64Array(h);
  for (let t = 0; t < T; t++) {
    const z = new Float64Array(G * h);
    for (let c = 0; c < G * h; c++) {
      z[c] = input(t, c);
      for (let j = 0; j < h; j++) z[c] = z[c]! + hs[j]! * w[whAt + j * G * h + c]!;
    }
    const next = new Float64Array(h);
    for (let j = 0; j < h; j++) {
      if (G === 1) {
        next[j] = Math.tanh(z[j]!);
      } else {
        cs[j] = sig(z[h + j]!) * cs[j]! + sig(z[j]!) * Math.tanh(z[2 * h + j]!);
        next[j] = sig(z[3 * h + j]!) * Math.tanh(cs[j]!);
      }
    }
    hs = next;
  }
  return hs;
}

/** Reads consecutive blocks off a flat parameter list. */
export function reader(w: ArrayLike<number>) {
  let at = 0;
  const take = (n: number) => {
    const out = Array.from({ length: n }, (_, i) => w[at + i]!);
    at += n;
    return out;
  };
  return { take, end: () => at };
}
export type Reader = ReturnType<typeof reader>;

/** Row vector x (length rows) times a rows × cols row-major matrix, plus a bias. */
export const affine = (x: number[], m: number[], bias: number[]) =>
  bias.map((b, c) => x.reduce((s, xi, r) => s + xi * m[r * bias.length + c]!, b));
export const softmax = (z: number[]) => {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
};
const layerNorm = (z: number[], gain: number[], bias: number[]) => {
  const mean = z.reduce((a, b) => a + b, 0) / z.length;
  const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / z.length;
  return z.map((v, i) => ((v - mean) / Math.sqrt(variance + 1e-5)) * gain[i]! + bias[i]!);
};

/**
 * The Transformer block of width d over T positions (transformerLast's equations), its
 * parameters taken off r in transformerBlocks' order (P, LN1, Wq … bo, LN2, W1, b1, W2, b2):
 * maps one item's embeddings e_t (T rows of d) to y (d).
 */
export function transformerReference(r: Reader, d: number, T: number) {
  const [P, g1, c1] = [r.take(T * d), r.take(d), r.take(d)];
  const [Wq, bq, Wk, bk, Wv, bv, Wo, bo] = [0, 1, 2, 3].flatMap(() => [r.take(d * d), r.take(d)]);
  const [g2, c2, W1, b1, W2, b2] = [d, d, 2 * d * d, 2 * d, 2 * d * d, d].map(r.take);
  return (e: number[][]): number[] => {
    const x = e.map((et, t) => et.map((v, j) => v + P[t * d + j]!));
    const z = x.map((xt) => layerNorm(xt, g1, c1));
    const q = affine(z[T - 1]!, Wq!, bq!);
    const keys = z.map((zt) => affine(zt, Wk!, bk!));
    const values = z.map((zt) => affine(zt, Wv!, bv!));
    const a = softmax(keys.map((kt) => kt.reduce((s, v, j) => s + v * q[j]!, 0) / Math.sqrt(d)));
    const c = Array.from({ length: d }, (_, j) =>
      values.reduce((s, vt, t) => s + a[t]! * vt[j]!, 0),
    );
    const u = affine(c, Wo!, bo!).map((v, j) => v + x[T - 1]![j]!);
    const hidden = affine(layerNorm(u, g2!, c2!), W1!, b1!).map((v) => Math.max(0, v));
    return affine(hidden, W2!, b2!).map((v, j) => v + u[j]!);
  };
}

/**
 * Checks the next blocks of r are transformerBlocks' initial values: P Glorot (T, d), gains 1,
 * biases 0, Wq … Wo Glorot (d, d), W1 Glorot (d, 2d), W2 Glorot (2d, d).
 */
export function expectTransformerInit(r: Reader, d: number, T: number): void {
  expectGlorot(r, T, d);
  expectConstant(r, d, 1);
  expectConstant(r, d, 0);
  for (let m = 0; m < 4; m++) {
    expectGlorot(r, d, d);
    expectConstant(r, d, 0);
  }
  expectConstant(r, d, 1);
  expectConstant(r, d, 0);
  expectGlorot(r, d, 2 * d);
  expectConstant(r, 2 * d, 0);
  expectGlorot(r, 2 * d, d);
  expectConstant(r, d, 0);
}

/** The next rows × cols entries of r within the Glorot limit, the largest above half of it. */
export function expectGlorot(r: Reader, rows: number, cols: number): void {
  const limit = Math.sqrt(6 / (rows + cols));
  const top = Math.max(...r.take(rows * cols).map(Math.abs));
  expect(top).toBeLessThanOrEqual(limit);
  expect(top).toBeGreaterThan(limit / 2);
}

/** The next n entries of r all equal to value. */
export const expectConstant = (r: Reader, n: number, value: number): void =>
  expect(r.take(n)).toEqual(Array(n).fill(value));
