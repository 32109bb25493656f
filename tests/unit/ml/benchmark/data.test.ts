// Tests of the benchmark data sets against the study's procedures (Bowles, Ahmed & Schuld, arXiv
// 2403.07059): determinism, shapes, each set's defining property, and a learnability check.

import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../workers/sim/rng';
import type { TabularData } from '../../../../workers/ml/benchmark/types';
import { BENCHMARK_DATASETS, benchmarkDataset } from '../../../../workers/ml/benchmark/data';
import { generateLinearlySeparable } from '../../../../workers/ml/benchmark/data/linearlySeparable';
import { sampleHiddenManifold } from '../../../../workers/ml/benchmark/data/hiddenManifold';
import { generateTwoCurves } from '../../../../workers/ml/benchmark/data/twoCurves';
import { sampleHyperplanes } from '../../../../workers/ml/benchmark/data/hyperplanes';
import { generateBarsAndStripes } from '../../../../workers/ml/benchmark/data/barsAndStripes';
import { shuffleSplit, standardise } from '../../../../workers/ml/benchmark/data/split';

/** Train rows then test rows, and their labels, as one set. */
function all(data: TabularData): { x: Float64Array; y: Int8Array; n: number } {
  const x = new Float64Array(data.xTrain.length + data.xTest.length);
  x.set(data.xTrain);
  x.set(data.xTest, data.xTrain.length);
  const y = new Int8Array(data.yTrain.length + data.yTest.length);
  y.set(data.yTrain);
  y.set(data.yTest, data.yTrain.length);
  return { x, y, n: y.length };
}

function sameArrays(a: TabularData, b: TabularData): boolean {
  const eq = (u: ArrayLike<number>, v: ArrayLike<number>): boolean =>
    u.length === v.length && Array.prototype.every.call(u, (value, i) => Object.is(value, v[i]));
  return (
    a.d === b.d &&
    eq(a.xTrain, b.xTrain) &&
    eq(a.yTrain, b.yTrain) &&
    eq(a.xTest, b.xTest) &&
    eq(a.yTest, b.yTest)
  );
}

function count(y: Int8Array, label: number): number {
  return y.reduce((c, v) => c + (v === label ? 1 : 0), 0);
}

/** Solves the square system a·w = b (n × n, row-major) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]!) > Math.abs(a[p * n + c]!)) p = r;
    for (let k = 0; k < n; k++) [a[c * n + k], a[p * n + k]] = [a[p * n + k]!, a[c * n + k]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c]! / a[c * n + c]!;
      for (let k = c; k < n; k++) a[r * n + k] = a[r * n + k]! - f * a[c * n + k]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  const w = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r * n + k]! * w[k]!;
    w[r] = s / a[r * n + r]!;
  }
  return w;
}

describe('the registry', () => {
  it('lists each data set once, with a description and a default among its sweep values', () => {
    const ids = BENCHMARK_DATASETS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['linear', 'manifold', 'curves', 'hyperplanes', 'bars']),
    );
    for (const entry of BENCHMARK_DATASETS) {
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.difficulty.values).toContain(entry.difficulty.default);
    }
    expect(benchmarkDataset('curves').label).toBe('Two curves');
    expect(() => benchmarkDataset('nope')).toThrow(/linear, manifold/);
  });

  for (const entry of BENCHMARK_DATASETS) {
    it(`${entry.id}: the same seed gives identical arrays, another seed different ones`, () => {
      const v = entry.difficulty.default;
      expect(sameArrays(entry.generate(v, 11), entry.generate(v, 11))).toBe(true);
      expect(sameArrays(entry.generate(v, 11), entry.generate(v, 12))).toBe(false);
    });

    it(`${entry.id}: every sweep value gives the stated rows, d ≤ 64, labels ±1, finite features`, () => {
      const [nTrain, nTest] = entry.id === 'bars' ? [1000, 200] : [240, 60];
      for (const v of entry.difficulty.values) {
        const data = entry.generate(v, 3);
        const d = entry.id === 'bars' ? v * v : entry.difficulty.name === 'd' ? v : 10;
        expect(data.d).toBe(d);
        expect(data.d).toBeLessThanOrEqual(64);
        expect(data.yTrain.length).toBe(nTrain);
        expect(data.yTest.length).toBe(nTest);
        expect(data.xTrain.length).toBe(nTrain * d);
        expect(data.xTest.length).toBe(nTest * d);
        const { x, y } = all(data);
        expect(y.every((l) => l === 1 || l === -1)).toBe(true);
        expect(count(y, 1)).toBeGreaterThan(0);
        expect(count(y, -1)).toBeGreaterThan(0);
        expect(x.every(Number.isFinite)).toBe(true);
      }
    });
  }
});

describe('linearly separable', () => {
  it('keeps every point outside the margin 0.02·d, labelled sign(Σx), inside [−1, 1]^d', () => {
    for (const d of [2, 4, 7, 12]) {
      const { x, y, n } = all(generateLinearlySeparable(d, 5));
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const v = x[i * d + j]!;
          expect(v).toBeGreaterThanOrEqual(-1);
          expect(v).toBeLessThanOrEqual(1);
          s += v;
        }
        expect(Math.abs(s)).toBeGreaterThan(0.02 * d);
        expect(y[i]).toBe(Math.sign(s));
      }
    }
  });

  it('is learnt by a least-squares linear classifier to ≥ 95% test accuracy at d = 4', () => {
    const d = 4;
    const data = generateLinearlySeparable(d, 21);
    const p = d + 1; // features and a bias
    const a = new Float64Array(p * p);
    const b = new Float64Array(p);
    for (let i = 0; i < data.yTrain.length; i++) {
      const row = [...data.xTrain.subarray(i * d, i * d + d), 1];
      for (let r = 0; r < p; r++) {
        b[r] = b[r]! + row[r]! * data.yTrain[i]!;
        for (let c = 0; c < p; c++) a[r * p + c] = a[r * p + c]! + row[r]! * row[c]!;
      }
    }
    const w = solve(a, b, p);
    let right = 0;
    for (let i = 0; i < data.yTest.length; i++) {
      let s = w[d]!;
      for (let j = 0; j < d; j++) s += w[j]! * data.xTest[i * d + j]!;
      if (Math.sign(s) === data.yTest[i]) right++;
    }
    expect(right / data.yTest.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('hidden manifold', () => {
  it('is balanced: exactly half of all 300 rows are +1, over both sweeps', () => {
    for (const id of ['manifold', 'manifoldM']) {
      const entry = benchmarkDataset(id);
      for (const v of entry.difficulty.values) {
        for (const seed of [1, 2]) expect(count(all(entry.generate(v, seed)).y, 1)).toBe(150);
      }
    }
  });

  it('labels by the median of the network score, and x = tanh(·) lies in (−1, 1)', () => {
    const set = sampleHiddenManifold(8, 6, 301, createRng(4));
    const sorted = Float64Array.from(set.score).sort();
    const median = sorted[150]!;
    for (let i = 0; i < set.n; i++) expect(set.y[i]).toBe(set.score[i]! < median ? -1 : 1);
    expect(count(set.y, 1)).toBe(151);
    expect(set.x.every((v) => v > -1 && v < 1)).toBe(true);
  });
});

describe('two curves', () => {
  it('is standardised: each feature has mean 0 and std 1 over all 300 rows (to 1e-9)', () => {
    for (const degree of [2, 5, 10, 20]) {
      const data = generateTwoCurves(degree, 8);
      const { x, n } = all(data);
      for (let j = 0; j < data.d; j++) {
        let mean = 0;
        for (let i = 0; i < n; i++) mean += x[i * data.d + j]! / n;
        let variance = 0;
        for (let i = 0; i < n; i++) variance += (x[i * data.d + j]! - mean) ** 2 / n;
        expect(Math.abs(mean)).toBeLessThan(1e-9);
        expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(1e-9);
      }
    }
  });
});

describe('hyperplanes and parity', () => {
  it('labels each latent point +1 exactly when it is above an odd number of the k planes', () => {
    for (const k of [2, 5, 10, 20]) {
      const set = sampleHyperplanes(k, createRng(k));
      expect(count(set.y, 1)).toBe(150);
      expect(count(set.y, -1)).toBe(150);
      for (let i = 0; i < set.n; i++) {
        let above = 0;
        for (let h = 0; h < k; h++) {
          let s = set.offsets[h]!;
          for (let a = 0; a < 3; a++) s += set.normals[h * 3 + a]! * set.latent[i * 3 + a]!;
          if (s > 0) above++;
        }
        expect(set.y[i]).toBe(above % 2 === 1 ? 1 : -1);
      }
    }
  });

  it('embeds the latent points linearly: x is z·E, standardised per feature (to 1e-12)', () => {
    const set = sampleHyperplanes(4, createRng(9));
    const { d, n } = set;
    const z = new Float64Array(n * d);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let a = 0; a < 3; a++) s += set.latent[i * 3 + a]! * set.embedding[a * d + j]!;
        z[i * d + j] = s;
      }
    }
    standardise(z, n, d);
    for (let i = 0; i < z.length; i++) expect(Math.abs(z[i]! - set.x[i]!)).toBeLessThan(1e-12);
  });
});

describe('bars and stripes', () => {
  it('without noise, every image is stripes (+1, constant rows) or bars (−1, constant columns)', () => {
    for (const s of [4, 8]) {
      const { x, y, n } = all(generateBarsAndStripes(s, 13, { noise: 0 }));
      let wrong = 0;
      for (let i = 0; i < n; i++) {
        const px = (r: number, c: number): number => x[i * s * s + r * s + c]!;
        for (let r = 0; r < s; r++) {
          for (let c = 0; c < s; c++) {
            const line = y[i] === 1 ? px(r, 0) : px(0, c);
            if (Math.abs(px(r, c)) !== 1 || px(r, c) !== line) wrong++;
          }
        }
      }
      expect(wrong).toBe(0);
      expect(Math.abs(count(y, 1) / n - 0.5)).toBeLessThan(0.05);
    }
  });

  it('adds noise of standard deviation 0.5 to every pixel (to 0.02)', () => {
    const clean = all(generateBarsAndStripes(4, 17, { noise: 0 }));
    const noisy = all(generateBarsAndStripes(4, 17));
    let sum = 0;
    for (let i = 0; i < clean.x.length; i++) sum += (noisy.x[i]! - clean.x[i]!) ** 2;
    expect(Math.abs(Math.sqrt(sum / clean.x.length) - 0.5)).toBeLessThan(0.02);
  });
});

describe('the split', () => {
  it('shuffles the rows into 240 train and 60 test, keeping each row with its label', () => {
    const n = 300;
    const d = 2;
    const x = new Float64Array(n * d);
    const y = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      x[i * d] = i;
      x[i * d + 1] = -i;
      y[i] = i % 3 === 0 ? 1 : -1;
    }
    const data = shuffleSplit({ d, n, x, y }, createRng(1));
    expect(data.yTrain.length).toBe(240);
    expect(data.yTest.length).toBe(60);
    const merged = all(data);
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const id = merged.x[i * d]!;
      expect(merged.x[i * d + 1]).toBe(-id);
      expect(merged.y[i]).toBe(id % 3 === 0 ? 1 : -1);
      seen.add(id);
    }
    expect(seen.size).toBe(n);
    expect(Array.from(data.xTrain.filter((_, k) => k % d === 0).slice(0, 10))).not.toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });
});
