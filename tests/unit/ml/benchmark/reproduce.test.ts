// The study's published accuracies ("Better than classical?", arXiv 2403.07059; DESIGN.md §5),
// reproduced on our generators with the kernel and classical models, averaged over three seeds.
// Test sets have 60 points, so a mean is only known to about ±7 points: the thresholds say so.

import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_MODELS,
  type BenchmarkModelId,
} from '../../../../src/experiment/tasks/benchmark/models';
import { benchmarkDataset, type BenchmarkDatasetId } from '../../../../workers/ml/benchmark/data';
import { fitKernelModel, isKernelFit } from '../../../../workers/ml/benchmark/fitKernel';

const SEEDS = [1, 2, 3];

function meanTestAccuracy(
  set: BenchmarkDatasetId,
  difficulty: number,
  model: BenchmarkModelId,
): number {
  let sum = 0;
  for (const seed of SEEDS) {
    const data = benchmarkDataset(set).generate(difficulty, seed);
    sum += fitKernelModel(model, data, {}, seed).testAccuracy;
  }
  return sum / SEEDS.length;
}

describe('the study reproduced with the kernel and classical models', () => {
  it('linearly separable, d = 4: the SVM and logistic regression ≥ 0.95 (study: SVC 1.00)', () => {
    expect(meanTestAccuracy('linear', 4, 'svm')).toBeGreaterThanOrEqual(0.95);
    expect(meanTestAccuracy('linear', 4, 'logistic')).toBeGreaterThanOrEqual(0.95);
  });

  it('linearly separable, d = 4: the IQP kernel falls behind the SVM (study: 0.82 against 1.00)', () => {
    const iqp = meanTestAccuracy('linear', 4, 'iqpKernel');
    expect(iqp).toBeLessThan(meanTestAccuracy('linear', 4, 'svm'));
    expect(iqp).toBeGreaterThan(0.75);
  });

  it('two curves, d = 10, D = 2: every kernel model and the SVM ≥ 0.93 (study: 1.00)', () => {
    for (const model of ['svm', 'iqpKernel', 'projectedKernel', 'separableKernel'] as const)
      expect(meanTestAccuracy('curves', 2, model), model).toBeGreaterThanOrEqual(0.93);
  });
});

describe('fitting a cell', () => {
  it('fits every classical and kernel model of the list on a small set, scores within [0, 1]', () => {
    const data = benchmarkDataset('linear').generate(2, 5);
    for (const def of BENCHMARK_MODELS.filter((m) => isKernelFit(m.id))) {
      const s = fitKernelModel(def.id, data, {}, 5);
      expect(s.testAccuracy, def.id).toBeGreaterThanOrEqual(0.5);
      expect(s.trainAccuracy, def.id).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic for a seed, and hyper-parameters change the result', () => {
    const data = benchmarkDataset('curves').generate(10, 4);
    const a = fitKernelModel('svm', data, { gamma: 0.01 }, 4);
    expect(fitKernelModel('svm', data, { gamma: 0.01 }, 4)).toEqual(a);
    expect(fitKernelModel('svm', data, { gamma: 1, C: 100 }, 4).trainAccuracy).not.toBe(
      a.trainAccuracy,
    );
  });

  it('refuses more features than the model takes, naming the model', () => {
    const data = benchmarkDataset('bars').generate(4, 1);
    expect(() => fitKernelModel('iqpKernel', data, {}, 1)).toThrow(
      /IQP kernel takes at most 12 features; this data set has 16/,
    );
  });
});
