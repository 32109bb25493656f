// Shared by the OpenQASM export and round-trip tests: a random input state as preparation ops, the
// state a list of ops or an editor circuit leaves after it, and the distance between two states.

import { compileEditorCircuit } from '../../../src/experiment/circuit/compile';
import type { Operation } from '../../../src/experiment/circuit/program';
import type { EditorCircuit } from '../../../src/experiment/circuit/types';
import { runCircuit, type Rng } from '../../../workers/sim';
import { randomStateCircuit } from '../sim/random';

/** Ops that take |0…0⟩ to a generic random state on n qubits. */
export function prepOps(rng: Rng, n: number): Operation[] {
  return randomStateCircuit(rng, n).ops;
}

/** Amplitudes after `prep` and then `ops` (constant angles) on n qubits. */
export function opsState(
  n: number,
  ops: readonly Operation[],
  prep: readonly Operation[],
): Float64Array {
  return runCircuit({ qubits: n, ops: [...prep, ...ops] }).amp;
}

/** Amplitudes after `prep` and then the editor circuit, its parameters at `values`, features at `point`. */
export function editorState(
  circuit: EditorCircuit,
  values: ReadonlyMap<string, number>,
  point: readonly number[],
  prep: readonly Operation[],
): Float64Array {
  const compiled = compileEditorCircuit(circuit);
  const params = compiled.paramNames.map((name) => {
    const v = values.get(name);
    if (v === undefined) throw new Error(`no value for the parameter ${name}`);
    return v;
  });
  const x = Array.from({ length: compiled.numFeatures }, (_, k) => point[k] ?? 0);
  return runCircuit({ qubits: circuit.qubits, ops: [...prep, ...compiled.circuit.ops] }, params, x)
    .amp;
}

/**
 * ‖a − e^{iφ}·b‖, with φ the global phase that aligns b to a, or φ = 0 when `exact`. Only a phase
 * of the whole state is forgiven: relative phases (those a control or a spectator qubit shows) count.
 */
export function stateDistance(a: Float64Array, b: Float64Array, exact = false): number {
  let re = 0;
  let im = 0;
  for (let i = 0; i < a.length; i += 2) {
    re += b[i]! * a[i]! + b[i + 1]! * a[i + 1]!;
    im += b[i]! * a[i + 1]! - b[i + 1]! * a[i]!;
  }
  const n = Math.hypot(re, im);
  const [cr, ci] = exact || n === 0 ? [1, 0] : [re / n, im / n];
  let sum = 0;
  for (let i = 0; i < a.length; i += 2) {
    const br = cr * b[i]! - ci * b[i + 1]!;
    const bi = cr * b[i + 1]! + ci * b[i]!;
    sum += (a[i]! - br) ** 2 + (a[i + 1]! - bi) ** 2;
  }
  return Math.sqrt(sum);
}
