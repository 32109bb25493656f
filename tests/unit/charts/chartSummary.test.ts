// A chart's table in words (its accessible name) and the rows its hidden table shows.
import { describe, expect, it } from 'vitest';
import { cellText, chartSummary, shownRows, spokenNumber } from '../../../src/charts/chartSummary';
import type { CsvTable } from '../../../src/charts/download/csvText';

const loss: CsvTable = {
  columns: ['Epoch', 'Quantum test loss', 'Classical test loss'],
  rows: [
    [0, 0.71, 0.69],
    [1, 0.52, 0.6],
    [12, 0.3071, 0.28],
  ],
};

describe('chartSummary', () => {
  it('says each series at its latest value and the x it is at', () => {
    expect(chartSummary('Loss against epoch', loss)).toBe(
      'Loss against epoch: Quantum test loss 0.307, Classical test loss 0.28 at epoch 12',
    );
  });

  it('says series that end at different x each with its own', () => {
    const t: CsvTable = {
      columns: ['Iteration', 'VQE', 'Mitigated'],
      rows: [
        [0, -1.1, 2],
        [1, -1.13, null],
        [2, -1.136, null],
      ],
    };
    expect(chartSummary('Energy', t)).toBe('Energy: VQE −1.14 at iteration 2; Mitigated 2 at iteration 0'); // prettier-ignore
  });

  it('says a chart without values has nothing drawn yet, and skips words in number columns', () => {
    expect(chartSummary('Loss', { columns: ['Epoch', 'Loss'], rows: [] })).toBe('Loss: nothing drawn yet'); // prettier-ignore
    const t: CsvTable = { columns: ['Step', 'Window', 'Truth'], rows: [[3, 'test', 0.5]] };
    expect(chartSummary('Forecast', t)).toBe('Forecast: Truth 0.5 at step 3');
  });

  it('names the largest entries of a bar chart, most first, leaving out zeros', () => {
    const t: CsvTable = {
      columns: ['State', 'Count', 'Measured frequency', 'Exact probability'],
      rows: [
        ['|00⟩', 260, 0.52, 0.5],
        ['|01⟩', 0, 0, 0],
        ['|11⟩', 240, 0.48, 0.5],
      ],
    };
    const rule = { kind: 'largest', columns: ['Measured frequency', 'Exact probability'] } as const;
    expect(chartSummary('Counts', t, rule)).toBe(
      'Counts: highest measured frequency |00⟩ 0.52, |11⟩ 0.48; highest exact probability |00⟩ 0.5, |11⟩ 0.5',
    );
    const none = { ...t, rows: t.rows.map((r) => [r[0]!, 0, 0, 0]) };
    expect(chartSummary('Counts', none, rule)).toBe('Counts: nothing drawn yet');
  });
});

describe('numbers as they are said', () => {
  it('rounds to significant digits with a true minus, whole numbers in full', () => {
    expect(spokenNumber(0.30712)).toBe('0.307');
    expect(spokenNumber(-1.137306)).toBe('−1.14');
    expect(spokenNumber(2000)).toBe('2,000');
    expect(spokenNumber(0.000021)).toBe('2.1e−5');
    expect(spokenNumber(1234.56)).toBe('1,235');
    expect(spokenNumber(Number.NaN)).toBe('');
    expect(cellText(0.123456)).toBe('0.1235');
    expect(cellText(null)).toBe('');
    expect(cellText('test')).toBe('test');
  });
});

describe('shownRows', () => {
  it('keeps every row up to the most, else spreads that many from the first to the last', () => {
    expect(shownRows(3, 5)).toEqual([0, 1, 2]);
    const rows = shownRows(1000, 120);
    expect(rows).toHaveLength(120);
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(999);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThan(rows[i - 1]!);
  });
});
