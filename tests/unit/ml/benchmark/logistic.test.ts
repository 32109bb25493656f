// L2-regularised logistic regression: a one-feature optimum solved by hand, the gradient of the
// objective (written here independently) at the fitted point, separable data, shrinkage with C,
// determinism and input errors.
import { describe, expect, it } from 'vitest';
import { accuracy } from '../../../../workers/ml/benchmark/accuracy';
import {
  fitLogistic,
  logisticDecision,
  logisticPredict,
} from '../../../../workers/ml/benchmark/logistic';
import { createRng } from '../../../../workers/sim';

/** Gradient of Σ log(1 + exp(−y·(w·x + b))) + ‖w‖²/(2C) in (w, b), summed term by term. */
function gradient(x: Float64Array, y: Int8Array, d: number, C: number, w: Float64Array, b: number) {
  const g = Float64Array.from({ length: d + 1 }, (_, f) => (f < d ? w[f]! / C : 0));
  for (let i = 0; i < y.length; i++) {
    let z = b;
    for (let f = 0; f < d; f++) z += w[f]! * x[i * d + f]!;
    const s = -y[i]! / (1 + Math.exp(y[i]! * z)); // d/dz log(1 + e^{−yz})
    for (let f = 0; f < d; f++) g[f] = g[f]! + s * x[i * d + f]!;
    g[d] = g[d]! + s;
  }
  return g;
}

/** n points in d dimensions around ±(1, 1, …) (shifted by `gap` apart), labels by the centre. */
function blobs(seed: number, n: number, d: number, gap: number) {
  const rng = createRng(seed);
  const y = Int8Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1));
  const x = Float64Array.from(
    { length: n * d },
    (_, t) => y[Math.floor(t / d)]! * gap + rng.normal(),
  );
  return { x, y };
}

describe('fitLogistic', () => {
  it('matches the hand-solved optimum of x = ±1: b = 0 and w = 2C·σ(−w)', () => {
    // By symmetry b = 0; the gradient in w is w/C − 2σ(−w), zero at the root found by bisection.
    const C = 1.5;
    let lo = 0;
    let hi = 10;
    for (let k = 0; k < 200; k++) {
      const mid = (lo + hi) / 2;
      if (mid / C - 2 / (1 + Math.exp(mid)) > 0) hi = mid;
      else lo = mid;
    }
    const model = fitLogistic(Float64Array.of(-1, 1), Int8Array.of(-1, 1), 1, { C });
    expect(model.converged).toBe(true);
    expect(Math.abs(model.w[0]! - lo)).toBeLessThan(1e-9); // stops at |gradient| ≤ 1e-10·n
    expect(Math.abs(model.b)).toBeLessThan(1e-9);
    expect(model.loss).toBeCloseTo(2 * Math.log1p(Math.exp(-lo)) + (lo * lo) / (2 * C), 12);
  });

  it('stops where the gradient of the objective vanishes, and no nearby point is lower', () => {
    const d = 3;
    const { x, y } = blobs(4, 50, d, 0.4);
    const C = 0.7;
    const model = fitLogistic(x, y, d, { C });
    expect(model.converged).toBe(true);
    const g = gradient(x, y, d, C, model.w, model.b);
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1e-8);
    // Strict convexity: moving any coordinate by 1e-3 raises the objective.
    const loss = (w: Float64Array, b: number) => {
      let v = 0;
      for (let f = 0; f < d; f++) v += (w[f]! * w[f]!) / (2 * C);
      const z = logisticDecision({ ...model, w, b }, x);
      z.forEach((zi, i) => (v += Math.log1p(Math.exp(-y[i]! * zi))));
      return v;
    };
    expect(Math.abs(loss(model.w, model.b) - model.loss)).toBeLessThan(1e-10);
    for (let f = 0; f <= d; f++)
      for (const h of [-1e-3, 1e-3]) {
        const w = Float64Array.from(model.w);
        if (f < d) w[f] = w[f]! + h;
        expect(loss(w, f < d ? model.b : model.b + h)).toBeGreaterThan(model.loss);
      }
  });

  it('classifies separable data without error', () => {
    const { x, y } = blobs(9, 60, 4, 3);
    const model = fitLogistic(x, y, 4, { C: 100 });
    expect(model.converged).toBe(true);
    expect(accuracy(logisticPredict(model, x), y)).toBe(1);
  });

  it('shrinks the weights toward 0 as C falls', () => {
    const { x, y } = blobs(2, 40, 2, 1);
    const norms = [100, 1, 0.01, 1e-4].map((C) => Math.hypot(...fitLogistic(x, y, 2, { C }).w));
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeLessThan(norms[k - 1]!);
    expect(norms[3]).toBeLessThan(1e-2);
  });

  it('is deterministic: the same data give the same bits', () => {
    const { x, y } = blobs(3, 30, 5, 0.5);
    const a = fitLogistic(x, y, 5, { C: 2 });
    const b = fitLogistic(x, y, 5, { C: 2 });
    expect([...a.w, a.b]).toEqual([...b.w, b.b]);
    expect([...logisticDecision(a, x)]).toEqual([...logisticDecision(b, x)]);
  });

  it('rejects bad input with a plain message', () => {
    const x = Float64Array.of(0, 1, 2, 3);
    const y = Int8Array.of(1, -1);
    for (const C of [0, -2, NaN, Infinity])
      expect(() => fitLogistic(x, y, 2, { C })).toThrow(/C must be a finite number above 0/);
    expect(() => fitLogistic(x, y, 3, { C: 1 })).toThrow(/4 numbers, not rows × features = 2 × 3/);
    expect(() => fitLogistic(x, Int8Array.of(1, 2), 2, { C: 1 })).toThrow(/label 1 is 2/);
    expect(() => fitLogistic(x, Int8Array.of(1, 1), 2, { C: 1 })).toThrow(/both classes/);
    expect(() => fitLogistic(Float64Array.of(0, NaN, 2, 3), y, 2, { C: 1 })).toThrow(
      /feature 1 of row 0 is NaN/,
    );
    const model = fitLogistic(x, y, 2, { C: 1 });
    expect(() => logisticDecision(model, Float64Array.of(1, 2, 3))).toThrow(/not whole rows/);
  });
});
