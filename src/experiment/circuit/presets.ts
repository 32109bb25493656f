// Ready-made editor circuits: the data re-uploading classifier as gates the student can see and
// change, equal to workers/ml/models/reuploading.ts's circuit for the same parameters.

import type { Entangler } from '../lists';
import type { GateName } from './gateCatalog';
import { CIRCUIT_LIMITS } from './limits';
import type { AngleBinding, EditorCircuit, PlacedGate } from './types';

/**
 * One layer ×`layers` as one repeated block (fresh parameters per layer): the entangling ring,
 * then on every qubit q RZ(w·x0 + b), RY(w·x1 + b), RZ(θ) with names w/b(2q+1), w/b(2q+2), θ(q+1).
 *
 * The ring comes first, unlike the paper's drawing, so that the block can repeat whole and still
 * be the model's circuit: reuploadingCircuit puts rings only between layers, and a ring of CZ or
 * CNOT on |0…0⟩ (the first repetition's) does nothing, whereas a ring after the last layer would
 * change the measured probabilities (CNOT). Same state, same parameters, same count (5/qubit/layer).
 */
export function reuploadingEditorCircuit(
  qubits: number,
  layers: number,
  entangler: Entangler,
): EditorCircuit {
  const [qMin, qMax] = CIRCUIT_LIMITS.qubits;
  const [lMin, lMax] = CIRCUIT_LIMITS.repeat;
  if (!Number.isInteger(qubits) || qubits < qMin || qubits > qMax) {
    throw new RangeError(
      `The re-uploading circuit takes ${qMin} to ${qMax} qubits; got ${qubits}.`,
    );
  }
  if (!Number.isInteger(layers) || layers < lMin || layers > lMax) {
    throw new RangeError(
      `The re-uploading circuit takes ${lMin} to ${lMax} layers; got ${layers}.`,
    );
  }
  const gates: PlacedGate[] = [];
  let column = 0;
  const add = (gate: GateName, targets: number[], params?: AngleBinding[]): void => {
    const g: PlacedGate = { id: `g${gates.length + 1}`, gate, column, targets };
    if (params) g.params = params;
    gates.push(g);
  };
  if (qubits > 1 && entangler !== 'none') {
    const gate = entangler === 'cz' ? 'CZ' : 'CNOT';
    // As reuploadingCircuit: one gate on two qubits, a closed ring on more. Each gate overlaps the
    // next, so each gets its own column.
    const ring = qubits > 2 ? qubits : 1;
    for (let q = 0; q < ring; q++, column++) add(gate, [q, (q + 1) % qubits]);
  }
  const feature = (f: number, k: number): AngleBinding[] => [
    { kind: 'feature', feature: f, weight: `w${k}`, bias: `b${k}` },
  ];
  for (let q = 0; q < qubits; q++) add('RZ', [q], feature(0, 2 * q + 1));
  column++;
  for (let q = 0; q < qubits; q++) add('RY', [q], feature(1, 2 * q + 2));
  column++;
  for (let q = 0; q < qubits; q++) add('RZ', [q], [{ kind: 'param', name: `θ${q + 1}` }]);
  column++;
  return {
    qubits,
    columns: column,
    gates,
    blocks: [{ start: 0, end: column, count: layers, shared: false }],
  };
}
