// Circuits in and out of the playground: what an importer (OpenQASM 2 and 3, Quirk) gives the
// editor, and what an exporter (OpenQASM, Quirk, Qiskit, PennyLane) is given. Pure data; the
// formats live in their own folders (qasm/, quirk/, python/).

import type { EditorCircuit } from '../circuit/types';

export type CircuitFormat = 'qasm2' | 'qasm3' | 'quirk';

/** A circuit read from another tool, ready for the editor. */
export interface ImportedCircuit {
  format: CircuitFormat;
  /** Laid out as soon as possible (fromProgram), no repeated blocks; valid for the editor. */
  circuit: EditorCircuit;
  /**
   * Starting values of the trainable parameters, by editor name (OpenQASM 3 `float[64] θ1 = 0.7;`);
   * empty when the source has none (OpenQASM 2 and Quirk angles are constants).
   */
  values: Map<string, number>;
  /**
   * How the circuit was changed on the way in, one sentence each, for the user: gates the editor
   * lacks and what they became ("line 7: ccz became Z with two controls"), barriers ignored, the
   * measurements read as the readout.
   */
  notes: string[];
  /**
   * What could not be imported, each with where it was ("column 3: Quirk's Bloch display"). Nothing
   * else is lost: an importer that cannot place a gate fails instead of skipping it silently.
   */
  skipped: string[];
  /** Qubits measured (OpenQASM `measure`), in order of first measurement; empty when none. */
  measured: number[];
}

/** Where in the source an import failed: 1-based line and column (OpenQASM) or Quirk column. */
export interface ImportError {
  /** One sentence for the user, naming the place ("Line 4, column 9: unknown gate 'foo'."). */
  message: string;
  line?: number;
  column?: number;
}

export type ImportResult = { ok: true; value: ImportedCircuit } | { ok: false; error: ImportError };

/** A Pauli operator on some qubits: { 0: 'Z', 2: 'X' } is Z₀X₂ (identity elsewhere). */
export type PauliTerm = { coeff: number; ops: Readonly<Record<number, 'X' | 'Y' | 'Z'>> };

/** What a model reads from its final state, for the exported Python code. */
export type ExportReadout =
  /** One observable, a sum of Pauli terms (VQE's energy, QAOA's cost, ⟨Z₀⟩). */
  | { kind: 'observable'; label: string; terms: readonly PauliTerm[] }
  /** The fidelity readout: the Bloch vector ⟨X⟩, ⟨Y⟩, ⟨Z⟩ of one qubit. */
  | { kind: 'bloch'; qubit: number }
  /** Probabilities of the basis states of these qubits (the cross-entropy readout, shots). */
  | { kind: 'probabilities'; qubits: readonly number[] };

/** What an exporter writes out: the editor circuit with its parameters' values. */
export interface ExportSource {
  /** The circuit; repeated blocks are written out (compileEditorCircuit). */
  circuit: EditorCircuit;
  /**
   * Value of each trainable parameter by compiled name: "θ1", and "θ1#2" for the second
   * repetition of a block (compile.ts). A name missing here is an error of the caller.
   */
  values: ReadonlyMap<string, number>;
  /**
   * Input features, where a format has no inputs (OpenQASM 2, Quirk): feature bindings are
   * evaluated at this point (the editor's live point), and the export says so.
   */
  point: readonly number[];
  /** What the model reads out; null: measure every qubit (the sandbox). */
  readout: ExportReadout | null;
  /** One line naming the experiment, for a comment at the top ("Classification, circle data"). */
  title: string;
}

/** Exported text, and what the target format could not carry (channels, features fixed at a point). */
export interface ExportResult {
  text: string;
  notes: string[];
}
