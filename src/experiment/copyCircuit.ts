// A clean copy of an editor circuit, field by field, once validateEditorCircuit has accepted it.

import type { AngleBinding, EditorCircuit, PlacedGate } from './circuit/types';

function copyBinding(b: AngleBinding): AngleBinding {
  switch (b.kind) {
    case 'const':
      return { kind: 'const', expr: b.expr, value: b.value };
    case 'param':
      return { kind: 'param', name: b.name };
    case 'feature':
      return { kind: 'feature', feature: b.feature, weight: b.weight, bias: b.bias };
  }
}

function copyGate(g: PlacedGate): PlacedGate {
  const out: PlacedGate = { id: g.id, gate: g.gate, column: g.column, targets: [...g.targets] };
  if (g.controls !== undefined) out.controls = [...g.controls];
  if (g.controlStates !== undefined) out.controlStates = [...g.controlStates];
  if (g.params !== undefined) out.params = g.params.map(copyBinding);
  if (g.p !== undefined) out.p = g.p;
  return out;
}

/** Copies only the fields the circuit schema defines; the input must already be valid. */
export function copyCircuit(c: EditorCircuit): EditorCircuit {
  return {
    qubits: c.qubits,
    columns: c.columns,
    gates: c.gates.map(copyGate),
    blocks: c.blocks.map((b) => ({ start: b.start, end: b.end, count: b.count, shared: b.shared })),
  };
}
