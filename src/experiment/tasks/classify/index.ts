// The classification task's schema entry: a quantum classifier and an MLP on the same 2-D data.

import { circuitSize } from './modelKinds';
import { dataFeatures } from './table';
import type { TaskSchema } from '../taskSchema';
import { HIDEABLE_CHOICES } from './types';
import { checkClassify } from './validate';

export const classifySchema: TaskSchema<'classify'> = {
  name: 'classify',
  label: 'Classification',
  defaults: () => ({
    version: 4,
    task: 'classify',
    data: { set: 'circle', points: 200, noise: 0, trainRatio: 0.5, seed: 1, custom: [] },
    model: { kind: 'reuploading', qubits: 1, layers: 3, entangler: 'cz', readout: 'fidelity' },
    training: {
      optimizer: 'adam',
      // Chosen so that both models stay above 0.85 test accuracy from epoch 20 on (npm test's
      // flagship check reads them after epoch 30); at 0.1 and 16 the 17-parameter MLP hovers
      // about 0.8 until epoch 35.
      learningRate: 0.05,
      batchSize: 8,
      epochs: 60,
      l2: 0,
      gradient: 'adjoint',
      shots: 0,
      seed: 1,
    },
    baseline: { kind: 'mlp', size: 'match', activation: 'tanh', engine: 'tfjs' },
    view: { showTest: true, discretize: false, hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'epoch', many: 'epochs' },
  noise: true,
  sections: { data: 'Data', model: 'Quantum model', baseline: 'Classical model' },
  check: checkClassify,
  // Its first field names are the frozen table of link format 1 (linkKeys.ts); later ones are
  // appended here (data.table's dataset and csv share the benchmark's codes). Never change one.
  linkKeys: { table: 'tb', difficulty: 'dy' },
  migrations: {
    // Schema 2 added baseline.engine (new experiments train the MLP with TensorFlow.js). Schema 1
    // always trained it on typed arrays: 'arrays' keeps old links reproducing their curves.
    1: (doc) => {
      const baseline = doc['baseline'];
      if (typeof baseline === 'object' && baseline !== null && !Array.isArray(baseline))
        (baseline as Record<string, unknown>)['engine'] = 'arrays';
      return doc;
    },
  },
  hideable: HIDEABLE_CHOICES,
  sessionParts: (e) => [e.data, e.model, e.training, e.baseline, e.noise],
  circuit: (e) => (e.model.kind === 'circuit' ? e.model.circuit : null),
  // A preset model becomes the editor's, trained with the same readout (an imported circuit).
  withCircuit: (e, circuit) => ({
    ...e,
    model: { kind: 'circuit', circuit, readout: e.model.readout },
  }),
  size: (e) => circuitSize(e.model, dataFeatures(e.data)),
};
