// The VQE ansatz presets as editor circuits, described once: the worker compiles exactly what
// the editor shows when the student opens a preset in it. Also the problem's qubit count and
// Hartree–Fock occupation, which the presets start from.

import type { AngleBinding, EditorCircuit, PlacedGate } from '../../circuit/types';
import type { GateName } from '../../circuit/gateCatalog';
import { parsePauliSum } from './pauliText';
import type { VqeAnsatz, VqeProblem } from './types';

/** Qubits the problem's Hamiltonian acts on (a custom sum that does not parse: 1). */
export function problemQubits(p: VqeProblem): number {
  if (p.molecule === 'custom') {
    const r = parsePauliSum(p.hamiltonian);
    return r.ok ? r.qubits : 1;
  }
  return p.molecule === 'h2' && p.form === 'parity2' ? 2 : 4;
}

/**
 * Qubits set in the Hartree–Fock determinant: the two electrons in the lowest spin orbitals
 * (qubits 0 and 1 with Jordan–Wigner; qubit 0 in H₂'s parity form, |01⟩). None for a custom sum.
 */
export function hartreeFockQubits(p: VqeProblem): number[] {
  if (p.molecule === 'custom') return [];
  return p.molecule === 'h2' && p.form === 'parity2' ? [0] : [0, 1];
}

class Builder {
  readonly gates: PlacedGate[] = [];
  column = 0;
  add(gate: GateName, targets: number[], params?: AngleBinding[]): void {
    const g: PlacedGate = { id: `g${this.gates.length + 1}`, gate, column: this.column, targets };
    if (params) g.params = params;
    this.gates.push(g);
  }
}

const param = (name: string): AngleBinding[] => [{ kind: 'param', name }];

/**
 * Hardware-efficient layers: RY(θ) and RZ(φ) on every qubit, then a CNOT ladder q → q+1, repeated
 * `layers` times with fresh parameters; X gates first on the Hartree–Fock qubits when it starts there.
 */
export function hardwareEfficientCircuit(
  qubits: number,
  layers: number,
  occupied: number[],
): EditorCircuit {
  const b = new Builder();
  if (occupied.length > 0) {
    for (const q of occupied) b.add('X', [q]);
    b.column++;
  }
  const start = b.column;
  for (let q = 0; q < qubits; q++) b.add('RY', [q], param(`θ${q + 1}`));
  b.column++;
  for (let q = 0; q < qubits; q++) b.add('RZ', [q], param(`φ${q + 1}`));
  b.column++;
  for (let q = 0; q + 1 < qubits; q++, b.column++) b.add('CNOT', [q, q + 1]);
  return {
    qubits,
    columns: b.column,
    gates: b.gates,
    blocks: layers > 1 ? [{ start, end: b.column, count: layers, shared: false }] : [],
  };
}

/**
 * Hartree–Fock plus one double excitation, cos(θ/2)|HF⟩ + sin(θ/2)|doubly excited⟩, which holds
 * H₂'s exact ground state in a minimal basis. Four qubits (Jordan–Wigner): RY(θ) on qubit 2,
 * CNOTs from 2 to 3, 0 and 1 give cos|0000⟩ + sin|1111⟩, then X on 0 and 1 gives
 * cos|0011⟩ + sin|1100⟩. Two qubits (parity): RY on 1, CNOT 1 → 0, X on 0: cos|01⟩ + sin|10⟩.
 */
export function doubleExcitationCircuit(qubits: 2 | 4): EditorCircuit {
  const b = new Builder();
  const top = qubits === 4 ? 2 : 1;
  b.add('RY', [top], param('θ'));
  b.column++;
  const targets = qubits === 4 ? [3, 0, 1] : [0];
  for (const t of targets) {
    b.add('CNOT', [top, t]);
    b.column++;
  }
  b.add('X', [0]);
  if (qubits === 4) b.add('X', [1]);
  b.column++;
  return { qubits, columns: b.column, gates: b.gates, blocks: [] };
}

/** The circuit the ansatz trains on this problem. */
export function ansatzCircuit(a: VqeAnsatz, p: VqeProblem): EditorCircuit {
  if (a.kind === 'circuit') return a.circuit;
  const qubits = problemQubits(p);
  if (a.kind === 'givens') return doubleExcitationCircuit(qubits === 2 ? 2 : 4);
  return hardwareEfficientCircuit(qubits, a.layers, a.start === 'hf' ? hartreeFockQubits(p) : []);
}
