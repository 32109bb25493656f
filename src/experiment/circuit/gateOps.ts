// Edits of single gates: place from the palette, move, copy, delete, stretch, controls, angle
// bindings. Pure: each returns a new circuit or the reason it was refused, never touching the input.

import { CHANNEL_SPECS, isChannelName, isPlaceableName, specOf } from './channelCatalog';
import type { PlaceableName } from './channelCatalog';
import { targetCount } from './gateCatalog';
import { CIRCUIT_LIMITS } from './limits';
import { checkBinding, freshBinding, nameAllocator, nextGateId } from './names';
import { collision, gateLabel, spanOf, stepLabel, wiresOf } from './occupancy';
import type { AngleBinding, EditorCircuit, EditResult, PlacedGate } from './types';

export const refuse = (reason: string): EditResult => ({ ok: false, reason });

/** Gate `id` handed to `edit`, or a refusal when it is gone. */
export function withGate(
  c: EditorCircuit,
  id: string,
  edit: (g: PlacedGate) => EditResult,
): EditResult {
  const g = c.gates.find((x) => x.id === id);
  return g ? edit(g) : refuse('That gate is no longer in the circuit.');
}

/** The circuit with gate `g.id` replaced by `g`. */
function replaced(c: EditorCircuit, g: PlacedGate): EditorCircuit {
  return { ...c, gates: c.gates.map((x) => (x.id === g.id ? g : x)) };
}

function qubitRange(c: EditorCircuit): string {
  return c.qubits === 1 ? 'only qubit 0' : `qubits 0 to ${c.qubits - 1}`;
}

/**
 * The column count after dropping on `column`: dropping just past the last column adds one (so
 * a drag onto the empty end grows the circuit in one undoable step). A string is a refusal.
 */
function columnsFor(c: EditorCircuit, column: number): number | string {
  const max = CIRCUIT_LIMITS.columns[1];
  if (Number.isInteger(column) && column >= 0 && column < c.columns) return c.columns;
  if (column === c.columns && c.columns < max) return c.columns + 1;
  if (column === c.columns) return `A circuit can have at most ${max} time steps.`;
  return `There is no ${stepLabel(column)}: the circuit has time steps 1 to ${c.columns}.`;
}

/** Why a gate with these wires cannot stand in `column` (in range, distinct, free), or null. */
export function placementError(
  c: EditorCircuit,
  label: string,
  shape: Pick<PlacedGate, 'targets' | 'controls'>,
  column: number,
  except?: string,
): string | null {
  const wires = wiresOf(shape);
  for (const q of wires) {
    if (!Number.isInteger(q) || q < 0 || q >= c.qubits) {
      return `${label} does not fit there: it would need qubit ${q}, but the circuit has ${qubitRange(c)}.`;
    }
  }
  if (new Set(wires).size !== wires.length) {
    return `${label} cannot use the same qubit twice (a control cannot sit on its own target).`;
  }
  const [lo, hi] = spanOf(shape);
  return collision(c, column, lo, hi, except, label);
}

/** A palette gate dropped on `qubit` at `column`; extra wires go below it (CNOT: target qubit+1). */
export function placeGate(
  c: EditorCircuit,
  gate: PlaceableName,
  column: number,
  qubit: number,
): EditResult {
  if (!isPlaceableName(gate)) return refuse(`There is no gate called "${String(gate)}".`);
  const info = specOf(gate);
  const label = gateLabel({ gate });
  if (c.gates.length >= CIRCUIT_LIMITS.gates) {
    return refuse(`A circuit can hold at most ${CIRCUIT_LIMITS.gates} gates.`);
  }
  const columns = columnsFor(c, column);
  if (typeof columns === 'string') return refuse(columns);
  const k = targetCount(info);
  if (Number.isInteger(qubit) && qubit >= 0 && qubit + k > c.qubits && qubit < c.qubits) {
    return refuse(
      `${label} needs ${k} wires, qubit ${qubit} and the ${k - 1} below it, but the last wire is qubit ${c.qubits - 1}.`,
    );
  }
  const targets = Array.from({ length: k }, (_, i) => qubit + i);
  const err = placementError(c, label, { targets }, column);
  if (err) return refuse(err);
  const fresh = nameAllocator(c);
  const id = nextGateId(c);
  const g: PlacedGate = { id, gate, column, targets };
  if (info.angles > 0) {
    g.params = Array.from({ length: info.angles }, () => ({ kind: 'param', name: fresh('θ') }));
  }
  if (isChannelName(gate) && CHANNEL_SPECS[gate].pLabel !== null)
    g.p = CHANNEL_SPECS[gate].defaultP;
  return { ok: true, circuit: { ...c, columns, gates: [...c.gates, g] }, selected: id };
}

/** `g` shifted so its first target lands on `qubit` at `column`, keeping its shape. */
function shifted(g: PlacedGate, column: number, qubit: number): PlacedGate {
  const d = qubit - (g.targets[0] ?? 0);
  const out: PlacedGate = { ...g, column, targets: g.targets.map((q) => q + d) };
  if (g.controls) out.controls = g.controls.map((q) => q + d);
  return out;
}

/** Moves a whole gate (controls too) so that its first target is on `qubit` at `column`. */
export function moveGate(c: EditorCircuit, id: string, column: number, qubit: number): EditResult {
  return withGate(c, id, (g) => {
    const columns = columnsFor(c, column);
    if (typeof columns === 'string') return refuse(columns);
    const moved = shifted(g, column, qubit);
    const err = placementError(c, gateLabel(g), moved, column, id);
    if (err) return refuse(err);
    return { ok: true, circuit: { ...replaced(c, moved), columns }, selected: id };
  });
}

/** A copy of a gate with its first target on `qubit` at `column`; it trains its own parameters. */
export function copyGate(c: EditorCircuit, id: string, column: number, qubit: number): EditResult {
  return withGate(c, id, (g) => {
    if (c.gates.length >= CIRCUIT_LIMITS.gates) {
      return refuse(`A circuit can hold at most ${CIRCUIT_LIMITS.gates} gates.`);
    }
    const columns = columnsFor(c, column);
    if (typeof columns === 'string') return refuse(columns);
    const copy = { ...shifted(g, column, qubit), id: nextGateId(c) };
    const err = placementError(c, gateLabel(g), copy, column);
    if (err) return refuse(err);
    if (g.controlStates) copy.controlStates = [...g.controlStates];
    if (g.params) {
      const fresh = nameAllocator(c);
      copy.params = g.params.map((b) => freshBinding(b, fresh));
    }
    return { ok: true, circuit: { ...c, columns, gates: [...c.gates, copy] }, selected: copy.id };
  });
}

export function deleteGate(c: EditorCircuit, id: string): EditResult {
  return withGate(c, id, () => ({
    ok: true,
    circuit: { ...c, gates: c.gates.filter((g) => g.id !== id) },
  }));
}

/** New target wires for a gate in its column (stretch a two-qubit gate, move a CNOT's target). */
export function setTargets(c: EditorCircuit, id: string, targets: readonly number[]): EditResult {
  return withGate(c, id, (g) => {
    const label = gateLabel(g);
    const k = targetCount(specOf(g.gate));
    if (targets.length !== k) {
      return refuse(`${label} acts on exactly ${k} qubit${k === 1 ? '' : 's'}.`);
    }
    const next: PlacedGate = { ...g, targets: [...targets] };
    const err = placementError(c, label, next, g.column, id);
    return err ? refuse(err) : { ok: true, circuit: replaced(c, next), selected: id };
  });
}

/** A control dot on `qubit` (state 1 = filled, acts on |1⟩; 0 = open, acts on |0⟩). */
export function addControl(c: EditorCircuit, id: string, qubit: number, state: 0 | 1): EditResult {
  return withGate(c, id, (g) => {
    const label = gateLabel(g);
    if (state !== 0 && state !== 1) return refuse('A control is either on |1⟩ or on |0⟩.');
    if (isChannelName(g.gate))
      return refuse(`${label} is a noise channel: it cannot be controlled.`);
    if (g.targets.includes(qubit)) {
      return refuse(`A control cannot sit on ${label}'s own qubit ${qubit}.`);
    }
    if (g.controls?.includes(qubit)) return refuse(`Qubit ${qubit} already controls ${label}.`);
    const next: PlacedGate = {
      ...g,
      controls: [...(g.controls ?? []), qubit],
      controlStates: [...(g.controlStates ?? g.controls?.map(() => 1 as const) ?? []), state],
    };
    const err = placementError(c, label, next, g.column, id);
    return err ? refuse(err) : { ok: true, circuit: replaced(c, next), selected: id };
  });
}

/** The control on `qubit` at index k, or a refusal. */
function controlAt(g: PlacedGate, qubit: number): number | string {
  const k = g.controls?.indexOf(qubit) ?? -1;
  return k >= 0 ? k : `Qubit ${qubit} is not a control of ${gateLabel(g)}.`;
}

/** Filled dot ↔ open dot. */
export function toggleControlState(c: EditorCircuit, id: string, qubit: number): EditResult {
  return withGate(c, id, (g) => {
    const k = controlAt(g, qubit);
    if (typeof k === 'string') return refuse(k);
    const states = g.controlStates ?? (g.controls ?? []).map(() => 1 as const);
    const controlStates = states.map((s, i) => (i === k ? ((1 - s) as 0 | 1) : s));
    return { ok: true, circuit: replaced(c, { ...g, controlStates }), selected: id };
  });
}

export function removeControl(c: EditorCircuit, id: string, qubit: number): EditResult {
  return withGate(c, id, (g) => {
    const k = controlAt(g, qubit);
    if (typeof k === 'string') return refuse(k);
    const { controls: _c, controlStates: _s, ...rest } = g;
    const next: PlacedGate = rest;
    const controls = (g.controls ?? []).filter((_, i) => i !== k);
    if (controls.length > 0) {
      next.controls = controls;
      next.controlStates = (g.controlStates ?? controls.map(() => 1 as const)).filter(
        (_, i) => i !== k,
      );
    }
    return { ok: true, circuit: replaced(c, next), selected: id };
  });
}

/** Binds angle `angleIndex` of a gate to a constant, a trainable parameter or an input feature. */
export function setBinding(
  c: EditorCircuit,
  id: string,
  angleIndex: number,
  binding: AngleBinding,
): EditResult {
  return withGate(c, id, (g) => {
    const info = specOf(g.gate);
    const label = gateLabel(g);
    if (info.angles === 0) return refuse(`${label} has no angle to set.`);
    if (!Number.isInteger(angleIndex) || angleIndex < 0 || angleIndex >= info.angles) {
      return refuse(`${label} has ${info.angles} angle${info.angles === 1 ? '' : 's'}.`);
    }
    const bad = checkBinding(binding);
    if (bad) return refuse(bad.message);
    const params = (g.params ?? []).map((b, i) => (i === angleIndex ? { ...binding } : b));
    return { ok: true, circuit: replaced(c, { ...g, params }), selected: id };
  });
}

/** Sets a noise channel's probability (0 to 1). */
export function setChannelP(c: EditorCircuit, id: string, p: number): EditResult {
  return withGate(c, id, (g) => {
    const label = gateLabel(g);
    if (!isChannelName(g.gate) || CHANNEL_SPECS[g.gate].pLabel === null) {
      return refuse(`${label} takes no probability.`);
    }
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
      return refuse(`${label}: the probability must be a number from 0 to 1.`);
    }
    return { ok: true, circuit: replaced(c, { ...g, p }), selected: id };
  });
}
