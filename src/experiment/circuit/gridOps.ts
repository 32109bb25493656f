// Edits of the grid itself: qubit wires, time steps (columns) and repeated blocks of columns.
// Pure like the gate edits: a new circuit, or the reason the edit was refused.

import { refuse } from './gateOps';
import { CIRCUIT_LIMITS } from './limits';
import { gateLabel, stepLabel } from './occupancy';
import type { EditorCircuit, EditResult, PlacedGate, RepeatBlock } from './types';

const [MIN_QUBITS, MAX_QUBITS] = CIRCUIT_LIMITS.qubits;
const MAX_COLUMNS = CIRCUIT_LIMITS.columns[1];
const [MIN_REPEAT, MAX_REPEAT] = CIRCUIT_LIMITS.repeat;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function steps(start: number, end: number): string {
  return end - start === 1 ? stepLabel(start) : `time steps ${start + 1} to ${end}`;
}

/**
 * Keeps the wires `keep` accepts, renumbered in order; gates with a target on a dropped wire go,
 * controls on a dropped wire are taken off their gate. The note says what was lost.
 */
function keepQubits(c: EditorCircuit, qubits: number, keep: (q: number) => boolean): EditResult {
  const index = new Map<number, number>();
  for (let q = 0; q < c.qubits; q++) if (keep(q)) index.set(q, index.size);
  const at = (q: number): number => index.get(q) ?? -1;
  let removed = 0;
  let loosened = 0;
  const gates: PlacedGate[] = [];
  for (const g of c.gates) {
    if (!g.targets.every(keep)) {
      removed++;
      continue;
    }
    const out: PlacedGate = { ...g, targets: g.targets.map(at) };
    delete out.controls;
    delete out.controlStates;
    const ks = (g.controls ?? []).map((_, k) => k).filter((k) => keep(g.controls![k]!));
    if (ks.length < (g.controls ?? []).length) loosened++;
    if (ks.length > 0) {
      out.controls = ks.map((k) => at(g.controls![k]!));
      out.controlStates = ks.map((k) => g.controlStates?.[k] ?? 1);
    }
    gates.push(out);
  }
  const notes: string[] = [];
  if (removed) notes.push(`Removed ${plural(removed, 'gate')} that acted on the removed qubits.`);
  if (loosened) notes.push(`Took controls on the removed qubits off ${plural(loosened, 'gate')}.`);
  const result: EditResult = { ok: true, circuit: { ...c, qubits, gates } };
  if (notes.length) result.note = notes.join(' ');
  return result;
}

export function addQubit(c: EditorCircuit): EditResult {
  return setQubits(c, c.qubits + 1);
}

/** Removes wire `qubit` and renumbers the wires below it (gates on it go; its controls come off). */
export function removeQubit(c: EditorCircuit, qubit: number): EditResult {
  if (c.qubits <= MIN_QUBITS) return refuse('A circuit needs at least one qubit.');
  if (!Number.isInteger(qubit) || qubit < 0 || qubit >= c.qubits) {
    return refuse(`There is no qubit ${qubit}: the circuit has qubits 0 to ${c.qubits - 1}.`);
  }
  return keepQubits(c, c.qubits - 1, (q) => q !== qubit);
}

/** Sets the number of wires; fewer drops the highest-numbered ones. */
export function setQubits(c: EditorCircuit, n: number): EditResult {
  if (!Number.isInteger(n) || n < MIN_QUBITS || n > MAX_QUBITS) {
    return refuse(
      `A circuit has ${MIN_QUBITS} to ${MAX_QUBITS} qubits (the simulator's limit); ${String(n)} is not possible.`,
    );
  }
  if (n >= c.qubits) return { ok: true, circuit: { ...c, qubits: n } };
  return keepQubits(c, n, (q) => q < n);
}

/** One more time step at the end. */
export function addColumn(c: EditorCircuit): EditResult {
  return insertColumn(c, c.columns);
}

/** An empty time step before column `at` (at = columns appends); a block it falls inside grows. */
export function insertColumn(c: EditorCircuit, at: number): EditResult {
  if (c.columns >= MAX_COLUMNS)
    return refuse(`A circuit can have at most ${MAX_COLUMNS} time steps.`);
  if (!Number.isInteger(at) || at < 0 || at > c.columns) {
    return refuse(`There is no ${stepLabel(at)}: the circuit has time steps 1 to ${c.columns}.`);
  }
  const gates = c.gates.map((g) => (g.column >= at ? { ...g, column: g.column + 1 } : g));
  const blocks = c.blocks.map((b) => {
    if (b.start >= at) return { ...b, start: b.start + 1, end: b.end + 1 };
    return b.end > at ? { ...b, end: b.end + 1 } : b;
  });
  return { ok: true, circuit: { ...c, columns: c.columns + 1, gates, blocks } };
}

/** Removes time step `at` with its gates; later gates move one step left, blocks shrink. */
export function deleteColumn(c: EditorCircuit, at: number): EditResult {
  if (!Number.isInteger(at) || at < 0 || at >= c.columns) {
    return refuse(`There is no ${stepLabel(at)}: the circuit has time steps 1 to ${c.columns}.`);
  }
  if (c.columns <= 1) return refuse('A circuit needs at least one time step.');
  const gone = c.gates.filter((g) => g.column === at);
  const gates = c.gates
    .filter((g) => g.column !== at)
    .map((g) => (g.column > at ? { ...g, column: g.column - 1 } : g));
  let emptied = 0;
  const blocks: RepeatBlock[] = [];
  for (const b of c.blocks) {
    if (b.start > at) blocks.push({ ...b, start: b.start - 1, end: b.end - 1 });
    else if (b.end <= at) blocks.push(b);
    else if (b.end - b.start > 1) blocks.push({ ...b, end: b.end - 1 });
    else emptied++;
  }
  const notes: string[] = [];
  if (gone.length) notes.push(`Removed ${gone.map(gateLabel).join(', ')} with the time step.`);
  if (emptied) notes.push('The repeated block that held only this time step is gone.');
  const result: EditResult = { ok: true, circuit: { ...c, columns: c.columns - 1, gates, blocks } };
  if (notes.length) result.note = notes.join(' ');
  return result;
}

function countError(count: number): string | null {
  return Number.isInteger(count) && count >= MIN_REPEAT && count <= MAX_REPEAT
    ? null
    : `A block repeats ${MIN_REPEAT} to ${MAX_REPEAT} times; ${String(count)} is not possible.`;
}

function blockAt(c: EditorCircuit, i: number): RepeatBlock | string {
  return c.blocks[i] ?? 'That repeated block is no longer in the circuit.';
}

/**
 * Repeats columns [start, end) `count` times (fresh trainable parameters per repetition unless
 * `shared`). On the range of an existing block it changes that block; count 1 removes it.
 */
export function repeatColumns(
  c: EditorCircuit,
  start: number,
  end: number,
  count: number,
  shared = false,
): EditResult {
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) {
    return refuse('Select at least one time step to repeat.');
  }
  if (start < 0 || end > c.columns) {
    return refuse(
      `The circuit has time steps 1 to ${c.columns}, so it cannot repeat ${steps(start, end)}.`,
    );
  }
  const bad = countError(count);
  if (bad) return refuse(bad);
  const same = c.blocks.findIndex((b) => b.start === start && b.end === end);
  if (same >= 0) {
    const blocks =
      count === 1
        ? c.blocks.filter((_, i) => i !== same)
        : c.blocks.map((b, i) => (i === same ? { start, end, count, shared } : b));
    return { ok: true, circuit: { ...c, blocks } };
  }
  const other = c.blocks.find((b) => b.start < end && start < b.end);
  if (other) {
    return refuse(
      `The selection (${steps(start, end)}) overlaps the block already repeated at ${steps(other.start, other.end)}; repeated blocks cannot overlap.`,
    );
  }
  if (count === 1) return { ok: true, circuit: c };
  const blocks = [...c.blocks, { start, end, count, shared }].sort((a, b) => a.start - b.start);
  return { ok: true, circuit: { ...c, blocks } };
}

/** How many times block i runs (1 keeps the block, shown ×1, so a spinner can go back up). */
export function setRepeatCount(c: EditorCircuit, blockIndex: number, count: number): EditResult {
  const b = blockAt(c, blockIndex);
  if (typeof b === 'string') return refuse(b);
  const bad = countError(count);
  if (bad) return refuse(bad);
  const blocks = c.blocks.map((x, i) => (i === blockIndex ? { ...b, count } : x));
  return { ok: true, circuit: { ...c, blocks } };
}

/** Whether block i's repetitions share their trainable parameters. */
export function setBlockShared(c: EditorCircuit, blockIndex: number, shared: boolean): EditResult {
  const b = blockAt(c, blockIndex);
  if (typeof b === 'string') return refuse(b);
  const blocks = c.blocks.map((x, i) => (i === blockIndex ? { ...b, shared } : x));
  return { ok: true, circuit: { ...c, blocks } };
}

/** Stops repeating block i (its columns stay, run once). */
export function removeBlock(c: EditorCircuit, blockIndex: number): EditResult {
  const b = blockAt(c, blockIndex);
  if (typeof b === 'string') return refuse(b);
  return { ok: true, circuit: { ...c, blocks: c.blocks.filter((_, i) => i !== blockIndex) } };
}
