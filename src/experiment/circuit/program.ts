// Circuits as the simulator runs them: plain, JSON-serialisable data, an ordered list of operations
// on qubit wires (the editor's circuit compiles to this; the worker's simulator runs it).
// Qubit q is bit q of the basis index (qubit 0 least significant, as in Qiskit).

import type { ChannelName } from './channelCatalog';
import type { GateName } from './gateCatalog';

/** Angle in radians. */
export type Radians = number;
/** Index of a qubit: bit position in the basis-state index, 0 = least significant. */
export type Qubit = number;

/** Where a gate's angle comes from. */
export type Binding =
  /** A fixed angle. */
  | { kind: 'const'; value: Radians }
  /** A trainable parameter: `params[index]`. */
  | { kind: 'param'; index: number }
  /** An input feature with trainable weight and bias: `params[weight] * x[feature] + params[bias]`. */
  | { kind: 'feature'; feature: number; weight: number; bias: number };

/** One gate application. */
export interface Operation {
  gate: GateName;
  /** Target qubits, in the gate's own order (for CNOT-like named gates the first is the control). */
  targets: Qubit[];
  /** Extra control qubits; the gate acts only where each control is in its `controlStates` value. */
  controls?: Qubit[];
  /** 1 = control on |1⟩ (filled dot, default), 0 = control on |0⟩ (open dot); same length as `controls`. */
  controlStates?: (0 | 1)[];
  /** One binding per gate parameter (RX: 1, U3: 3, H: none). */
  params?: Binding[];
}

/** A circuit on `qubits` wires, applied to |0…0⟩. */
export interface Circuit {
  qubits: number;
  ops: Operation[];
  /**
   * Optional stable name of each trainable parameter (paramNames[i] names params[i]), as the
   * circuit editor gives them; the simulator ignores it, training starts each named parameter
   * from a value drawn for its name.
   */
  paramNames?: string[];
}

/**
 * A noise channel placed in a circuit (the editor's channel entries): applied to `qubits` with
 * probability p after operation `after` (−1: before the first). Only the density-matrix simulator
 * runs circuits with channels; they travel beside the Circuit, not in its ops.
 */
export interface CircuitChannel {
  name: ChannelName;
  qubits: Qubit[];
  p: number;
  after: number;
}
