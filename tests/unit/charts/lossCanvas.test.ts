// The loss chart's canvas layer, painted onto a recording fake: the ideal twin's lines, diamonds
// and end markers appear exactly when the reports carry the twin.
import { describe, expect, it } from 'vitest';
import { paintEnds, paintLines, seriesValues } from '../../../src/charts/lossCanvas';
import type { Painter } from '../../../src/charts/lossCanvas';
import { hasIdeal, modelsOf, seriesOf } from '../../../src/charts/lossSeries';
import { CLASSICAL, IDEAL, QUANTUM } from '../../../src/charts/palette';
import type { EpochPoint, ModelMetrics } from '../../../src/charts/types';

/** What one stroke drew: its colour, dash, width, and the path's points and closed shapes. */
interface Stroke {
  color: string;
  dash: number[];
  width: number;
  points: [number, number][];
  closed: number;
  arcs: number;
}

/** A painter that records each stroke with the path it stroked. */
function recorder(): Painter & { strokes: Stroke[] } {
  let dash: number[] = [];
  let path: Omit<Stroke, 'color' | 'dash' | 'width'> = { points: [], closed: 0, arcs: 0 };
  const strokes: Stroke[] = [];
  const noop = (): void => {};
  return {
    strokes,
    lineWidth: 1,
    strokeStyle: '#000000',
    fillStyle: '#000000',
    font: '',
    textAlign: 'left',
    beginPath: () => void (path = { points: [], closed: 0, arcs: 0 }),
    moveTo: (x: number, y: number) => void path.points.push([x, y]),
    lineTo: (x: number, y: number) => void path.points.push([x, y]),
    closePath: () => void (path.closed += 1),
    arc: () => void (path.arcs += 1),
    setLineDash: (d: number[]) => void (dash = [...d]),
    stroke() {
      strokes.push({ color: String(this.strokeStyle), dash, width: this.lineWidth, ...path });
    },
    fill: noop,
    strokeText: noop,
    fillText: noop,
  } as Painter & { strokes: Stroke[] };
}

const metrics = (acc: number): ModelMetrics => ({
  trainLoss: 1 - acc,
  testLoss: 1 - acc,
  trainAccuracy: acc,
  testAccuracy: acc - 0.1,
  ms: 1,
});

/** `n` epochs (x = 10 px each); under noise the twin's accuracy is 0.2 above the noisy one's. */
function history(n: number, noise: boolean): EpochPoint[] {
  return Array.from({ length: n }, (_, i) => {
    const acc = 0.5 + (0.2 * i) / n;
    const d: EpochPoint = { epoch: i + 1, quantum: metrics(acc), classical: metrics(acc + 0.05) };
    if (noise) d.ideal = metrics(acc + 0.2);
    return d;
  });
}

/** Paints the accuracy panel of `h` as the chart does (y: accuracy × 100 px, flipped). */
function paintAccuracy(h: EpochPoint[]): Stroke[] {
  const ctx = recorder();
  const series = seriesOf(modelsOf(hasIdeal(h)), 'accuracy');
  const xs = Float64Array.from(h, (d) => d.epoch * 10);
  const values = seriesValues(h, series);
  const y = (v: number): number => 100 - 100 * v;
  paintLines(ctx, xs, values, series, y, 400);
  paintEnds(ctx, xs, values, series, y);
  return ctx.strokes;
}

/** The strokes that drew lines (paths of many points, not markers). */
const lines = (strokes: Stroke[]): Stroke[] =>
  strokes.filter((s) => s.points.length > 4 && s.closed === 0);

describe('the accuracy panel on canvas', () => {
  it('without the twin: two models’ train (dashed) and test (solid) lines, no diamonds', () => {
    const strokes = paintAccuracy(history(30, false));
    const drawn = lines(strokes);
    expect(drawn.map((s) => s.color)).toEqual([CLASSICAL, CLASSICAL, QUANTUM, QUANTUM]);
    expect(drawn.map((s) => s.dash.length > 0)).toEqual([true, false, true, false]);
    expect(strokes.some((s) => s.color === IDEAL || s.closed > 0)).toBe(false);
    // One end dot per line.
    expect(strokes.filter((s) => s.arcs === 1)).toHaveLength(4);
  });

  it('with the twin: its train and test lines in its colour, at its own values', () => {
    const h = history(30, true);
    const drawn = lines(paintAccuracy(h));
    expect(drawn.map((s) => s.color)).toEqual([
      CLASSICAL,
      CLASSICAL,
      QUANTUM,
      QUANTUM,
      IDEAL,
      IDEAL,
    ]);
    const [train, test] = drawn.slice(4);
    expect(train!.dash.length).toBeGreaterThan(0);
    expect(test!.dash).toEqual([]);
    // The twin's test line passes through its test accuracies (1e-9 px).
    test!.points.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(h[i]!.epoch * 10, 9);
      expect(y).toBeCloseTo(100 - 100 * h[i]!.ideal!.testAccuracy, 9);
    });
  });

  it('with the twin: diamonds along its lines at least 44 px apart, and diamonds at their ends', () => {
    const strokes = paintAccuracy(history(30, true));
    const diamonds = strokes.filter((s) => s.closed === 1);
    expect(diamonds.every((d) => d.color === IDEAL || d.color === '#ffffff')).toBe(true);
    const testDiamonds = diamonds.filter((d) => d.color === '#ffffff').map((d) => d.points[0]![0]);
    // Test markers along the line (filled, white edge) plus the end one.
    expect(testDiamonds.length).toBeGreaterThanOrEqual(5);
    const along = testDiamonds.slice(0, -1);
    for (let i = 1; i < along.length; i++)
      expect(along[i]! - along[i - 1]!).toBeGreaterThanOrEqual(44);
    // The other models keep their round end dots.
    expect(strokes.filter((s) => s.arcs === 1)).toHaveLength(4);
  });

  it('leaves a gap where a report lacks the twin (NaN), not a line to zero', () => {
    const h = history(10, true);
    delete h[4]!.ideal;
    const twinTest = lines(paintAccuracy(h)).filter((s) => s.color === IDEAL)[1]!;
    expect(twinTest.points).toHaveLength(9);
    expect(twinTest.points.every(([, y]) => y < 50)).toBe(true);
  });
});
