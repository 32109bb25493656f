import { describe, expect, it } from 'vitest';
import { formatHa, formatMilliHa, formatSigned } from '../../../../src/tasks/vqe/energyFormat';

describe('formatHa', () => {
  it('writes hartree with six decimals and a true minus sign', () => {
    expect(formatHa(-1.137306)).toBe('\u22121.137306 Ha');
    expect(formatHa(-1.1373064)).toBe('\u22121.137306 Ha');
    expect(formatHa(0.5)).toBe('0.500000 Ha');
    expect(formatHa(-0.93, 2)).toBe('\u22120.93 Ha');
    expect(formatHa(-1.137306)).not.toContain('-');
  });

  it('gives no sign to a value that rounds to zero, and a dash to a non-finite one', () => {
    expect(formatHa(-1e-9)).toBe('0.000000 Ha');
    expect(formatHa(Number.NaN)).toBe('–');
    expect(formatMilliHa(Infinity)).toBe('–');
  });
});

describe('formatMilliHa', () => {
  it('writes a difference given in hartree in millihartree', () => {
    expect(formatMilliHa(0.0016)).toBe('1.600 mHa');
    expect(formatMilliHa(0)).toBe('0.000 mHa');
    expect(formatMilliHa(0.0000123, 4)).toBe('0.0123 mHa');
    expect(formatMilliHa(-0.02031)).toBe('\u221220.310 mHa');
  });

  it('agrees with the value it writes to within half the last decimal', () => {
    for (const e of [0.00012345, 0.0015999, 0.0203067, 0.3])
      expect(Math.abs(Number(formatMilliHa(e).split(' ')[0]) - e * 1000)).toBeLessThanOrEqual(5e-4 + 1e-12); // prettier-ignore
  });
});

describe('formatSigned', () => {
  it('keeps the decimals asked for', () => {
    expect(formatSigned(-0.12345678, 8)).toBe('\u22120.12345678');
    expect(formatSigned(0.742, 3)).toBe('0.742');
  });
});
