// Grid edits: qubits (add, remove with renumbering, set), time steps (add, insert, delete) and
// repeated blocks; refusals leave the frozen input as it was.
import { describe, expect, it } from 'vitest';
import {
  addColumn,
  addControl,
  addQubit,
  deleteColumn,
  insertColumn,
  placeGate,
  removeBlock,
  removeQubit,
  repeatColumns,
  setBlockShared,
  setQubits,
  setRepeatCount,
  setTargets,
} from '../../../../src/experiment/circuit';
import type { EditorCircuit } from '../../../../src/experiment/circuit';
import { build, deepFreeze, empty, ok, refused } from './helpers';

const withBlocks = (c: EditorCircuit, blocks: EditorCircuit['blocks']): EditorCircuit =>
  deepFreeze({ ...c, blocks });

describe('qubits', () => {
  it('adds up to 24 and refuses a 25th', () => {
    expect(ok(addQubit(empty(3))).qubits).toBe(4);
    expect(ok(addQubit(empty(23))).qubits).toBe(24);
    refused(addQubit(empty(24)), '1 to 24 qubits');
  });

  it('removing a qubit drops gates on it, takes its controls off, renumbers the wires below', () => {
    const c = build(
      empty(4, 3),
      (c) => placeGate(c, 'H', 0, 1),
      (c) => placeGate(c, 'CNOT', 1, 2),
      (c) => placeGate(c, 'X', 2, 0),
      (c) => addControl(c, 'g3', 1, 0),
      (c) => addControl(c, 'g3', 3, 1),
    );
    const r = removeQubit(c, 1);
    const next = ok(r);
    expect(next.qubits).toBe(3);
    expect(next.gates).toEqual([
      { id: 'g2', gate: 'CNOT', column: 1, targets: [1, 2] },
      { id: 'g3', gate: 'X', column: 2, targets: [0], controls: [2], controlStates: [1] },
    ]);
    expect(r.ok && r.note).toBe(
      'Removed 1 gate that acted on the removed qubits. Took controls on the removed qubits off 1 gate.',
    );
  });

  it('removing a wire a gate only spans keeps the gate', () => {
    const c = build(
      empty(3, 1),
      (c) => placeGate(c, 'CZ', 0, 0),
      (c) => setTargets(c, 'g1', [0, 2]),
    );
    const r = removeQubit(c, 1);
    expect(ok(r).gates[0]!.targets).toEqual([0, 1]);
    expect(r.ok && r.note).toBeUndefined();
  });

  it('refuses removing the last qubit or one that does not exist', () => {
    refused(removeQubit(empty(1), 0), 'at least one qubit');
    refused(removeQubit(empty(3), 3), 'There is no qubit 3');
  });

  it('setQubits grows, or drops the highest wires with their gates', () => {
    const c = build(
      empty(4, 2),
      (c) => placeGate(c, 'H', 0, 3),
      (c) => placeGate(c, 'SWAP', 1, 0),
    );
    expect(ok(setQubits(c, 6)).qubits).toBe(6);
    const small = setQubits(c, 2);
    expect(ok(small).gates.map((g) => g.id)).toEqual(['g2']);
    expect(small.ok && small.note).toContain('Removed 1 gate');
    refused(setQubits(c, 0), '1 to 24 qubits');
    refused(setQubits(c, 25), '1 to 24 qubits');
    refused(setQubits(c, 2.5), '2.5 is not possible');
  });
});

describe('columns', () => {
  const c = withBlocks(
    build(
      empty(2, 6),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'X', 2, 0),
      (c) => placeGate(c, 'Y', 3, 1),
      (c) => placeGate(c, 'Z', 5, 0),
    ),
    [
      { start: 2, end: 4, count: 2, shared: false },
      { start: 5, end: 6, count: 3, shared: true },
    ],
  );
  const cols = (c: EditorCircuit) => c.gates.map((g) => g.column);

  it('addColumn appends and stops at 500', () => {
    expect(ok(addColumn(c)).columns).toBe(7);
    refused(addColumn(empty(1, 500)), 'at most 500 time steps');
  });

  it('insertColumn shifts later gates and blocks, and grows a block it falls inside', () => {
    const before = ok(insertColumn(c, 2));
    expect(cols(before)).toEqual([0, 3, 4, 6]);
    expect(before.blocks.map((b) => [b.start, b.end])).toEqual([
      [3, 5],
      [6, 7],
    ]);
    const inside = ok(insertColumn(c, 3));
    expect(cols(inside)).toEqual([0, 2, 4, 6]);
    expect(inside.blocks.map((b) => [b.start, b.end])).toEqual([
      [2, 5],
      [6, 7],
    ]);
    const after = ok(insertColumn(c, 4));
    expect(after.blocks.map((b) => [b.start, b.end])).toEqual([
      [2, 4],
      [6, 7],
    ]);
    expect(ok(insertColumn(c, 6)).columns).toBe(7);
    refused(insertColumn(c, 7), 'There is no time step 8');
    refused(insertColumn(empty(1, 500), 0), 'at most 500');
  });

  it('deleteColumn removes its gates, shifts later ones, shrinks or drops blocks', () => {
    const r = deleteColumn(c, 3);
    const d = ok(r);
    expect(d.columns).toBe(5);
    expect(d.gates.map((g) => [g.gate, g.column])).toEqual([
      ['H', 0],
      ['X', 2],
      ['Z', 4],
    ]);
    expect(d.blocks).toEqual([
      { start: 2, end: 3, count: 2, shared: false },
      { start: 4, end: 5, count: 3, shared: true },
    ]);
    expect(r.ok && r.note).toBe('Removed Y with the time step.');
    const gone = deleteColumn(c, 5);
    expect(ok(gone).blocks).toHaveLength(1);
    expect(gone.ok && gone.note).toContain('repeated block that held only this time step is gone');
    const early = ok(deleteColumn(c, 1));
    expect(early.blocks.map((b) => [b.start, b.end])).toEqual([
      [1, 3],
      [4, 5],
    ]);
    refused(deleteColumn(c, 6), 'There is no time step 7');
    refused(deleteColumn(empty(2, 1), 0), 'at least one time step');
  });
});

describe('repeated blocks', () => {
  const c = build(empty(2, 6), (c) => placeGate(c, 'RX', 1, 0));

  it('repeats a range, kept sorted by start; same range updates; count 1 removes', () => {
    const a = build(
      c,
      (c) => repeatColumns(c, 3, 5, 2),
      (c) => repeatColumns(c, 0, 2, 3, true),
    );
    expect(a.blocks).toEqual([
      { start: 0, end: 2, count: 3, shared: true },
      { start: 3, end: 5, count: 2, shared: false },
    ]);
    const upd = ok(repeatColumns(a, 3, 5, 4, true));
    expect(upd.blocks[1]).toEqual({ start: 3, end: 5, count: 4, shared: true });
    expect(ok(repeatColumns(a, 3, 5, 1)).blocks).toHaveLength(1);
    expect(ok(repeatColumns(c, 0, 1, 1))).toEqual(c);
  });

  it.each([
    [2, 2, 3, 'Select at least one time step'],
    [3, 1, 3, 'Select at least one time step'],
    [4, 7, 2, 'cannot repeat time steps 5 to 7'],
    [0, 2, 0, '1 to 20 times'],
    [0, 2, 21, '1 to 20 times'],
    [0, 2, 1.5, '1 to 20 times'],
  ])('refuses [%i, %i) ×%d', (start, end, count, reason) => {
    refused(repeatColumns(c, start, end, count), new RegExp(reason, 'i'));
  });

  it('refuses overlapping another block', () => {
    const a = ok(repeatColumns(c, 1, 4, 2));
    refused(
      repeatColumns(a, 3, 5, 2),
      '(time steps 4 to 5) overlaps the block already repeated at time steps 2 to 4',
    );
    refused(repeatColumns(a, 0, 2, 2), 'cannot overlap');
  });

  it('sets the count, sharing, and removes a block', () => {
    const a = ok(repeatColumns(c, 1, 3, 2));
    expect(ok(setRepeatCount(a, 0, 7)).blocks[0]!.count).toBe(7);
    expect(ok(setRepeatCount(a, 0, 1)).blocks[0]!.count).toBe(1);
    refused(setRepeatCount(a, 0, 21), '1 to 20 times');
    refused(setRepeatCount(a, 1, 2), 'no longer in the circuit');
    expect(ok(setBlockShared(a, 0, true)).blocks[0]!.shared).toBe(true);
    refused(setBlockShared(a, 3, true), 'no longer in the circuit');
    expect(ok(removeBlock(a, 0)).blocks).toEqual([]);
    refused(removeBlock(a, 1), 'no longer in the circuit');
  });
});
