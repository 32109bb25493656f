// Fixtures of schema 1 as its links and files held them (plain JSON, before any migration).

/** The default experiment of schema 1. */
export function schema1Default(): Record<string, unknown> {
  return {
    version: 1,
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
    baseline: { kind: 'mlp', size: 'match', activation: 'tanh' },
    view: { showTest: true, discretize: false, hidden: [] },
  };
}

/** A schema-1 experiment with every section edited and trained weights. */
export function schema1Edited(): Record<string, unknown> {
  return {
    ...schema1Default(),
    data: {
      set: 'squares',
      points: 400,
      noise: 0.15,
      trainRatio: 0.7,
      seed: 42,
      custom: [{ x1: 0.5, x2: -0.25, label: 3 }],
    },
    model: {
      kind: 'reuploading',
      qubits: 2,
      layers: 4,
      entangler: 'cnot',
      readout: 'cross-entropy',
    },
    baseline: { kind: 'mlp', size: { hidden: [8, 4] }, activation: 'relu' },
    view: { showTest: false, discretize: true, hidden: ['classical'] },
    weights: { quantum: [0.5, -1.25], classical: [0.25, -0.5, 2] },
  };
}
