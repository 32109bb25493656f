// The IQP variational classifier: its readout against the study's circuit written out with constant
// angles on the single-state simulator, StronglyEntanglingLayers' entangling ranges, the gradient
// against finite differences, the frozen embedding constants, and the study's accuracy.

import { describe, expect, it } from 'vitest';
import { createRng, runCircuit, type Operation } from '../../../../workers/sim';
import { benchmarkDataset } from '../../../../workers/ml/benchmark/data';
import {
  IQP_VARIATIONAL,
  createIqpVariationalModel,
  stronglyEntanglingPairs,
  weightIndex,
} from '../../../../workers/ml/benchmark/iqpVariationalModel';
import { accuracy } from '../../../../workers/ml/benchmark/accuracy';
import { fitMinMax } from '../../../../workers/ml/benchmark/scale';
import type { TabularData } from '../../../../workers/ml/benchmark/types';
import {
  trainVariational,
  type VariationalModel,
  type VariationalModelDef,
} from '../../../../workers/ml/benchmark/variational';

const c = (value: number) => ({ kind: 'const' as const, value });

/** Uniform draws in [lo, hi). */
const uniform = (n: number, seed: number, lo = -Math.PI / 2, hi = Math.PI / 2) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: n }, () => lo + (hi - lo) * rng.next());
};

/**
 * Checks every entry of the model's gradient against central differences of its loss (frozen
 * entries set by `fix`, which runs on the random parameters first).
 */
function checkGradient(
  model: VariationalModel,
  d: number,
  seed: number,
  digits: number,
  fix: (theta: Float64Array) => void,
): void {
  const x = uniform(5 * d, seed);
  const y = Int8Array.of(1, -1, -1, 1, 1);
  const idx = Int32Array.of(0, 1, 2, 3, 4, 2);
  const theta = uniform(model.numParams, seed + 1, -1.5, 1.5);
  fix(theta);
  const grad = new Float64Array(model.numParams);
  model.lossAndGrad(theta, x, y, idx, grad);
  const sink = new Float64Array(model.numParams);
  const h = 1e-5;
  const frozen = new Set(model.frozen);
  for (let i = 0; i < model.numParams; i++) {
    if (frozen.has(i)) continue;
    const t = theta.slice();
    t[i] = theta[i]! + h;
    const up = model.lossAndGrad(t, x, y, idx, sink);
    t[i] = theta[i]! - h;
    const down = model.lossAndGrad(t, x, y, idx, sink);
    expect(grad[i]!).toBeCloseTo((up - down) / (2 * h), digits);
  }
}

/**
 * One cell as fitVariational runs it (inputs min–max scaled to [−π/2, π/2] by the train rows),
 * with every hyper-parameter given: fitVariational reads defaults from the schema's model list,
 * which does not list this model yet.
 */
function fitCell(
  def: Pick<VariationalModelDef, 'create'>,
  data: TabularData,
  hyper: Record<string, number>,
  seed: number,
  maxSteps: number,
): { testAccuracy: number; steps: number } {
  const scaler = fitMinMax(data.xTrain, data.d, -Math.PI / 2, Math.PI / 2);
  const xTrain = scaler.apply(data.xTrain);
  const xTest = scaler.apply(data.xTest);
  const model = def.create(data.d, hyper);
  const run = trainVariational(model, xTrain, data.yTrain, createRng(seed), {
    learningRate: hyper.learningRate!,
    maxSteps,
  });
  const testAccuracy = accuracy(model.predict(run.theta, xTest, data.yTest.length), data.yTest);
  return { testAccuracy, steps: run.steps };
}

/** ⟨Z₀Z₁⟩ of the study's circuit, from PennyLane's definitions, with every angle a constant. */
function referenceZ0Z1(
  d: number,
  repeats: number,
  layers: number,
  w: (l: number, q: number, k: number) => number,
  x: Float64Array,
): number {
  const ops: Operation[] = [];
  // IQPEmbedding: per repeat H and RZ(x_i) on every wire, then MultiRZ(x_i·x_j) on pairs i < j.
  for (let r = 0; r < repeats; r++) {
    for (let q = 0; q < d; q++) ops.push({ gate: 'H', targets: [q] });
    for (let q = 0; q < d; q++) ops.push({ gate: 'RZ', targets: [q], params: [c(x[q]!)] });
    for (let i = 0; i < d; i++)
      for (let j = i + 1; j < d; j++)
        ops.push({ gate: 'RZZ', targets: [i, j], params: [c(x[i]! * x[j]!)] });
  }
  // StronglyEntanglingLayers(imprimitive = CZ): Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) on every wire,
  // then CZ(i, i + r mod n), r = (l mod (n − 1)) + 1.
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < d; q++) {
      ops.push({ gate: 'RZ', targets: [q], params: [c(w(l, q, 0))] });
      ops.push({ gate: 'RY', targets: [q], params: [c(w(l, q, 1))] });
      ops.push({ gate: 'RZ', targets: [q], params: [c(w(l, q, 2))] });
    }
    const r = (l % (d - 1)) + 1;
    for (let i = 0; i < d; i++) ops.push({ gate: 'CZ', targets: [i, (i + r) % d] });
  }
  const { amp } = runCircuit({ qubits: d, ops });
  let e = 0;
  for (let b = 0; b < 1 << d; b++) {
    const sign = (b & 1) === ((b >> 1) & 1) ? 1 : -1;
    e += sign * (amp[2 * b]! ** 2 + amp[2 * b + 1]! ** 2);
  }
  return e;
}

describe('IQP variational model', () => {
  it('StronglyEntanglingLayers’ pairs: ranges 1, 2, 3, 1 on 4 qubits; both ways on 2; none on 1', () => {
    expect(stronglyEntanglingPairs(4, 0)).toEqual([[0, 1], [1, 2], [2, 3], [3, 0]]); // prettier-ignore
    expect(stronglyEntanglingPairs(4, 1)).toEqual([[0, 2], [1, 3], [2, 0], [3, 1]]); // prettier-ignore
    expect(stronglyEntanglingPairs(4, 2)).toEqual([[0, 3], [1, 0], [2, 1], [3, 2]]); // prettier-ignore
    expect(stronglyEntanglingPairs(4, 3)).toEqual(stronglyEntanglingPairs(4, 0));
    expect(stronglyEntanglingPairs(2, 5)).toEqual([[0, 1], [1, 0]]); // prettier-ignore
    expect(stronglyEntanglingPairs(1, 0)).toEqual([]);
  });

  for (const [d, repeats, layers] of [
    [3, 2, 3],
    [5, 1, 4],
  ] as const) {
    it(`⟨Z₀Z₁⟩ equals the study's circuit on the single-state simulator, d = ${d} (1e-10)`, () => {
      const model = createIqpVariationalModel(d, repeats, layers);
      const theta = model.init(createRng(d));
      const w = (l: number, q: number, k: number) => theta[weightIndex(d, l, q, k)]!;
      const rows = 3;
      const x = uniform(rows * d, 10 + d);
      const f = model.expectations(theta, x, rows);
      for (let r = 0; r < rows; r++) {
        const ref = referenceZ0Z1(d, repeats, layers, w, x.subarray(r * d, (r + 1) * d));
        expect(f[r]!).toBeCloseTo(ref, 10);
      }
      // Not a constant: the rows differ.
      expect(Math.abs(f[0]! - f[1]!) + Math.abs(f[1]! - f[2]!)).toBeGreaterThan(1e-3);
    });
  }

  it('gradient equals central differences, d = 4, 2 repeats, 2 layers (1e-6)', () => {
    const model = createIqpVariationalModel(4, 2, 2);
    checkGradient(model, 4, 3, 6, (t) => ((t[0] = 0), (t[1] = 1)));
  });

  it('the embedding is not differentiated: its bias’ and weight’s gradient stays 0', () => {
    const d = 3;
    const model = createIqpVariationalModel(d, 2, 2);
    const theta = model.init(createRng(2));
    const x = uniform(4 * d, 3);
    const grad = new Float64Array(model.numParams);
    model.lossAndGrad(theta, x, Int8Array.of(1, -1, 1, -1), Int32Array.of(0, 1, 2, 3), grad);
    expect([grad[0], grad[1]]).toEqual([0, 0]);
    expect(Math.max(...grad.subarray(2).map(Math.abs))).toBeGreaterThan(1e-3);
  });

  it('the embedding’s bias 0 and weight 1 stay fixed through training', () => {
    const data = benchmarkDataset('linear').generate(3, 1);
    const model = createIqpVariationalModel(3, 1, 2);
    const start = model.init(createRng(5));
    const run = trainVariational(model, data.xTrain, data.yTrain, createRng(5), {
      learningRate: 0.1,
      maxSteps: 20,
    });
    expect(run.theta[0]).toBe(0);
    expect(run.theta[1]).toBe(1);
    expect(Array.from(run.theta.subarray(2))).not.toEqual(Array.from(start.subarray(2)));
  });

  it('refuses one feature with a sentence', () => {
    expect(() => createIqpVariationalModel(1, 1, 1)).toThrow(/needs 2 features/);
  });
});

describe('IQP variational reproduced (linearly separable, d = 4, seeds 1–3, ≤ 2000 steps)', () => {
  it('mean test accuracy ≥ 0.6 (study: 0.84)', () => {
    const hyper = { learningRate: 0.001, repeats: 1, layers: 5 };
    let sum = 0;
    for (const seed of [1, 2, 3]) {
      const data = benchmarkDataset('linear').generate(4, seed);
      sum += fitCell(IQP_VARIATIONAL, data, hyper, seed, 2000).testAccuracy;
    }
    console.log(`IQP variational, linearly separable d = 4: mean test accuracy ${sum / 3}`);
    expect(sum / 3).toBeGreaterThanOrEqual(0.6);
  });
});
