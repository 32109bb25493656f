// The circuit as the editor holds it: gates placed in columns (time steps) on qubit wires, angle
// bindings by name, and column ranges repeated as layers. Pure data, part of every link.

import type { PlaceableName } from './channelCatalog';

/** Where a gate angle comes from, as the user set it. */
export type AngleBinding =
  /** A constant, kept as typed ("pi/4") with its value in radians. */
  | { kind: 'const'; expr: string; value: number }
  /** A trainable parameter by name; gates that use the same name share it. */
  | { kind: 'param'; name: string }
  /** Input feature x_feature with trainable weight and bias (by name): w·x + b. */
  | { kind: 'feature'; feature: number; weight: string; bias: string };

export interface PlacedGate {
  /** Stable identity within the circuit (for moves, selection and React keys). */
  id: string;
  /** A gate, or a noise channel (channelCatalog.ts). */
  gate: PlaceableName;
  /** Time step, 0-based. */
  column: number;
  /** Qubits as the simulator's Operation has them (named controls first: CNOT = [control, target]). */
  targets: number[];
  /** Extra control qubits (dots dropped in the same column). */
  controls?: number[];
  /** 1 = on |1⟩ (filled dot), 0 = on |0⟩ (open dot); one per control. */
  controlStates?: (0 | 1)[];
  /** One binding per angle of the gate. */
  params?: AngleBinding[];
  /** A channel's probability in [0, 1] (absent for gates and for reset). */
  p?: number;
}

/** Columns [start, end) repeated `count` times; parameters are fresh per repetition unless shared. */
export interface RepeatBlock {
  start: number;
  end: number;
  count: number;
  shared: boolean;
}

export interface EditorCircuit {
  qubits: number;
  columns: number;
  gates: PlacedGate[];
  blocks: RepeatBlock[];
}

/**
 * The outcome of one edit: the new circuit (the input is never changed), the gate to select, and
 * an optional note for the user about side effects ("Removed 2 gates on qubit 3."); or the reason
 * the edit was refused, as a sentence a student understands.
 */
export type EditResult =
  | { ok: true; circuit: EditorCircuit; selected?: string; note?: string }
  | { ok: false; reason: string };
