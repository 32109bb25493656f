import { describe, expect, it } from 'vitest';
import { cellCount, planCells, runModels } from '../../../../src/experiment/tasks/benchmark/cells';
import { benchmarkSchema } from '../../../../src/experiment/tasks/benchmark';
import type { BenchmarkExperiment } from '../../../../src/experiment/types';
import { validateExperiment } from '../../../../src/experiment/validate';
import {
  withDataset,
  withDifficulty,
  withHyper,
  withModel,
} from '../../../../src/tasks/benchmark/benchmarkEdits';

const base = (): BenchmarkExperiment => benchmarkSchema.defaults();

function messageOf(change: (e: Record<string, unknown>) => void): string {
  const e = JSON.parse(JSON.stringify(base())) as Record<string, unknown>;
  change(e);
  const r = validateExperiment(e);
  if (r.ok) throw new Error('expected the experiment to be refused');
  return r.error.message;
}

describe('benchmark schema', () => {
  it('counts cells as difficulties × seeds × models, the separable partners included', () => {
    const e = base();
    expect(cellCount(e)).toBe(4 * 3 * 4);
    expect(e.training.epochs).toBe(48);
    const both = { ...e, models: [{ id: 'iqpKernel' as const, hyper: { repeats: 1, C: 1 } }], compareSeparable: true }; // prettier-ignore
    expect(runModels(both).map((m) => m.id)).toEqual(['iqpKernel', 'separableKernel']);
    expect(cellCount(both)).toBe(4 * 3 * 2);
    // A partner ticked by the user too runs once, with the user's settings.
    const ticked = { ...both, models: [...both.models, { id: 'separableKernel' as const, hyper: { layers: 3, C: 10 } }] }; // prettier-ignore
    expect(runModels(ticked)).toEqual([both.models[0], { id: 'separableKernel', hyper: { layers: 3, C: 10 } }]); // prettier-ignore
  });

  it('plans cells difficulty by difficulty, then seed, then model, from the first seed', () => {
    const e = { ...base(), sweep: { dataset: 'linear' as const, difficulties: [2, 4], seeds: 2 }, training: { ...base().training, seed: 5 } }; // prettier-ignore
    const cells = planCells(e);
    expect(cells.length).toBe(2 * 2 * 4);
    expect(cells.slice(0, 5)).toEqual([
      { model: 'svm', difficulty: 2, seed: 5 },
      { model: 'logistic', difficulty: 2, seed: 5 },
      { model: 'iqpKernel', difficulty: 2, seed: 5 },
      { model: 'separableKernel', difficulty: 2, seed: 5 },
      { model: 'svm', difficulty: 2, seed: 6 },
    ]);
    expect(cells.at(-1)).toEqual({ model: 'separableKernel', difficulty: 4, seed: 6 });
  });

  it('keeps a link’s cell count in line with its settings, and sorts its lists', () => {
    const e = JSON.parse(JSON.stringify(base())) as BenchmarkExperiment;
    e.training.epochs = 3;
    e.sweep.difficulties = [8, 2];
    e.models.reverse();
    const r = validateExperiment(e);
    expect(r.ok && r.value).toEqual({ ...base(), sweep: { ...base().sweep, difficulties: [2, 8] }, training: { ...base().training, epochs: 2 * 3 * 4 } }); // prettier-ignore
  });

  it('refuses bad settings with a message naming the field', () => {
    expect(messageOf((e) => ((e.sweep as { dataset: string }).dataset = 'mnist'))).toMatch(/Benchmark → data set must be one of linear, manifold/); // prettier-ignore
    expect(messageOf((e) => ((e.sweep as { difficulties: number[] }).difficulties = [3]))).toMatch(/d value must be one of 2, 4, 6, 8, 10, 12/); // prettier-ignore
    expect(messageOf((e) => ((e.sweep as { difficulties: number[] }).difficulties = []))).toMatch(/pick at least one input dimension/); // prettier-ignore
    expect(messageOf((e) => ((e.sweep as { seeds: number }).seeds = 11))).toMatch(/seeds must be a whole number from 1 to 10/); // prettier-ignore
    expect(messageOf((e) => (e.models = []))).toMatch(/tick at least one model/);
    expect(messageOf((e) => (e.models = [{ id: 'quantumMagic', hyper: {} }]))).toMatch(/Models → model must be one of svm/); // prettier-ignore
    expect(messageOf((e) => (e.models = [{ id: 'svm', hyper: { C: 3, gamma: 0.1 } }]))).toMatch(/SVM \(RBF\) → C must be one of 0.1, 1, 10, 100/); // prettier-ignore
    expect(messageOf((e) => (e.models = [{ id: 'svm', hyper: { C: 1, gamma: 0.1, degree: 2 } }]))).toMatch(/has no setting "degree"/); // prettier-ignore
    expect(messageOf((e) => (e.models = [{ id: 'svm', hyper: { C: 1 } }]))).toMatch(/γ \(width\) is missing/); // prettier-ignore
    expect(messageOf((e) => (e.models = [{ id: 'svm', hyper: { C: 1, gamma: 0.1 } }, { id: 'svm', hyper: { C: 1, gamma: 0.1 } }]))).toMatch(/each model may be listed once/); // prettier-ignore
  });

  it('edits keep the experiment valid: data set, difficulties, models, hyper-parameters', () => {
    let e = withDataset(base(), 'curves');
    expect(e.sweep.difficulties).toEqual([2, 5, 10, 15]);
    e = withDifficulty(e, 20, true);
    e = withDifficulty(e, 2, false);
    expect(e.sweep.difficulties).toEqual([5, 10, 15, 20]);
    e = withModel(e, 'reuploading', true);
    e = withModel(e, 'logistic', false);
    e = withHyper(e, 'reuploading', 'layers', 10);
    expect(e.models.map((m) => m.id)).toEqual([
      'svm',
      'iqpKernel',
      'separableKernel',
      'reuploading',
    ]);
    expect(e.training.epochs).toBe(4 * 3 * 4);
    expect(validateExperiment(e)).toEqual({ ok: true, value: e });
    // The last difficulty and the last model stay.
    const one = withModel(withModel(withModel(withModel(base(), 'svm', false), 'logistic', false), 'iqpKernel', false), 'separableKernel', false); // prettier-ignore
    expect(one.models.map((m) => m.id)).toEqual(['separableKernel']);
    expect(withDifficulty({ ...base(), sweep: { ...base().sweep, difficulties: [4] } }, 4, false).sweep.difficulties).toEqual([4]); // prettier-ignore
  });
});
