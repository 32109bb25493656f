import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import type { BenchmarkExperiment } from '../../../../src/experiment/types';
import { studyBestHyper } from '../../../../src/experiment/tasks/benchmark/studyHyper';
import { normalised } from '../../../../src/tasks/benchmark/benchmarkEdits';
import type { BenchmarkReport, TrainEvent } from '../../../../workers/protocol';
import { benchmarkDataset } from '../../../../workers/ml/benchmark/data';
import { fitCell } from '../../../../workers/ml/benchmark/fitCell';
import { benchmarkRunner } from '../../../../workers/tasks/benchmark/runner';
import { createTrainer } from '../../../../workers/trainer';

/** A run with the given settings, on the models' own hyper-parameters unless the patch says. */
const small = (patch: Partial<BenchmarkExperiment>): BenchmarkExperiment =>
  normalised({ ...benchmarkSchema.defaults(), studyHyper: false, ...patch });

describe('benchmark session', () => {
  it('fits a cell with the study’s best settings when the run asks for them', () => {
    const sweep = { dataset: 'linear' as const, difficulties: [6], seeds: 1 };
    const models = [{ id: 'svm' as const, hyper: { C: 0.1, gamma: 0.001 } }];
    const data = benchmarkDataset('linear').generate(6, 1);
    const best = studyBestHyper('svm', 'linear', 6)!.hyper;
    const score = (studyHyper: boolean) =>
      (benchmarkRunner.create(small({ sweep, models, studyHyper })).step() as BenchmarkReport)
        .cell!;
    const tuned = score(true);
    const own = score(false);
    expect(tuned.testAccuracy).toBe(fitCell('svm', data, best, 1).testAccuracy);
    expect(own.testAccuracy).toBe(fitCell('svm', data, models[0]!.hyper, 1).testAccuracy);
    // C = 0.1, γ = 0.001 barely bends: the study's choice does better here.
    expect(tuned.testAccuracy).toBeGreaterThan(own.testAccuracy);
  });

  it('fits one cell a step, in the planned order, naming the next', () => {
    const e = small({
      sweep: { dataset: 'linear', difficulties: [2, 4], seeds: 1 },
      models: [
        { id: 'svm', hyper: { C: 1, gamma: 0.1 } },
        { id: 'iqpKernel', hyper: { repeats: 1, C: 1 } },
      ],
    });
    const s = benchmarkRunner.create(e);
    expect(s.info).toEqual({ task: 'benchmark', cells: 4 });
    expect(s.measure()).toEqual({ epoch: 0, cell: null, next: { model: 'svm', difficulty: 2, seed: 1 }, progress: null }); // prettier-ignore
    const reports = [1, 2, 3, 4].map(() => s.step() as BenchmarkReport);
    expect(reports.map((r) => [r.epoch, r.cell?.model, r.cell?.difficulty])).toEqual([
      [1, 'svm', 2],
      [2, 'iqpKernel', 2],
      [3, 'svm', 4],
      [4, 'iqpKernel', 4],
    ]);
    for (const r of reports) {
      expect(r.cell!.testAccuracy).toBeGreaterThan(0.6);
      expect(r.cell!.trainAccuracy).toBeLessThanOrEqual(1);
      expect(r.cell!.ms).toBeGreaterThanOrEqual(0);
    }
    expect(reports[2]!.next).toEqual({ model: 'iqpKernel', difficulty: 4, seed: 1 });
    expect(reports[3]!.next).toBeNull();
    // The same cell of the same seed fits to the same score.
    const again = benchmarkRunner.create(e);
    expect((again.step() as BenchmarkReport).cell!.testAccuracy).toBe(
      reports[0]!.cell!.testAccuracy,
    );
  });

  it('trains a variational cell a slice a step, reporting progress, to the score of one go', () => {
    const hyper = { learningRate: 0.1, layers: 5, observable: 0 };
    const e = small({ sweep: { dataset: 'linear', difficulties: [4], seeds: 1 }, models: [{ id: 'reuploading', hyper }] }); // prettier-ignore
    const s = benchmarkRunner.create(e);
    const partial: BenchmarkReport[] = [];
    let r = s.step() as BenchmarkReport;
    while (r.cell === null) {
      partial.push(r);
      r = s.step() as BenchmarkReport;
    }
    // About 800 steps of 0.7 ms: several slices of 40 ms, each reporting where training is.
    expect(partial.length).toBeGreaterThan(1);
    expect(partial.every((p) => p.epoch === 0 && p.next?.model === 'reuploading')).toBe(true);
    const steps = partial.map((p) => p.progress!.steps);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps[0]).toBeGreaterThan(0);
    expect(Number.isFinite(partial.at(-1)!.progress!.loss)).toBe(true);
    expect(r.epoch).toBe(1);
    expect(r.progress).toBeNull();
    const once = fitCell('reuploading', benchmarkDataset('linear').generate(4, 1), hyper, 1);
    expect([r.cell.trainAccuracy, r.cell.testAccuracy]).toEqual([once.trainAccuracy, once.testAccuracy]); // prettier-ignore
    expect(r.cell.testAccuracy).toBeGreaterThan(0.85);
  });

  it('skips a cell whose data is wider than the model takes, saying why', () => {
    const e = small({
      sweep: { dataset: 'bars', difficulties: [8], seeds: 1 },
      models: [{ id: 'iqpKernel', hyper: { repeats: 1, C: 1 } }],
    });
    const cell = (benchmarkRunner.create(e).step() as BenchmarkReport).cell!;
    expect(cell.skipped).toBe('IQP kernel takes at most 12 features; here d = 64.');
    expect(cell.testAccuracy).toBeNaN();
  });

  it('pictures the data on its two principal axes', () => {
    const s = benchmarkRunner.create(
      small({ sweep: { dataset: 'curves', difficulties: [2], seeds: 1 } }),
    );
    const [p] = s.pictures();
    if (p?.kind !== 'benchmarkData') throw new Error('expected the data preview');
    expect(p.preview.d).toBe(10);
    expect(p.preview.points.length).toBe(2 * 300);
    expect(p.preview.train).toBe(240);
    expect(p.preview.explained).toBeGreaterThan(0.3);
    expect(p.preview.explained).toBeLessThanOrEqual(1 + 1e-9);
    expect([...p.preview.labels].every((y) => y === 1 || y === -1)).toBe(true);
    // Sent again only when the data it shows changes (the next difficulty or seed).
    expect(s.pictures()).toEqual([]);
  });

  it('sends a new data preview when the run reaches the next seed', () => {
    const e = small({ sweep: { dataset: 'linear', difficulties: [2], seeds: 2 }, models: [{ id: 'logistic', hyper: { C: 1 } }] }); // prettier-ignore
    const s = benchmarkRunner.create(e);
    const seedOf = (): number[] => s.pictures().flatMap((p) => (p.kind === 'benchmarkData' ? [p.preview.seed] : [])); // prettier-ignore
    expect(seedOf()).toEqual([1]);
    expect(seedOf()).toEqual([]);
    s.step();
    expect(seedOf()).toEqual([2]);
    s.step();
    expect(seedOf()).toEqual([]);
  });

  it('Step fits a whole cell, however many slices it takes', async () => {
    const events: TrainEvent[] = [];
    const trainer = createTrainer(
      (ev) => events.push(ev),
      () => Infinity,
    );
    const e = small({ sweep: { dataset: 'linear', difficulties: [4], seeds: 1 }, models: [{ id: 'reuploading', hyper: { learningRate: 0.1, layers: 5, observable: 0 } }] }); // prettier-ignore
    await trainer.load(e);
    trainer.step();
    const reports = events.flatMap((ev) => (ev.type === 'epochs' ? ev.reports : [])) as BenchmarkReport[]; // prettier-ignore
    expect(reports.at(-1)!.epoch).toBe(1);
    expect(reports.at(-1)!.cell!.model).toBe('reuploading');
    expect(reports.filter((r) => r.cell === null && r.progress !== null).length).toBeGreaterThan(0);
    expect(trainer.status()).toBe('paused');
  });

  it('stops at the last cell: Keep training and Step add nothing past it', async () => {
    const events: TrainEvent[] = [];
    const trainer = createTrainer(
      (ev) => events.push(ev),
      () => Infinity,
    );
    const e = small({ sweep: { dataset: 'linear', difficulties: [2], seeds: 1 }, models: [{ id: 'logistic', hyper: { C: 1 } }] }); // prettier-ignore
    await trainer.load(e);
    trainer.play();
    await new Promise((r) => setTimeout(r, 50));
    const epochs = () => events.flatMap((ev) => (ev.type === 'epochs' ? ev.reports.map((r) => r.epoch) : [])); // prettier-ignore
    expect(epochs()).toEqual([0, 1]);
    expect(trainer.status()).toBe('done');
    trainer.keepTraining();
    trainer.step();
    await new Promise((r) => setTimeout(r, 50));
    expect(epochs()).toEqual([0, 1]);
    expect(trainer.status()).toBe('done');
  });
});
