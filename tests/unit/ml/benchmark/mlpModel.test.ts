// The benchmark's MLP (scikit-learn's MLPClassifier as the study runs it): sklearn's stopping rule
// on synthetic loss curves, the L2 term's gradient against finite differences, determinism, and
// the study's accuracy on linearly separable (d = 4) and two curves (D = 2) over seeds 1–3.

import { describe, expect, it } from 'vitest';
import { mlpSizes } from '../../../../workers/ml/baseline/mlp';
import { benchmarkDataset } from '../../../../workers/ml/benchmark/data';
import {
  FRESH_PLATEAU,
  MLP_HIDDEN,
  addWeightPenalty,
  fitMlp,
  plateauStops,
  sklearnInit,
  stoppingEpoch,
  updatePlateau,
} from '../../../../workers/ml/benchmark/mlpModel';
import { createRng } from '../../../../workers/sim';

/** The defaults proposed for the model list. */
const DEFAULT = { hidden: 0, learningRate: 0.01, alpha: 0.001 };

describe('sklearn’s stopping rule', () => {
  it('counts epochs not below best − tol and stops after more than 10 in a row', () => {
    // Falls by 0.1 for 5 epochs, then by 5e-5 (< tol = 1e-4) each epoch: epoch 6 is the first
    // without improvement, and the count passes 10 at epoch 16.
    const losses = [1, 0.9, 0.8, 0.7, 0.6];
    for (let i = 1; i <= 20; i++) losses.push(0.6 - 5e-5 * i);
    expect(stoppingEpoch(losses)).toBe(16);
    // Exactly 10 flat epochs are not enough.
    expect(stoppingEpoch(losses.slice(0, 15))).toBeNull();
  });

  it('resets the count on an improvement by more than tol, and compares with the best, not the last', () => {
    let p = FRESH_PLATEAU;
    p = updatePlateau(p, 1, 1e-4);
    expect(p).toEqual({ best: 1, count: 0 });
    p = updatePlateau(p, 1.5, 1e-4); // worse: counted, best kept
    expect(p).toEqual({ best: 1, count: 1 });
    p = updatePlateau(p, 0.99995, 1e-4); // better, but by less than tol: counted, best moves
    expect(p).toEqual({ best: 0.99995, count: 2 });
    p = updatePlateau(p, 0.9, 1e-4); // better by more than tol: reset
    expect(p).toEqual({ best: 0.9, count: 0 });
    expect(plateauStops({ best: 0, count: 10 }, 10)).toBe(false);
    expect(plateauStops({ best: 0, count: 11 }, 10)).toBe(true);
    // A zig-zag whose every other epoch improves by more than tol never stops.
    const zigzag = Array.from({ length: 100 }, (_, i) => 1 - 0.001 * i + (i % 2) * 0.5);
    expect(stoppingEpoch(zigzag)).toBeNull();
  });
});

describe('the weight penalty', () => {
  const sizes = mlpSizes({ hidden: [4, 3], activation: 'relu', classes: 2, inputs: 5 });
  const theta = sklearnInit(sizes, createRng(1));

  it('is alpha/(2·rows)·Σ W² over the weights, biases excluded', () => {
    let w2 = 0;
    for (let l = 0, k = 0; l + 1 < sizes.length; l++) {
      for (let i = 0; i < sizes[l]! * sizes[l + 1]!; i++) w2 += theta[k + i]! ** 2;
      k += (sizes[l]! + 1) * sizes[l + 1]!;
    }
    const grad = new Float64Array(theta.length);
    expect(addWeightPenalty(theta, sizes, 0.01, 32, grad)).toBeCloseTo((0.01 / 64) * w2, 15);
    // Biases of the first layer (5·4 … 5·4 + 3) get no gradient.
    expect(Array.from(grad.subarray(20, 24))).toEqual([0, 0, 0, 0]);
  });

  it('adds its gradient: central finite differences agree to 1e-9', () => {
    const grad = new Float64Array(theta.length).fill(0.5);
    addWeightPenalty(theta, sizes, 0.3, 7, grad);
    const scratch = new Float64Array(theta.length);
    const h = 1e-5;
    for (let i = 0; i < theta.length; i++) {
      const p = theta.slice();
      p[i] = p[i]! + h;
      const up = addWeightPenalty(p, sizes, 0.3, 7, scratch);
      p[i] = p[i]! - 2 * h;
      const down = addWeightPenalty(p, sizes, 0.3, 7, scratch);
      // grad started at 0.5 everywhere: the penalty adds to it.
      expect(Math.abs((up - down) / (2 * h) - (grad[i]! - 0.5))).toBeLessThan(1e-9);
    }
  });

  it('draws sklearn’s initial weights and biases within ±√(6/(in + out))', () => {
    expect(theta.length).toBe(5 * 4 + 4 + 4 * 3 + 3 + 3 * 2 + 2);
    const bound0 = Math.sqrt(6 / 9);
    expect(theta.subarray(0, 24).every((v) => Math.abs(v) <= bound0)).toBe(true);
    expect(theta.subarray(20, 24).some((v) => v !== 0)).toBe(true);
  });
});

describe('fitMlp', () => {
  const linear = [1, 2, 3].map((seed) => benchmarkDataset('linear').generate(4, seed));

  it('is deterministic: the same seed gives the same scores and epochs, another seed differs', () => {
    const a = fitMlp(linear[0]!, { hidden: 1, learningRate: 0.01, alpha: 0.001 }, 5);
    const b = fitMlp(linear[0]!, { hidden: 1, learningRate: 0.01, alpha: 0.001 }, 5);
    expect(b).toEqual(a);
    const losses = (seed: number) => {
      const out: number[] = [];
      fitMlp(linear[0]!, { hidden: 1, learningRate: 0.01, alpha: 0.001 }, seed, {
        onEpoch: (_, loss) => out.push(loss),
      });
      return out;
    };
    expect(losses(5)).toEqual(losses(5));
    expect(losses(6)).not.toEqual(losses(5));
  });

  it('stops by sklearn’s rule on its own loss curve, or at the epoch cap with a note', () => {
    const curve: number[] = [];
    const r = fitMlp(linear[1]!, DEFAULT, 1, { onEpoch: (_, loss) => curve.push(loss) });
    expect(r.converged).toBe(true);
    expect(r.epochs).toBe(curve.length);
    expect(stoppingEpoch(curve)).toBe(r.epochs);
    const capped = fitMlp(linear[1]!, { ...DEFAULT, learningRate: 0.001 }, 1, { maxEpochs: 5 });
    expect(capped).toMatchObject({ epochs: 5, converged: false });
    expect(capped.note).toMatch(/still improving after 5 epochs/);
  });

  it('trains with the penalty: alpha = 100 drives every weight to zero and the model to one class', () => {
    const strong = fitMlp(linear[0]!, { ...DEFAULT, alpha: 100 }, 1);
    expect(strong.trainAccuracy).toBeLessThan(0.6);
    expect(fitMlp(linear[0]!, DEFAULT, 1).trainAccuracy).toBeGreaterThan(0.95);
  });

  it('refuses a hidden-layer index outside the grid and more than 64 features, readably', () => {
    expect(() => fitMlp(linear[0]!, { ...DEFAULT, hidden: 3 }, 1)).toThrow(
      /chosen by 0, 1 or 2 \(\(100\), \(10, 10, 10, 10\), \(50, 10, 5\)\); got 3/,
    );
    const wide = { ...linear[0]!, d: 80, xTrain: new Float64Array(80 * 240) };
    expect(() => fitMlp(wide, DEFAULT, 1)).toThrow(/1 to 64 input features; got 80/);
    expect(MLP_HIDDEN).toHaveLength(3);
  });

  it('reproduces the study: linearly separable d = 4, mean test accuracy ≥ 0.95 over seeds 1–3 (study 1.00)', () => {
    const scores = linear.map((data, i) => fitMlp(data, DEFAULT, i + 1));
    const mean = scores.reduce((s, r) => s + r.testAccuracy, 0) / 3;
    console.info(`MLP, linearly separable d = 4: test ${scores.map((r) => r.testAccuracy)}`);
    expect(mean).toBeGreaterThanOrEqual(0.95);
    expect(scores.every((r) => r.converged)).toBe(true);
  });

  it('reproduces the study: two curves D = 2 (d = 10), mean test accuracy ≥ 0.93 over seeds 1–3', () => {
    const scores = [1, 2, 3].map((seed) =>
      fitMlp(benchmarkDataset('curves').generate(2, seed), DEFAULT, seed),
    );
    const mean = scores.reduce((s, r) => s + r.testAccuracy, 0) / 3;
    console.info(`MLP, two curves D = 2: test ${scores.map((r) => r.testAccuracy)}`);
    expect(mean).toBeGreaterThanOrEqual(0.93);
  });
});
