// What the OpenQASM interpreter (interpret.ts) hands to the binder (import.ts), and what it keeps
// for each gate definition and register it reads.

import type { GateOp, QasmVersion } from './gates';
import type { Pos } from './lexer';
import type { Call } from './parse';

/** What a name declared in the file is. */
export type Variable =
  | { kind: 'const'; value: number }
  /** A trainable parameter (`float θ = 0.5;`), or an `input` of a type other than float and angle. */
  | { kind: 'param'; value: number; input: boolean; at: Pos }
  /** An `input float` or `input angle`: an input feature. */
  | { kind: 'feature'; at: Pos };

export interface Interpreted {
  version: QasmVersion;
  qubits: number;
  /** Editor gates in order, each with the statement it came from. */
  ops: { op: GateOp; at: Pos }[];
  /** Resets after gates on a qubit: the editor's reset channel after op `after`. */
  resets: { qubit: number; after: number; at: Pos }[];
  measured: number[];
  /** Every declared classical variable, in declaration order. */
  variables: Map<string, Variable>;
  notes: string[];
}

export interface GateDef {
  params: string[];
  qubits: string[];
  body: Call[];
}

export interface Register {
  start: number;
  size: number;
  /** `qubit q;` / `bit c;`: one element, named without an index. */
  single: boolean;
  at: Pos;
}
