// Tests of the built-in data sets: shape, range, labels against the source formulas, noise,
// determinism, splitting, appending and the messages for bad specs.

import { describe, it, expect } from 'vitest';
import {
  DATASETS,
  concatDatasets,
  generateDataset,
  splitDataset,
  type Dataset,
  type DatasetName,
  type DatasetSpec,
} from '../../../../workers/ml/data';

const NAMES = DATASETS.map((d) => d.name);
const REGION_NAMES: DatasetName[] = [
  'circle',
  'xor',
  'circles3',
  'squares',
  'crown',
  'tricrown',
  'wavy',
];

function gen(name: DatasetName, points: number, noise = 0, seed = 1): Dataset {
  return generateDataset({ name, points, noise, seed });
}

function counts(ds: Dataset): number[] {
  const c = new Array<number>(ds.classes).fill(0);
  for (const label of ds.y) c[label] = (c[label] ?? 0) + 1;
  return c;
}

/** True when both arrays hold the same bits (a plain loop: deep `toEqual` on 300 kB is slow). */
function sameBits(a: Float64Array | Int32Array, b: Float64Array | Int32Array): boolean {
  const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const v = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (u.length !== v.length) return false;
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

/** Rows "x1,x2,y" with exact float text, sorted, to compare data sets as multisets of points. */
function rows(ds: Dataset): string[] {
  const out: string[] = [];
  for (let i = 0; i < ds.y.length; i++) out.push(`${ds.x[2 * i]},${ds.x[2 * i + 1]},${ds.y[i]}`);
  return out.sort();
}

// Labels transcribed independently from data_gen.py (AdrianPerezSalinas/universal_qlassifier) and
// the playground's classifyXORData, as the test's reference.
const REFERENCE: Partial<Record<DatasetName, (a: number, b: number) => number>> = {
  circle: (a, b) => (Math.hypot(a, b) < Math.sqrt(2 / Math.PI) ? 1 : 0),
  xor: (a, b) => (a * b >= 0 ? 1 : 0),
  circles3: (a, b) => {
    const circles = [
      [-1, 1, 1],
      [1, 0, Math.sqrt(6 / Math.PI - 1)],
      [-0.5, -0.5, 0.5],
    ] as const;
    let y = 0;
    circles.forEach(([cx, cy, r], j) => {
      if (Math.hypot(a - cx, b - cy) < r) y = j + 1;
    });
    return y;
  },
  squares: (a, b) => (a < 0 && b < 0 ? 0 : a < 0 && b > 0 ? 1 : a > 0 && b < 0 ? 2 : 3),
  crown: (a, b) => {
    const r = Math.hypot(a, b);
    return r < Math.sqrt(0.8) && r > Math.sqrt(0.8 - 2 / Math.PI) ? 1 : 0;
  },
  tricrown: (a, b) => {
    const r = Math.hypot(a, b);
    let y = 0;
    if (r > Math.sqrt(0.8 - 2 / Math.PI)) y = 1;
    if (r > Math.sqrt(0.8)) y = 2;
    return y;
  },
  wavy: (a, b) => {
    const f1 = a + Math.sin(Math.PI * a);
    const f2 = -a + Math.sin(Math.PI * a);
    if (b < f1 && b < f2) return 0;
    if (b < f1 && b > f2) return 1;
    if (b > f1 && b < f2) return 2;
    return 3;
  },
};

describe('every data set', () => {
  it('lists ten distinct sets', () => {
    expect(new Set(NAMES).size).toBe(10);
  });

  for (const info of DATASETS) {
    describe(info.name, () => {
      it('has the advertised shape and class count', () => {
        const ds = gen(info.name, 500, 0.2, 7);
        expect(ds.x).toBeInstanceOf(Float64Array);
        expect(ds.y).toBeInstanceOf(Int32Array);
        expect(ds.x.length).toBe(1000);
        expect(ds.y.length).toBe(500);
        expect(ds.classes).toBe(info.classes);
        expect(info.description.length).toBeGreaterThan(40);
      });

      it('keeps every coordinate in [−1, 1] (exact bound, tolerance 0), at noise 0 and 1', () => {
        for (const noise of [0, 1]) {
          const ds = gen(info.name, 5000, noise, 3);
          const outside = ds.x.filter((v) => !(Math.abs(v) <= 1));
          expect(Array.from(outside)).toEqual([]);
        }
      });

      it('gives integer labels in 0 … classes−1 and every class for 500 points', () => {
        for (const [noise, seed] of [
          [0, 1],
          [0, 2],
          [0.3, 3],
        ] as const) {
          const ds = gen(info.name, 500, noise, seed);
          for (const label of ds.y) {
            expect(label).toBeGreaterThanOrEqual(0);
            expect(label).toBeLessThan(info.classes);
          }
          expect(counts(ds).every((c) => c > 0)).toBe(true);
        }
      });

      it('is bit-identical for the same spec', () => {
        const spec: DatasetSpec = { name: info.name, points: 300, noise: 0.4, seed: 12345 };
        const a = generateDataset(spec);
        const b = generateDataset({ ...spec });
        expect(sameBits(a.x, b.x)).toBe(true);
        expect(sameBits(a.y, b.y)).toBe(true);
      });

      it('moves more than 90 % of the coordinates when only the seed changes (noise 0)', () => {
        const a = gen(info.name, 300, 0, 1);
        const b = gen(info.name, 300, 0, 2);
        let differ = 0;
        for (let i = 0; i < a.x.length; i++) if (a.x[i] !== b.x[i]) differ++;
        expect(differ / a.x.length).toBeGreaterThan(0.9);
      });
    });
  }
});

describe('circle (the paper benchmark)', () => {
  it('labels 1 exactly where x1² + x2² < 2/π at noise 0 (exact, no tolerance)', () => {
    const ds = gen('circle', 2000, 0, 11);
    for (let i = 0; i < 2000; i++) {
      const a = ds.x[2 * i]!;
      const b = ds.x[2 * i + 1]!;
      expect(ds.y[i]).toBe(a * a + b * b < 2 / Math.PI ? 1 : 0);
    }
  });

  it('is balanced: fraction of class 1 is 0.5 ± 0.05 at 2000 points, for several seeds', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = counts(gen('circle', 2000, 0, seed));
      expect(Math.abs((c[1] ?? 0) / 2000 - 0.5)).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('region sets follow their source formulas', () => {
  for (const name of REGION_NAMES) {
    it(`${name}: every label at noise 0 equals the reference formula (exact)`, () => {
      const ref = REFERENCE[name]!;
      const ds = gen(name, 3000, 0, 5);
      let mismatches = 0;
      for (let i = 0; i < 3000; i++)
        if (ds.y[i] !== ref(ds.x[2 * i]!, ds.x[2 * i + 1]!)) mismatches++;
      expect(mismatches).toBe(0);
    });
  }

  // Areas over the square's 4, from the radii in data_gen.py; 40 000 points give a standard error
  // below 0.0025, so ± 0.01 is a 4σ tolerance.
  const AREAS: [DatasetName, number[]][] = [
    ['crown', [0.5, 0.5]],
    ['tricrown', [(0.8 * Math.PI - 2) / 4, 0.5, (4 - 0.8 * Math.PI) / 4]],
    ['circles3', [0.25, Math.PI / 16, (3 - Math.PI / 2) / 4, Math.PI / 16]],
    ['squares', [0.25, 0.25, 0.25, 0.25]],
    ['xor', [0.5, 0.5]],
  ];
  for (const [name, expected] of AREAS) {
    it(`${name}: class fractions match the region areas within ± 0.01 (40 000 points)`, () => {
      const c = counts(gen(name, 40000, 0, 9));
      expected.forEach((f, k) =>
        expect(Math.abs((c[k] ?? 0) / 40000 - f)).toBeLessThanOrEqual(0.01),
      );
    });
  }

  it('xor leaves the playground band |xi| < 0.3/5.3 empty (tolerance 1e-12)', () => {
    const ds = gen('xor', 5000, 0, 2);
    const inBand = ds.x.filter((v) => Math.abs(v) < 0.3 / 5.3 - 1e-12);
    expect(Array.from(inBand)).toEqual([]);
  });
});

describe('label noise on region sets', () => {
  it('keeps the points where they are and flips about noise/2 of the labels (± 0.01, 40 000 points)', () => {
    for (const name of REGION_NAMES) {
      const clean = gen(name, 40000, 0, 4);
      for (const noise of [0.2, 1]) {
        const noisy = gen(name, 40000, noise, 4);
        expect(sameBits(noisy.x, clean.x)).toBe(true);
        let flipped = 0;
        for (let i = 0; i < 40000; i++) if (noisy.y[i] !== clean.y[i]) flipped++;
        expect(Math.abs(flipped / 40000 - noise / 2)).toBeLessThanOrEqual(0.01);
      }
    }
  });

  it('flips monotonically: a label flipped at noise 0.2 is flipped the same way at 0.6', () => {
    const low = gen('tricrown', 5000, 0.2, 8);
    const high = gen('tricrown', 5000, 0.6, 8);
    const clean = gen('tricrown', 5000, 0, 8);
    for (let i = 0; i < 5000; i++) if (low.y[i] !== clean.y[i]) expect(high.y[i]).toBe(low.y[i]);
  });
});

describe('shape sets (gauss, spiral, moons)', () => {
  it('alternate classes, so 501 points give 251 and 250 (exact)', () => {
    for (const name of ['gauss', 'spiral', 'moons'] as const) {
      expect(counts(gen(name, 501, 0.5, 3))).toEqual([251, 250]);
    }
  });

  it('spiral points at noise 0 lie on their arm (tolerance 1e-12)', () => {
    const ds = gen('spiral', 400, 0, 6);
    for (let i = 0; i < 400; i++) {
      const a = ds.x[2 * i]! * 6;
      const b = ds.x[2 * i + 1]! * 6;
      const s = Math.hypot(a, b) / 5;
      const t = 3.5 * Math.PI * s + (ds.y[i] === 1 ? 0 : Math.PI);
      expect(Math.abs(a - 5 * s * Math.sin(t))).toBeLessThanOrEqual(1e-12);
      expect(Math.abs(b - 5 * s * Math.cos(t))).toBeLessThanOrEqual(1e-12);
    }
  });

  it('moons at noise 0 lie on make_moons half-circles (tolerance 1e-12)', () => {
    const ds = gen('moons', 400, 0, 6);
    for (let i = 0; i < 400; i++) {
      const u = ds.x[2 * i]! / 0.55 + 0.5;
      const v = ds.x[2 * i + 1]! / 0.55 + 0.25;
      const [cx, cy, up] = ds.y[i] === 0 ? [0, 0, 1] : [1, 0.5, -1];
      expect(Math.abs(Math.hypot(u - cx, v - cy) - 1)).toBeLessThanOrEqual(1e-12);
      expect(up * (v - cy)).toBeGreaterThanOrEqual(-1e-12);
    }
  });

  it('gauss blobs widen with noise: spread of class 1 grows from noise 0 to 1', () => {
    const spread = (noise: number): number => {
      const ds = gen('gauss', 4000, noise, 2);
      let s = 0;
      for (let i = 1; i < 4000; i += 2) s += (ds.x[2 * i]! - 1 / 3) ** 2;
      return Math.sqrt(s / 2000);
    };
    // Untruncated standard deviations are √0.5/6 ≈ 0.118 and 2/6 ≈ 0.333; ± 0.01 and ± 0.05
    // (truncation at the square's edge shrinks the wide one).
    expect(Math.abs(spread(0) - Math.sqrt(0.5) / 6)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(spread(1) - 2 / 6)).toBeLessThanOrEqual(0.05);
  });
});

describe('splitDataset', () => {
  const ds = gen('wavy', 500, 0.1, 3);

  it('splits 500 points 0.8 : 0.2 into 400 and 100, keeping classes', () => {
    const { train, test } = splitDataset(ds, 0.8, 1);
    expect(train.y.length).toBe(400);
    expect(train.x.length).toBe(800);
    expect(test.y.length).toBe(100);
    expect(test.x.length).toBe(200);
    expect(train.classes).toBe(4);
    expect(test.classes).toBe(4);
  });

  it('train ∪ test is a permutation of the data (exact)', () => {
    const { train, test } = splitDataset(ds, 0.7, 9);
    expect(rows(concatDatasets(train, test))).toEqual(rows(ds));
  });

  it('shuffles: the train part is not the first points in order, and the seed decides it', () => {
    const a = splitDataset(ds, 0.5, 1);
    const b = splitDataset(ds, 0.5, 1);
    const c = splitDataset(ds, 0.5, 2);
    expect(sameBits(a.train.x, b.train.x)).toBe(true);
    expect(sameBits(a.train.x, ds.x.subarray(0, 500))).toBe(false);
    expect(sameBits(a.train.x, c.train.x)).toBe(false);
  });

  it('keeps one point on each side of tiny sets', () => {
    const two = gen('circle', 2);
    expect(splitDataset(two, 0.99, 1).test.y.length).toBe(1);
    expect(splitDataset(two, 0.01, 1).train.y.length).toBe(1);
    const one = splitDataset(gen('circle', 1), 0.5, 1);
    expect([one.train.y.length, one.test.y.length]).toEqual([1, 0]);
  });

  it('rejects ratios outside (0, 1) and bad seeds, naming the field and range', () => {
    for (const r of [0, 1, -0.5, 1.5, Number.NaN]) {
      expect(() => splitDataset(ds, r, 1)).toThrow(
        /"trainRatio" must be a number strictly between 0 and 1/,
      );
    }
    expect(() => splitDataset(ds, 0.5, Number.NaN)).toThrow(/"seed" must be a finite number/);
  });
});

describe('concatDatasets', () => {
  it('appends b after a and keeps the larger class count', () => {
    const a = gen('crown', 10);
    const b = gen('squares', 5);
    const ab = concatDatasets(a, b);
    expect(ab.y.length).toBe(15);
    expect(ab.classes).toBe(4);
    expect(Array.from(ab.x.subarray(20))).toEqual(Array.from(b.x));
    expect(Array.from(ab.y.subarray(0, 10))).toEqual(Array.from(a.y));
  });

  it('rejects a data set whose features and labels disagree', () => {
    const bad: Dataset = { x: new Float64Array(3), y: new Int32Array(2), classes: 2 };
    expect(() => concatDatasets(bad, gen('circle', 3))).toThrow(
      /malformed.*2 labels but 3 feature values/,
    );
  });
});

describe('validation of specs', () => {
  const ok: DatasetSpec = { name: 'circle', points: 100, noise: 0, seed: 1 };

  it('accepts the edges of every range', () => {
    expect(() => generateDataset({ ...ok, points: 1 })).not.toThrow();
    expect(() => generateDataset({ ...ok, points: 100000, noise: 1 })).not.toThrow();
    expect(() => generateDataset({ ...ok, seed: -4.5e15 })).not.toThrow();
  });

  it('rejects an unknown name and lists the known ones', () => {
    const spec = { ...ok, name: 'donut' as DatasetName };
    expect(() => generateDataset(spec)).toThrow(
      /Unknown data set name "donut": "name" must be one of circle, xor, /,
    );
    expect(() => generateDataset({ ...ok, name: 'toString' as DatasetName })).toThrow(
      /Unknown data set name/,
    );
  });

  it('rejects points that are not a whole number from 1 to 100000', () => {
    for (const points of [0, -3, 2.5, 100001, Number.NaN, Infinity]) {
      expect(() => generateDataset({ ...ok, points })).toThrow(
        /"points" must be a whole number from 1 to 100000 \(got /,
      );
    }
  });

  it('rejects noise outside [0, 1]', () => {
    for (const noise of [-0.01, 1.01, Number.NaN]) {
      expect(() => generateDataset({ ...ok, noise })).toThrow(
        /"noise" must be a number from 0 to 1 \(got /,
      );
    }
  });

  it('rejects a non-finite seed', () => {
    for (const seed of [Number.NaN, Infinity, -Infinity]) {
      expect(() => generateDataset({ ...ok, seed })).toThrow(
        /"seed" must be a finite number \(got /,
      );
    }
  });
});
