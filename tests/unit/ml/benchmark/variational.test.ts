// The benchmark's variational models and their training loop: circuits against a reference built
// from the study's description on the single-state simulator, gradients against finite
// differences, the convergence rule, determinism, cancellation, and the study's accuracy.

import { describe, expect, it } from 'vitest';
import { blochVector, createRng, runCircuit, type Operation } from '../../../../workers/sim';
import { benchmarkDataset } from '../../../../workers/ml/benchmark/data';
import {
  REUPLOADING,
  createReuploadingModel,
  czPairs,
  type ObservableType,
} from '../../../../workers/ml/benchmark/reuploadingModel';
import {
  SEPARABLE_VARIATIONAL,
  createSeparableModel,
} from '../../../../workers/ml/benchmark/separableModel';
import {
  fitVariational,
  hasConverged,
  trainVariational,
  type VariationalModel,
} from '../../../../workers/ml/benchmark/variational';

const c = (value: number) => ({ kind: 'const' as const, value });

/** Rot(a, b, c) = RZ(c)·RY(b)·RZ(a) on qubit q with constant angles. */
function rot(ops: Operation[], q: number, a: number, b: number, cc: number): void {
  ops.push({ gate: 'RZ', targets: [q], params: [c(a)] });
  ops.push({ gate: 'RY', targets: [q], params: [c(b)] });
  ops.push({ gate: 'RZ', targets: [q], params: [c(cc)] });
}

/** Uniform draws in [lo, hi). */
const uniform = (n: number, seed: number, lo = -Math.PI / 2, hi = Math.PI / 2) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * rng.next());
};

/** ⟨Z_q⟩ of the study's circuit, written from its description with the angles as constants. */
function referenceZ(d: number, layers: number, theta: Float64Array, x: Float64Array): number[] {
  const model = createReuploadingModel(d, layers, 'full');
  const lay = model.layout;
  const n = lay.qubits;
  const px = (f: number) => (f < d ? x[f]! : 0);
  const om = (l: number, f: number) => theta[lay.omega(l, f)]!;
  const th = (q: number, l: number, k: number) => theta[lay.theta(q, l, k)]!;
  const ops: Operation[] = [];
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < n; q++) {
      const f = 3 * q;
      rot(ops, q, om(l, f) * px(f), om(l, f + 1) * px(f + 1), om(l, f + 2) * px(f + 2));
      rot(ops, q, th(q, l, 0), th(q, l, 1), th(q, l, 2));
    }
    // PennyLane's "double" on even layers, "double_odd" on odd ones, for up to 3 qubits.
    const pairs = l % 2 === 0 ? (n >= 2 ? [[0, 1]] : []) : n >= 3 ? [[1, 2]] : [];
    for (const [a, b] of pairs) ops.push({ gate: 'CZ', targets: [a!, b!] });
  }
  for (let q = 0; q < n; q++) {
    const f = 3 * q;
    const ang = [0, 1, 2].map((k) => om(layers, f + k) * px(f + k) + th(q, layers, k));
    rot(ops, q, ang[0]!, ang[1]!, ang[2]!);
  }
  const state = runCircuit({ qubits: n, ops });
  const b = new Float64Array(3);
  return Array.from({ length: n }, (_, q) => (blochVector(state, q, b), b[2]!));
}

/** Checks every entry of the model's gradient against central differences of its loss. */
function checkGradient(model: VariationalModel, d: number, seed: number, tol: number): void {
  const rows = 5;
  const x = uniform(rows * d, seed);
  const y = Int8Array.of(1, -1, -1, 1, 1);
  const idx = Int32Array.of(0, 1, 2, 3, 4, 2);
  const theta = uniform(model.numParams, seed + 1, -1.5, 1.5);
  const grad = new Float64Array(model.numParams);
  model.lossAndGrad(theta, x, y, idx, grad);
  const sink = new Float64Array(model.numParams);
  const h = 1e-5;
  for (let i = 0; i < model.numParams; i++) {
    const t = theta.slice();
    t[i] = theta[i]! + h;
    const up = model.lossAndGrad(t, x, y, idx, sink);
    t[i] = theta[i]! - h;
    const down = model.lossAndGrad(t, x, y, idx, sink);
    expect(grad[i]!).toBeCloseTo((up - down) / (2 * h), tol);
  }
}

describe('data re-uploading model', () => {
  it('CZ pairs follow PennyLane’s double and double_odd patterns (4 and 5 qubits)', () => {
    expect(czPairs(4, false)).toEqual([[0, 1], [2, 3]]); // prettier-ignore
    expect(czPairs(4, true)).toEqual([[1, 2]]);
    expect(czPairs(5, false)).toEqual([[0, 1], [2, 3]]); // prettier-ignore
    expect(czPairs(5, true)).toEqual([[1, 2], [3, 4]]); // prettier-ignore
    expect(czPairs(1, false)).toEqual([]);
  });

  for (const d of [3, 7]) {
    it(`⟨Z_q⟩ equals the study's circuit on the single-state simulator, d = ${d} (1e-10)`, () => {
      const layers = 3;
      const model = createReuploadingModel(d, layers, 'full');
      const theta = uniform(model.numParams, 11 * d, -2, 2);
      theta[model.layout.zero] = 0;
      for (const seed of [1, 2]) {
        const x = uniform(d, seed + d);
        const z = model.expectations(theta, x, 1);
        const ref = referenceZ(d, layers, theta, x);
        expect(z.length).toBe(Math.ceil(d / 3));
        ref.forEach((v, q) => expect(z[q]!).toBeCloseTo(v, 10));
      }
    });
  }

  for (const [d, type] of [
    [4, 'full'],
    [7, 'half'],
    [7, 'single'],
  ] as [number, ObservableType][]) {
    it(`gradient in θ, ω and α equals central differences, d = ${d}, ${type} (1e-6)`, () => {
      checkGradient(createReuploadingModel(d, 2, type), d, d, 6);
    });
  }

  it('the zero bias stays 0 through training', () => {
    const data = benchmarkDataset('linear').generate(4, 1);
    const model = createReuploadingModel(4, 1, 'single');
    const run = trainVariational(model, data.xTrain, data.yTrain, createRng(1), {
      learningRate: 0.1,
      maxSteps: 20,
    });
    expect(run.theta[model.layout.zero]).toBe(0);
  });
});

describe('separable variational model', () => {
  it('its qubit-by-qubit output equals the full d-qubit circuit, d = 3 (1e-10)', () => {
    const d = 3;
    const layers = 2;
    const per = 3 * (layers + 1);
    const model = createSeparableModel(d, layers);
    const theta = uniform(model.numParams, 5, 0, 2 * Math.PI);
    const rows = 4;
    const x = uniform(rows * d, 6);
    const mean = model.meanZ(theta, x, rows);
    for (let r = 0; r < rows; r++) {
      const ops: Operation[] = [];
      for (let q = 0; q < d; q++) {
        const w = (l: number, k: number) => theta[q * per + 3 * l + k]!;
        for (let l = 0; l < layers; l++) {
          rot(ops, q, w(l, 0), w(l, 1), w(l, 2));
          ops.push({ gate: 'RY', targets: [q], params: [c(x[r * d + q]!)] });
        }
        rot(ops, q, w(layers, 0), w(layers, 1), w(layers, 2));
      }
      const state = runCircuit({ qubits: d, ops });
      const b = new Float64Array(3);
      let sum = 0;
      for (let q = 0; q < d; q++) sum += (blochVector(state, q, b), b[2]!);
      expect(mean[r]!).toBeCloseTo(sum / d, 10);
    }
  });

  it('gradient equals central differences, d = 3, 2 layers (1e-6)', () => {
    checkGradient(createSeparableModel(3, 2), 3, 9, 6);
  });
});

describe('training loop', () => {
  it('the convergence rule: a flat zigzag stops at step 2k + 1, a falling line never', () => {
    const k = 10;
    // Equal means in every interval of even length, spread 0.01.
    const flat = Float64Array.from({ length: 100 }, (_, i) => 1 + (i % 2 ? 0.01 : -0.01));
    const falling = Float64Array.from({ length: 100 }, (_, i) => 1 - 0.01 * i);
    expect(hasConverged(flat, 2 * k, k)).toBe(false);
    expect(hasConverged(flat, 2 * k + 1, k)).toBe(true);
    for (let s = 0; s < 100; s++) expect(hasConverged(falling, s, k)).toBe(false);
    // Means 1 and 0.99 with no spread in the last interval: not flat.
    const step = Float64Array.from({ length: 2 * k + 2 }, (_, i) => (i < k + 2 ? 1 : 0.99));
    expect(hasConverged(step, 2 * k + 1, k)).toBe(false);
  });

  it('the same seed gives the same parameters and losses; cancellation stops between steps', () => {
    const data = benchmarkDataset('linear').generate(2, 4);
    const train = (isCancelled?: () => boolean) => {
      const losses: number[] = [];
      const run = trainVariational(createSeparableModel(2, 1), data.xTrain, data.yTrain, createRng(7), {
        learningRate: 0.1,
        maxSteps: 30,
        onProgress: (step, loss) => losses.push(step, loss),
        ...(isCancelled ? { isCancelled } : {}),
      }); // prettier-ignore
      return { run, losses };
    };
    const a = train();
    const b = train();
    expect(a.run.steps).toBe(30);
    expect(Array.from(b.run.theta)).toEqual(Array.from(a.run.theta));
    expect(b.losses).toEqual(a.losses);
    let calls = 0;
    const cut = train(() => calls++ >= 5);
    expect(cut.run.cancelled).toBe(true);
    expect(cut.run.steps).toBe(5);
    expect(cut.losses.length).toBe(10);
    expect(Array.from(cut.run.theta)).not.toEqual(Array.from(a.run.theta));
  });
});

describe('the study reproduced (linearly separable, d = 4, three seeds, ≤ 10 000 steps)', () => {
  const mean = (def: typeof REUPLOADING) => {
    let sum = 0;
    for (const seed of [1, 2, 3]) {
      const data = benchmarkDataset('linear').generate(4, seed);
      sum += fitVariational(def, data, {}, seed, { maxSteps: 10000 }).testAccuracy;
    }
    return sum / 3;
  };
  it('data re-uploading ≥ 0.9 (study: 1.00)', () => {
    expect(mean(REUPLOADING)).toBeGreaterThanOrEqual(0.9);
  });
  it('separable variational ≥ 0.9 (study: 0.98)', () => {
    expect(mean(SEPARABLE_VARIATIONAL)).toBeGreaterThanOrEqual(0.9);
  });
});
