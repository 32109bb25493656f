// The table of built-in data sets (what the picker shows) and `generateDataset`, which checks a spec
// and dispatches to the region or shape generators.

import { REGION_SETS, generateRegion, type RegionName } from './regions';
import { SHAPE_SETS, generateShape, type ShapeName } from './generative';
import type { Dataset, DatasetName, DatasetSpec } from './types';

/** One row of the data-set picker. */
export interface DatasetInfo {
  name: DatasetName;
  /** Short name for the picker. */
  label: string;
  classes: number;
  /** What the classes are, where the set comes from and what noise does to it. */
  description: string;
}

const FLIP =
  'Noise p: each label moves to one of the other classes (chosen at random) with probability p/2.';

export const DATASETS: readonly DatasetInfo[] = [
  {
    name: 'circle',
    label: 'Circle',
    classes: 2,
    description:
      'Uniform points in the square; class 1 inside the circle of radius √(2/π) around 0, class 0 ' +
      'outside, so both classes cover half the area (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
  {
    name: 'xor',
    label: 'XOR',
    classes: 2,
    description:
      'Uniform points with an empty band along both axes; class 1 where x1·x2 ≥ 0 (1st and 3rd ' +
      'quadrants), class 0 elsewhere (TensorFlow Playground). ' +
      FLIP,
  },
  {
    name: 'gauss',
    label: 'Gaussian',
    classes: 2,
    description:
      'Two gaussian blobs, class 1 upper right and class 0 lower left (TensorFlow Playground). ' +
      'Noise widens the blobs from variance 0.5 to 4 (playground units) until they overlap.',
  },
  {
    name: 'spiral',
    label: 'Spiral',
    classes: 2,
    description:
      'Two interleaved spiral arms of 1.75 turns, one per class (TensorFlow Playground). Noise adds ' +
      'gaussian jitter, up to a standard deviation of 0.29 against an arm radius of 5 (the ' +
      "playground's 50 % setting).",
  },
  {
    name: 'moons',
    label: 'Moons',
    classes: 2,
    description:
      'Two interlocking half-moons, class 0 on top and class 1 below (scikit-learn make_moons). ' +
      'Noise adds gaussian jitter, from none to make_moons(noise=0.3).',
  },
  {
    name: 'circles3',
    label: '3 circles',
    classes: 4,
    description:
      'Uniform points; classes 1, 2, 3 inside three circles (centres (−1, 1), (1, 0), (−½, −½)), ' +
      'class 0 outside them all (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
  {
    name: 'squares',
    label: 'Squares',
    classes: 4,
    description:
      'Uniform points; one class per quadrant: 2·[x1 > 0] + [x2 > 0] (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
  {
    name: 'crown',
    label: 'Crown',
    classes: 2,
    description:
      'Uniform points; class 1 in the ring between radii √(0.8 − 2/π) and √0.8 (half the area), ' +
      'class 0 inside and outside it (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
  {
    name: 'tricrown',
    label: 'Tricrown',
    classes: 3,
    description:
      'Uniform points; class 0 inside radius √(0.8 − 2/π), class 1 in the ring up to √0.8, ' +
      'class 2 outside (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
  {
    name: 'wavy',
    label: 'Wavy lines',
    classes: 4,
    description:
      'Uniform points; the curves x2 = x1 + sin(πx1) and x2 = −x1 + sin(πx1) cut the square into ' +
      'four classes: 2·[above the first] + [above the second] (Pérez-Salinas et al. 2020). ' +
      FLIP,
  },
];

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
