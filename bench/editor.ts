// What one edit costs on a 12-qubit, 100-gate circuit: the edit itself, lowering the editor
// circuit to the simulator's, and the live state (the work the worker does per edit).

import { compileEditorCircuit, placeGate, type EditorCircuit } from '../src/experiment/circuit';
import { inspectCircuit } from '../workers/inspect';
import { createRng } from '../workers/sim';
import type { GateName } from '../workers/sim/gates';

/** A 12-qubit circuit of 100 random one- and two-qubit gates, built with the editor's own edits. */
function randomCircuit(): EditorCircuit {
  const rng = createRng(12);
  const gates: GateName[] = ['H', 'RX', 'RY', 'RZ', 'CNOT', 'CZ', 'T', 'S'];
  let c: EditorCircuit = { qubits: 12, columns: 60, gates: [], blocks: [] };
  while (c.gates.length < 100) {
    const r = placeGate(c, gates[rng.int(gates.length)]!, rng.int(60), rng.int(11));
    if (r.ok) c = r.circuit;
  }
  return c;
}

/** Best-of-20 milliseconds of: place one more gate, compile, and compute the live state. */
export function editMs(): number {
  const base = randomCircuit();
  let best = Infinity;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const r = placeGate(base, 'H', 59, i % 12);
    const c = r.ok ? r.circuit : base;
    const { circuit, paramNames } = compileEditorCircuit(c);
    inspectCircuit(circuit, new Float64Array(paramNames.length), [0.5, -0.5]);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
