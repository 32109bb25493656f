// What a noisy run adds to the convergence charts: the ideal twin's line at every iteration, the
// mitigated dots only where the extrapolation was computed, nothing on an ideal run; and the
// latest report that carries the extrapolation.
import { describe, expect, it } from 'vitest';
import { latestMitigated, twinSeries } from '../../../src/charts/twinSeries';

describe('twinSeries', () => {
  it('adds nothing to an ideal run', () => {
    expect(twinSeries([{ iteration: 0 }, { iteration: 1 }])).toEqual([]);
  });
  it('draws the ideal twin at every iteration and the mitigated dots only where computed', () => {
    const points = [
      { iteration: 0, ideal: 5, mitigated: 5.5 },
      { iteration: 1, ideal: 5.2 },
      { iteration: 2, ideal: 5.4 },
      { iteration: 3, ideal: 5.6, mitigated: 5.9 },
      { iteration: 4, ideal: 5.7 },
    ];
    const [ideal, mitigated] = twinSeries(points);
    expect(ideal!.label).toBe('Ideal');
    expect(ideal!.points.map((p) => p.value)).toEqual([5, 5.2, 5.4, 5.6, 5.7]);
    expect(mitigated!.label).toBe('Mitigated (ZNE)');
    expect(mitigated!.marks).toBe('dots');
    expect(mitigated!.points).toEqual([
      { iteration: 0, value: 5.5 },
      { iteration: 3, value: 5.9 },
    ]);
  });
  it('keeps the mitigated series (and its legend entry) when none is computed yet', () => {
    const [, mitigated] = twinSeries([{ iteration: 1, ideal: 2 }]);
    expect(mitigated!.points).toEqual([]);
  });
});

describe('latestMitigated', () => {
  it('finds the last report with the extrapolation, or none', () => {
    const m = { expected: 1, scales: [1, 3, 5], values: [1, 1, 1] };
    const history: { epoch: number; mitigated?: typeof m }[] = [{ epoch: 0, mitigated: m }, { epoch: 1 }, { epoch: 2, mitigated: m }, { epoch: 3 }]; // prettier-ignore
    expect(latestMitigated(history)?.epoch).toBe(2);
    expect(latestMitigated(history.slice(0, 2))?.epoch).toBe(0);
    expect(latestMitigated(history.slice(1, 2))).toBeNull();
    expect(latestMitigated(history.slice(0, 0))).toBeNull();
  });
});
