// The matrix-multiplication task's schema entry: A and B multiplied by the quantum subroutine
// (amplitude encoding of A, a block encoding U_B of B, post-selection), exactly and from shots.

import type { TaskSchema } from '../taskSchema';
import { MATMUL_HIDEABLE_CHOICES } from './types';
import { checkMatmul } from './validate';

export const matmulSchema: TaskSchema<'matmul'> = {
  name: 'matmul',
  label: 'Multiplying matrices with qubits',
  defaults: () => ({
    version: 4,
    task: 'matmul',
    // A: 1 on the diagonal, 2 just right of it (cyclically); B: Pauli X ⊗ Z.
    matrices: {
      size: 4,
      a: [1, 2, 0, 0, 0, 1, 2, 0, 0, 0, 1, 2, 2, 0, 0, 1],
      b: [0, 0, 1, 0, 0, 0, 0, -1, 1, 0, 0, 0, 0, -1, 0, 0],
    },
    training: { optimizer: 'adam', learningRate: 0.01, epochs: 20, gradient: 'adjoint', shots: 10000, seed: 1 }, // prettier-ignore
    view: { hidden: [], speed: 'normal', locked: false },
  }),
  step: { one: 'round', many: 'rounds' },
  fixedRun: true,
  sections: { matrices: 'Matrices', training: 'Shots' },
  check: (c, o) => checkMatmul(c, o),
  // Appended to the shared table; never change a code once released.
  linkKeys: { matrices: 'xm', a: 'xa', b: 'xb' },
  migrations: {},
  hideable: MATMUL_HIDEABLE_CHOICES,
  sessionParts: (e) => [e.matrices, e.training.shots, e.training.epochs, e.training.seed],
  circuit: () => null,
  withCircuit: (e) => e,
  // Three registers of log2(n) qubits; the gates: load A and U_B (two boxes).
  size: (e) => ({ qubits: 3 * Math.log2(e.matrices.size), gates: 2 }),
};
