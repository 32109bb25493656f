// The molecule-energy task's schema entry: the variational quantum eigensolver against
// Hartree–Fock and exact diagonalisation.

import { ansatzCircuit } from './ansatz';
import { editorCircuitSize } from '../../size';
import type { TaskSchema } from '../taskSchema';
import { VQE_HIDEABLE_CHOICES } from './types';
import { checkVqe } from './validate';

export const vqeSchema: TaskSchema<'vqe'> = {
  name: 'vqe',
  label: 'Molecule energy (VQE)',
  defaults: () => ({
    version: 4,
    task: 'vqe',
    problem: { molecule: 'h2', bondLength: 0.735, form: 'parity2', hamiltonian: '0.5 Z0 Z1 + 0.3 X0 + 0.3 X1' }, // prettier-ignore
    ansatz: { kind: 'givens' },
    // Adam at 0.1 reaches H₂'s exact energy to 1e-10 Ha within 200 steps at every bond length of the scan.
    training: { optimizer: 'adam', learningRate: 0.1, epochs: 200, gradient: 'adjoint', shots: 0, seed: 1 }, // prettier-ignore
    scan: { from: 0.3, to: 3, points: 28 },
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'iteration', many: 'iterations' },
  noise: true,
  sections: { problem: 'Problem', ansatz: 'Ansatz', scan: 'Bond length scan' },
  check: (c, o) => checkVqe(c, o),
  // Appended to link format 1's table; never change a code once released.
  linkKeys: {
    problem: 'pb',
    molecule: 'ml',
    bondLength: 'bd',
    form: 'fm',
    hamiltonian: 'hm',
    ansatz: 'az',
    scan: 'sc',
    from: 'fr',
    to: 'tt',
  },
  migrations: {},
  hideable: VQE_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.problem, e.ansatz, e.training, e.noise],
  circuit: (e) => (e.ansatz.kind === 'circuit' ? e.ansatz.circuit : null),
  // A preset ansatz becomes the editor's (an imported circuit).
  withCircuit: (e, circuit) => ({ ...e, ansatz: { kind: 'circuit', circuit } }),
  size: (e) => editorCircuitSize(ansatzCircuit(e.ansatz, e.problem)),
};
