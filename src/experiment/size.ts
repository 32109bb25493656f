// How big an experiment's quantum circuit is, counted from the settings alone (no compiling), so
// the page can say what the worker is busy with: "24 qubits, 4,800 gates".

import type { ModelSettings } from './types';

export interface CircuitSize {
  qubits: number;
  /** Operations the simulator runs per data point, repeated blocks written out. */
  gates: number;
}

/** Size of the circuit the worker builds for this model (as reuploadingCircuit / compileEditorCircuit). */
export function circuitSize(model: ModelSettings): CircuitSize {
  if (model.kind === 'reuploading') {
    const { qubits, layers, entangler } = model;
    const ring = qubits > 1 && entangler !== 'none' ? (qubits > 2 ? qubits : 1) : 0;
    return { qubits, gates: 3 * qubits * layers + ring * Math.max(0, layers - 1) };
  }
  const { gates, blocks } = model.circuit;
  let count = 0;
  for (const g of gates) {
    const block = blocks.find((b) => g.column >= b.start && g.column < b.end);
    count += block ? block.count : 1;
  }
  return { qubits: model.circuit.qubits, gates: count };
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "24 qubits, 4,800 gates". */
export function describeSize(s: CircuitSize): string {
  return `${plural(s.qubits, 'qubit', 'qubits')}, ${plural(s.gates, 'gate', 'gates')}`;
}
