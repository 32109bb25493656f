// Golden links of the matrix-multiplication task, frozen as released: golden.test.ts opens each
// of them with the others.
import type { MatmulExperiment } from '../../../src/experiment/types';
import type { Golden } from './goldenSequences';

/** The task's default experiment as schema 4 wrote it: 4 × 4, 10,000 shots in 20 rounds. */
const MATMUL_DEFAULT: MatmulExperiment = {
  version: 4,
  task: 'matmul',
  matrices: {
    size: 4,
    a: [1, 2, 0, 0, 0, 1, 2, 0, 0, 0, 1, 2, 2, 0, 0, 1],
    b: [0, 0, 1, 0, 0, 0, 0, -1, 1, 0, 0, 0, 0, -1, 0, 0],
  },
  training: { optimizer: 'adam', learningRate: 0.01, epochs: 20, gradient: 'adjoint', shots: 10000, seed: 1 }, // prettier-ignore
  view: { hidden: [], speed: 'normal', locked: false },
};

export const MATMUL_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the matrix-multiplication default (4 × 4, 10,000 shots in 20 rounds)',
    version: 4,
    link: '1VU5BEsIgEPtLzqsDHU98xekBp9VWoXVarIwd_m6AU-Gwu0k22R3bAnMRhBcMvA3-48BpgtmxdjBaML9J2c56Eo5qdVZEe6KNEjyIkH3O4xQoWAfuKL4k2L7ZZRhhri2ZbDPNi7c5wTHvbt3aUxd9SfuVQ6KlXEsjqvxjV3tNt3ijrMKVVnLSx4GlTekP',
    expected: MATMUL_DEFAULT,
  },
  {
    name: 'schema 4: a 2 × 2 product, exact (no shots), its table hidden, locked',
    version: 4,
    link: '1HY1LDoIwGITvMusfUlBi0qsYFiUQQVtqaHlE0rs7ZTnzzePEtkDfBfEDDWeiWy2oZugToYd-CPyXyPTGEVimVakqwUC3EbxoEL79NEfyMJInwbbngXGCfiKazg5oCfNQsH7PQ_yLyzowe7jr7AddUxhWKinqshElN7aOjo66ZFFJ3ab0Bw',
    expected: {
      ...MATMUL_DEFAULT,
      matrices: { size: 2, a: [1, -2.5, 0, 3], b: [0.5, 0, -1, 2] },
      training: { ...MATMUL_DEFAULT.training, shots: 0, epochs: 5, seed: 7 },
      view: { hidden: ['table'], speed: 'slow', locked: true },
    },
  },
];
