// Stretching a placed gate, as in Quirk: every wire of a gate but its first target is an "end"
// (a CNOT's ⊕, the second box of RXX or SWAP, a control dot) that moves alone to another wire of
// the same time step; the first target is the handle that moves the gate as a whole.

import { specOf } from './channelCatalog';
import { placementError, refuse, withGate } from './gateOps';
import { gateLabel, wiresOf } from './occupancy';
import type { EditorCircuit, EditResult, PlacedGate } from './types';

/** The wires of `g` that stretch: all but its first target (targets, then controls). */
export function stretchEnds(g: Pick<PlacedGate, 'targets' | 'controls'>): number[] {
  return wiresOf(g).slice(1);
}

/** What the wire `q` of `g` is, in words: "control", "target", "first qubit", "second qubit". */
function roleOf(g: PlacedGate, q: number): string {
  const i = g.targets.indexOf(q);
  if (i < 0) return 'control';
  const info = specOf(g.gate);
  if (i < info.namedControls) return 'control';
  if (info.baseQubits === 1) return 'target';
  return i === info.namedControls ? 'first qubit' : 'second qubit';
}

/**
 * Moves end `from` of gate `id` to wire `to` of its time step: a control dot moves there, a target
 * re-targets the gate. `to === from` is no change. Refused when `from` is the gate's first target
 * (that moves the whole gate), `to` is outside the circuit, is another wire of the same gate, or
 * is taken by another gate in that step.
 */
export function moveEnd(c: EditorCircuit, id: string, from: number, to: number): EditResult {
  return withGate(c, id, (g) => {
    const label = gateLabel(g);
    if (from === g.targets[0]) {
      return refuse(
        `Qubit ${from} is where ${label} is held: drag it there to move the whole gate.`,
      );
    }
    if (!stretchEnds(g).includes(from)) return refuse(`Qubit ${from} is not an end of ${label}.`);
    if (to === from) return { ok: true, circuit: c, selected: id };
    const role = roleOf(g, from);
    if (!Number.isInteger(to) || to < 0 || to >= c.qubits) {
      const range = c.qubits === 1 ? 'only qubit 0' : `qubits 0 to ${c.qubits - 1}`;
      return refuse(`${label}'s ${role} cannot go to qubit ${to}: the circuit has ${range}.`);
    }
    if (wiresOf(g).includes(to)) {
      return refuse(`${label}'s ${role} cannot share qubit ${to} with its ${roleOf(g, to)}.`);
    }
    const next: PlacedGate = {
      ...g,
      targets: g.targets.map((q) => (q === from ? to : q)),
    };
    if (g.controls) next.controls = g.controls.map((q) => (q === from ? to : q));
    const err = placementError(c, label, next, g.column, id);
    if (err) return refuse(err);
    return {
      ok: true,
      circuit: { ...c, gates: c.gates.map((x) => (x.id === id ? next : x)) },
      selected: id,
    };
  });
}

/**
 * The end a key stretches: the one on wire `qubit` (the cursor's) if it is an end of `g`, else
 * `g`'s last end; a reason when `g` has one wire and nothing to stretch.
 */
export function endToStretch(g: PlacedGate, qubit: number): number | string {
  const ends = stretchEnds(g);
  if (ends.includes(qubit)) return qubit;
  return ends[ends.length - 1] ?? `${gateLabel(g)} has one wire: add a control to stretch it.`;
}
