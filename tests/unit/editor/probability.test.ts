// What the channel probability box accepts as typed, and how it writes a probability back.
import { describe, expect, it } from 'vitest';
import { probability, probabilityText } from '../../../src/editor/probability';

const WHAT = 'a probability from 0 to 1';

describe('probability', () => {
  it('reads decimals from 0 to 1, with a point or a comma, or a percentage', () => {
    expect(probability(' 0.25 ', WHAT)).toBe(0.25);
    expect(probability('.5', WHAT)).toBe(0.5);
    expect(probability('0,25', WHAT)).toBe(0.25);
    expect(probability('25%', WHAT)).toBe(0.25);
    expect(probability('1e-3', WHAT)).toBe(0.001);
    expect(probability('0', WHAT)).toBe(0);
    expect(probability('1', WHAT)).toBe(1);
  });

  it('says what to type otherwise', () => {
    expect(probability('', WHAT)).toBe('Type a probability from 0 to 1.');
    expect(probability('0.2x', WHAT)).toBe(
      '"0.2x" is not a number; type a probability from 0 to 1.',
    );
    expect(probability('0x1', WHAT)).toMatch(/not a number/);
    expect(probability('-0.1', WHAT)).toBe(
      'A probability cannot be negative; type a probability from 0 to 1.',
    );
    expect(probability('25', WHAT)).toBe(
      '25 is more than 1 (25 % is 0.25); type a probability from 0 to 1.',
    );
    expect(probability('150%', WHAT)).toBe('150% is more than 1; type a probability from 0 to 1.');
  });

  it('writes two decimals at least, and every digit a probability has', () => {
    expect(probabilityText(0.1)).toBe('0.10');
    expect(probabilityText(0)).toBe('0.00');
    expect(probabilityText(0.000525)).toBe('0.000525');
    expect(probabilityText(0.125)).toBe('0.125');
  });
});
