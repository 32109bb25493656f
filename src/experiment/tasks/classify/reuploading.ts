// The data re-uploading classifier (Pérez-Salinas, Cervera-Lierta, Gil-Fuster, Latorre,
// Quantum 4:226, 2020), described once: the circuit the worker trains (simulator format, its
// parameter layout fixed since schema 1 so old links replay their curves) and the same model as
// an editor circuit the student can open and change (same state for the same parameters).

import type { AngleBinding, EditorCircuit, PlacedGate } from '../../circuit/types';
import type { GateName } from '../../circuit/gateCatalog';
import { CIRCUIT_LIMITS } from '../../circuit/limits';
import type { Binding, Circuit, Operation } from '../../circuit/program';
import { LIMITS } from '../../limits';
import type { Entangler } from '../../lists';

export interface ReuploadingSpec {
  /** 1–8 qubits. */
  qubits: number;
  /** 1–10 layers; each re-encodes the features. */
  layers: number;
  /** Ring of two-qubit gates between layers (ignored on one qubit). */
  entangler: Entangler;
  /** Input features each qubit reads per layer (2, x1 and x2, unless the data are a table). */
  features?: number;
}

/** The rotation reading feature f of a layer: RZ, RY, RZ, RY, …; the trainable one comes next. */
const featureGate = (f: number): 'RZ' | 'RY' => (f % 2 === 0 ? 'RZ' : 'RY');

/** The preset's sizes: the schema's limits for a re-uploading model (one table, limits.ts). */
export const REUPLOADING_LIMITS = { qubits: LIMITS.qubits, layers: LIMITS.layers } as const;

/**
 * Each layer applies on every qubit Rot(θ + w∘x) with x = (x1, x2, 0): RZ(w₁x₁ + θ₁),
 * RY(w₂x₂ + θ₂), RZ(θ₃) — five trainable numbers per qubit and layer — then a ring of
 * entangling gates. Parameter layout per (layer, qubit): w₁, θ₁, w₂, θ₂, θ₃.
 *
 * With d features (tabular data) every qubit reads all of them in turn, RZ(w₁x₁ + θ₁),
 * RY(w₂x₂ + θ₂), RZ(w₃x₃ + θ₃), …, then one trainable rotation of the next kind: 2d + 1 numbers
 * per qubit and layer, the same circuit and layout as above for d = 2.
 */
export function reuploadingCircuit(spec: ReuploadingSpec): Circuit {
  const { qubits, layers } = spec;
  const d = spec.features ?? 2;
  const [qMin, qMax] = REUPLOADING_LIMITS.qubits;
  const [lMin, lMax] = REUPLOADING_LIMITS.layers;
  if (!Number.isInteger(qubits) || qubits < qMin || qubits > qMax) {
    throw new Error(`The re-uploading classifier takes ${qMin} to ${qMax} qubits; got ${qubits}.`);
  }
  if (!Number.isInteger(layers) || layers < lMin || layers > lMax) {
    throw new Error(`The re-uploading classifier takes ${lMin} to ${lMax} layers; got ${layers}.`);
  }
  const ops: Operation[] = [];
  let k = 0;
  const feature = (f: number): Binding => {
    const b: Binding = { kind: 'feature', feature: f, weight: k, bias: k + 1 };
    k += 2;
    return b;
  };
  for (let l = 0; l < layers; l++) {
    for (let q = 0; q < qubits; q++) {
      for (let f = 0; f < d; f++)
        ops.push({ gate: featureGate(f), targets: [q], params: [feature(f)] });
      ops.push({ gate: featureGate(d), targets: [q], params: [{ kind: 'param', index: k++ }] });
    }
    if (l < layers - 1 && qubits > 1 && spec.entangler !== 'none') {
      const gate = spec.entangler === 'cz' ? 'CZ' : 'CNOT';
      const ring = qubits > 2 ? qubits : 1;
      for (let q = 0; q < ring; q++) ops.push({ gate, targets: [q, (q + 1) % qubits] });
    }
  }
  return { qubits, ops };
}

/**
 * One layer ×`layers` as one repeated block (fresh parameters per layer): the entangling ring,
 * then on every qubit q RZ(w·x0 + b), RY(w·x1 + b), RZ(θ) with names w/b(2q+1), w/b(2q+2), θ(q+1)
 * (with d features: every feature in turn, as reuploadingCircuit).
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
  features = 2,
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
  // Names w/b(d·q + f + 1) and θ(q + 1): for d = 2, w1 b1 and w2 b2 on qubit 0, and so on.
  for (let f = 0; f < features; f++, column++)
    for (let q = 0; q < qubits; q++) add(featureGate(f), [q], feature(f, features * q + f + 1));
  for (let q = 0; q < qubits; q++)
    add(featureGate(features), [q], [{ kind: 'param', name: `θ${q + 1}` }]);
  column++;
  return {
    qubits,
    columns: column,
    gates,
    blocks: [{ start: 0, end: column, count: layers, shared: false }],
  };
}
