// Training sessions: same experiment → same curves; both models see the same split; grids.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import type { Experiment } from '../../../src/experiment/types';
import { createSession, gridPoints } from '../../../workers/ml/session';

function run(exp: Experiment, epochs: number) {
  const s = createSession(exp);
  const reports = [s.measure()];
  for (let e = 0; e < epochs; e++) reports.push(s.step());
  return { s, reports };
}

describe('createSession', () => {
  it('reproduces the same curves for the same experiment', () => {
    const a = run(defaultExperiment(), 5).reports;
    const b = run(defaultExperiment(), 5).reports;
    const strip = (r: typeof a) =>
      r.map((x) => ({
        ...x,
        quantum: { ...x.quantum, ms: 0 },
        classical: { ...x.classical, ms: 0 },
      }));
    expect(strip(a)).toEqual(strip(b));
  });

  it('changes with the training seed', () => {
    const e = defaultExperiment();
    e.training.seed = 2;
    const a = run(defaultExperiment(), 3).reports[3]!;
    const b = run(e, 3).reports[3]!;
    expect(a.quantum.trainLoss).not.toBe(b.quantum.trainLoss);
  });

  it('matches the classical size to the quantum parameter count', () => {
    const { s } = run(defaultExperiment(), 0);
    expect(s.info.quantumParams).toBe(15);
    expect(Math.abs(s.info.classicalParams - 15)).toBeLessThanOrEqual(2);
  });

  it('splits the data by the train ratio and appends the user points', () => {
    const e = defaultExperiment();
    e.data.points = 100;
    e.data.trainRatio = 0.7;
    e.data.custom = [
      { x1: 0.1, x2: 0.2, label: 1 },
      { x1: -0.5, x2: 0.9, label: 0 },
    ];
    const { s } = run(e, 0);
    expect(s.info.train.y.length + s.info.test.y.length).toBe(102);
    expect(Math.abs(s.info.train.y.length - 0.7 * 102)).toBeLessThanOrEqual(1);
  });

  it('the default experiment learns the circle within 60 epochs (both models above 0.8)', () => {
    const { reports } = run(defaultExperiment(), 60);
    const last = reports[reports.length - 1]!;
    expect(last.quantum.testAccuracy).toBeGreaterThan(0.8);
    expect(last.classical.testAccuracy).toBeGreaterThan(0.8);
  });

  it('gives class probabilities on a grid that sum to 1 (tolerance 1e-6, float32)', () => {
    const { s } = run(defaultExperiment(), 2);
    const b = s.boundaries(16);
    expect(b.quantum.length).toBe(16 * 16 * 2);
    for (const grid of [b.quantum, b.classical])
      for (let i = 0; i < 256; i++)
        expect(Math.abs(grid[2 * i]! + grid[2 * i + 1]! - 1)).toBeLessThan(1e-6);
  });

  it('multi-class sets on several qubits use cross-entropy', () => {
    const e = defaultExperiment();
    e.data.set = 'squares';
    e.model = {
      kind: 'reuploading',
      qubits: 2,
      layers: 2,
      entangler: 'cz',
      readout: 'cross-entropy',
    };
    const { s, reports } = run(e, 2);
    expect(s.info.classes).toBe(4);
    expect(Number.isFinite(reports[2]!.quantum.trainLoss)).toBe(true);
  });
});

describe('gridPoints', () => {
  it('runs row-major from the top-left, cell centres', () => {
    const p = gridPoints(4);
    expect(p[0]).toBeCloseTo(-0.75, 12);
    expect(p[1]).toBeCloseTo(0.75, 12);
    expect(p[2 * 15]).toBeCloseTo(0.75, 12);
    expect(p[2 * 15 + 1]).toBeCloseTo(-0.75, 12);
  });
});
