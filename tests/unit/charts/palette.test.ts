// The model colours read on the chart's white background and apart from each other.
import { describe, expect, it } from 'vitest';
import { CLASSICAL, IDEAL, QUANTUM } from '../../../src/charts/palette';

/** WCAG relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(n >> 16) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the ideal twin’s colour', () => {
  it('has the 3:1 a line needs against the white chart', () => {
    expect(contrast(IDEAL, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
  it('differs from the noisy model’s purple in lightness (seen in grey, under any deficiency)', () => {
    expect(contrast(IDEAL, QUANTUM)).toBeGreaterThanOrEqual(1.8);
  });
  it('is another colour than the classical model’s', () => {
    expect(IDEAL).not.toBe(CLASSICAL);
    expect(IDEAL).not.toBe(QUANTUM);
  });
});
