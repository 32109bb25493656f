// Tests of the CSV importer of the sequence task: delimiters, header or none, choosing the column
// by name, by number or as the first numeric one, line endings, and every message it refuses with.

import { describe, expect, it } from 'vitest';
import {
  parseSeriesCsv,
  SERIES_CSV_MAX_CHARS,
} from '../../../../../src/experiment/tasks/sequence/seriesCsv';

/** `n` values 0.5, 1.5, 2.5, … as lines, each made by `line(value, i)`. */
const lines = (n: number, line: (v: number, i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => line(i + 0.5, i));
/** Months from 2020-01 on: "2020-01", "2020-02", … */
const date = (i: number): string =>
  `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const halves = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 0.5);

describe('parseSeriesCsv reads', () => {
  it('a comma file with a header, the first numeric column, the date column skipped', () => {
    const text = ['date,temp,rain', ...lines(40, (v, i) => `${date(i)},${v},${2 * v}`)].join('\n');
    const read = parseSeriesCsv(text);
    expect(read.column).toBe('temp');
    expect(Array.from(read.values)).toEqual(halves(40));
  });

  it('a column by name (any case, spaces trimmed) or by number', () => {
    const text = ['date,Temp,Rain', ...lines(40, (v, i) => `${date(i)},${v},${2 * v}`)].join('\n');
    const rain = halves(40).map((v) => 2 * v);
    expect(parseSeriesCsv(text, '  rain ')).toEqual({ values: Float64Array.from(rain), column: 'Rain' }); // prettier-ignore
    expect(Array.from(parseSeriesCsv(text, 'TEMP').values)).toEqual(halves(40));
    expect(parseSeriesCsv(text, '3').column).toBe('Rain');
    expect(Array.from(parseSeriesCsv(text, '3').values)).toEqual(rain);
    expect(parseSeriesCsv(text, '').column).toBe('Temp');
  });

  it('a semicolon file and a tab file', () => {
    const semi = ['Datum;Temperatur', ...lines(40, (v, i) => `${date(i)};${v}`)].join('\n');
    expect(parseSeriesCsv(semi)).toEqual({ values: Float64Array.from(halves(40)), column: 'Temperatur' }); // prettier-ignore
    const tab = ['when\tlevel\tflow', ...lines(40, (v, i) => `${date(i)}\t${v}\t7`)].join('\n');
    expect(parseSeriesCsv(tab)).toEqual({ values: Float64Array.from(halves(40)), column: 'level' });
    expect(Array.from(parseSeriesCsv(tab, 'flow').values)).toEqual(new Array(40).fill(7));
  });

  it('a file without a header, by column number, with the date column skipped', () => {
    const text = lines(40, (v, i) => `${date(i)},${v},${-v}`).join('\n');
    expect(parseSeriesCsv(text)).toEqual({ values: Float64Array.from(halves(40)), column: 'column 2' }); // prettier-ignore
    expect(parseSeriesCsv(text, '3').column).toBe('column 3');
    expect(parseSeriesCsv(text, '3').values[39]).toBe(-39.5);
    const single = lines(45, (v) => `${v}`).join('\n');
    expect(parseSeriesCsv(single)).toEqual({ values: Float64Array.from(halves(45)), column: 'column 1' }); // prettier-ignore
  });

  it('Windows line endings, blank lines, spaces, quotes and a byte-order mark', () => {
    const body = lines(40, (v, i) => (i === 5 ? `\r\n "${date(i)}" , "${v}" ` : `${date(i)},${v}`));
    const text = `\ufeff\r\n"month","value"\r\n${body.join('\r\n')}\r\n,\r\n\r\n`;
    const read = parseSeriesCsv(text);
    expect(read.column).toBe('value');
    expect(Array.from(read.values)).toEqual(halves(40));
  });

  it('a year column as a date: the series after it, unless it is the only column of numbers', () => {
    const text = ['year,yield', ...lines(40, (v, i) => `${1980 + i},${v}`)].join('\n');
    expect(parseSeriesCsv(text).column).toBe('yield');
    expect(parseSeriesCsv(text, 'year').values[39]).toBe(2019);
    const onlyYears = ['name,year', ...lines(40, (_, i) => `a${i},${1980 + i}`)].join('\n');
    expect(parseSeriesCsv(onlyYears).column).toBe('year');
  });

  it('exponents, signs and the size limits exactly', () => {
    const text = ['x', '-1e-3', '+2', '.5', '3.', ...lines(36, (v) => `${v}`)].join('\n');
    expect(Array.from(parseSeriesCsv(text).values.slice(0, 4))).toEqual([-0.001, 2, 0.5, 3]);
    expect(parseSeriesCsv(lines(10_000, (v) => `${v}`).join('\n')).values.length).toBe(10_000);
  });
});

describe('parseSeriesCsv refuses', () => {
  const withRow = (row: number, line: string): string =>
    ['date,temp', ...lines(40, (v, i) => (i === row ? line : `${date(i)},${v}`))].join('\n');

  it('a cell that is not a number, naming the line as the file numbers it', () => {
    // Data row 4 is line 7: the header is line 1, and the blank line 2 counts.
    const text = withRow(4, '2020-05,abc').replace('\n', '\n\n');
    expect(() => parseSeriesCsv(text, 'temp')).toThrow('Line 7, column "temp": "abc" is not a number.'); // prettier-ignore
    expect(() => parseSeriesCsv(text)).toThrow('Line 7, column "temp": "abc" is not a number.');
    expect(() => parseSeriesCsv(withRow(3, '2020-04,Infinity'))).toThrow('Line 5, column "temp": "Infinity" is not a number.'); // prettier-ignore
    expect(() => parseSeriesCsv(withRow(3, '2020-04,0x1F'))).toThrow('"0x1F" is not a number');
    const noHeader = lines(40, (v, i) => (i === 9 ? `x,1,${'y'.repeat(40)}` : `x,1,${v}`));
    expect(() => parseSeriesCsv(noHeader.join('\n'), '3')).toThrow(
      `Line 10, column 3: "${'y'.repeat(29)}…" is not a number.`,
    );
  });

  it('a decimal comma, saying so', () => {
    const semi = ['date;temp', ...lines(40, (v, i) => `${date(i)};${String(v).replace('.', ',')}`)];
    expect(() => parseSeriesCsv(semi.join('\n'))).toThrow(
      'Line 2, column "temp": "0,5" is not a number: it has a decimal comma, write 0.5 with a point.',
    );
    // A first line with both semicolons and commas is split at the semicolons.
    const noHeader = lines(40, (v, i) => `${date(i)};${String(v).replace('.', ',')}`);
    expect(() => parseSeriesCsv(noHeader.join('\n'))).toThrow(
      'Line 1, column 2: "0,5" is not a number: it has a decimal comma, write 0.5 with a point.',
    );
    const oneColumn = ['temp', '3,5', ...lines(40, (v) => `${v}`)].join('\n');
    expect(() => parseSeriesCsv(oneColumn)).toThrow('Line 2, column "temp": "3,5" is not a number: it has a decimal comma'); // prettier-ignore
  });

  it('a missing or empty cell', () => {
    expect(() => parseSeriesCsv(withRow(2, '2020-03'))).toThrow(
      'Line 4, column "temp" is missing: the line has 1 cell.',
    );
    expect(() => parseSeriesCsv(withRow(2, '2020-03,'))).toThrow(
      'Line 4, column "temp" is empty; every line needs a number.',
    );
    expect(() => parseSeriesCsv(withRow(2, '2020-03,  ""  '))).toThrow('Line 4, column "temp" is empty'); // prettier-ignore
  });

  it('a column that is not there, listing those that are', () => {
    const text = withRow(0, '2020-01,1');
    expect(() => parseSeriesCsv(text, 'rain')).toThrow(
      'The file has no column "rain"; its columns are "date", "temp".',
    );
    expect(() => parseSeriesCsv(text, '3')).toThrow(
      'The file has 2 columns, so there is no column 3; choose a number from 1 to 2.',
    );
    expect(() => parseSeriesCsv(text, '0')).toThrow('there is no column 0');
    const noHeader = lines(40, (v) => `${v}`).join('\n');
    expect(() => parseSeriesCsv(noHeader, 'temp')).toThrow(
      'The file has no header row, so a column is chosen by its number (1 to 1), not by a name like "temp".',
    );
    expect(() => parseSeriesCsv('a,b\nx,y\nz,w')).toThrow(
      'No column of the file holds numbers; a series needs one column with a number on every line.',
    );
  });

  it('too many or too few values', () => {
    const many = ['level', ...lines(10_001, (v) => `${v}`)].join('\n');
    expect(() => parseSeriesCsv(many)).toThrow(
      'The column "level" has 10,001 values; an imported series may have at most 10,000.',
    );
    expect(() => parseSeriesCsv(lines(39, (v) => `${v}`).join('\n'))).toThrow(
      'Column 1 has 39 values; a series needs at least 40.',
    );
    expect(() => parseSeriesCsv('t\n1\n2')).toThrow('The column "t" has 2 values; a series needs at least 40.'); // prettier-ignore
    expect(() => parseSeriesCsv('date,temp\n')).toThrow(
      'The file has a header row and no values below it; a series needs at least 40.',
    );
  });

  it('an empty file and a text too long to read', () => {
    expect(() => parseSeriesCsv('')).toThrow('The file is empty.');
    expect(() => parseSeriesCsv(' \r\n\n\t\n')).toThrow('The file is empty.');
    expect(() => parseSeriesCsv(',,\n , \n"",""')).toThrow('The file is empty.');
    const long = '1\n'.repeat(SERIES_CSV_MAX_CHARS / 2) + 'x';
    expect(long.length).toBe(2_000_001);
    expect(() => parseSeriesCsv(long)).toThrow(
      'The file has 2,000,001 characters; at most 2,000,000 can be imported.',
    );
  });
});
