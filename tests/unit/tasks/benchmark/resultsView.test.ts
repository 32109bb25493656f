// The benchmark results' pure parts: the chart's y domain and colours, the table's best-in-column
// and what its cells read (rendered to static markup).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { accuracyDomain, modelColor } from '../../../../src/tasks/benchmark/AccuracyChart';
import { bestInColumn, ResultsTable } from '../../../../src/tasks/benchmark/ResultsTable';
import { summarise } from '../../../../src/tasks/benchmark/summary';

const cells = [
  { model: 'svm', difficulty: 4, testAccuracy: 1 },
  { model: 'svm', difficulty: 4, testAccuracy: 0.9 },
  { model: 'iqpKernel', difficulty: 4, testAccuracy: 0.95 },
  { model: 'iqpKernel', difficulty: 4, testAccuracy: 0.95 },
  { model: 'svm', difficulty: 8, testAccuracy: 0.7 },
];

describe('accuracyDomain', () => {
  it('is 0.4 … 1 when every value is above 0.4', () => {
    expect(accuracyDomain([0.55, 1, 0.9])).toEqual([0.4, 1]);
    expect(accuracyDomain([])).toEqual([0.4, 1]);
  });
  it('extends down to the tenth below the lowest value, never below 0, ignoring NaN', () => {
    expect(accuracyDomain([0.37, 0.9])).toEqual([0.3, 1]);
    expect(accuracyDomain([0.3, NaN])).toEqual([0.3, 1]);
    expect(accuracyDomain([-0.05])).toEqual([0, 1]);
  });
});

describe('modelColor', () => {
  it('gives the models of a family distinct colours, and the families different ones', () => {
    const quantum = [0, 1, 2, 3, 4, 5].map((i) => modelColor(true, i));
    const classical = [0, 1, 2].map((i) => modelColor(false, i));
    expect(new Set([...quantum, ...classical]).size).toBe(9);
  });
});

describe('bestInColumn', () => {
  const summary = summarise(cells);
  it('takes the best mean of a column where two models or more have one', () => {
    const best = bestInColumn(['svm', 'iqpKernel'], [4, 8], summary);
    expect(best.get(4)).toBeCloseTo(0.95, 12);
    expect(best.has(8)).toBe(false);
  });
});

describe('ResultsTable', () => {
  const summary = summarise(cells);
  const html = renderToStaticMarkup(
    createElement(ResultsTable, {
      dataset: 'linear',
      difficultyName: 'd',
      difficulties: [4, 8],
      models: [
        { id: 'svm', label: 'SVM (RBF)', quantum: false, color: '#e07b24' },
        { id: 'iqpKernel', label: 'IQP kernel', quantum: true, color: '#6d3fd6' },
      ],
      summary,
      skipped: new Map([['iqpKernel', new Map([[8, 'Too many features']])]]),
      seeds: 2,
    }),
  );
  it('reads mean ± spread, bold where best (ties too), and the study’s value beside', () => {
    expect(html).toContain('Benchmark results');
    expect(html).toContain('d = 4');
    expect(html).toMatch(/<strong[^>]*>0\.95 ± 0\.07<\/strong>/);
    expect(html).toMatch(/<strong[^>]*>0\.95 ± 0\.00<\/strong>/);
    expect(html).toContain('study 1.00');
    expect(html).toContain('study 0.82');
    expect(html).toContain('quantum');
  });
  it('says n/a with the reason for a skipped cell, and which seeds are still missing', () => {
    expect(html).toContain('title="Too many features">n/a');
    expect(html).toContain('1 of 2 seeds so far');
  });
});
