// Stretching gates: which wires are ends, moving one end (a target re-targets, a control dot
// moves), refusals that leave the frozen input as it was, and the end a key stretches.
import { describe, expect, it } from 'vitest';
import {
  addControl,
  endToStretch,
  moveEnd,
  placeGate,
  stretchEnds,
} from '../../../../src/experiment/circuit';
import type { EditorCircuit } from '../../../../src/experiment/circuit';
import { build, empty, ok, refused } from './helpers';

const gate = (c: EditorCircuit, id: string) => c.gates.find((g) => g.id === id)!;

// Step 1: CNOT q0 → q1, H on q3. Step 2: RXX on q0, q1. Step 3: H on q3 controlled by q0 (open).
const c = build(
  empty(5, 3),
  (c) => placeGate(c, 'CNOT', 0, 0),
  (c) => placeGate(c, 'H', 0, 3),
  (c) => placeGate(c, 'RXX', 1, 0),
  (c) => placeGate(c, 'H', 2, 3),
  (c) => addControl(c, 'g4', 0, 0),
);

describe('stretchEnds', () => {
  it('is every wire but the first target', () => {
    expect(stretchEnds(gate(c, 'g1'))).toEqual([1]);
    expect(stretchEnds(gate(c, 'g2'))).toEqual([]);
    expect(stretchEnds(gate(c, 'g3'))).toEqual([1]);
    expect(stretchEnds(gate(c, 'g4'))).toEqual([0]);
    expect(stretchEnds({ targets: [0, 1, 2], controls: [4] })).toEqual([1, 2, 4]);
  });
});

describe('moveEnd', () => {
  it('re-targets a CNOT and keeps its control, as the selected gate', () => {
    const r = moveEnd(c, 'g1', 1, 2);
    expect(gate(ok(r), 'g1')).toMatchObject({ column: 0, targets: [0, 2] });
    expect(r.ok && r.selected).toBe('g1');
  });

  it('moves the second qubit of a two-qubit gate past the first, and a control dot', () => {
    expect(gate(ok(moveEnd(c, 'g3', 1, 4)), 'g3').targets).toEqual([0, 4]);
    const dot = gate(ok(moveEnd(c, 'g4', 0, 4)), 'g4');
    expect(dot).toMatchObject({ targets: [3], controls: [4], controlStates: [0] });
    // Upwards too: RXX's second qubit above its first.
    const low = build(empty(3, 1), (c) => placeGate(c, 'RXX', 0, 1));
    expect(gate(ok(moveEnd(low, 'g1', 2, 0)), 'g1').targets).toEqual([1, 0]);
  });

  it('on its own wire it changes nothing', () => {
    const r = moveEnd(c, 'g1', 1, 1);
    expect(r.ok && r.circuit).toBe(c);
  });

  it('refuses, saying why, and leaves the input as it was', () => {
    const frozen = JSON.stringify(c);
    const cases: [string, number, number, string][] = [
      ['g1', 1, 3, 'CNOT needs qubits 0 to 3 at time step 1, but H already covers qubit 3 there.'],
      ['g1', 1, 0, "CNOT's target cannot share qubit 0 with its control."],
      ['g3', 1, 0, "RXX's second qubit cannot share qubit 0 with its first qubit."],
      ['g4', 0, 3, "H's control cannot share qubit 3 with its target."],
      ['g1', 1, 5, "CNOT's target cannot go to qubit 5: the circuit has qubits 0 to 4."],
      ['g1', 1, -1, "CNOT's target cannot go to qubit -1"],
      ['g1', 0, 2, 'Qubit 0 is where CNOT is held: drag it there to move the whole gate.'],
      ['g1', 2, 3, 'Qubit 2 is not an end of CNOT.'],
      ['gone', 1, 2, 'no longer in the circuit'],
    ];
    for (const [id, from, to, reason] of cases) refused(moveEnd(c, id, from, to), reason);
    expect(JSON.stringify(c)).toBe(frozen);
  });
});

describe('endToStretch', () => {
  it('is the end at the cursor, else the last end; a one-wire gate has none', () => {
    const toffoli = build(
      empty(5, 1),
      (c) => placeGate(c, 'TOFFOLI', 0, 0),
      (c) => addControl(c, 'g1', 4, 1),
    );
    const g = gate(toffoli, 'g1');
    expect(endToStretch(g, 1)).toBe(1);
    expect(endToStretch(g, 0)).toBe(4);
    expect(endToStretch(g, 3)).toBe(4);
    expect(endToStretch(gate(c, 'g2'), 3)).toBe('H has one wire: add a control to stretch it.');
  });
});
