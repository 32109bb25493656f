// Classification on tabular data (the benchmark's sets, the user's CSV): the same rows as the
// benchmark draws, the re-uploading preset reading every feature, the MLP with d inputs, and the
// pictures on the principal plane.
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import type { ClassifyExperiment, TableData } from '../../../src/experiment/types';
import { loadMlpEngine } from '../../../workers/ml/baseline/engines';
import { benchmarkDataset } from '../../../workers/ml/benchmark/data';
import { createSession } from '../../../workers/ml/session';
import { fitPlane, fromPlane, tableDatasets, toPlane } from '../../../workers/ml/tableData';
import { classifyRunner } from '../../../workers/tasks/classify/runner';

beforeAll(async () => {
  await loadMlpEngine('tfjs');
});

function tableExperiment(table: TableData, seed = 3): ClassifyExperiment {
  const e = defaultExperiment();
  e.data = { ...e.data, seed, table };
  e.model = { kind: 'reuploading', qubits: 2, layers: 2, entangler: 'cz', readout: 'fidelity' };
  e.training = { ...e.training, seed, epochs: 10, learningRate: 0.05, batchSize: 16 };
  e.baseline = { ...e.baseline, engine: 'arrays' };
  return e;
}

describe('tableDatasets', () => {
  it('gives the rows the benchmark draws for the same seed, labels −1/+1 as classes 0/1', () => {
    const set = benchmarkDataset('linear').generate(4, 7);
    const { train, test } = tableDatasets({ dataset: 'linear', difficulty: 4 }, 7);
    expect(train.d).toBe(4);
    expect(train.classes).toBe(2);
    expect(Array.from(train.x)).toEqual(Array.from(set.xTrain));
    expect(Array.from(test.x)).toEqual(Array.from(set.xTest));
    expect(Array.from(train.y)).toEqual(Array.from(set.yTrain, (v) => (v > 0 ? 1 : 0)));
    expect(test.y.length).toBe(set.yTest.length);
  });

  it('reads the user’s file', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},${(i * 7) % 5},${i % 3},${i < 15 ? 'a' : 'b'}`); // prettier-ignore
    const csv = ['u,v,w,label', ...rows].join('\n');
    const { train, test } = tableDatasets({ dataset: 'custom', difficulty: 1, csv }, 1);
    expect(train.d).toBe(3);
    expect(train.y.length + test.y.length).toBe(30);
  });
});

describe('the principal plane', () => {
  it('maps the square onto the plane and back, and every point lands inside the square', () => {
    const { train, test } = tableDatasets({ dataset: 'linear', difficulty: 6 }, 2);
    const plane = fitPlane(train, test);
    const far = (x: Float64Array) => Math.max(...toPlane(plane, x).map(Math.abs));
    expect(Math.max(far(train.x), far(test.x))).toBeLessThan(1);
    expect(Math.max(far(train.x), far(test.x))).toBeGreaterThan(0.85);
    const uv = toPlane(plane, test.x);
    // Points of the plane come back to where they were.
    const back = toPlane(plane, fromPlane(plane, uv));
    for (let i = 0; i < uv.length; i++) expect(back[i]).toBeCloseTo(uv[i]!, 10);
    // The axes are orthonormal.
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
    expect(dot(plane.first, plane.first)).toBeCloseTo(1, 8);
    expect(dot(plane.second, plane.second)).toBeCloseTo(1, 8);
    expect(dot(plane.first, plane.second)).toBeCloseTo(0, 6);
    expect(plane.explained).toBeGreaterThan(0);
    expect(plane.explained).toBeLessThanOrEqual(1 + 1e-9);
  });
});

describe('a classification session on a table', () => {
  it('trains the re-uploading preset on every feature and the MLP with d inputs', () => {
    const s = createSession(tableExperiment({ dataset: 'linear', difficulty: 4 }));
    expect(s.info.features).toBe(4);
    // Two qubits × two layers × (2·4 + 1) numbers.
    expect(s.info.quantumParams).toBe(36);
    const featureRead = new Set(
      s.info.circuit.ops.flatMap((op) =>
        (op.params ?? []).flatMap((b) => (b.kind === 'feature' ? [b.feature] : [])),
      ),
    );
    expect([...featureRead].sort()).toEqual([0, 1, 2, 3]);
    const before = s.measure();
    let last = before;
    for (let e = 0; e < 10; e++) last = s.step();
    expect(last.quantum.trainLoss).toBeLessThan(before.quantum.trainLoss);
    expect(last.quantum.testAccuracy).toBeGreaterThan(0.8);
    expect(last.classical.testAccuracy).toBeGreaterThan(0.8);
    s.dispose();
  });

  it('draws the boundaries on the plane: the grid cell under a point predicts as the point', () => {
    const exp = tableExperiment({ dataset: 'linear', difficulty: 2 });
    const s = createSession(exp);
    for (let e = 0; e < 5; e++) s.step();
    const res = 64;
    const b = s.boundaries(res);
    expect(b.quantum.length).toBe(res * res * 2);
    // With d = 2 the plane holds every point: the cell a test point falls in scores as the
    // point does, up to the cell's size.
    const plane = s.info.plane!;
    const uv = toPlane(plane, s.info.test.x);
    const scores = new Float64Array(2 * s.info.test.y.length);
    s.quantum.predict(s.info.test.x, scores);
    let agree = 0;
    const n = s.info.test.y.length;
    for (let i = 0; i < n; i++) {
      const c = Math.min(res - 1, Math.floor(((uv[2 * i]! + 1) / 2) * res));
      const r = Math.min(res - 1, Math.floor(((1 - uv[2 * i + 1]!) / 2) * res));
      const cell = r * res + c;
      const gridSays = b.quantum[2 * cell + 1]! > b.quantum[2 * cell]!;
      if (gridSays === scores[2 * i + 1]! > scores[2 * i]!) agree++;
    }
    expect(agree / n).toBeGreaterThan(0.9);
    s.dispose();
  });

  it('sends the points on the plane and says so', () => {
    const exp = tableExperiment({ dataset: 'curves', difficulty: 2 });
    const session = classifyRunner.create(exp);
    const info = session.info;
    if (info.task !== 'classify') throw new Error('expected a classification session');
    expect(info.plane?.features).toBe(10);
    expect(info.train.x.length).toBe(2 * info.train.y.length);
    expect(Math.max(...info.train.x.map(Math.abs))).toBeLessThan(1);
    session.dispose();
  });

  it('trains an editor circuit that reads fewer features than the table has', () => {
    const exp = tableExperiment({ dataset: 'linear', difficulty: 2 });
    exp.model = {
      kind: 'circuit',
      readout: 'fidelity',
      circuit: {
        qubits: 1,
        columns: 1,
        gates: [{ id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'feature', feature: 1, weight: 'w', bias: 'b' }] }], // prettier-ignore
        blocks: [],
      },
    };
    expect(() => createSession(exp)).not.toThrow();
  });

  it('refuses, in the page’s names, a circuit reading a feature the points lack', () => {
    const exp = tableExperiment({ dataset: 'linear', difficulty: 2 });
    exp.model = {
      kind: 'circuit',
      readout: 'fidelity',
      circuit: {
        qubits: 1,
        columns: 1,
        gates: [{ id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'feature', feature: 2, weight: 'w', bias: 'b' }] }], // prettier-ignore
        blocks: [],
      },
    };
    expect(() => createSession(exp)).toThrow(
      'The circuit reads x3, but the data points have 2 features (x1 to x2).',
    );
  });
});
