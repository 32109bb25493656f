// Lowering editor circuits to the simulator's: op order, repeated blocks with fresh or shared
// parameters, bindings to indices, and circuits built by edits run through the real simulator.
import { describe, expect, it } from 'vitest';
import {
  addControl,
  compileEditorCircuit,
  insertColumn,
  placeGate,
  repeatColumns,
  setBinding,
  toggleControlState,
} from '../../../../src/experiment/circuit';
import type { EditorCircuit } from '../../../../src/experiment/circuit';
import { initParams } from '../../../../workers/ml/quantumClassifier';
import { createRng, createSimulator, probabilities } from '../../../../workers/sim';
import { build, deepFreeze, empty } from './helpers';

describe('compileEditorCircuit', () => {
  it('orders ops by column, then by list order within a column', () => {
    const c = build(
      empty(3, 3),
      (c) => placeGate(c, 'Z', 2, 0),
      (c) => placeGate(c, 'X', 0, 1),
      (c) => placeGate(c, 'Y', 2, 2),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'S', 1, 2),
    );
    const { circuit } = compileEditorCircuit(c);
    expect(circuit.qubits).toBe(3);
    expect(circuit.ops.map((o) => `${o.gate}${o.targets.join('')}`)).toEqual([
      'X1', 'H0', 'S2', 'Z0', 'Y2',
    ]); // prettier-ignore
  });

  it('maps trainable names to indices in order of first appearance; constants by value', () => {
    const c = build(
      empty(2, 3),
      (c) => placeGate(c, 'RY', 1, 0), // θ1, but runs after column 0
      (c) => placeGate(c, 'RX', 0, 1), // θ2, runs first
      (c) => placeGate(c, 'RZ', 2, 0),
      (c) => setBinding(c, 'g3', 0, { kind: 'param', name: 'θ2' }),
      (c) => placeGate(c, 'P', 2, 1),
      (c) => setBinding(c, 'g4', 0, { kind: 'const', expr: 'pi/4', value: Math.PI / 4 }),
    );
    const r = compileEditorCircuit(c);
    expect(r.paramNames).toEqual(['θ2', 'θ1']);
    expect(r.numFeatures).toBe(0);
    expect(r.circuit.ops.map((o) => o.params)).toEqual([
      [{ kind: 'param', index: 0 }],
      [{ kind: 'param', index: 1 }],
      [{ kind: 'param', index: 0 }],
      [{ kind: 'const', value: Math.PI / 4 }],
    ]);
  });

  it('feature bindings become weight and bias indices', () => {
    const c = build(
      empty(1, 2),
      (c) => placeGate(c, 'RY', 0, 0),
      (c) => setBinding(c, 'g1', 0, { kind: 'feature', feature: 1, weight: 'w1', bias: 'b1' }),
      (c) => placeGate(c, 'RZ', 1, 0),
      (c) => setBinding(c, 'g2', 0, { kind: 'feature', feature: 0, weight: 'w2', bias: 'w1' }),
    );
    const r = compileEditorCircuit(c);
    expect(r.paramNames).toEqual(['w1', 'b1', 'w2']);
    expect(r.numFeatures).toBe(2);
    expect(r.circuit.ops.map((o) => o.params![0])).toEqual([
      { kind: 'feature', feature: 1, weight: 0, bias: 1 },
      { kind: 'feature', feature: 0, weight: 2, bias: 0 },
    ]);
  });

  it('passes controls and their states through', () => {
    const c = build(
      empty(3, 1),
      (c) => placeGate(c, 'X', 0, 1),
      (c) => addControl(c, 'g1', 0, 1),
      (c) => addControl(c, 'g1', 2, 1),
      (c) => toggleControlState(c, 'g1', 2),
    );
    expect(compileEditorCircuit(c).circuit.ops).toEqual([
      { gate: 'X', targets: [1], controls: [0, 2], controlStates: [1, 0] },
    ]);
  });

  const layered = (shared: boolean): EditorCircuit =>
    build(
      empty(2, 4),
      (c) => placeGate(c, 'RX', 0, 0), // θ1
      (c) => placeGate(c, 'RY', 1, 0), // θ2
      (c) => setBinding(c, 'g2', 0, { kind: 'feature', feature: 0, weight: 'w1', bias: 'θ1' }),
      (c) => placeGate(c, 'CNOT', 2, 0),
      (c) => placeGate(c, 'RZ', 3, 1), // θ2
      (c) => repeatColumns(c, 1, 3, 3, shared),
    );

  it('writes a block out count times in place, with fresh names per repetition', () => {
    const r = compileEditorCircuit(layered(false));
    expect(r.circuit.ops.map((o) => o.gate)).toEqual([
      'RX', 'RY', 'CNOT', 'RY', 'CNOT', 'RY', 'CNOT', 'RZ',
    ]); // prettier-ignore
    expect(r.paramNames).toEqual(['θ1', 'w1', 'w1#2', 'θ1#2', 'w1#3', 'θ1#3', 'θ2']);
    const ry = r.circuit.ops.filter((o) => o.gate === 'RY').map((o) => o.params![0]);
    expect(ry).toEqual([
      { kind: 'feature', feature: 0, weight: 1, bias: 0 },
      { kind: 'feature', feature: 0, weight: 2, bias: 3 },
      { kind: 'feature', feature: 0, weight: 4, bias: 5 },
    ]);
  });

  it('a shared block reuses the same parameters in every repetition', () => {
    const r = compileEditorCircuit(layered(true));
    expect(r.circuit.ops).toHaveLength(8);
    expect(r.paramNames).toEqual(['θ1', 'w1', 'θ2']);
    const ry = r.circuit.ops.filter((o) => o.gate === 'RY').map((o) => o.params![0]);
    expect(new Set(ry.map((b) => JSON.stringify(b))).size).toBe(1);
  });

  it('handles several blocks and a block at the very end', () => {
    const c = deepFreeze({
      ...build(
        empty(1, 4),
        ...[0, 1, 2, 3].map((k) => (c: EditorCircuit) => placeGate(c, 'H', k, 0)),
      ),
      blocks: [
        { start: 0, end: 1, count: 2, shared: false },
        { start: 2, end: 4, count: 2, shared: false },
      ],
    });
    const cols = compileEditorCircuit(c).circuit.ops.length;
    expect(cols).toBe(2 + 1 + 4);
  });
});

describe('compiled circuits in the simulator', () => {
  it('a Bell pair built by edits: P(00) = P(11) = 1/2', () => {
    const c = build(
      empty(2, 2),
      (c) => placeGate(c, 'H', 0, 0),
      (c) => placeGate(c, 'CNOT', 1, 0),
    );
    const sim = createSimulator(compileEditorCircuit(c).circuit);
    const p = probabilities(sim.run());
    // 1e-12: two gates, rounding ~1e-16.
    [0.5, 0, 0, 0.5].forEach((v, i) => expect(Math.abs(p[i]! - v)).toBeLessThan(1e-12));
  });

  it('fresh parameters per repetition act independently', () => {
    const c = build(
      empty(1, 1),
      (c) => placeGate(c, 'RY', 0, 0),
      (c) => repeatColumns(c, 0, 1, 3),
    );
    const r = compileEditorCircuit(c);
    const sim = createSimulator(r.circuit);
    expect(sim.numParams).toBe(3);
    const angles = [0.3, -0.2, 0.7];
    const p = probabilities(sim.run(angles));
    // RY angles add on one qubit: P(1) = sin²(Σθ / 2). 1e-12: three gates.
    expect(Math.abs(p[1]! - Math.sin(0.4) ** 2)).toBeLessThan(1e-12);
  });
});

describe('parameter identity', () => {
  const start = (c: EditorCircuit, seed = 5): Map<string, number> => {
    const { circuit, paramNames } = compileEditorCircuit(c);
    expect(circuit.paramNames).toEqual(paramNames);
    const theta = initParams(circuit, paramNames.length, createRng(seed));
    return new Map(paramNames.map((n, i) => [n, theta[i]!]));
  };
  const two = build(
    empty(1, 3),
    (c) => placeGate(c, 'RY', 0, 0), // θ1
    (c) => placeGate(c, 'RZ', 1, 0), // θ2
    (c) => placeGate(c, 'RX', 2, 0), // θ3
  );

  it('the circuit carries the names, so each parameter starts from a value drawn for its name', () => {
    const before = start(two);
    // θ1 becomes a constant: θ2 and θ3 move down the parameter list but keep their values.
    const after = start(
      build(two, (c) => setBinding(c, 'g1', 0, { kind: 'const', expr: '0', value: 0 })),
    );
    expect([...after.keys()]).toEqual(['θ2', 'θ3']);
    expect(after.get('θ2')).toBe(before.get('θ2'));
    expect(after.get('θ3')).toBe(before.get('θ3'));
    // A new gate before them neither.
    const more = start(
      build(
        two,
        (c) => insertColumn(c, 0),
        (c) => placeGate(c, 'RY', 0, 0),
      ),
    );
    expect(more.get('θ2')).toBe(before.get('θ2'));
  });

  it('values differ between names and seeds, stay in (−1, 1), and feature weights start at 1', () => {
    const c = build(
      two,
      (c) => setBinding(c, 'g1', 0, { kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }),
      (c) => repeatColumns(c, 0, 3, 3),
    );
    const values = start(c);
    expect(values.size).toBe(12);
    const angles = [...values].filter(([n]) => !n.startsWith('w')).map(([, v]) => v);
    expect(new Set(angles).size).toBe(angles.length);
    for (const v of angles) expect(Math.abs(v)).toBeLessThan(1);
    for (const [n, v] of values) if (n.startsWith('w')) expect(v).toBe(1);
    expect(start(c, 6).get('θ2')).not.toBe(values.get('θ2'));
  });
});
