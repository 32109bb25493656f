import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { validateExperiment } from '../../../../src/experiment/validate';
import { withCsv } from '../../../../src/tasks/benchmark/CsvImport';
import { customData } from '../../../../workers/ml/benchmark/data';
import type { BenchmarkReport } from '../../../../workers/protocol';
import { benchmarkRunner } from '../../../../workers/tasks/benchmark/runner';

/** A separable set: label yes when a + 2b > 10, with a feature on a large scale. */
function csv(rows: number): string {
  const lines = ['a,b,big,label'];
  for (let i = 0; i < rows; i++) {
    const a = (i * 7) % 13;
    const b = (i * 5) % 11;
    lines.push(`${a},${b},${1000 * ((i * 3) % 7)},${a + 2 * b > 10 ? 'yes' : 'no'}`);
  }
  return lines.join('\n');
}

describe('the user’s data in the benchmark', () => {
  it('imports as the data set "custom" with one column to run, and round-trips through a link', () => {
    const e = withCsv(benchmarkSchema.defaults(), csv(50));
    expect(e.sweep).toEqual({ dataset: 'custom', difficulties: [1], seeds: 3, csv: csv(50) });
    expect(e.training.epochs).toBe(3 * 4);
    expect(validateExperiment(e)).toEqual({ ok: true, value: e });
    expect(decodeExperiment(encodeExperiment(e))).toEqual({ ok: true, value: e });
  });

  it('refuses a custom set without a file, or with a bad one, naming the row and column', () => {
    const e = JSON.parse(JSON.stringify(withCsv(benchmarkSchema.defaults(), csv(50))));
    delete e.sweep.csv;
    const missing = validateExperiment(e);
    expect(!missing.ok && missing.error.message).toBe('Benchmark → your data is missing: import a CSV file.'); // prettier-ignore
    e.sweep.csv = csv(50).replace('\n3,', '\nthree,');
    const bad = validateExperiment(e);
    expect(!bad.ok && bad.error.message).toMatch(/^Benchmark → your data: Row \d+, column 1 \(“a”\): “three” is not a number\.$/); // prettier-ignore
  });

  it('splits 80/20 by seed and standardises by the train rows', () => {
    const a = customData(csv(50), 1);
    expect([a.d, a.yTrain.length, a.yTest.length]).toEqual([3, 40, 10]);
    for (let j = 0; j < 3; j++) {
      let mean = 0;
      let sq = 0;
      for (let i = 0; i < 40; i++) mean += a.xTrain[i * 3 + j]! / 40;
      for (let i = 0; i < 40; i++) sq += (a.xTrain[i * 3 + j]! - mean) ** 2 / 40;
      expect(mean).toBeCloseTo(0, 12);
      expect(sq).toBeCloseTo(1, 12);
    }
    expect(customData(csv(50), 1)).toEqual(a);
    expect(customData(csv(50), 2).xTrain).not.toEqual(a.xTrain);
    expect(() => customData('a,b\n1,2', 1)).toThrow(/^Your data: The file has 1 row of data/);
  });

  it('runs its cells in a session, the features counted from the file', () => {
    const e = withCsv(
      { ...benchmarkSchema.defaults(), models: [{ id: 'svm', hyper: { C: 10, gamma: 0.1 } }] },
      csv(200),
    );
    const s = benchmarkRunner.create(e);
    expect(s.info).toEqual({ task: 'benchmark', cells: 3 });
    const r = s.step() as BenchmarkReport;
    expect(r.cell).toMatchObject({ model: 'svm', difficulty: 1, seed: 1 });
    expect(r.cell!.testAccuracy).toBeGreaterThan(0.85);
    const [p] = s.pictures();
    expect(p?.kind === 'benchmarkData' && p.preview.d).toBe(3);
  });
});
