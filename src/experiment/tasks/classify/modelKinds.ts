// The kinds of quantum model a classification experiment can train, declared once: their names
// in links, their labels in the Model select, and the settings each starts from.

import { reuploadingEditorCircuit } from '../../circuit/presets';
import type { Choice } from '../../lists';
import type { ModelSettings } from './types';

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
export function switchModelKind(from: ModelSettings, kind: ModelKind): ModelSettings {
  if (from.kind === kind) return from;
  if (kind === 'circuit') {
    const circuit =
      from.kind === 'reuploading'
        ? reuploadingEditorCircuit(from.qubits, from.layers, from.entangler)
        : from.circuit;
    return { kind: 'circuit', circuit, readout: from.readout };
  }
  return { kind: 'reuploading', qubits: 1, layers: 3, entangler: 'cz', readout: from.readout };
}
