// The experiment a first visit opens: the data re-uploading classifier on the circle set.

import type { Experiment } from './types';

export function defaultExperiment(): Experiment {
  return {
    version: 2,
    task: 'classify',
    data: { set: 'circle', points: 200, noise: 0, trainRatio: 0.5, seed: 1, custom: [] },
    model: { kind: 'reuploading', qubits: 1, layers: 3, entangler: 'cz', readout: 'fidelity' },
    training: {
      optimizer: 'adam',
      learningRate: 0.1,
      batchSize: 16,
      epochs: 60,
      l2: 0,
      gradient: 'adjoint',
      shots: 0,
      seed: 1,
    },
    baseline: { kind: 'mlp', size: 'match', activation: 'tanh', engine: 'tfjs' },
    view: { showTest: true, discretize: false, hidden: [] },
  };
}
