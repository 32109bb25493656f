// The study's published accuracies ("Better than classical?", arXiv 2403.07059; DESIGN.md §5),
// reproduced on our generators, averaged over three seeds. (A 10-qubit IQP variational cell takes
// 10–25 s: on two curves at d = 10 it is checked with one seed; the variational models' own tests
// check them at d = 4.)
// Test sets have 60 points, so a mean is only known to about ±7 points: the thresholds say so.

import { describe, expect, it } from 'vitest';
import {
  BENCHMARK_MODELS,
  type BenchmarkModelId,
} from '../../../../src/experiment/tasks/benchmark/models';
import { benchmarkDataset, type BenchmarkDatasetId } from '../../../../workers/ml/benchmark/data';
import { fitCell } from '../../../../workers/ml/benchmark/fitCell';
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
    sum += fitCell(model, data, {}, seed).testAccuracy;
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

  it('linearly separable, d = 4: IQP variational stays below the MLP (study: 0.84 against 1.00)', () => {
    const iqp = meanTestAccuracy('linear', 4, 'iqpVariational');
    expect(iqp).toBeLessThan(meanTestAccuracy('linear', 4, 'mlp'));
    expect(iqp).toBeGreaterThan(0.7);
  }, 60_000);

  it('two curves, d = 10, D = 2: the kernel models, SVM, MLP and data re-uploading ≥ 0.93 (study: 1.00)', () => {
    for (const model of [
      'svm',
      'mlp',
      'iqpKernel',
      'projectedKernel',
      'separableKernel',
      'reuploading',
    ] as const)
      expect(meanTestAccuracy('curves', 2, model), model).toBeGreaterThanOrEqual(0.93);
  }, 60_000);

  it('two curves, d = 10, D = 2: IQP variational ≥ 0.93 too (study: 1.00; one seed)', () => {
    const data = benchmarkDataset('curves').generate(2, 1);
    expect(fitCell('iqpVariational', data, {}, 1).testAccuracy).toBeGreaterThanOrEqual(0.93);
  }, 180_000);
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
