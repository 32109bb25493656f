// The circuit sandbox's schema entry: a circuit in the editor and its state, measured shot by
// shot so the counts meet the probabilities (Quirk-like; the error-correction lesson opens its
// steps here).

import { editorCircuitSize } from '../../size';
import type { TaskSchema } from '../taskSchema';
import type { EditorCircuit } from '../../circuit/types';
import { CIRCUIT_HIDEABLE_CHOICES } from './types';
import { checkSandbox } from './validate';

/** H on qubit 0, then CNOT 0 → 1: (|00⟩ + |11⟩)/√2, with room to add gates. */
function bellCircuit(): EditorCircuit {
  return {
    qubits: 2,
    columns: 6,
    gates: [
      { id: 'g1', gate: 'H', column: 0, targets: [0] },
      { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
    ],
    blocks: [],
  };
}

export const circuitSchema: TaskSchema<'circuit'> = {
  name: 'circuit',
  label: 'Circuit (sandbox)',
  defaults: () => ({
    version: 4,
    task: 'circuit',
    model: { circuit: bellCircuit() },
    measure: { shots: 2000 },
    training: { optimizer: 'adam', learningRate: 0.01, epochs: 40, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'round', many: 'rounds' },
  fixedRun: true,
  noise: true,
  // The rounds are training.epochs: messages about them name the Measure panel they are set in.
  sections: { model: 'Circuit', measure: 'Measure', training: 'Measure' },
  check: (c, o) => checkSandbox(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: { measure: 'me' },
  migrations: {},
  hideable: CIRCUIT_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.model.circuit, e.measure, e.training.epochs, e.training.seed, e.noise],
  circuit: (e) => e.model.circuit,
  withCircuit: (e, circuit) => ({ ...e, model: { circuit } }),
  size: (e) => editorCircuitSize(e.model.circuit),
};
