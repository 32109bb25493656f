// Which wires a gate takes in its column: every wire from its lowest to its highest qubit, controls
// included, so that gates in one column never cross and the drawing stays unambiguous.

import { CHANNEL_SPECS, isChannelName, specOf, type PlaceableName } from './channelCatalog';
import type { GateName } from './gateCatalog';
import type { EditorCircuit, PlacedGate } from './types';

/** The qubits a gate acts on: targets, then extra controls. */
export function wiresOf(g: Pick<PlacedGate, 'targets' | 'controls'>): number[] {
  return [...g.targets, ...(g.controls ?? [])];
}

/** [lowest, highest] wire a gate covers. */
export function spanOf(g: Pick<PlacedGate, 'targets' | 'controls'>): [number, number] {
  const w = wiresOf(g);
  return [Math.min(...w), Math.max(...w)];
}

/** For each wire, whether a gate covers it in this column (optionally ignoring one gate by id). */
export function occupied(c: EditorCircuit, column: number, except?: string): boolean[] {
  const out = new Array<boolean>(c.qubits).fill(false);
  for (const g of c.gates) {
    if (g.column !== column || g.id === except) continue;
    const [lo, hi] = spanOf(g);
    for (let q = lo; q <= hi; q++) if (q >= 0 && q < c.qubits) out[q] = true;
  }
  return out;
}

/** The first gate (other than `except`) whose span meets wires lo…hi in `column`. */
export function blockerOf(
  c: EditorCircuit,
  column: number,
  lo: number,
  hi: number,
  except?: string,
): PlacedGate | undefined {
  return c.gates.find((g) => {
    if (g.column !== column || g.id === except) return false;
    const [a, b] = spanOf(g);
    return a <= hi && lo <= b;
  });
}

/** Names people say and type where the drawn symbol is jargon (CCX) or not on a keyboard (√X). */
const SPOKEN: Partial<Record<GateName, string>> = { TOFFOLI: 'Toffoli', SX: 'SX' };

/** How a gate is named to the user in words: messages, accessible names, tooltips. */
export function gateDisplayName(gate: PlaceableName): string {
  if (isChannelName(gate)) return CHANNEL_SPECS[gate].spoken;
  return SPOKEN[gate] ?? specOf(gate).symbol;
}

/** How a placed gate is named to the user. */
export function gateLabel(g: Pick<PlacedGate, 'gate'>): string {
  return gateDisplayName(g.gate);
}

/** How a column is named to the user (time steps count from 1; qubits from 0, as drawn). */
export function stepLabel(column: number): string {
  return `time step ${column + 1}`;
}

/**
 * The reason a gate (`label`, e.g. "CNOT") cannot take wires lo…hi in `column`, naming what is
 * there, or null when they are free.
 */
export function collision(
  c: EditorCircuit,
  column: number,
  lo: number,
  hi: number,
  except?: string,
  label = 'The gate',
): string | null {
  const other = blockerOf(c, column, lo, hi, except);
  if (!other) return null;
  const [a, b] = spanOf(other);
  const where = a === b ? `qubit ${a}` : `qubits ${a} to ${b}`;
  const need = lo === hi ? `qubit ${lo}` : `qubits ${lo} to ${hi}`;
  return `${label} needs ${need} at ${stepLabel(column)}, but ${gateLabel(other)} already covers ${where} there.`;
}
