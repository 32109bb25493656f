import { describe, expect, it } from 'vitest';
import { tracePath } from '../../../src/charts/canvasLine';

/** A path sink that records its calls. */
function recorder() {
  const calls: string[] = [];
  return {
    calls,
    moveTo: (x: number, y: number) => void calls.push(`M${x},${y}`),
    lineTo: (x: number, y: number) => void calls.push(`L${x},${y}`),
  };
}

describe('tracePath', () => {
  it('joins the picked points in order, mapping values through y', () => {
    const sink = recorder();
    const xs = Float64Array.of(0, 10, 20, 30);
    const ys = Float64Array.of(1, 2, 3, 4);
    tracePath(sink, xs, ys, (v) => 100 - v, [0, 2, 3]);
    expect(sink.calls).toEqual(['M0,99', 'L20,97', 'L30,96']);
  });

  it('breaks the line at a missing value and starts again after it', () => {
    const sink = recorder();
    const xs = Float64Array.of(0, 1, 2, 3, 4);
    const ys = Float64Array.of(5, NaN, 6, 7, NaN);
    tracePath(sink, xs, ys, (v) => v, [0, 1, 2, 3, 4]);
    expect(sink.calls).toEqual(['M0,5', 'M2,6', 'L3,7']);
  });

  it('draws nothing for no points', () => {
    const sink = recorder();
    tracePath(sink, new Float64Array(0), new Float64Array(0), (v) => v, []);
    expect(sink.calls).toEqual([]);
  });
});
