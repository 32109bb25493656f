// Tabular data in a classification session: the benchmark's data sets (drawn and split as the
// benchmark draws them, so a benchmark cell opens on the very same rows) or the user's CSV, with
// labels −1/+1 as classes 0/1, and the plane the pictures show them on: the two principal axes of
// the train rows, scaled so that the points fill the [−1, 1]² square the charts draw.

import { tableFeatures } from '../../src/experiment/tasks/classify/table';
import type { TableData } from '../../src/experiment/types';
import { benchmarkDataset, customData } from './benchmark/data';
import { principalAxes } from './benchmark/project';
import type { Dataset } from './data';

/** The train and test parts of a table, classes 0 (label −1) and 1 (label +1). */
export function tableDatasets(table: TableData, seed: number): { train: Dataset; test: Dataset } {
  const set =
    table.dataset === 'custom'
      ? customData(table.csv ?? '', seed)
      : benchmarkDataset(table.dataset).generate(table.difficulty, seed);
  if (set.d !== tableFeatures(table))
    throw new Error(`The data set has ${set.d} features where ${tableFeatures(table)} were expected.`); // prettier-ignore
  const part = (x: Float64Array, y: Int8Array): Dataset => ({
    x,
    y: Int32Array.from(y, (v) => (v > 0 ? 1 : 0)),
    classes: 2,
    d: set.d,
  });
  return { train: part(set.xTrain, set.yTrain), test: part(set.xTest, set.yTest) };
}

/** A plane through the data in d dimensions, with the square [−1, 1]² mapped onto it. */
export interface Plane {
  d: number;
  mean: Float64Array;
  first: Float64Array;
  second: Float64Array;
  /** Data units per unit of the square. */
  scale: number;
  /** Share of the variance the plane's two axes hold. */
  explained: number;
}

/** Where the square's edge sits beyond the farthest point (as a share of its distance). */
const MARGIN = 1.08;

/** The principal plane of the train rows, scaled so that every point of both parts fits. */
export function fitPlane(train: Dataset, test: Dataset): Plane {
  const d = train.d ?? 2;
  const axes = principalAxes(train.x, d, train.y.length);
  const plane: Plane = { d, ...axes, scale: 1 };
  let far = 0;
  for (const part of [train, test]) {
    const uv = toPlane(plane, part.x);
    for (const v of uv) far = Math.max(far, Math.abs(v));
  }
  plane.scale = far > 0 ? far * MARGIN : 1;
  return plane;
}

/** Points (flat, d each) → their coordinates on the plane, in the square's units (flat pairs). */
export function toPlane(plane: Plane, x: Float64Array): Float64Array {
  const { d, mean, first, second, scale } = plane;
  const rows = Math.floor(x.length / d);
  const out = new Float64Array(2 * rows);
  for (let r = 0; r < rows; r++) {
    let u = 0;
    let v = 0;
    for (let f = 0; f < d; f++) {
      const c = x[r * d + f]! - mean[f]!;
      u += c * first[f]!;
      v += c * second[f]!;
    }
    out[2 * r] = u / scale;
    out[2 * r + 1] = v / scale;
  }
  return out;
}

/** Coordinates on the plane (flat pairs, the square's units) → points in d dimensions. */
export function fromPlane(plane: Plane, uv: Float64Array): Float64Array {
  const { d, mean, first, second, scale } = plane;
  const rows = uv.length >> 1;
  const out = new Float64Array(d * rows);
  for (let r = 0; r < rows; r++) {
    const u = uv[2 * r]! * scale;
    const v = uv[2 * r + 1]! * scale;
    for (let f = 0; f < d; f++) out[r * d + f] = mean[f]! + u * first[f]! + v * second[f]!;
  }
  return out;
}
