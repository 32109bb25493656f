// How big an experiment's quantum circuit is, counted from the settings alone (no compiling), so
// the page can say what the worker is busy with: "24 qubits, 4,800 gates".

import type { EditorCircuit } from './circuit/types';
import { formatCount } from './formatCount';

export interface CircuitSize {
  qubits: number;
  /** Operations the simulator runs per data point, repeated blocks written out. */
  gates: number;
}

/** Operations an editor circuit compiles to (repeated blocks written out), without compiling it. */
export function editorCircuitSize(c: EditorCircuit): CircuitSize {
  let count = 0;
  for (const g of c.gates) {
    const block = c.blocks.find((b) => g.column >= b.start && g.column < b.end);
    count += block ? block.count : 1;
  }
  return { qubits: c.qubits, gates: count };
}

const plural = (n: number, one: string, many: string): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;

/** "24 qubits, 4,800 gates". */
export function describeSize(s: CircuitSize): string {
  return `${plural(s.qubits, 'qubit', 'qubits')}, ${plural(s.gates, 'gate', 'gates')}`;
}
