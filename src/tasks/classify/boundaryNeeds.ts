// What kind of decision boundary each built-in data set needs, counted in straight lines: the
// measure a one-hidden-layer network's first layer offers (each saturated tanh, sigmoid or ReLU
// neuron cuts the plane along one line). Read by the comparison caveat.

import type { DatasetName } from '../../experiment/tasks/classify/datasets';

export interface BoundaryNeed {
  /** Fewest straight lines a boundary that separates the classes is built from (a lower bound). */
  lines: number;
  /** That boundary in words, after "needs" ("two straight lines, one along each axis"). */
  words: string;
}

export const BOUNDARY_NEEDS: Readonly<Record<DatasetName, BoundaryNeed>> = {
  gauss: { lines: 1, words: 'one straight line between the two blobs' },
  xor: { lines: 2, words: 'two straight lines, one along each axis' },
  squares: { lines: 2, words: 'two straight lines, the two axes' },
  moons: { lines: 2, words: 'a bent line, at least two straight pieces' },
  circle: { lines: 3, words: 'a closed curve around the centre, at least three straight lines' },
  crown: { lines: 6, words: 'a ring, one closed curve inside another, each of three lines or more' }, // prettier-ignore
  tricrown: { lines: 6, words: 'two closed curves, one inside the other, each of three lines or more' }, // prettier-ignore
  circles3: { lines: 9, words: 'three closed curves, each of three lines or more' },
  wavy: { lines: 4, words: 'two wavy curves, each of at least two straight pieces' },
  spiral: { lines: 8, words: 'a boundary that winds around the centre, of many straight pieces' },
};
