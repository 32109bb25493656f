// formatCount against the browser's own en-US grouping, for whole numbers of every length.
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/experiment/formatCount';

describe('formatCount', () => {
  it('groups thousands as toLocaleString("en-US") does', () => {
    for (const n of [
      0,
      1,
      12,
      999,
      1000,
      4800,
      12345,
      999999,
      1000000,
      1234567890,
      -1,
      -1234,
      2 ** 40,
    ])
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
  it('leaves numbers that are not whole as they are', () => {
    expect(formatCount(1.5)).toBe('1.5');
    expect(formatCount(Number.NaN)).toBe('NaN');
  });
});
