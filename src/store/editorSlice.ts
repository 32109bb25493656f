// The editor slice: edits of the circuit model (each an undoable experiment edit), the keyboard
// cursor, the selected gate, the reason of the last refused edit, and the data point whose
// state the editor shows (not part of the experiment, so never in undo history).

import type { StateCreator } from 'zustand';
import type { EditorCircuit, EditResult } from '../experiment/circuit';
import { schemaFor } from '../experiment/tasks/registry';
import type { LabState } from './store';

export interface Cursor {
  qubit: number;
  column: number;
}

export interface EditorSlice {
  cursor: Cursor;
  selected: string | null;
  /** Why the last edit was refused, or what it also did; shown under the editor. */
  editorMessage: { kind: 'refused' | 'note'; text: string } | null;
  /**
   * Features (x0, x1, …) of the point whose state the live view shows: sliders or a picked
   * sample. Features past its end read as 0.
   */
  livePoint: readonly number[];
  /** Applies an edit to the circuit model; a refusal leaves the circuit as it was. */
  editCircuit(op: (c: EditorCircuit) => EditResult): boolean;
  setCursor(c: Cursor): void;
  select(id: string | null): void;
  setLivePoint(p: readonly number[]): void;
}

export const createEditorSlice: StateCreator<LabState, [], [], EditorSlice> = (set, get) => ({
  cursor: { qubit: 0, column: 0 },
  selected: null,
  editorMessage: null,
  livePoint: [0.5, -0.5],
  editCircuit(op) {
    const { experiment, replaceExperiment } = get();
    const schema = schemaFor(experiment);
    const circuit = schema.circuit(experiment);
    if (!circuit) return false;
    const r = op(circuit);
    if (!r.ok) {
      set({ editorMessage: { kind: 'refused', text: r.reason } });
      return false;
    }
    replaceExperiment(schema.withCircuit(experiment, r.circuit));
    set({
      editorMessage: r.note ? { kind: 'note', text: r.note } : null,
      ...(r.selected !== undefined ? { selected: r.selected } : {}),
    });
    return true;
  },
  setCursor: (cursor) => set({ cursor }),
  select: (id) => set({ selected: id }),
  setLivePoint: (p) =>
    set((s) =>
      s.livePoint.length === p.length && s.livePoint.every((v, i) => v === p[i])
        ? {}
        : { livePoint: p },
    ),
});
