// The data re-uploading classifier (Pérez-Salinas, Cervera-Lierta, Gil-Fuster, Latorre,
// Quantum 4:226, 2020) as a circuit in the core's format, so the editor can show and change it.

import type { Entangler } from '../../../src/experiment/lists';
import type { Binding, Circuit, Operation } from '../../sim';

export type { Entangler };

export interface ReuploadingSpec {
  /** 1–8 qubits. */
  qubits: number;
  /** 1–10 layers; each re-encodes the features. */
  layers: number;
  /** Ring of two-qubit gates between layers (ignored on one qubit). */
  entangler: Entangler;
}

export const REUPLOADING_LIMITS = { qubits: [1, 8], layers: [1, 10] } as const;

/**
 * Each layer applies on every qubit Rot(θ + w∘x) with x = (x1, x2, 0): RZ(w₁x₁ + θ₁),
 * RY(w₂x₂ + θ₂), RZ(θ₃) — five trainable numbers per qubit and layer — then a ring of
 * entangling gates. Parameter layout per (layer, qubit): w₁, θ₁, w₂, θ₂, θ₃.
 */
export function reuploadingCircuit(spec: ReuploadingSpec): Circuit {
  const { qubits, layers } = spec;
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
      ops.push({ gate: 'RZ', targets: [q], params: [feature(0)] });
      ops.push({ gate: 'RY', targets: [q], params: [feature(1)] });
      ops.push({ gate: 'RZ', targets: [q], params: [{ kind: 'param', index: k++ }] });
    }
    if (l < layers - 1 && qubits > 1 && spec.entangler !== 'none') {
      const gate = spec.entangler === 'cz' ? 'CZ' : 'CNOT';
      const ring = qubits > 2 ? qubits : 1;
      for (let q = 0; q < ring; q++) ops.push({ gate, targets: [q, (q + 1) % qubits] });
    }
  }
  return { qubits, ops };
}
