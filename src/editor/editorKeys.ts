// The editor's keys: which gate a letter places, and the help overlay's list.
import type { GateName } from '../../workers/sim/gates';

/** Letter → gate placed at the cursor (Shift + X/Y/Z: the rotations). */
export function gateForKey(key: string, shift: boolean): GateName | null {
  const k = key.toLowerCase();
  if (shift) return ({ x: 'RX', y: 'RY', z: 'RZ' } as const)[k as 'x'] ?? null;
  const map: Record<string, GateName> = {
    h: 'H',
    x: 'X',
    y: 'Y',
    z: 'Z',
    s: 'S',
    t: 'T',
    p: 'P',
    u: 'U3',
    c: 'CNOT',
    w: 'SWAP',
  };
  return map[k] ?? null;
}

export const KEY_HELP: readonly [string, string][] = [
  ['← → ↑ ↓', 'Move the cursor over the grid'],
  ['H X Y Z S T P U', 'Place H, X, Y, Z, S, T, P or U3 at the cursor'],
  ['Shift + X / Y / Z', 'Place RX, RY or RZ'],
  ['C', 'Place a CNOT: control at the cursor, target below'],
  ['W', 'Place a SWAP with the wire below'],
  ['. / O', 'Add a control ● (.) or ○ (O) at the cursor to the gate in that step'],
  ['Drag ● or ○', "The same with the mouse: drop it on a wire in the gate's step"],
  ['Enter / Space on a palette entry', 'Place that gate (or control) at the cursor'],
  ['Enter', 'Select the gate at the cursor and edit its angle'],
  ['Alt + arrows', 'Move the gate at the cursor'],
  [
    'Alt + Shift + ↑ / ↓',
    'Stretch the gate at the cursor: move the end under it (else the last end)',
  ],
  ['Drag an end of a gate', 'Stretch it: a ⊕, a lower box or a control dot moves to another wire'],
  ['Delete / Backspace', 'Remove the gate at the cursor'],
  ['Ctrl + Z, Ctrl + Shift + Z', 'Undo, redo'],
  ['?', 'Show or hide this help'],
  ['Escape', 'Clear the selection, close this help'],
];
