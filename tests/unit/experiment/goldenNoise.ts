// Golden links of experiments with noise, frozen as released: golden.test.ts opens each of them
// with the others.
import type { ClassifyExperiment } from '../../../src/experiment/types';
import type { Golden } from './goldenSequences';

/** The classification default of schema 4 under the chip preset (Willow's data sheet, 2024). */
const CLASSIFY_CHIP: ClassifyExperiment = {
  version: 4,
  task: 'classify',
  data: { set: 'circle', points: 200, noise: 0, trainRatio: 0.5, seed: 1, custom: [] },
  model: { kind: 'reuploading', qubits: 1, layers: 3, entangler: 'cz', readout: 'fidelity' },
  training: { optimizer: 'adam', learningRate: 0.05, batchSize: 8, epochs: 60, l2: 0, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
  baseline: { kind: 'mlp', size: 'match', activation: 'tanh', engine: 'tfjs' },
  view: { showTest: true, discretize: false, hidden: [], speed: 'normal', locked: false },
  noise: { p1: 0.000525, p2: 0.004125, gamma: 0.000735, lambda: 0.0003882, p01: 0.0077, p10: 0.0077 }, // prettier-ignore
};

export const NOISE_GOLDEN: Golden[] = [
  {
    name: 'schema 4: the classification default under today’s superconducting chip',
    version: 4,
    link: '1PVDRcoMgEPyXe2Y6RJPq8CuZPKCikiBawHSM4793jzZ94vb2dtm7nZ6B1FlQepCi1ukYbb-RoE6T2qmL3LWhdQa9JZEqpBTkX6TwJEjlx0VQ7EidBLUrqevtEDTNLH5YiINZFzfrzvoBDl9NHnQbqVKQ8ez-Qj9AQL3tjLNpIzgkUPvbd17A6k5PmHT5T4lPG2SrYQLyE2EGEBi6z9YnzMUxR3QFHvg17j_R5BbmsQJNOrUjgG4BkvZcm4Hr_h45xvObZSNk1xtCGVIprAbXgbrXLqKMHM7PYdKO4-GMmYCYr7TTcMqBpbwUCD1wHqDziZHGfpmrSqDljcq6LnBE-QurCvWfSVUdxw8',
    expected: CLASSIFY_CHIP,
  },
];
