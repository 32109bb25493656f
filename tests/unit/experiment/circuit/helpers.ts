// Shared test helpers for the circuit editor core: frozen inputs (so any mutation throws), empty
// circuits, and unwrapping edit results with a readable failure.
import { expect } from 'vitest';
import type { EditResult, EditorCircuit } from '../../../../src/experiment/circuit';

/** Freezes a value and everything inside it; a pure operation must still work on it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen empty circuit. */
export function empty(qubits = 3, columns = 4): EditorCircuit {
  return deepFreeze({ qubits, columns, gates: [], blocks: [] });
}

/** The new circuit of a successful edit, frozen (so chained edits are checked for purity too). */
export function ok(r: EditResult): EditorCircuit {
  if (!r.ok) throw new Error(`Edit refused: ${r.reason}`);
  return deepFreeze(r.circuit);
}

/** Asserts that the edit was refused with a reason containing `fragment`. */
export function refused(r: EditResult, fragment: string | RegExp): void {
  expect(r.ok).toBe(false);
  if (!r.ok) {
    if (typeof fragment === 'string') expect(r.reason).toContain(fragment);
    else expect(r.reason).toMatch(fragment);
  }
}

/** Applies edits in order, each to the previous result; all must succeed. */
export function build(
  start: EditorCircuit,
  ...edits: ((c: EditorCircuit) => EditResult)[]
): EditorCircuit {
  return edits.reduce((c, edit) => ok(edit(c)), start);
}
