// parseBenchmarkCsv: what it reads from a student's CSV file, and every sentence it refuses with.
import { describe, expect, it } from 'vitest';
import {
  CSV_LIMITS,
  parseBenchmarkCsv,
  type ParsedCsv,
} from '../../../../../src/experiment/tasks/benchmark/csvData';

/** The parsed data, failing the test with the parser's message if it refused. */
function read(text: string): ParsedCsv {
  const r = parseBenchmarkCsv(text);
  if (!r.ok) throw new Error(`refused: ${r.message}`);
  return r.data;
}

/** The parser's message, failing the test if it accepted. */
function refusal(text: string): string {
  const r = parseBenchmarkCsv(text);
  if (r.ok) throw new Error('accepted a file it should refuse');
  return r.message;
}

/** `n` lines made by `line(i)`, joined with `eol`. */
const lines = (n: number, line: (i: number) => string, eol = '\n'): string =>
  Array.from({ length: n }, (_, i) => line(i)).join(eol);

/** Ten data rows "i,2i,label" with labels alternating a and b (a first). */
const tenRows = (a: string, b: string, sep = ','): string =>
  lines(10, (i) => [i, 2 * i, i % 2 === 0 ? a : b].join(sep));

describe('parseBenchmarkCsv: reading', () => {
  it('finds a label column by name in the middle of the header and keeps x and y row-major', () => {
    const text =
      'age, Class ,height\n' +
      lines(10, (i) => `${i + 0.5},${i % 3 === 0 ? 'yes' : 'no'},${i - 10}`);
    const data = read(text);
    expect(data.d).toBe(2);
    expect(data.rows).toBe(10);
    expect(data.featureNames).toEqual(['age', 'height']);
    expect(data.labelName).toBe('Class');
    expect(data.classes).toEqual(['yes', 'no']);
    // Exact: the values are copied, not computed.
    expect(Array.from(data.x)).toEqual(
      Array.from({ length: 10 }, (_, i) => [i + 0.5, i - 10]).flat(),
    );
    expect(data.x).toBeInstanceOf(Float64Array);
    expect(data.y).toBeInstanceOf(Int8Array);
    expect(Array.from(data.y)).toEqual(
      Array.from({ length: 10 }, (_, i) => (i % 3 === 0 ? -1 : 1)),
    );
  });

  it('knows label, class, target and y as label names in that priority, any case', () => {
    const xyLabel = read('x,y,label\n' + lines(10, (i) => `${i},${i * 10},${i % 2}`));
    expect(xyLabel.featureNames).toEqual(['x', 'y']);
    expect(xyLabel.labelName).toBe('label');
    expect(read('TARGET,a,b\n' + lines(10, (i) => `${i % 2},${i},${i}`)).labelName).toBe('TARGET');
    const yFirst = read('Y,a,b\n' + lines(10, (i) => `${i % 2},${i},${i + 1}`));
    expect(yFirst.labelName).toBe('Y');
    expect(yFirst.featureNames).toEqual(['a', 'b']);
    expect(Array.from(yFirst.x.slice(0, 4))).toEqual([0, 1, 1, 2]);
    expect(read('class,target\n' + lines(10, (i) => `${i % 2},${i}`)).labelName).toBe('class');
  });

  it('takes the last column as the label when no header name matches', () => {
    const data = read('a,b,outcome\n' + tenRows('0', '1'));
    expect(data.labelName).toBe('outcome');
    expect(data.featureNames).toEqual(['a', 'b']);
  });

  it('reads a file without a header: every line is data, features x1, x2, …', () => {
    const data = read(lines(12, (i) => `${i},${i / 4},${-i},${i % 2}`));
    expect(data.rows).toBe(12);
    expect(data.d).toBe(3);
    expect(data.featureNames).toEqual(['x1', 'x2', 'x3']);
    expect(data.labelName).toBe('label');
    expect(data.classes).toEqual(['0', '1']);
    expect(Array.from(data.x.slice(0, 6))).toEqual([0, 0, 0, 1, 0.25, -1]);
    expect(Array.from(data.y)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? 1 : -1)));
  });

  it('reads a file without a header whose labels are words', () => {
    const data = read(tenRows('cat', 'dog'));
    expect(data.rows).toBe(10);
    expect(data.featureNames).toEqual(['x1', 'x2']);
    expect(data.classes).toEqual(['cat', 'dog']);
    expect(Array.from(data.x.slice(0, 4))).toEqual([0, 0, 1, 2]);
  });

  it('treats a first line with a word among numbers as a header', () => {
    const data = read('1,2,kind\n' + tenRows('p', 'q'));
    expect(data.rows).toBe(10);
    expect(data.featureNames).toEqual(['1', '2']);
    expect(data.labelName).toBe('kind');
  });

  it('compares numeric labels as numbers: 1 and 1.0 are one class, the smaller is −1', () => {
    const labels = ['2', '1.0', '1', '2.00', '1', '2', '1e0', '2', '1', '2'];
    const data = read(lines(10, (i) => `${i},${labels[i]}`));
    expect(data.classes).toEqual(['1.0', '2']);
    expect(Array.from(data.y)).toEqual([1, -1, -1, 1, -1, 1, -1, 1, -1, 1]);
    const pm = read(lines(10, (i) => `${i},${i % 2 ? '-1' : '+1'}`));
    expect(pm.classes).toEqual(['-1', '+1']);
    expect(pm.y[0]).toBe(1);
  });

  it('maps word labels in the order first seen', () => {
    const data = read('f,label\n' + lines(10, (i) => `${i},${i < 3 ? 'no' : 'yes'}`));
    expect(data.classes).toEqual(['no', 'yes']);
    expect(Array.from(data.y)).toEqual([-1, -1, -1, 1, 1, 1, 1, 1, 1, 1]);
    // Mixed words and numbers are compared as text: "10" and "10.0" differ.
    expect(refusal('f,label\n' + lines(10, (i) => `${i},${['10', '10.0', 'x'][i % 3]}`))).toBe(
      'The label column “label” has 3 values (10, 10.0, x): the benchmark compares two classes.',
    );
  });

  it('accepts semicolons and tabs when the first line has no comma', () => {
    const semi = read('a;b;label\n' + tenRows('u', 'v', ';'));
    expect(semi.featureNames).toEqual(['a', 'b']);
    expect(Array.from(semi.x.slice(0, 4))).toEqual([0, 0, 1, 2]);
    const tab = read('a\tb\tlabel\n' + tenRows('u', 'v', '\t'));
    expect(tab.featureNames).toEqual(['a', 'b']);
    expect(tab.classes).toEqual(['u', 'v']);
    expect(Array.from(tab.x.slice(0, 4))).toEqual([0, 0, 1, 2]);
    // A comma inside quotes does not make the file comma-separated.
    expect(read('"a, b";c;label\n' + tenRows('u', 'v', ';')).featureNames).toEqual(['a, b', 'c']);
    // With a comma on the first line, semicolons are text.
    expect(refusal('a,b;c\n' + tenRows('u', 'v', ';'))).toBe(
      'Row 2 has 1 field; the first row has 2.',
    );
  });

  it('reads quoted fields, with "" for a quote inside', () => {
    const text =
      '"weight, kg", "height" ,"the ""label"""\n' +
      lines(10, (i) => `"${i}.5", ${i} ,"${i % 2 ? 'say ""hi""' : 'a, b'}"`);
    const data = read(text);
    expect(data.featureNames).toEqual(['weight, kg', 'height']);
    expect(data.labelName).toBe('the "label"');
    expect(data.classes).toEqual(['a, b', 'say "hi"']);
    expect(Array.from(data.x.slice(0, 4))).toEqual([0.5, 0, 1.5, 1]);
    expect(refusal('a,label\n1,"yes\n' + tenRows('u', 'v'))).toBe(
      'Row 2 has a quote (") that is not closed; a quoted value must end on the same line.',
    );
  });

  it('trims spaces around fields', () => {
    const data = read(
      ' a ,  b  , label \n' + lines(10, (i) => `  ${i} , ${i}  ,  ${i % 2 ? 'y' : 'n'}  `),
    );
    expect(data.featureNames).toEqual(['a', 'b']);
    expect(data.labelName).toBe('label');
    expect(data.classes).toEqual(['n', 'y']);
    expect(data.x[2]).toBe(1);
  });

  it('reads CRLF line ends and drops a byte-order mark', () => {
    const crlf = read(
      lines(11, (i) => (i === 0 ? 'a,b,label' : `${i},${i},${i % 2 ? 'p' : 'q'}`), '\r\n') + '\r\n',
    );
    expect(crlf.rows).toBe(10);
    expect(crlf.labelName).toBe('label');
    expect(crlf.classes).toEqual(['p', 'q']);
    const bom = read('\uFEFFage,label\n' + lines(10, (i) => `${i},${i % 2}`));
    expect(bom.featureNames).toEqual(['age']);
    // Without dropping it, "\uFEFF1" is not a number.
    expect(read('\uFEFF' + tenRows('0', '1')).rows).toBe(10);
  });

  it('ignores blank lines and spreadsheet empty rows but counts them in row numbers', () => {
    const text = '\n  \nf,g,label\n\n' + tenRows('a', 'b') + '\n,,\n\n';
    const data = read(text);
    expect(data.rows).toBe(10);
    expect(data.featureNames).toEqual(['f', 'g']);
    // Line 1 blank, 2 spaces, 3 header, 4 blank, 5.. data: the 8th line is the 4th data row.
    const bad = text.split('\n');
    bad[7] = '3,six,b';
    expect(refusal(bad.join('\n'))).toBe('Row 8, column 2 (“g”): “six” is not a number.');
    const crlf =
      '\r\nf,g,label\r\n\r\n' + lines(10, (i) => (i === 5 ? '1,2' : `${i},${i},${i % 2}`), '\r\n');
    expect(refusal(crlf)).toBe('Row 9 has 2 fields; the first row has 3.');
  });
});

describe('parseBenchmarkCsv: refusals', () => {
  it('refuses a file over maxChars before parsing, with grouped numbers', () => {
    expect(refusal('x'.repeat(250_000))).toBe(
      'The file has 250,000 characters; an experiment keeps at most 200,000 in its link. Use fewer rows or round the numbers.',
    );
    expect(refusal('"'.repeat(200_001))).toMatch(/^The file has 200,001 characters;/);
    // Exactly at the limit is read (the padding is blank lines).
    const data = tenRows('a', 'b') + '\n';
    expect(read(data.padEnd(CSV_LIMITS.maxChars, '\n')).rows).toBe(10);
  });

  it('refuses an empty file', () => {
    for (const text of ['', '\n\n', '  \r\n\t\r\n', '\uFEFF', ',,\n ,  ,'])
      expect(refusal(text)).toBe('The file is empty.');
  });

  it('refuses a label with one value, or with more than two', () => {
    expect(refusal('a,class\n' + lines(10, (i) => `${i},yes`))).toBe(
      'The label column “class” has only one value (“yes”): a classifier needs two.',
    );
    expect(refusal(lines(10, (i) => `${i},${i % 2 ? '1' : '1.0'}`))).toBe(
      'The label column “label” has only one value (“1.0”): a classifier needs two.',
    );
    expect(refusal('a,class\n' + lines(10, (i) => `${i},${'abc'[i % 3]}`))).toBe(
      'The label column “class” has 3 values (a, b, c): the benchmark compares two classes.',
    );
    expect(refusal('a,class\n' + lines(10, (i) => `${i},${i}`))).toBe(
      'The label column “class” has 10 values (0, 1, 2, 3, 4 …): the benchmark compares two classes.',
    );
  });

  it('refuses a feature that is not a finite number, naming row and column', () => {
    const withValue = (v: string, sep = ','): string =>
      ['age', 'score', 'label'].join(sep) +
      '\n' +
      lines(10, (i) => [i, i === 4 ? v : i, i % 2].join(sep));
    for (const v of ['abc', 'NaN', 'inf', 'Infinity', '-Infinity', '1e999', '1..2', '--1'])
      expect(refusal(withValue(v))).toBe(`Row 6, column 2 (“score”): “${v}” is not a number.`);
    expect(refusal(withValue('1,5', ';'))).toBe(
      'Row 6, column 2 (“score”): “1,5” is not a number.',
    );
    expect(refusal(withValue(''))).toBe(
      'Row 6, column 2 (“score”) is empty; every feature needs a number.',
    );
    expect(refusal(withValue('""'))).toBe(
      'Row 6, column 2 (“score”) is empty; every feature needs a number.',
    );
    for (const [v, n] of [
      ['1e-3', 0.001],
      ['-0.5', -0.5],
      ['.5', 0.5],
      ['+2', 2],
      ['"7"', 7],
    ] as const)
      expect(read(withValue(v)).x[4 * 2 + 1]).toBe(n);
    // Without a header the column is named by its feature.
    expect(refusal(lines(10, (i) => `${i},${i === 9 ? 'x' : i},0,${i % 2}`))).toBe(
      'Row 10, column 2 (“x2”): “x” is not a number.',
    );
    // The column number counts the label column too.
    expect(refusal('label,a,b\n' + lines(10, (i) => `${i % 2},${i},${i ? i : '?'}`))).toBe(
      'Row 2, column 3 (“b”): “?” is not a number.',
    );
  });

  it('refuses an empty label', () => {
    expect(refusal('a,class\n' + lines(10, (i) => `${i},${i === 2 ? '' : i % 2}`))).toBe(
      'Row 4, column 2 (“class”) is empty; every row needs a label.',
    );
  });

  it('refuses a row with a different number of fields', () => {
    expect(
      refusal('a,b,c,d,label\n' + lines(10, (i) => (i === 5 ? '1,2,3,4' : `1,2,3,4,${i % 2}`))),
    ).toBe('Row 7 has 4 fields; the first row has 5.');
    expect(refusal(lines(10, (i) => (i === 3 ? '1,2,3,0' : `1,2,${i % 2}`)))).toBe(
      'Row 4 has 4 fields; the first row has 3.',
    );
  });

  it('refuses too few or too many rows', () => {
    expect(refusal('a,label\n' + lines(4, (i) => `${i},${i % 2}`))).toBe(
      'The file has 4 rows of data; the benchmark needs at least 10.',
    );
    expect(refusal('a,label\n0,1')).toBe(
      'The file has 1 row of data; the benchmark needs at least 10.',
    );
    expect(refusal('a,label')).toBe(
      'The file has 0 rows of data; the benchmark needs at least 10.',
    );
    expect(refusal(lines(CSV_LIMITS.minRows - 1, (i) => `${i},${i % 2}`))).toBe(
      'The file has 9 rows of data; the benchmark needs at least 10.',
    );
    expect(read(lines(CSV_LIMITS.minRows, (i) => `${i},${i % 2}`)).rows).toBe(10);
    const many = (n: number): string => 'a,label\n' + lines(n, (i) => `${i % 10},${i % 2}`);
    expect(read(many(CSV_LIMITS.maxRows)).rows).toBe(5000);
    expect(refusal(many(CSV_LIMITS.maxRows + 1))).toBe(
      'The file has 5,001 rows of data; the benchmark takes at most 5,000.',
    );
  });

  it('refuses too many feature columns, or none', () => {
    const wide = (d: number): string =>
      lines(10, (i) => [...Array.from({ length: d }, (_, k) => i + k), i % 2].join(','));
    expect(read(wide(CSV_LIMITS.maxFeatures)).d).toBe(16);
    expect(refusal(wide(20))).toBe(
      'The file has 20 feature columns; the benchmark takes at most 16.',
    );
    expect(refusal(wide(17))).toBe(
      'The file has 17 feature columns; the benchmark takes at most 16.',
    );
    expect(refusal('class\n' + lines(10, (i) => `${i % 2}`))).toBe(
      'The file has one column only (“class”); the benchmark needs feature columns besides the label, separated by commas.',
    );
  });
});
