// Training sessions: same experiment → same curves; both models see the same split; grids; both
// classical engines.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import type {
  BaselineEngine,
  ClassifyExperiment as Experiment,
} from '../../../src/experiment/types';
import { loadMlpEngine } from '../../../workers/ml/baseline/engines';
import { createSession, gridPoints, type EpochReport } from '../../../workers/ml/session';

beforeAll(async () => {
  await loadMlpEngine('tfjs');
});

function run(exp: Experiment, epochs: number) {
  const s = createSession(exp);
  const reports = [s.measure()];
  for (let e = 0; e < epochs; e++) reports.push(s.step());
  return { s, reports };
}

function withEngine(engine: BaselineEngine): Experiment {
  const e = defaultExperiment();
  e.baseline.engine = engine;
  return e;
}

/** Reports without wall times, which differ from run to run. */
const strip = (r: EpochReport[]) =>
  r.map((x) => ({ ...x, quantum: { ...x.quantum, ms: 0 }, classical: { ...x.classical, ms: 0 } }));

describe('createSession', () => {
  it('uses TensorFlow.js for new experiments', () => {
    expect(defaultExperiment().baseline.engine).toBe('tfjs');
  });

  for (const engine of ['tfjs', 'arrays'] as const) {
    it(`reproduces the same curves for the same experiment (${engine})`, () => {
      const a = run(withEngine(engine), 5);
      const b = run(withEngine(engine), 5);
      expect(strip(a.reports)).toEqual(strip(b.reports));
      expect(a.s.classical.getParams()).toEqual(b.s.classical.getParams());
      a.s.dispose();
      b.s.dispose();
    });

    it(`the default experiment learns the circle within 60 epochs (${engine}, both above 0.8)`, () => {
      const { s, reports } = run(withEngine(engine), 60);
      const last = reports[reports.length - 1]!;
      console.info(
        `default experiment, epoch 60, ${engine}: test accuracy quantum ` +
          `${last.quantum.testAccuracy}, classical ${last.classical.testAccuracy}`,
      );
      expect(last.quantum.testAccuracy).toBeGreaterThan(0.8);
      expect(last.classical.testAccuracy).toBeGreaterThan(0.8);
      s.dispose();
    });
  }

  it('the two engines train the same classical curve (float32 vs float64, 1e-4 over 20 epochs)', () => {
    const t = run(withEngine('tfjs'), 20);
    const a = run(withEngine('arrays'), 20);
    for (let e = 0; e <= 20; e++) {
      const [ct, ca] = [t.reports[e]!.classical, a.reports[e]!.classical];
      expect(Math.abs(ct.trainLoss - ca.trainLoss)).toBeLessThan(1e-4);
      expect(Math.abs(ct.testLoss - ca.testLoss)).toBeLessThan(1e-4);
    }
    // The quantum model does not depend on the classical engine at all.
    expect(t.reports.map((r) => r.quantum.trainLoss)).toEqual(
      a.reports.map((r) => r.quantum.trainLoss),
    );
    t.s.dispose();
  });

  it('takes trained classical weights across engines (links with weights)', () => {
    const a = run(withEngine('arrays'), 3).s;
    const t = run(withEngine('tfjs'), 0).s;
    t.classical.setParams(a.classical.getParams());
    const [ea, et] = [a.measure().classical, t.measure().classical];
    expect(Math.abs(ea.testLoss - et.testLoss)).toBeLessThan(1e-5);
    t.dispose();
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
