import { describe, expect, it } from 'vitest';
import { LABEL_METRICS, placeRefLabels, sameValue, spread } from '../../../src/charts/refLabels';
import type { RefLabelInput } from '../../../src/charts/refLabels';

const { gap, cap, descent } = LABEL_METRICS;
const TOL = 1e-9;
const H = 300;

const ref = (key: string, value: number, y: number, side: 'above' | 'below'): RefLabelInput => ({
  key,
  label: key,
  value,
  y,
  side,
});

/** No two label boxes (capitals to descenders) overlap. */
function apart(ys: readonly number[]) {
  const s = [...ys].sort((a, b) => a - b);
  for (let i = 1; i < s.length; i++)
    expect(s[i]! - s[i - 1]!).toBeGreaterThanOrEqual(cap + descent);
}

describe('placeRefLabels', () => {
  it('keeps the VQE layout: Exact below its line, Hartree–Fock above its own', () => {
    const out = placeRefLabels([ref('Exact', -1.137, 250, 'below'), ref('HF', -1.117, 150, 'above')], H); // prettier-ignore
    expect(out.map((l) => l.text)).toEqual(['Exact', 'HF']);
    expect(out[0]!.y).toBeCloseTo(250 + gap + cap, 9);
    expect(out[1]!.y).toBeCloseTo(150 - gap, 9);
  });

  it('flips a label to the other side of its line when the plot has no room on its side', () => {
    const [hf, exact] = placeRefLabels([ref('HF', 0, 10, 'above'), ref('Exact', -1, H - 5, 'below')], H); // prettier-ignore
    expect(hf!.y).toBeCloseTo(10 + gap + cap, 9);
    expect(exact!.y).toBeCloseTo(H - 5 - gap, 9);
  });

  it('keeps the preferred side when neither side fits', () => {
    const [only] = placeRefLabels([ref('A', 0, 20, 'above')], 30);
    expect(only!.y).toBeCloseTo(20 - gap, 9);
  });

  it('merges references of equal value into one label, named in the given order', () => {
    const out = placeRefLabels(
      [ref('Optimum', 10, 50, 'above'), ref('Simulated annealing', 10 + 1e-12, 50, 'above'), ref('Greedy search', 9, 120, 'above')], // prettier-ignore
      H,
    );
    expect(out.map((l) => l.text)).toEqual(['Optimum = Simulated annealing', 'Greedy search']);
    expect(out.map((l) => l.key)).toEqual(['Optimum', 'Greedy search']);
    expect(out[0]!.y).toBeCloseTo(50 - gap, 9);
    expect(out[1]!.y).toBeCloseTo(120 - gap, 9);
  });

  it('sends the lower of two close labels below its line instead of overprinting', () => {
    const [top, low] = placeRefLabels([ref('Optimum', 10, 100, 'above'), ref('SA', 9.9, 108, 'above')], H); // prettier-ignore
    expect(top!.y).toBeCloseTo(100 - gap, 9);
    expect(low!.y).toBeCloseTo(108 + gap + cap, 9);
    apart([top!.y, low!.y]);
  });

  it('pushes apart labels of lines too close for any choice of sides, in the order of the lines', () => {
    const out = placeRefLabels(
      [ref('Optimum', -0.0412, 260, 'below'), ref('SA', -0.0409, 257, 'below'), ref('Greedy', -0.0405, 253, 'below')], // prettier-ignore
      H,
    );
    apart(out.map((l) => l.y));
    const y = Object.fromEntries(out.map((l) => [l.key, l.y]));
    expect(y.Greedy!).toBeLessThan(y.SA!);
    expect(y.SA!).toBeLessThan(y.Optimum!);
    for (const l of out) {
      expect(l.y - cap).toBeGreaterThanOrEqual(-TOL);
      expect(l.y).toBeLessThanOrEqual(H - 2 + TOL);
    }
  });

  it('leaves out references without a finite value or position', () => {
    const out = placeRefLabels([ref('A', Number.NaN, 10, 'above'), ref('B', 1, Number.NaN, 'above')], H); // prettier-ignore
    expect(out).toEqual([]);
  });
});

describe('sameValue', () => {
  it('is equality up to rounding, relative to the size of the values', () => {
    expect(sameValue(10, 10 + 1e-12)).toBe(true);
    expect(sameValue(0, 1e-12)).toBe(true);
    expect(sameValue(1e6, 1e6 + 1e-4)).toBe(true);
    expect(sameValue(10, 10.001)).toBe(false);
    expect(sameValue(-0.0412, -0.0409)).toBe(false);
  });
});

describe('spread', () => {
  it('leaves positions already far enough apart where they are', () => {
    expect(spread([10, 50, 30], 15, 0, 100)).toEqual([10, 50, 30]);
  });

  it('centres a cluster on what its members want, keeping their order', () => {
    const out = spread([50, 52, 48], 10, 0, 100);
    expect(out[2]).toBeCloseTo(40, 9);
    expect(out[0]).toBeCloseTo(50, 9);
    expect(out[1]).toBeCloseTo(60, 9);
  });

  it('stays within bounds when there is room, and merges clusters that meet after moving', () => {
    const out = spread([98, 99, 80], 10, 0, 100);
    expect(out).toEqual([90, 100, 80]);
    const crowded = spread([1, 2, 3, 4], 10, 0, 25);
    expect(crowded[0]).toBe(0);
    expect(crowded[3]).toBe(30);
  });
});
