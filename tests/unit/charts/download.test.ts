// The pure parts of chart downloads: CSV text, file names, series tables, the PNG's scale, and
// the loss chart's table. (The SVG of a drawing needs a page: tests/e2e/downloads.test.ts.)
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/charts/download/csvText';
import { fileName } from '../../../src/charts/download/fileName';
import { fittedScale } from '../../../src/charts/download/pngBlob';
import { seriesTable } from '../../../src/charts/download/seriesTable';
import { lossTable } from '../../../src/charts/lossSeries';
import type { EpochPoint } from '../../../src/charts/types';

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field, 'the text ends with CRLF').toBe('');
  return rows;
}

describe('csvText', () => {
  it('writes a header and a row per row, each line ended by CRLF', () => {
    expect(csvText(['Epoch', 'Loss'], [[1, 0.5], [2, 0.25]])).toBe('Epoch,Loss\r\n1,0.5\r\n2,0.25\r\n'); // prettier-ignore
  });

  it('quotes fields with commas, quotes and line breaks, and reads back the same', () => {
    const columns = ['Name, with comma', 'Say "hi"', 'plain'];
    const rows = [
      ['a\nb', 'c\r\nd', '|01⟩'],
      ['', '"', ','],
    ];
    const text = csvText(columns, rows);
    expect(text.startsWith('"Name, with comma","Say ""hi""",plain\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([columns, ...rows]);
  });

  it('writes numbers in full precision: each reads back to the same double', () => {
    const values = [0.1 + 0.2, 1 / 3, Math.PI * 1e-12, 6.02214076e23, -1.5e-300, 2 ** 53 + 2];
    const [, row] = parseCsv(csvText(['v', 'w', 'x', 'y', 'z', 'n'], [values]));
    expect(row!.map(Number)).toEqual(values);
    expect(row![0]).toBe('0.30000000000000004');
  });

  it('leaves null and numbers that are not finite empty, and writes −0 as 0', () => {
    expect(csvText(['a', 'b', 'c', 'd', 'e'], [[null, NaN, Infinity, -0, 0]])).toBe(
      'a,b,c,d,e\r\n,,,0,0\r\n',
    );
  });
});

describe('fileName', () => {
  it('makes a lower-case, hyphenated name from a chart label', () => {
    expect(fileName('Mean squared error', 'svg')).toBe('mean-squared-error.svg');
    expect(fileName('Energy against bond length', 'png')).toBe('energy-against-bond-length.png');
  });

  it('drops accents, symbols and punctuation, and keeps digits', () => {
    expect(fileName('Hartree–Fock énergie (Ha)', 'csv')).toBe('hartree-fock-energie-ha.csv');
    expect(fileName('Circuit on 2 qubits, 3 operations', 'svg')).toBe('circuit-on-2-qubits-3-operations.svg'); // prettier-ignore
    expect(fileName('3p² − 2p³', 'csv')).toBe('3p2-2p3.csv');
  });

  it('falls back to "chart" and keeps long names short', () => {
    expect(fileName('⟨ψ|ψ⟩', 'svg')).toBe('chart.svg');
    const long = fileName('word '.repeat(40), 'svg');
    expect(long.length).toBeLessThanOrEqual(64);
    expect(long).toMatch(/^word(-word)*\.svg$/);
  });
});

describe('seriesTable', () => {
  it('joins series on their x, a row per x in ascending order, empty where one has none', () => {
    const table = seriesTable('Iteration', [
      { name: 'VQE', x: [2, 0, 1], y: [-1.13, -1, -1.1] },
      { name: 'Ideal', x: [2, 0], y: [-1.135, -1.01] },
      { name: 'Late', x: new Float64Array([3]), y: new Float64Array([-1.2]) },
    ]);
    expect(table.columns).toEqual(['Iteration', 'VQE', 'Ideal', 'Late']);
    expect(table.rows).toEqual([
      [0, -1, -1.01, null],
      [1, -1.1, null, null],
      [2, -1.13, -1.135, null],
      [3, null, null, -1.2],
    ]);
  });

  it('is a header alone without points', () => {
    expect(seriesTable('x', [{ name: 'a', x: [], y: [] }])).toEqual({ columns: ['x', 'a'], rows: [] }); // prettier-ignore
  });
});

describe('fittedScale', () => {
  it('keeps the asked scale for a chart, and scales down a drawing too large to draw', () => {
    expect(fittedScale(640, 400, 2)).toBe(2);
    // 12 000 px wide at 2 would be 24 000 px: cut to the 16 384 px browsers draw.
    expect(fittedScale(12_000, 300, 2) * 12_000).toBeCloseTo(16_384, 6);
    // 6 000 × 6 000 at 2 is 144 M pixels: cut to 64 Mi.
    const k = fittedScale(6000, 6000, 2);
    expect((6000 * k) ** 2).toBeCloseTo(64 * 1024 * 1024, 0);
  });
});

describe('lossTable', () => {
  const metrics = (v: number) => ({ trainLoss: v, testLoss: v + 0.1, trainAccuracy: 1 - v, testAccuracy: 0.9 - v, ms: 5 }); // prettier-ignore
  const history: EpochPoint[] = [
    { epoch: 1, quantum: metrics(0.5), classical: metrics(0.4) },
    { epoch: 2, quantum: metrics(0.3), classical: metrics(0.2) },
  ];

  it('has the epoch and a column per drawn line, a row per epoch', () => {
    const t = lossTable(history, ['loss', 'accuracy'], 'Cross-entropy');
    expect(t.columns).toEqual([
      'Epoch',
      'Classical train cross-entropy',
      'Classical test cross-entropy',
      'Quantum train cross-entropy',
      'Quantum test cross-entropy',
      'Classical train accuracy',
      'Classical test accuracy',
      'Quantum train accuracy',
      'Quantum test accuracy',
    ]);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1]).toEqual([2, 0.2, 0.2 + 0.1, 0.3, 0.3 + 0.1, 0.8, 0.9 - 0.2, 0.7, 0.9 - 0.3]);
  });

  it('adds the ideal twin under noise, empty in a report without it', () => {
    const noisy = [...history, { epoch: 3, quantum: metrics(0.2), classical: metrics(0.1), ideal: metrics(0.05) }]; // prettier-ignore
    const t = lossTable(noisy, ['loss'], 'Loss');
    expect(t.columns).toContain('Quantum ideal test loss');
    const col = t.columns.indexOf('Quantum ideal test loss');
    expect(t.rows.map((r) => r[col])).toEqual([NaN, NaN, 0.05 + 0.1]);
    expect(csvText(t.columns, t.rows).split('\r\n')[1]!.split(',')[col]).toBe('');
  });
});
