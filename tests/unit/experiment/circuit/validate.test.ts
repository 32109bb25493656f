// Validation of untrusted editor circuits: a table of malformed inputs with the field and message
// expected, and circuits built by random sequences of edits, which must all pass and compile.
import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/experiment/circuit';
import type { EditResult, EditorCircuit } from '../../../../src/experiment/circuit';
import { createRng, createSimulator, GATE_NAMES } from '../../../../workers/sim';
import type { Rng } from '../../../../workers/sim';
import { deepFreeze, empty } from './helpers';

const { compileEditorCircuit, validateEditorCircuit } = ops;

const good = (): EditorCircuit => ({
  qubits: 4,
  columns: 3,
  gates: [
    { id: 'g1', gate: 'H', column: 0, targets: [0] },
    { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1], controls: [3], controlStates: [0] },
    { id: 'g3', gate: 'RX', column: 2, targets: [2], params: [{ kind: 'param', name: 'θ1' }] },
  ],
  blocks: [{ start: 1, end: 3, count: 2, shared: false }],
});

/** `good()` changed by `f` (which may break types on purpose). */
const bad = (f: (c: Record<string, unknown> & EditorCircuit) => void): unknown => {
  const c = good() as Record<string, unknown> & EditorCircuit;
  f(c);
  return c;
};

describe('validateEditorCircuit', () => {
  it('accepts a good circuit and names the path it was given', () => {
    expect(validateEditorCircuit(good())).toBeNull();
    expect(validateEditorCircuit(null, 'model.circuit')).toEqual({
      field: 'model.circuit',
      message: 'Circuit → it is missing or is not a circuit.',
    });
  });

  const g = (c: EditorCircuit, i: number) => c.gates[i] as unknown as Record<string, unknown>;

  it.each([
    ['an array', [], 'circuit', 'not a circuit'],
    ['25 qubits', bad((c) => (c.qubits = 25)), 'circuit.qubits', 'from 1 to 24; got 25'],
    ['2.5 qubits', bad((c) => (c.qubits = 2.5)), 'circuit.qubits', 'whole number'],
    ['0 columns', bad((c) => (c.columns = 0)), 'circuit.columns', 'from 1 to 500; got 0'],
    ['no gates list', bad((c) => delete (c as Partial<EditorCircuit>).gates), 'circuit.gates', 'list of gates is missing'],
    ['2001 gates', bad((c) => (c.gates = new Array(2001).fill(c.gates[0]))), 'circuit.gates', 'at most 2000'],
    ['a null gate', bad((c) => (c.gates[1] = null as never)), 'circuit.gates[1]', 'gate 2 is missing'],
    ['an unknown gate', bad((c) => (g(c, 0).gate = 'QQ')), 'circuit.gates[0].gate', '"QQ" is not a gate'],
    ['a missing id', bad((c) => delete g(c, 0).id), 'circuit.gates[0].id', 'gate 1 (H) needs an id'],
    ['a long id', bad((c) => (g(c, 0).id = 'g'.repeat(17))), 'circuit.gates[0].id', '1 to 16 characters'],
    ['a repeated id', bad((c) => (g(c, 2).id = 'g1')), 'circuit.gates[2].id', 'of an earlier gate'],
    ['column out of range', bad((c) => (g(c, 0).column = 3)), 'circuit.gates[0].column', 'time step 4, but the circuit has time steps 1 to 3'],
    ['too few targets', bad((c) => (g(c, 1).targets = [0])), 'circuit.gates[1].targets', 'gate 2 (CNOT) needs exactly 2 qubits'],
    ['a qubit out of range', bad((c) => (g(c, 1).targets = [0, 5])), 'circuit.gates[1].targets', 'Circuit → gate 2 (CNOT) uses qubit 5, but the circuit has qubits 0 to 3.'],
    ['a fractional qubit', bad((c) => (g(c, 0).targets = [0.5])), 'circuit.gates[0].targets', 'uses qubit 0.5'],
    ['a repeated qubit', bad((c) => (g(c, 1).targets = [1, 1])), 'circuit.gates[1].targets', 'uses qubit 1 twice'],
    ['a control on a target', bad((c) => (g(c, 1).controls = [1])), 'circuit.gates[1].controls', 'uses qubit 1 twice'],
    ['controls not a list', bad((c) => (g(c, 1).controls = 3)), 'circuit.gates[1].controls', 'must be a list'],
    ['states of the wrong length', bad((c) => (g(c, 1).controlStates = [0, 1])), 'circuit.gates[1].controlStates', 'one control state'],
    ['a state of 2', bad((c) => (g(c, 1).controlStates = [2])), 'circuit.gates[1].controlStates', 'must be 0 or 1'],
    ['missing params', bad((c) => delete g(c, 2).params), 'circuit.gates[2].params', 'gate 3 (RX) takes 1 angle'],
    ['params on H', bad((c) => (g(c, 0).params = [{ kind: 'param', name: 'a' }])), 'circuit.gates[0].params', 'takes 0 angles'],
    ['a bad binding kind', bad((c) => (g(c, 2).params = [{ kind: 'x' }])), 'circuit.gates[2].params[0].kind', 'gate 3 (RX), angle θ: an angle must be'],
    ['a NaN constant', bad((c) => (g(c, 2).params = [{ kind: 'const', expr: 'x', value: NaN }])), 'circuit.gates[2].params[0].value', 'from -1000 to 1000'],
    ['a long expr', bad((c) => (g(c, 2).params = [{ kind: 'const', expr: 'p'.repeat(65), value: 1 }])), 'circuit.gates[2].params[0].expr', 'at most 64'],
    ['a long name', bad((c) => (g(c, 2).params = [{ kind: 'param', name: 'a'.repeat(33) }])), 'circuit.gates[2].params[0].name', '1 to 32'],
    ['a name with a space', bad((c) => (g(c, 2).params = [{ kind: 'param', name: 'a b' }])), 'circuit.gates[2].params[0].name', 'letters, digits or _'],
    ['feature 16', bad((c) => (g(c, 2).params = [{ kind: 'feature', feature: 16, weight: 'w', bias: 'b' }])), 'circuit.gates[2].params[0].feature', 'one of x1 to x16'],
    ['a missing weight', bad((c) => (g(c, 2).params = [{ kind: 'feature', feature: 0, bias: 'b' }])), 'circuit.gates[2].params[0].weight', 'weight name'],
    ['two gates on one wire', bad((c) => (g(c, 2).column = 1)), 'circuit.gates[2]', 'gate 3 (RX) crosses gate 2 (CNOT) at time step 2'],
    ['no blocks list', bad((c) => delete (c as Partial<EditorCircuit>).blocks), 'circuit.blocks', 'list of repeated blocks'],
    ['an empty block', bad((c) => (c.blocks[0]!.end = 1)), 'circuit.blocks[0]', 'repeated block 1 must cover'],
    ['a block past the end', bad((c) => (c.blocks[0]!.end = 4)), 'circuit.blocks[0]', 'inside 1 to 3'],
    ['a count of 21', bad((c) => (c.blocks[0]!.count = 21)), 'circuit.blocks[0].count', '1 to 20 times; got 21'],
    ['shared not boolean', bad((c) => ((c.blocks[0] as unknown as Record<string, unknown>).shared = 1)), 'circuit.blocks[0].shared', 'true or false'],
    ['overlapping blocks', bad((c) => c.blocks.push({ start: 0, end: 2, count: 2, shared: true })), 'circuit.blocks[1]', 'repeated blocks 1 and 2 overlap'],
  ] as const)('refuses %s', (_what, value, field, message) => {
    const p = validateEditorCircuit(value);
    expect(p).not.toBeNull();
    expect(p!.field).toBe(field);
    expect(p!.message).toContain(message);
    expect(p!.message.startsWith('Circuit → ')).toBe(true);
  }); // prettier-ignore

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, 1, 'x', [], { qubits: {} }, { gates: 1 }, Symbol('s')];
    weird.push(
      Object.assign(Object.create(null) as object, { qubits: 2, columns: 1, gates: [null] }),
    );
    for (const w of weird) expect(() => validateEditorCircuit(w)).not.toThrow();
  });
});

/** One random edit: an operation with random (sometimes impossible) arguments. */
function randomEdit(rng: Rng, c: EditorCircuit): EditResult {
  const id = c.gates[rng.int(Math.max(1, c.gates.length))]?.id ?? 'g1';
  const col = rng.int(c.columns + 1);
  const q = rng.int(c.qubits + 1);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
  const binding = (): ops.AngleBinding =>
    pick([
      { kind: 'const', expr: 'pi/4', value: Math.PI / 4 },
      { kind: 'param', name: pick(['θ1', 'θ2', 'shared']) },
      { kind: 'feature', feature: rng.int(2), weight: 'w1', bias: pick(['b1', 'θ1']) },
    ]);
  switch (rng.int(16)) {
    case 0: case 1: case 2: case 3:
      return ops.placeGate(c, pick(GATE_NAMES), col, q);
    case 4: return ops.moveGate(c, id, col, q);
    case 5: return ops.copyGate(c, id, col, q);
    case 6: return ops.deleteGate(c, id);
    case 7: return ops.setTargets(c, id, [q, rng.int(c.qubits)].slice(0, 1 + rng.int(2)));
    case 8: return ops.addControl(c, id, q, rng.int(2) as 0 | 1);
    case 9: return rng.int(2) ? ops.toggleControlState(c, id, q) : ops.removeControl(c, id, q);
    case 10: return ops.setBinding(c, id, rng.int(3), binding());
    case 11: return rng.int(2) ? ops.addQubit(c) : ops.removeQubit(c, q);
    case 12: return rng.int(2) ? ops.insertColumn(c, col) : ops.deleteColumn(c, col);
    case 13: return ops.repeatColumns(c, col, col + 1 + rng.int(3), 1 + rng.int(4), rng.int(2) === 1);
    case 14: return ops.setRepeatCount(c, rng.int(2), 1 + rng.int(5));
    default: return rng.int(3) ? ops.setQubits(c, 1 + rng.int(6)) : ops.removeBlock(c, rng.int(2));
  } // prettier-ignore
}

describe('circuits built by random edits', () => {
  it.each([1, 2, 3, 4, 5, 6])('seed %i: every result validates and runs', (seed) => {
    const rng = createRng(9000 + seed);
    let c = empty(3, 4);
    let accepted = 0;
    for (let step = 0; step < 250; step++) {
      const before = JSON.stringify(c);
      const r = randomEdit(rng, c);
      expect(JSON.stringify(c)).toBe(before); // the input never changes
      if (!r.ok) {
        expect(r.reason.length).toBeGreaterThan(10);
        continue;
      }
      accepted++;
      c = deepFreeze(r.circuit);
      expect(validateEditorCircuit(c)).toBeNull();
    }
    expect(accepted).toBeGreaterThan(80);
    const compiled = compileEditorCircuit(c);
    const sim = createSimulator(compiled.circuit);
    expect(sim.numParams).toBe(compiled.paramNames.length);
    const s = sim.run(new Array<number>(sim.numParams).fill(0.3), [0.2, -0.4]);
    expect(s.n).toBe(c.qubits);
  });
});
