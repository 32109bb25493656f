import { describe, expect, it } from 'vitest';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import type { BenchmarkExperiment } from '../../../../src/experiment/types';
import { normalised } from '../../../../src/tasks/benchmark/benchmarkEdits';
import type { BenchmarkReport, TrainEvent } from '../../../../workers/protocol';
import { benchmarkRunner } from '../../../../workers/tasks/benchmark/runner';
import { createTrainer } from '../../../../workers/trainer';

const small = (patch: Partial<BenchmarkExperiment>): BenchmarkExperiment =>
  normalised({ ...benchmarkSchema.defaults(), ...patch });

describe('benchmark session', () => {
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
    expect(s.measure()).toEqual({ epoch: 0, cell: null, next: { model: 'svm', difficulty: 2, seed: 1 } }); // prettier-ignore
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
