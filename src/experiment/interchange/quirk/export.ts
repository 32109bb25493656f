// The editor circuit as a Quirk link: every gate written with Quirk's own gates, exactly (the
// two-qubit rotations, iSWAP and U3 as short sequences checked against the simulator), angles
// fixed at their values, and gates packed into Quirk columns as soon as possible, where gates
// share a column only when they share its controls (Quirk controls every gate in a column).

import type { GateName } from '../../circuit/gateCatalog';
import { GATE_SPECS } from '../../circuit/gateCatalog';
import { pointText, resolveSource, type ResolvedOp } from '../resolve';
import type { ExportResult, ExportSource } from '../types';
import { formulaOf } from './formula';
import { EXPORT_IDS, SPACER_ID, SWAP_ID, powerId } from './gateIds';

export const QUIRK_URL = 'https://algassert.com/quirk#circuit=';

/** A column entry as Quirk's JSON holds it: a gate id, a gate with a formula, or 1 for empty. */
export type QuirkEntry = string | { id: string; arg: string } | 1;

interface Control {
  wire: number;
  state: 0 | 1;
}

/** One Quirk gate: its entries by wire (one, or two Swap halves), under these controls. */
interface Item {
  entries: [number, QuirkEntry][];
  controls: Control[];
}

const PI = Math.PI;

/** P(φ): Quirk's fixed Z power when φ/π is one, else its formula gate Z^ft (Z^e = P(πe)). */
function phaseEntry(phi: number): QuirkEntry {
  return powerId('Z', phi / PI) ?? { id: 'Z^ft', arg: formulaOf(phi / PI) };
}

const rotation = (axis: 'x' | 'y' | 'z', theta: number): QuirkEntry => ({
  id: `R${axis}ft`,
  arg: formulaOf(theta),
});

/**
 * The Quirk gates of one editor op, in order, each under `controls` (the op's extra controls and
 * named ones). A sequence is exact, global phase included, so under controls it is still the gate.
 */
function itemsOf(op: ResolvedOp): Item[] {
  const spec = GATE_SPECS[op.gate];
  const named = op.targets.slice(0, spec.namedControls);
  const t = op.targets.slice(spec.namedControls);
  const controls: Control[] = [
    ...named.map((wire) => ({ wire, state: 1 as const })),
    ...op.controls.map((wire, k) => ({ wire, state: op.controlStates[k]! })),
  ];
  const a = op.angles.map((x) => x.value);
  const one = (wire: number, e: QuirkEntry, extra: Control[] = []): Item => ({
    entries: [[wire, e]],
    controls: [...controls, ...extra],
  });
  const [q0, q1] = [t[0]!, t[1]!];
  // Gates of a conjugation W · G · W† need no controls on W and W†: with the controls off they
  // cancel, with them on, they make the gate; only G is controlled.
  const bare = (wire: number, e: QuirkEntry, extra: Control[] = []): Item => ({
    entries: [[wire, e]],
    controls: extra,
  });
  // exp(−iθ/2 Z⊗Z) = CNOT · RZ(θ) on the target · CNOT.
  const zz = (theta: number): Item[] => [
    bare(q1, 'X', [{ wire: q0, state: 1 }]),
    one(q1, rotation('z', theta)),
    bare(q1, 'X', [{ wire: q0, state: 1 }]),
  ];
  const both = (e: QuirkEntry): Item[] => [bare(q0, e), bare(q1, e)];
  const base: GateName = op.gate;
  switch (base) {
    case 'H':
    case 'X':
    case 'Y':
    case 'Z':
    case 'S':
    case 'SDG':
    case 'T':
    case 'TDG':
    case 'SX':
      return [one(q0, EXPORT_IDS[base])];
    case 'CNOT':
    case 'TOFFOLI':
      return [one(q0, 'X')];
    case 'CZ':
      return [one(q0, 'Z')];
    case 'RX':
    case 'CRX':
      return [one(q0, rotation('x', a[0]!))];
    case 'RY':
    case 'CRY':
      return [one(q0, rotation('y', a[0]!))];
    case 'RZ':
    case 'CRZ':
      return [one(q0, rotation('z', a[0]!))];
    case 'P':
    case 'CP':
      return [one(q0, phaseEntry(a[0]!))];
    case 'U3':
      // U3(θ, φ, λ) = P(φ)·RY(θ)·P(λ): P(λ) acts first.
      return [one(q0, phaseEntry(a[2]!)), one(q0, rotation('y', a[0]!)), one(q0, phaseEntry(a[1]!))]; // prettier-ignore
    case 'SWAP':
      return [
        {
          entries: [
            [q0, SWAP_ID],
            [q1, SWAP_ID],
          ],
          controls,
        },
      ];
    case 'ISWAP':
      // iSWAP = SWAP · CZ · (S ⊗ S): the phases i on |01⟩, |10⟩ and 1 on |11⟩, then the swap.
      return [one(q0, 'Z^½'), one(q1, 'Z^½'), one(q1, 'Z', [{ wire: q0, state: 1 }]), { entries: [[q0, SWAP_ID], [q1, SWAP_ID]], controls }]; // prettier-ignore
    case 'RZZ':
      return zz(a[0]!);
    case 'RXX':
      // H turns X into Z on each qubit and undoes itself.
      return [...both('H'), ...zz(a[0]!), ...both('H')];
    case 'RYY':
      // RX(π/2) turns Y into Z (RX(π/2) · Y · RX(−π/2) = Z); RX(−π/2) turns it back.
      return [...both(rotation('x', PI / 2)), ...zz(a[0]!), ...both(rotation('x', -PI / 2))];
  }
}

const sameControls = (a: readonly Control[], b: readonly Control[]): boolean =>
  a.length === b.length && a.every((c) => b.some((d) => d.wire === c.wire && d.state === c.state));

/** A Quirk column under construction. */
interface Column {
  entries: Map<number, QuirkEntry>;
  controls: Control[];
}

/**
 * Quirk columns, as soon as possible: an item goes to the first column that has the same controls
 * (so no gate gains or loses one), after every column that acts on its wires (a wire it only
 * reads as a control may be read by other columns' controls in between: reads commute) and, for
 * a swap, with no other swap (Quirk pairs the Swap halves of a column).
 */
function pack(items: readonly Item[], qubits: number): Column[] {
  const cols: Column[] = [];
  /** Last column with a gate on the wire, and with a gate or a control on it (−1: none). */
  const lastGate = new Int32Array(qubits).fill(-1);
  const lastAny = new Int32Array(qubits).fill(-1);
  for (const item of items) {
    const targets = item.entries.map(([w]) => w);
    const reads = item.controls.map((k) => k.wire);
    let start = 0;
    for (const w of targets) start = Math.max(start, lastAny[w]! + 1);
    for (const w of reads) start = Math.max(start, lastGate[w]! + 1);
    const isSwap = item.entries.some(([, e]) => e === SWAP_ID);
    let c = start;
    for (; c < cols.length; c++) {
      const col = cols[c]!;
      const clash = targets.some((w) => col.entries.has(w) || col.controls.some((k) => k.wire === w)); // prettier-ignore
      const swapClash = isSwap && [...col.entries.values()].includes(SWAP_ID);
      if (!clash && !swapClash && sameControls(col.controls, item.controls)) break;
    }
    if (c === cols.length) cols.push({ entries: new Map(), controls: item.controls });
    const col = cols[c]!;
    for (const [w, e] of item.entries) col.entries.set(w, e);
    for (const w of targets) lastGate[w] = lastAny[w] = c;
    for (const w of reads) lastAny[w] = Math.max(lastAny[w]!, c);
  }
  return cols;
}

function jsonOf(cols: readonly Column[], qubits: number): { cols: QuirkEntry[][] } {
  const out = cols.map((col) => {
    const row: QuirkEntry[] = Array.from({ length: qubits }, () => 1 as const);
    col.controls.forEach((k) => (row[k.wire] = k.state === 1 ? '•' : '◦'));
    col.entries.forEach((e, w) => (row[w] = e));
    while (row.length > 0 && row[row.length - 1] === 1) row.pop();
    return row;
  });
  // Quirk shows as many wires as its gates reach: a spacer keeps an unused last qubit.
  const used = out.some((row) => row.length === qubits);
  if (!used) {
    const row: QuirkEntry[] = Array.from({ length: qubits }, () => 1 as const);
    row[qubits - 1] = SPACER_ID;
    out.push(row);
  }
  return { cols: out };
}

function build(src: ExportSource): { json: string; notes: string[] } {
  const r = resolveSource(src);
  const notes: string[] = [];
  const items = r.ops.flatMap(itemsOf);
  const json = JSON.stringify(jsonOf(pack(items, r.qubits), r.qubits));
  if (r.params.length > 0) {
    notes.push(`Quirk's angles are fixed numbers: the ${r.params.length} trainable parameters are written at their current values.`); // prettier-ignore
  }
  if (r.features > 0) notes.push(`Quirk has no inputs: feature angles are fixed at the point ${pointText(r)}.`); // prettier-ignore
  const decomposed = [...new Set(r.ops.map((o) => o.gate).filter((g) => ['U3', 'ISWAP', 'RXX', 'RYY', 'RZZ'].includes(g)))]; // prettier-ignore
  if (decomposed.length > 0) notes.push(`Quirk has no ${decomposed.join(', ')}: each is written as a few Quirk gates that make exactly the same gate.`); // prettier-ignore
  for (const ch of r.channels)
    notes.push(`Quirk has no noise channels: ${ch.description} is left out.`);
  return { json, notes };
}

/** The circuit as Quirk's JSON, for tests and for anyone who wants the JSON alone. */
export function quirkJson(src: ExportSource): string {
  return build(src).json;
}

/** The circuit as a Quirk link (its JSON percent-encoded after `#circuit=`), with notes. */
export function exportQuirk(src: ExportSource): ExportResult {
  const { json, notes } = build(src);
  return { text: QUIRK_URL + encodeURIComponent(json), notes };
}
