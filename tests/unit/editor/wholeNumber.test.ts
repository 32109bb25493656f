// What a draft number box accepts as typed: whole numbers only, with a reason otherwise.
import { describe, expect, it } from 'vitest';
import { wholeNumber } from '../../../src/editor/wholeNumber';

describe('wholeNumber', () => {
  it('reads whole numbers, spaces around them allowed', () => {
    expect(wholeNumber(' 12 ', 'a count')).toBe(12);
    expect(wholeNumber('0', 'a count')).toBe(0);
  });

  it('says what to type otherwise', () => {
    expect(wholeNumber('', 'a count from 1 to 20')).toBe('Type a count from 1 to 20.');
    expect(wholeNumber('2.5', 'a count')).toBe('"2.5" is not a whole number; type a count.');
    expect(wholeNumber('1e2', 'a count')).toMatch(/not a whole number/);
  });
});
