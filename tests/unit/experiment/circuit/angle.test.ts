// The angle expression parser (accepted expressions with their values, rejections with reasons)
// and the display format, including that a formatted multiple of π parses back to itself.
import { describe, expect, it } from 'vitest';
import { formatAngle, parseAngle } from '../../../../src/experiment/circuit';

const PI = Math.PI;

describe('parseAngle accepts', () => {
  it.each([
    ['0', 0],
    ['0.5', 0.5],
    ['.25', 0.25],
    ['3.', 3],
    ['1e-3', 1e-3],
    ['2.5E+2', 250],
    ['pi', PI],
    ['PI', PI],
    ['π', PI],
    ['pi/4', PI / 4],
    ['-3*pi/8', (-3 * PI) / 8],
    ['-3pi/8', (-3 * PI) / 8],
    ['3pi', 3 * PI],
    ['2π', 2 * PI],
    ['2 π', 2 * PI],
    ['1/2pi', 1 / (2 * PI)],
    ['2(pi/3)', (2 * PI) / 3],
    ['(1)(2)', 2],
    ['pi(1+1)', 2 * PI],
    ['  pi / 2  ', PI / 2],
    ['1 - 2 - 3', -4],
    ['8/4/2', 1],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['--1', 1],
    ['+-2', -2],
    ['-(pi - 1)', 1 - PI],
    ['pi*pi', PI * PI],
    ['1000', 1000],
    ['-1000', -1000],
    ['-0', 0],
  ])('%s = %d', (text, value) => {
    const r = parseAngle(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      // 1e-12: a few floating-point operations on numbers below 1000.
      expect(Math.abs(r.value - value)).toBeLessThan(1e-12);
      expect(r.expr).toBe(text.trim());
    }
  });
});

describe('parseAngle rejects', () => {
  it.each([
    ['', 'Type an angle'],
    ['   ', 'Type an angle'],
    ['pi/x', "Unexpected 'x' at position 4"],
    ['3x', "Unexpected 'x' at position 2"],
    ['theta', "Unexpected 'theta' at position 1"],
    ['pix', "Unexpected 'pix' at position 1"],
    ['1 2', "Unexpected '2' at position 3"],
    ['2^3', "Unexpected '^' at position 2"],
    ['pi/', 'ends too early'],
    ['-', 'ends too early'],
    ['(pi', "The '(' at position 1 is never closed"],
    ['(pi 1)', "Unexpected '1' at position 5"],
    ['pi)', "Unexpected ')' at position 3"],
    ['*2', "Unexpected '*' at position 1"],
    ['1/0', 'not a finite number'],
    ['0/0', 'not a finite number'],
    ['1e400', 'not a finite number'],
    ['1001', 'between -1000 and 1000'],
    ['-400pi', 'between -1000 and 1000'],
    ['1+'.repeat(32) + '1', 'under 65 characters'],
    ['alert(1)', "Unexpected 'alert' at position 1"],
  ])('%j', (text, reason) => {
    const r = parseAngle(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('formatAngle', () => {
  it.each([
    [0, '0'],
    [PI, 'π'],
    [-PI, '-π'],
    [2 * PI, '2π'],
    [PI / 4, 'π/4'],
    [(-3 * PI) / 8, '-3π/8'],
    [(2 * PI) / 3, '2π/3'],
    [(5 * PI) / 6, '5π/6'],
    [PI / 2, 'π/2'],
    [PI / 12, 'π/12'],
    [0.5, '0.5'],
    [-1.25, '-1.25'],
    [1 / 3, '0.333333'],
    [1e-7, '1e-7'],
    [123.456789, '123.457'],
  ])('%d → %s', (value, text) => {
    expect(formatAngle(value)).toBe(text);
  });

  it('multiples of π/k parse back to the same value', () => {
    for (const d of [1, 2, 3, 4, 6, 8, 12, 16])
      for (let n = -20; n <= 20; n++) {
        const v = (n * PI) / d;
        const r = parseAngle(formatAngle(v));
        expect(r.ok).toBe(true);
        // 1e-12: one multiplication and one division of π.
        if (r.ok) expect(Math.abs(r.value - v)).toBeLessThan(1e-12);
      }
  });
});
