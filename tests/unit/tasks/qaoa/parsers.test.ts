import { describe, expect, it } from 'vitest';
import { parseQuboText } from '../../../../src/experiment/tasks/qaoa/quboText';
import {
  meanAndCovariance,
  parseReturnsCsv,
} from '../../../../src/experiment/tasks/qaoa/returnsCsv';
import { costVector, isingFromQubo, isingFromZTerms } from '../../../../workers/tasks/qaoa/ising';

const TOL = 1e-12;

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}
function message(r: { ok: true } | { ok: false; message: string }): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
}

/** xᵀQx + c by plain enumeration of the parsed QUBO (no Ising). */
function quboValue(
  r: { offset: number; linear: number[]; quadratic: { i: number; j: number; w: number }[] },
  bits: number,
): number {
  const x = (i: number): number => (bits >>> i) & 1;
  let v = r.offset;
  r.linear.forEach((a, i) => (v += a * x(i)));
  for (const { i, j, w } of r.quadratic) v += w * x(i) * x(j);
  return v;
}

describe('parseQuboText: matrix', () => {
  it('reads a symmetric matrix with mixed separators and a unicode minus', () => {
    const r = ok(parseQuboText('1, −2; 0\n-2 3 1\n0,1,−4'));
    expect(r.form).toBe('matrix');
    expect(r.n).toBe(3);
    expect(r.offset).toBe(0);
    expect(r.linear).toEqual([1, 3, -4]);
    expect(r.quadratic).toEqual([
      { i: 0, j: 1, w: -4 },
      { i: 1, j: 2, w: 2 },
    ]);
  });

  it('adds Q_ij and Q_ji, so an upper triangular matrix gives the same problem', () => {
    const full = ok(parseQuboText('2 1.5\n1.5 -1'));
    const upper = ok(parseQuboText('[[2, 3],\n [0, -1]]'));
    expect(upper.linear).toEqual(full.linear);
    expect(upper.quadratic).toEqual(full.quadratic);
  });

  it('names the line and column of a bad number, and refuses non-square matrices', () => {
    expect(message(parseQuboText('1 2\n3 4a'))).toBe('Line 2, column 3: "4a" is not a number.');
    expect(message(parseQuboText('1 2 3 4\n5 6 7\n1 2 3 4\n1 2 3 4'))).toBe(
      'Line 2 has 3 numbers; line 1 has 4: a QUBO matrix must be square.',
    );
    expect(message(parseQuboText('1 2 3\n4 5 6'))).toContain('2 rows of 3 numbers');
    expect(message(parseQuboText('   \n '))).toContain('empty');
    const big = Array.from({ length: 21 }, () => Array(21).fill('0').join(' ')).join('\n');
    expect(message(parseQuboText(big))).toBe('The matrix is 21 × 21; at most 20 qubits.');
  });
});

describe('parseQuboText: QUBO terms', () => {
  it('reads terms with *, a unicode minus, x·x = x and merges repeats', () => {
    const r = ok(parseQuboText('3 x0 x1 − 2 x2 + 1 + x1*x0 + 2 x2 x2 - 0.5*x1'));
    expect(r.form).toBe('qubo');
    expect(r.n).toBe(3);
    expect(r.offset).toBe(1);
    expect(r.linear).toEqual([0, -0.5, 0]);
    expect(r.quadratic).toEqual([{ i: 0, j: 1, w: 4 }]);
  });

  it('gives the same energies as the equivalent matrix', () => {
    const matrix = ok(parseQuboText('1 -2 0 0.5\n0 3 1 0\n0 0 -4 2\n0 0 0 0.25'));
    const terms = ok(
      parseQuboText('x0 - 2 x0 x1 + 0.5 x0 x3 + 3 x1 + x1 x2 - 4 x2 + 2 x2 x3 + 0.25 x3'),
    );
    const a = costVector(isingFromQubo(4, matrix.offset, matrix.linear, matrix.quadratic));
    const b = costVector(isingFromQubo(4, terms.offset, terms.linear, terms.quadratic));
    for (let x = 0; x < 16; x++) {
      expect(a[x]).toBeCloseTo(b[x]!, 12);
      expect(a[x]).toBeCloseTo(quboValue(matrix, x), 12);
    }
  });

  it('names the term in its messages', () => {
    expect(message(parseQuboText('x0 + 2 x1 + x21'))).toBe(
      "Term 3 'x21' uses qubit 21; at most 20 qubits.",
    );
    expect(message(parseQuboText('x0 x1 x2'))).toBe(
      "Term 1 'x0 x1 x2' multiplies 3 different qubits; a term may have at most two.",
    );
    expect(message(parseQuboText('x0 + y1'))).toContain('Term 2 \'y1\' uses "y"');
    expect(message(parseQuboText('x0 + x'))).toContain(
      'Term 2 \'x\' has "x" without a qubit number',
    );
    expect(message(parseQuboText('x0 x1 2'))).toContain('number after a variable');
    expect(message(parseQuboText('x0 + * x1'))).toContain('"*"');
    expect(message(parseQuboText('x0 +'))).toContain('ends with a sign');
    expect(message(parseQuboText('x0 + 3 x1 ? 2'))).toContain('Term 2 \'3 x1 ? 2\' has "?"');
  });

  it('forbids mixing x and Z, within a term or across terms', () => {
    expect(message(parseQuboText('x0 Z1'))).toContain('mixes x and Z');
    expect(message(parseQuboText('x0 + Z1'))).toBe(
      "Term 2 'Z1' uses Z but earlier terms use x: write the whole problem in x (0 or 1) or in Z (spins ±1).",
    );
  });
});

describe('parseQuboText: Ising terms', () => {
  it('reads Z terms as Ising coefficients; Z·Z = 1', () => {
    const r = ok(parseQuboText('0.5 Z0 Z1 − Z2 + 1 + 2 Z1 Z1'));
    expect(r.form).toBe('ising');
    expect(r.n).toBe(3);
    expect(r.offset).toBe(3);
    expect(r.linear).toEqual([0, 0, -1]);
    expect(r.quadratic).toEqual([{ i: 0, j: 1, w: 0.5 }]);
    const e = costVector(isingFromZTerms(r.n, r.offset, r.linear, r.quadratic));
    for (let x = 0; x < 8; x++) {
      const z = (i: number): number => 1 - 2 * ((x >>> i) & 1);
      expect(e[x]).toBeCloseTo(3 + 0.5 * z(0) * z(1) - z(2), 12);
    }
  });

  it('an Ising written in x gives the same energies as the same Ising in Z', () => {
    // Z_i = 1 − 2x_i: 0.5 Z0 Z1 − Z2 = 0.5 − x0 − x1 + 2 x0 x1 − 1 + 2 x2.
    const z = ok(parseQuboText('0.5 Z0 Z1 - Z2'));
    const x = ok(parseQuboText('0.5 - x0 - x1 + 2 x0 x1 - 1 + 2 x2'));
    const a = costVector(isingFromZTerms(3, z.offset, z.linear, z.quadratic));
    const b = costVector(isingFromQubo(3, x.offset, x.linear, x.quadratic));
    for (let k = 0; k < 8; k++) expect(a[k]).toBeCloseTo(b[k]!, 12);
  });
});

describe('parseReturnsCsv', () => {
  it('reads a header and rows, with commas', () => {
    const r = ok(parseReturnsCsv('Gold,Oil,Tech\n0.01,0.02,-0.01\n0.03,0,0.02\n-0.01,0.01,0.05\n'));
    expect(r.names).toEqual(['Gold', 'Oil', 'Tech']);
    expect(r.rows).toEqual([
      [0.01, 0.02, -0.01],
      [0.03, 0, 0.02],
      [-0.01, 0.01, 0.05],
    ]);
  });

  it('reads semicolons with decimal commas, tabs, and no header', () => {
    const semi = ok(parseReturnsCsv('0,01;0,02\n0,03;0\n\n-0,01;0,01'));
    expect(semi.names).toEqual(['A1', 'A2']);
    expect(semi.rows[2]).toEqual([-0.01, 0.01]);
    const tab = ok(parseReturnsCsv('"a"\t"b"\n1\t2\n3\t4\n5\t6'));
    expect(tab.names).toEqual(['a', 'b']);
    expect(tab.rows).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
  });

  it('names line and column in its refusals', () => {
    expect(message(parseReturnsCsv('a,b\n1,2\n3,x\n5,6'))).toBe(
      'Line 3, column 2: "x" is not a number.',
    );
    expect(message(parseReturnsCsv('a,b\n1,2\n3\n5,6'))).toBe(
      'Line 3 has 1 value; line 1 has 2: every row needs one value per asset.',
    );
    expect(message(parseReturnsCsv('a,b\n1,2\n3,\n5,6'))).toBe('Line 3, column 2 is empty.');
    expect(message(parseReturnsCsv('a,b\n1,2\n3,1.2%\n5,6'))).toContain('0.012');
    expect(message(parseReturnsCsv('a\n1\n2\n3'))).toContain('2 to 16 assets');
    expect(message(parseReturnsCsv('a,b\n1,2\n3,4'))).toContain('at least 3 periods');
    expect(message(parseReturnsCsv(''))).toContain('empty');
    const wide = Array.from({ length: 17 }, (_, k) => k).join(',');
    expect(message(parseReturnsCsv(`${wide}\n${wide}\n${wide}`))).toContain('17 columns');
  });
});

describe('meanAndCovariance', () => {
  it('matches hand-computed sample mean and covariance (n − 1)', () => {
    // Columns (1, 2, 3) and (2, 4, 9): means 2 and 5; deviations (−1, 0, 1) and (−3, −1, 4).
    const { mu, cov } = meanAndCovariance([
      [1, 2],
      [2, 4],
      [3, 9],
    ]);
    expect(mu[0]).toBeCloseTo(2, 12);
    expect(mu[1]).toBeCloseTo(5, 12);
    expect(cov[0]![0]).toBeCloseTo(1, 12); // (1 + 0 + 1)/2
    expect(cov[1]![1]).toBeCloseTo(13, 12); // (9 + 1 + 16)/2
    expect(cov[0]![1]).toBeCloseTo(3.5, 12); // (3 + 0 + 4)/2
    expect(Math.abs(cov[1]![0]! - cov[0]![1]!)).toBeLessThan(TOL);
  });
});
