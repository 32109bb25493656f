// A 10-qubit, 5-layer editor circuit as a student would build it: rotations with trainable angles,
// a feature-encoding first column and a brick wall of CNOTs per layer.

import type { EditorCircuit, PlacedGate } from '../../../src/experiment/circuit/types';

export function tenQubitFiveLayers(): EditorCircuit {
  const gates: PlacedGate[] = [];
  let id = 0;
  let theta = 0;
  const add = (g: Omit<PlacedGate, 'id'>): void => {
    gates.push({ id: `g${++id}`, ...g });
  };
  for (let q = 0; q < 10; q++)
    add({ gate: 'RY', column: 0, targets: [q], params: [{ kind: 'feature', feature: q % 2, weight: `w${q + 1}`, bias: `b${q + 1}` }] }); // prettier-ignore
  for (let layer = 0; layer < 5; layer++) {
    const c = 1 + layer * 3;
    for (let q = 0; q < 10; q++)
      add({ gate: 'RY', column: c, targets: [q], params: [{ kind: 'param', name: `θ${++theta}` }] }); // prettier-ignore
    for (let q = 0; q + 1 < 10; q += 2) add({ gate: 'CNOT', column: c + 1, targets: [q, q + 1] });
    for (let q = 1; q + 1 < 10; q += 2) add({ gate: 'CNOT', column: c + 2, targets: [q, q + 1] });
  }
  add({ gate: 'RZ', column: 16, targets: [0], params: [{ kind: 'const', expr: 'pi/4', value: Math.PI / 4 }] }); // prettier-ignore
  return { qubits: 10, columns: 17, gates, blocks: [] };
}
