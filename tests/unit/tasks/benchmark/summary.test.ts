import { describe, expect, it } from 'vitest';
import { benchmarkCsv, summarise } from '../../../../src/tasks/benchmark/summary';
import { publishedAccuracy } from '../../../../src/experiment/tasks/benchmark/published';

const cells = [
  { model: 'svm', difficulty: 4, testAccuracy: 1 },
  { model: 'svm', difficulty: 4, testAccuracy: 0.9 },
  { model: 'svm', difficulty: 4, testAccuracy: 0.95 },
  { model: 'svm', difficulty: 8, testAccuracy: 0.8 },
  { model: 'iqpKernel', difficulty: 4, testAccuracy: 0.85 },
];

describe('benchmark summary', () => {
  it('gives the mean and sample standard deviation over seeds per model and difficulty', () => {
    const s = summarise(cells);
    expect(s.get('svm')!.get(4)!.mean).toBeCloseTo(0.95, 14);
    expect(s.get('svm')!.get(4)!.spread).toBeCloseTo(0.05, 14);
    expect(s.get('svm')!.get(4)!.count).toBe(3);
    expect(s.get('svm')!.get(8)).toEqual({ mean: 0.8, spread: 0, count: 1 });
    expect(s.get('iqpKernel')!.get(8)).toBeUndefined();
  });

  it('looks up the study’s published values (DESIGN.md §5)', () => {
    expect(publishedAccuracy('linear', 4, 'iqpKernel')).toBeCloseTo(0.817, 12);
    expect(publishedAccuracy('curves', 20, 'reuploading')).toBeCloseTo(0.67, 12);
    expect(publishedAccuracy('hyperplanes', 5, 'mlp')).toBeCloseTo(0.84, 12);
    expect(publishedAccuracy('linear', 6, 'svm')).toBeUndefined();
  });

  it('writes the table as CSV, with the published column and empty cells not yet run', () => {
    const csv = benchmarkCsv(
      'linear',
      'd',
      [
        { id: 'svm', label: 'SVM (RBF)' },
        { id: 'iqpKernel', label: 'IQP kernel, "fidelity"' },
      ],
      [4, 8],
      cells,
    );
    expect(csv.split('\n')).toEqual([
      'model,dataset,d,test_accuracy_mean,test_accuracy_spread,seeds,published',
      'SVM (RBF),linear,4,0.9500,0.0500,3,1.0000',
      'SVM (RBF),linear,8,0.8000,0.0000,1,1.0000',
      '"IQP kernel, ""fidelity""",linear,4,0.8500,0.0000,1,0.8170',
      '"IQP kernel, ""fidelity""",linear,8,,,0,0.9000',
      '',
    ]);
  });
});
