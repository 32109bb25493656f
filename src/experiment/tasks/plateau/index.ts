// The barren-plateau task's schema entry: random circuits swept over qubit counts, one count a
// step, the variance of one gradient component at each (McClean et al. 2018; Cerezo et al. 2021).

import type { TaskSchema } from '../taskSchema';
import { plateauLayers, plateauQubits } from './sweep';
import { PLATEAU_HIDEABLE_CHOICES, type PlateauExperiment } from './types';
import { checkPlateau } from './validate';

function defaults(): PlateauExperiment {
  const e: PlateauExperiment = {
    version: 4,
    task: 'plateau',
    plateau: {
      minQubits: 2,
      maxQubits: 12,
      qubitStep: 2,
      circuits: 200,
      layers: 50,
      scaling: 'fixed',
      cost: 'global',
      component: 'first',
    },
    training: { optimizer: 'adam', learningRate: 0.01, epochs: 6, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    view: { hidden: [], speed: 'normal', locked: false },
  };
  e.training.epochs = plateauQubits(e.plateau).length;
  return e;
}

export const plateauSchema: TaskSchema<'plateau'> = {
  name: 'plateau',
  label: 'Barren plateaus',
  defaults,
  step: { one: 'qubit count', many: 'qubit counts' },
  fixedRun: true,
  sections: { plateau: 'Plateau' },
  check: (c, o) => checkPlateau(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: {
    plateau: 'yp',
    minQubits: 'yn',
    maxQubits: 'yx',
    qubitStep: 'ys',
    circuits: 'yc',
    scaling: 'yd',
    cost: 'yo',
    component: 'yk',
  },
  migrations: {},
  hideable: PLATEAU_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.plateau, e.training.seed],
  circuit: () => null,
  withCircuit: (e) => e,
  // The largest circuit of the sweep: n RY(π/4), then per layer n rotations and n − 1 CZs.
  size: (e) => {
    const n = e.plateau.maxQubits;
    return { qubits: n, gates: n + plateauLayers(e.plateau, n) * (2 * n - 1) };
  },
};
