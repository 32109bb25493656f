// Names of basis states as the page prints them.

/** Ket of basis state `index` on `qubits` qubits, qubit 0 the rightmost digit (as Qiskit): 2 → |10⟩. */
export function basisLabel(index: number, qubits: number): string {
  return `|${index.toString(2).padStart(qubits, '0')}⟩`;
}

/** A probability with three decimals, as on screen: 0.5 → "0.500". */
export function formatProbability(p: number): string {
  return p.toFixed(3);
}
