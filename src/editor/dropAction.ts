// What dropping something on a slot does, as one edit of the circuit model: the same function
// previews a drag (its refusal is the hover message) and performs the drop, so both always agree.
import { addControl, copyGate, moveEnd, moveGate, placeGate, spanOf } from '../experiment/circuit';
import type { EditorCircuit, EditResult, PlacedGate } from '../experiment/circuit';
import type { DragSource, Slot } from './useDragDrop';

export type CircuitEdit = (c: EditorCircuit) => EditResult;

const refusal =
  (reason: string): CircuitEdit =>
  () => ({ ok: false, reason });

/** The edit a drop of `source` on `slot` makes (a refusal when it cannot). */
export function dropEdit(
  c: EditorCircuit,
  source: DragSource,
  slot: Slot,
  selected: string | null,
): CircuitEdit {
  switch (source.kind) {
    case 'new':
      return (x) => placeGate(x, source.gate, slot.column, slot.qubit);
    case 'move': {
      const first = slot.qubit - source.grab;
      return source.copy
        ? (x) => copyGate(x, source.id, slot.column, first)
        : (x) => moveGate(x, source.id, slot.column, first);
    }
    case 'stretch':
      // Up and down only: the slot's step is the gate's own (useDragDrop measures it so).
      return (x) => moveEnd(x, source.id, source.from, slot.qubit);
    case 'control': {
      const target = controlTarget(c, slot, selected);
      if (typeof target === 'string') return refusal(target);
      return (x) => addControl(x, target.id, slot.qubit, source.state);
    }
  }
}

/**
 * The gate a control dot dropped on `slot` joins: the gate whose wires already span the slot (a
 * dot between a gate's control and its target joins that gate); else the one gate of the step it
 * fits (the selected one when several fit); else the nearest, whose refusal then says why.
 */
export function controlTarget(
  c: EditorCircuit,
  slot: Slot,
  selected: string | null,
): PlacedGate | string {
  const inColumn = c.gates.filter((g) => g.column === slot.column);
  if (inColumn.length === 0)
    return 'Drop a control in the time step of the gate it should control.';
  const covering = inColumn.find((g) => {
    const [lo, hi] = spanOf(g);
    return slot.qubit >= lo && slot.qubit <= hi;
  });
  if (covering) return covering;
  const fits = inColumn.filter((g) => addControl(c, g.id, slot.qubit, 1).ok);
  if (fits.length === 1) return fits[0]!;
  if (fits.length > 1) {
    return (
      fits.find((g) => g.id === selected) ??
      `Qubit ${slot.qubit} could control several gates of time step ${slot.column + 1}: select the one to control first.`
    );
  }
  const distance = (g: PlacedGate): number => {
    const [lo, hi] = spanOf(g);
    return slot.qubit < lo ? lo - slot.qubit : slot.qubit - hi;
  };
  return inColumn.reduce((best, g) => (distance(g) < distance(best) ? g : best));
}
