// Drops on the editor grid as edits: which gate a control joins (between a gate's control and
// target too), and refusals that name what is in the way while leaving the circuit as it was.
import { describe, expect, it } from 'vitest';
import { addControl, placeGate } from '../../../src/experiment/circuit';
import { controlTarget, dropEdit } from '../../../src/editor/dropAction';
import { build, empty, ok, refused } from '../experiment/circuit/helpers';

// H on q6 controlled from q0 (its span covers q0…q6 in step 1); RY on q0 in step 2.
const c = build(
  empty(7, 3),
  (c) => placeGate(c, 'H', 0, 6),
  (c) => addControl(c, 'g1', 0, 1),
  (c) => placeGate(c, 'RY', 1, 0),
);
const at = (qubit: number, column: number) => ({ qubit, column });
const control = { kind: 'control', state: 1 } as const;

describe('controlTarget', () => {
  it('a wire between a gate’s control and its target belongs to that gate', () => {
    expect(controlTarget(c, at(4, 0), null)).toMatchObject({ id: 'g1' });
  });

  it('outside every span: the one gate of the step it fits, else the nearest', () => {
    expect(controlTarget(c, at(3, 1), null)).toMatchObject({ id: 'g2' });
    const two = build(c, (c) => placeGate(c, 'X', 1, 6));
    expect(controlTarget(two, at(3, 1), null)).toMatch(/several gates.*select the one/);
    expect(controlTarget(two, at(3, 1), 'g3')).toMatchObject({ id: 'g3' });
  });

  it('an empty step has no gate to control', () => {
    expect(controlTarget(c, at(2, 2), null)).toMatch(/in the time step of the gate/);
  });
});

describe('dropEdit', () => {
  it('a control dot dropped inside a gate’s span joins it', () => {
    const next = ok(dropEdit(c, control, at(4, 0), null)(c));
    expect(next.gates.find((g) => g.id === 'g1')).toMatchObject({
      controls: [0, 4],
      controlStates: [1, 1],
    });
  });

  it('refuses taken places, naming what is there, and changes nothing', () => {
    const frozen = JSON.stringify(c);
    const cases: [Parameters<typeof dropEdit>[1], number, number, string][] = [
      [{ kind: 'new', gate: 'X' }, 0, 1, 'X needs qubit 0 at time step 2, but RY already covers'],
      [{ kind: 'new', gate: 'X' }, 3, 0, 'H already covers qubits 0 to 6'],
      [control, 6, 0, "A control cannot sit on H's own qubit 6."],
      [control, 0, 0, 'Qubit 0 already controls H.'],
      [{ kind: 'move', id: 'g2', grab: 0, copy: false }, 2, 0, 'RY needs qubit 2 at time step 1'],
      [{ kind: 'move', id: 'g2', grab: 0, copy: true }, 5, 0, 'H already covers'],
    ];
    for (const [source, q, col, reason] of cases)
      refused(dropEdit(c, source, at(q, col), null)(c), reason);
    expect(JSON.stringify(c)).toBe(frozen);
  });

  it('moves keep the grabbed wire under the pointer', () => {
    const cnot = build(empty(4, 2), (c) => placeGate(c, 'CNOT', 0, 0));
    // Grabbed by its target (one wire below its first), dropped on q3 of step 2: control on q2.
    const next = ok(
      dropEdit(cnot, { kind: 'move', id: 'g1', grab: 1, copy: false }, at(3, 1), null)(cnot),
    );
    expect(next.gates[0]).toMatchObject({ column: 1, targets: [2, 3] });
  });
});

describe('dropEdit of a stretch', () => {
  const cnot = build(
    empty(4, 2),
    (c) => placeGate(c, 'CNOT', 0, 0),
    (c) => placeGate(c, 'H', 0, 3),
  );
  const stretch = { kind: 'stretch', id: 'g1', from: 1, column: 0 } as const;

  it('moves the end to the slot’s wire, one edit the preview and the drop share', () => {
    const next = ok(dropEdit(cnot, stretch, at(2, 0), null)(cnot));
    expect(next.gates[0]).toMatchObject({ column: 0, targets: [0, 2] });
  });

  it('refuses a taken wire, the other end’s wire and a place outside the circuit', () => {
    refused(dropEdit(cnot, stretch, at(3, 0), null)(cnot), 'H already covers qubit 3');
    refused(dropEdit(cnot, stretch, at(0, 0), null)(cnot), 'cannot share qubit 0');
    refused(dropEdit(cnot, stretch, at(4, 0), null)(cnot), 'cannot go to qubit 4');
  });
});
