// The table of built-in data sets (what the picker shows) and `generateDataset`, which checks a spec
// and dispatches to the region or shape generators.

import { REGION_SETS, generateRegion, type RegionName } from './regions';
import { SHAPE_SETS, generateShape, type ShapeName } from './generative';
import { DATASETS } from './info';
import type { Dataset, DatasetName, DatasetSpec } from './types';

export { DATASETS, type DatasetInfo } from './info';

export const MAX_POINTS = 100000;

type Generator = (points: number, noise: number, seed: number) => Dataset;

const region =
  (name: RegionName): Generator =>
  (points, noise, seed) =>
    generateRegion(REGION_SETS[name], points, noise, seed);
const shape =
  (name: ShapeName): Generator =>
  (points, noise, seed) =>
    generateShape(SHAPE_SETS[name], points, noise, seed);

// A Record over the union, so adding a name without a generator is a compile error.
const GENERATORS: Record<DatasetName, Generator> = {
  circle: region('circle'),
  xor: region('xor'),
  gauss: shape('gauss'),
  spiral: shape('spiral'),
  moons: shape('moons'),
  circles3: region('circles3'),
  squares: region('squares'),
  crown: region('crown'),
  tricrown: region('tricrown'),
  wavy: region('wavy'),
};

function isDatasetName(name: unknown): name is DatasetName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(GENERATORS, name);
}

/** Throws an Error naming the bad field, its allowed range and the value received. */
export function validateSpec(spec: DatasetSpec): void {
  const { name, points, noise, seed } = spec as { [K in keyof DatasetSpec]: unknown };
  if (!isDatasetName(name)) {
    throw new Error(
      `Unknown data set name ${JSON.stringify(name)}: "name" must be one of ${DATASETS.map((d) => d.name).join(', ')}.`,
    );
  }
  if (
    typeof points !== 'number' ||
    !Number.isInteger(points) ||
    points < 1 ||
    points > MAX_POINTS
  ) {
    throw new Error(
      `"points" must be a whole number from 1 to ${MAX_POINTS} (got ${String(points)}).`,
    );
  }
  if (typeof noise !== 'number' || !(noise >= 0 && noise <= 1)) {
    throw new Error(`"noise" must be a number from 0 to 1 (got ${String(noise)}).`);
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error(`"seed" must be a finite number (got ${String(seed)}).`);
  }
}

/** The data set described by `spec`; the same spec always gives bit-identical arrays. */
export function generateDataset(spec: DatasetSpec): Dataset {
  validateSpec(spec);
  return GENERATORS[spec.name](spec.points, spec.noise, spec.seed);
}
