// The error-correction lesson's schema entry: a repetition code (or Shor's) under noise, its
// logical error against the physical error, swept one value of p a step.

import type { TaskSchema } from '../taskSchema';
import { QEC_HIDEABLE_CHOICES } from './types';
import { checkQec } from './validate';

export const qecSchema: TaskSchema<'qec'> = {
  name: 'qec',
  label: 'Error correction (lesson)',
  defaults: () => ({
    version: 4,
    task: 'qec',
    code: { kind: 'bitFlip', channel: 'bitFlip', p: 0.1, pMax: 0.5 },
    training: { optimizer: 'adam', learningRate: 0.01, epochs: 21, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'point', many: 'points' },
  fixedRun: true,
  sections: { code: 'Code' },
  check: (c, o) => checkQec(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: { code: 'qe', channel: 'ch', pMax: 'pm' },
  migrations: {},
  hideable: QEC_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.code, e.training.epochs],
  circuit: () => null,
  withCircuit: (e) => e,
  // The 3-qubit codes: three data qubits and two ancillas (encode, syndrome, correct, decode;
  // the phase-flip code adds Hadamards and its input's); the Shor code: nine qubits, no ancilla.
  size: (e) =>
    e.code.kind === 'shor'
      ? { qubits: 9, gates: 26 }
      : { qubits: 5, gates: e.code.kind === 'bitFlip' ? 11 : 24 },
};
