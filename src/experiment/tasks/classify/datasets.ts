// The table of built-in data sets: names, classes and descriptions. Pure data in the schema, so
// validation, the picker and the generators (workers/ml/data) share one list.

/** Names of the built-in data sets, serialised by name in experiment links. */
export const DATASET_NAMES = [
  'circle',
  'xor',
  'gauss',
  'spiral',
  'moons',
  'circles3',
  'squares',
  'crown',
  'tricrown',
  'wavy',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

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
