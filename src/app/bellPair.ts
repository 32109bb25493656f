// The first circuit the page shows: a Bell pair, (|00⟩ + |11⟩)/√2.
import type { Circuit } from '../../workers/sim';

/** H on qubit 0, then CNOT with control 0 and target 1. */
export const BELL_PAIR: Circuit = {
  qubits: 2,
  ops: [
    { gate: 'H', targets: [0] },
    { gate: 'CNOT', targets: [0, 1] },
  ],
};
