// Gate edits: place, move, copy, delete, stretch, controls and bindings; every refusal leaves the
// (frozen) input as it was and says why.
import { describe, expect, it } from 'vitest';
import {
  addControl,
  copyGate,
  deleteGate,
  moveGate,
  placeGate,
  removeControl,
  setBinding,
  setTargets,
  toggleControlState,
} from '../../../../src/experiment/circuit';
import type { EditorCircuit } from '../../../../src/experiment/circuit';
import { build, deepFreeze, empty, ok, refused } from './helpers';

const gate = (c: EditorCircuit, id: string) => c.gates.find((g) => g.id === id)!;

describe('placeGate', () => {
  it('places a one-qubit gate and selects it', () => {
    const r = placeGate(empty(), 'H', 1, 2);
    const c = ok(r);
    expect(c.gates).toEqual([{ id: 'g1', gate: 'H', column: 1, targets: [2] }]);
    expect(r.ok && r.selected).toBe('g1');
  });

  it('gives multi-qubit gates their other wires below the drop', () => {
    const c = build(
      empty(4, 3),
      (c) => placeGate(c, 'CNOT', 0, 1),
      (c) => placeGate(c, 'TOFFOLI', 1, 0),
      (c) => placeGate(c, 'SWAP', 2, 2),
    );
    expect(c.gates.map((g) => g.targets)).toEqual([
      [1, 2],
      [0, 1, 2],
      [2, 3],
    ]);
  });

  it('gives each angle a fresh trainable parameter θk, the next unused', () => {
    const c = build(
      empty(2, 3),
      (c) => placeGate(c, 'RX', 0, 0),
      (c) => placeGate(c, 'U3', 0, 1),
      (c) => deleteGate(c, 'g1'),
      (c) => placeGate(c, 'RY', 1, 0),
    );
    expect(gate(c, 'g2').params).toEqual([
      { kind: 'param', name: 'θ2' },
      { kind: 'param', name: 'θ3' },
      { kind: 'param', name: 'θ4' },
    ]);
    expect(gate(c, 'g1').params).toEqual([{ kind: 'param', name: 'θ1' }]);
  });

  it('ids are deterministic: the next unused g-number', () => {
    const c = build(
      empty(),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'H', 0, 1),
      (c) => deleteGate(c, 'g1'),
      (c) => placeGate(c, 'X', 1, 0),
    );
    expect(c.gates.map((g) => g.id)).toEqual(['g2', 'g1']);
  });

  it('dropping just past the last column adds a time step', () => {
    const c = ok(placeGate(empty(2, 2), 'X', 2, 0));
    expect(c.columns).toBe(3);
    expect(c.gates[0]!.column).toBe(2);
  });

  it.each([
    ['a gate that would hang off the bottom', empty(2), 'CNOT', 0, 1, 'needs 2 wires'],
    ['a Toffoli on a 2-qubit circuit', empty(2), 'TOFFOLI', 0, 0, 'Toffoli needs 3 wires'],
    [
      'a wire that does not exist',
      empty(2),
      'H',
      0,
      5,
      'qubit 5, but the circuit has qubits 0 to 1',
    ],
    ['a column beyond the end', empty(2, 3), 'H', 7, 0, 'There is no time step 8'],
    ['a negative column', empty(2, 3), 'H', -1, 0, 'There is no time step 0'],
    ['an unknown gate', empty(), 'FOO', 0, 0, 'There is no gate called "FOO"'],
  ] as const)('refuses %s', (_what, c, g, col, q, reason) => {
    refused(placeGate(c, g as 'H', col, q), reason);
  });

  it('refuses occupied wires, counting every wire a gate spans', () => {
    const c = build(
      empty(4),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'CNOT', 1, 0),
    );
    // The reason names the gate asked for and the one in the way.
    refused(
      placeGate(c, 'X', 0, 0),
      'X needs qubit 0 at time step 1, but H already covers qubit 0 there.',
    );
    const wide = build(c, (c) => setTargets(c, 'g2', [0, 2]));
    refused(placeGate(wide, 'X', 1, 1), 'CNOT already covers qubits 0 to 2');
    expect(ok(placeGate(wide, 'X', 1, 3)).gates).toHaveLength(3);
    refused(placeGate(wide, 'SWAP', 1, 2), 'SWAP needs qubits 2 to 3');
    refused(placeGate(c, 'CNOT', 0, 0), 'CNOT needs qubits 0 to 1 at time step 1, but H');
  });

  it('refuses past the column limit and the gate limit', () => {
    refused(placeGate(empty(1, 500), 'H', 500, 0), 'at most 500 time steps');
    const gates = Array.from({ length: 2000 }, (_, i) => ({
      id: `g${i + 1}`,
      gate: 'H' as const,
      column: Math.floor(i / 4),
      targets: [i % 4],
    }));
    const full = deepFreeze({ qubits: 5, columns: 500, gates, blocks: [] });
    refused(placeGate(full, 'H', 0, 4), 'at most 2000 gates');
  });
});

describe('moveGate', () => {
  const base = build(
    empty(4, 3),
    (c) => placeGate(c, 'CNOT', 0, 0),
    (c) => addControl(c, 'g1', 3, 0),
  );

  it('moves the whole gate by the offset of its first target', () => {
    const c = ok(moveGate(base, 'g1', 2, 0));
    expect(gate(c, 'g1')).toMatchObject({ column: 2, targets: [0, 1], controls: [3] });
    const small = build(empty(4, 2), (c) => placeGate(c, 'CNOT', 0, 0));
    expect(gate(ok(moveGate(small, 'g1', 1, 2)), 'g1')).toMatchObject({
      column: 1,
      targets: [2, 3],
    });
  });

  it('may overlap its own old place', () => {
    const c = build(empty(4, 1), (c) => placeGate(c, 'SWAP', 0, 0));
    expect(gate(ok(moveGate(c, 'g1', 0, 1)), 'g1').targets).toEqual([1, 2]);
  });

  it('refuses when the shape does not fit or the wires are taken', () => {
    refused(moveGate(base, 'g1', 1, 1), 'it would need qubit 4');
    const c = build(base, (c) => placeGate(c, 'H', 1, 2));
    refused(moveGate(c, 'g1', 1, 0), 'H already covers qubit 2');
    refused(moveGate(c, 'nope', 1, 0), 'no longer in the circuit');
    refused(moveGate(c, 'g1', 9, 0), 'There is no time step 10');
  });
});

describe('copyGate', () => {
  it('copies shape, controls and constants; trainable names are fresh', () => {
    const c = build(
      empty(3, 3),
      (c) => placeGate(c, 'CRX', 0, 0),
      (c) => addControl(c, 'g1', 2, 0),
      (c) => placeGate(c, 'U3', 1, 0),
      (c) => setBinding(c, 'g2', 0, { kind: 'const', expr: 'pi', value: Math.PI }),
      (c) => setBinding(c, 'g2', 1, { kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' }),
    );
    const r = copyGate(c, 'g1', 2, 0);
    expect(r.ok && r.selected).toBe('g3');
    const copy = gate(ok(r), 'g3');
    expect(copy).toEqual({
      id: 'g3',
      gate: 'CRX',
      column: 2,
      targets: [0, 1],
      controls: [2],
      controlStates: [0],
      params: [{ kind: 'param', name: 'θ2' }], // θ2 went free when U3's first angle became a constant
    });
    const u3 = gate(ok(copyGate(c, 'g2', 2, 1)), 'g3');
    expect(u3.params).toEqual([
      { kind: 'const', expr: 'pi', value: Math.PI },
      { kind: 'feature', feature: 1, weight: 'w2', bias: 'b2' },
      { kind: 'param', name: 'θ2' },
    ]);
  });

  it('refuses a place that is taken and a missing gate', () => {
    const c = build(empty(2, 2), (c) => placeGate(c, 'H', 0, 0));
    refused(copyGate(c, 'g1', 0, 0), 'already covers qubit 0');
    refused(copyGate(c, 'g7', 1, 0), 'no longer in the circuit');
  });
});

describe('deleteGate', () => {
  it('removes the gate and nothing else', () => {
    const c = build(
      empty(),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'X', 0, 1),
    );
    expect(ok(deleteGate(c, 'g1')).gates.map((g) => g.id)).toEqual(['g2']);
    refused(deleteGate(c, 'g3'), 'no longer in the circuit');
  });
});

describe('setTargets', () => {
  const c = build(
    empty(4, 2),
    (c) => placeGate(c, 'RXX', 0, 0),
    (c) => placeGate(c, 'H', 0, 3),
  );

  it('stretches a two-qubit gate and moves a CNOT target above its control', () => {
    expect(gate(ok(setTargets(c, 'g1', [0, 2])), 'g1').targets).toEqual([0, 2]);
    const cx = build(empty(3, 1), (c) => placeGate(c, 'CNOT', 0, 1));
    expect(gate(ok(setTargets(cx, 'g1', [1, 0])), 'g1').targets).toEqual([1, 0]);
  });

  it.each([
    [[0], 'acts on exactly 2 qubits'],
    [[0, 0], 'cannot use the same qubit twice'],
    [[0, 3], 'H already covers qubit 3'],
    [[0, 4], 'it would need qubit 4'],
  ])('refuses %j', (targets, reason) => {
    refused(setTargets(c, 'g1', targets), reason);
  });

  it('refuses a target on one of its own controls', () => {
    const cc = build(
      empty(3, 1),
      (c) => placeGate(c, 'X', 0, 0),
      (c) => addControl(c, 'g1', 2, 1),
    );
    refused(setTargets(cc, 'g1', [2]), 'cannot use the same qubit twice');
  });
});

describe('controls', () => {
  const c = build(
    empty(4, 2),
    (c) => placeGate(c, 'X', 0, 1),
    (c) => placeGate(c, 'H', 1, 3),
  );

  it('adds filled and open dots, toggles and removes them', () => {
    const a = build(
      c,
      (c) => addControl(c, 'g1', 0, 1),
      (c) => addControl(c, 'g1', 3, 0),
    );
    expect(gate(a, 'g1')).toMatchObject({ controls: [0, 3], controlStates: [1, 0] });
    const t = ok(toggleControlState(a, 'g1', 3));
    expect(gate(t, 'g1').controlStates).toEqual([1, 1]);
    const r = ok(removeControl(a, 'g1', 0));
    expect(gate(r, 'g1')).toMatchObject({ controls: [3], controlStates: [0] });
    const none = ok(removeControl(r, 'g1', 3));
    expect(gate(none, 'g1')).toEqual({ id: 'g1', gate: 'X', column: 0, targets: [1] });
  });

  it('refuses a control on its own target, twice on one wire, or across another gate', () => {
    refused(addControl(c, 'g1', 1, 1), "cannot sit on X's own qubit 1");
    const a = ok(addControl(c, 'g1', 0, 1));
    refused(addControl(a, 'g1', 0, 0), 'Qubit 0 already controls X');
    refused(addControl(c, 'g1', 5, 1), 'it would need qubit 5');
    const busy = ok(placeGate(c, 'Z', 0, 2));
    refused(addControl(busy, 'g1', 3, 1), 'Z already covers qubit 2');
    refused(addControl(c, 'g1', 0, 2 as 1), 'either on |1⟩ or on |0⟩');
  });

  it('refuses toggling or removing a control that is not there', () => {
    refused(toggleControlState(c, 'g1', 0), 'Qubit 0 is not a control of X');
    refused(removeControl(c, 'g1', 2), 'Qubit 2 is not a control of X');
    refused(removeControl(c, 'gx', 2), 'no longer in the circuit');
  });
});

describe('setBinding', () => {
  const c = build(
    empty(2, 2),
    (c) => placeGate(c, 'U3', 0, 0),
    (c) => placeGate(c, 'H', 0, 1),
  );

  it('binds one angle and leaves the others', () => {
    const b = { kind: 'const', expr: '-3pi/8', value: (-3 * Math.PI) / 8 } as const;
    const next = ok(setBinding(c, 'g1', 2, b));
    expect(gate(next, 'g1').params).toEqual([
      { kind: 'param', name: 'θ1' },
      { kind: 'param', name: 'θ2' },
      b,
    ]);
    const shared = ok(setBinding(next, 'g1', 1, { kind: 'param', name: 'θ1' }));
    expect(gate(shared, 'g1').params![1]).toEqual({ kind: 'param', name: 'θ1' });
    const feat = { kind: 'feature', feature: 0, weight: 'w1', bias: 'b_1' } as const;
    expect(gate(ok(setBinding(c, 'g1', 0, feat)), 'g1').params![0]).toEqual(feat);
  });

  it.each([
    ['a gate without angles', 'g2', 0, { kind: 'param', name: 'a' }, 'H has no angle'],
    ['a missing angle', 'g1', 3, { kind: 'param', name: 'a' }, 'U3 has 3 angles'],
    ['an empty name', 'g1', 0, { kind: 'param', name: '' }, 'must be 1 to 32 letters'],
    ['a name with #', 'g1', 0, { kind: 'param', name: 'a#2' }, 'letters, digits or _'],
    [
      'an infinite constant',
      'g1',
      0,
      { kind: 'const', expr: 'x', value: Infinity },
      'from -1000 to 1000',
    ],
    ['a huge constant', 'g1', 0, { kind: 'const', expr: 'x', value: 1001 }, 'from -1000 to 1000'],
    [
      'feature 16',
      'g1',
      0,
      { kind: 'feature', feature: 16, weight: 'w', bias: 'b' },
      'one of x1 to x16',
    ],
    [
      'a bad bias name',
      'g1',
      0,
      { kind: 'feature', feature: 0, weight: 'w', bias: 'b b' },
      'bias name',
    ],
    [
      'an unknown kind',
      'g1',
      0,
      { kind: 'random' },
      'a constant, a trainable parameter or an input',
    ],
  ] as const)('refuses %s', (_what, id, k, b, reason) => {
    refused(setBinding(c, id, k, b as never), reason);
  });
});
