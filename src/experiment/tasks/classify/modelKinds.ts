// The kinds of quantum model a classification experiment can train, declared once: their names
// in links, their labels in the Model select, the circuit each trains (with the noise channels
// placed in it) and its size, and what switching from one to another carries over.

import { compileEditorCircuit } from '../../circuit/compile';
import type { Circuit, CircuitChannel } from '../../circuit/program';
import { Invalid, own, type Checker, type Obj } from '../../checker';
import type { EditorCircuit } from '../../circuit/types';
import { validateEditorCircuit } from '../../circuit/validate';
import { copyCircuit } from '../../copyCircuit';
import { ENTANGLERS, type Choice, type ReadoutKind } from '../../lists';
import { editorCircuitSize, type CircuitSize } from '../../size';
import { REUPLOADING_LIMITS, reuploadingCircuit, reuploadingEditorCircuit } from './reuploading';
import type { CircuitModel, ModelSettings, ReuploadingModel } from './types';

export const MODEL_KIND_CHOICES = [
  { value: 'reuploading', label: 'Re-uploading preset' },
  { value: 'circuit', label: 'Circuit editor' },
] as const satisfies readonly Choice<string>[];
export type ModelKind = (typeof MODEL_KIND_CHOICES)[number]['value'];
export const MODEL_KINDS: readonly ModelKind[] = MODEL_KIND_CHOICES.map((c) => c.value);

/**
 * The model of kind `kind` that carries over what `from` has: switching the preset to the editor
 * opens the preset's own circuit, so the student sees what was training.
 */
export function switchModelKind(from: ModelSettings, kind: ModelKind, features = 2): ModelSettings {
  if (from.kind === kind) return from;
  if (kind === 'circuit') {
    const circuit =
      from.kind === 'reuploading'
        ? reuploadingEditorCircuit(from.qubits, from.layers, from.entangler, features)
        : from.circuit;
    return { kind: 'circuit', circuit, readout: from.readout };
  }
  return MODEL_KIND_DEFS.reuploading.defaults(from.readout);
}

/**
 * The circuit a model trains, in the simulator's format, and the noise channels placed in it
 * (after their ops; empty for a preset). With channels the worker trains it on the density
 * simulator; its ideal twin trains `circuit` alone.
 */
export interface ModelCircuit {
  circuit: Circuit;
  channels: CircuitChannel[];
}

/** What each model kind is, by kind: the circuit the worker trains and its size from settings alone. */
interface ModelKindDef<M extends ModelSettings> {
  /** The model a new user of this kind starts from. */
  defaults(readout: ReadoutKind): M;
  /** Checks and copies this kind's fields (throws Invalid); the readout is checked by the caller. */
  check(c: Checker, o: Obj, readout: ReadoutKind): M;
  /** The circuit the worker trains and its channels, for data of `features`. */
  circuit(m: M, features: number): ModelCircuit;
  /** Qubits and operations, counted without building the circuit (the busy message). */
  size(m: M, features: number): CircuitSize;
}

export const MODEL_KIND_DEFS: {
  readonly reuploading: ModelKindDef<ReuploadingModel>;
  readonly circuit: ModelKindDef<CircuitModel>;
} = {
  reuploading: {
    defaults: (readout) => ({
      kind: 'reuploading',
      qubits: 1,
      layers: 3,
      entangler: 'cz',
      readout,
    }),
    check: (c, o, readout) => ({
      kind: 'reuploading',
      qubits: c.num(o, 'qubits', 'model.qubits', 'qubits', REUPLOADING_LIMITS.qubits, true),
      layers: c.num(o, 'layers', 'model.layers', 'layers', REUPLOADING_LIMITS.layers, true),
      entangler: c.pick(o, 'entangler', 'model.entangler', 'entangler', ENTANGLERS),
      readout,
    }),
    circuit: (m, features) => ({ circuit: reuploadingCircuit({ ...m, features }), channels: [] }),
    size: ({ qubits, layers, entangler }, features) => {
      const ring = qubits > 1 && entangler !== 'none' ? (qubits > 2 ? qubits : 1) : 0;
      const perLayer = (features + 1) * qubits;
      return { qubits, gates: perLayer * layers + ring * Math.max(0, layers - 1) };
    },
  },
  circuit: {
    defaults: (readout) => ({ kind: 'circuit', circuit: { qubits: 2, columns: 6, gates: [], blocks: [] }, readout }), // prettier-ignore
    check: (c, o, readout) => {
      const circuit = own(o, 'circuit');
      const problem = validateEditorCircuit(circuit, 'model.circuit');
      if (problem) throw new Invalid(problem.field, problem.message);
      return { kind: 'circuit', circuit: copyCircuit(circuit as EditorCircuit), readout };
    },
    circuit: (m) => {
      const { circuit, channels } = compileEditorCircuit(m.circuit);
      return { circuit, channels };
    },
    size: (m) => editorCircuitSize(m.circuit),
  },
};

/** The circuit a classification model trains on data of `features` per point (2 unless a table). */
export function modelCircuit(m: ModelSettings, features = 2): ModelCircuit {
  return m.kind === 'reuploading'
    ? MODEL_KIND_DEFS.reuploading.circuit(m, features)
    : MODEL_KIND_DEFS.circuit.circuit(m, features);
}

/** Size of the circuit a classification model trains, from its settings alone. */
export function circuitSize(m: ModelSettings, features = 2): CircuitSize {
  return m.kind === 'reuploading'
    ? MODEL_KIND_DEFS.reuploading.size(m, features)
    : MODEL_KIND_DEFS.circuit.size(m, features);
}

/** Checks a model's own fields by its kind. */
export function checkModelKind(
  c: Checker,
  o: Obj,
  kind: ModelKind,
  readout: ReadoutKind,
): ModelSettings {
  return kind === 'reuploading'
    ? MODEL_KIND_DEFS.reuploading.check(c, o, readout)
    : MODEL_KIND_DEFS.circuit.check(c, o, readout);
}
