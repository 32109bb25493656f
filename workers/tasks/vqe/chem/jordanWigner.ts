// The Jordan–Wigner encoding: mode j ↔ qubit j, |1⟩ = occupied, with a string of Z's on the
// lower qubits carrying the fermionic sign.

import { addString, type PauliOperator } from './pauliAlgebra';

/**
 * a_j = Z_0 ⋯ Z_{j−1} · (X_j + iY_j)/2: (X + iY)/2 = |0⟩⟨1| empties the mode, and the Z's give
 * the sign (−1)^{number of occupied modes below j}.
 */
export function jordanWignerAnnihilator(mode: number): PauliOperator {
  const below = (1 << mode) - 1;
  const bit = 1 << mode;
  const op: PauliOperator = new Map();
  addString(op, bit, below, 0.5, 0); // X_j Z_<j
  addString(op, bit, below | bit, 0, 0.5); // i·Y_j Z_<j
  return op;
}
