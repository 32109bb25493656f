// A program back as an editor circuit: gates and channels as soon as possible, constants as
// readable expressions, trainable names kept or made; and the round trip through
// compileEditorCircuit on the error-correction codes (every step) and on random circuits with
// random channels: the same operations and channels on every wire, in the same order, and the
// same state.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../../src/experiment/circuit/channelCatalog';
import { compileEditorCircuit } from '../../../../src/experiment/circuit/compile';
import { angleExpr, fromProgram } from '../../../../src/experiment/circuit/fromProgram';
import { parseAngle } from '../../../../src/experiment/circuit/angle';
import type {
  Binding,
  Circuit,
  CircuitChannel,
  Operation,
} from '../../../../src/experiment/circuit/program';
import type { EditorCircuit } from '../../../../src/experiment/circuit/types';
import { validateEditorCircuit } from '../../../../src/experiment/circuit/validate';
import { createRng, createSimulator, type Rng } from '../../../../workers/sim';
import { createDensitySimulator } from '../../../../workers/sim/noise/densitySimulator';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import { repetitionCode, shorCode, type CodeCircuit } from '../../../../workers/sim/noise/qec';
import { pickQubits, randomCircuit } from '../../sim/random';

/** A binding with its parameters by name (indices differ after compiling: first use numbers them). */
function named(b: Binding, names: readonly string[]): unknown {
  if (b.kind === 'param') return { kind: 'param', name: names[b.index] };
  if (b.kind === 'feature') return { ...b, weight: names[b.weight], bias: names[b.bias] };
  return b;
}

function opKey(op: Operation, names: readonly string[]): string {
  const controls = op.controls ?? [];
  return JSON.stringify({
    gate: op.gate,
    targets: op.targets,
    controls,
    states: op.controlStates ?? controls.map(() => 1),
    params: (op.params ?? []).map((b) => named(b, names)),
  });
}

/**
 * What each wire sees, in order: the ops and channels on it. Two programs with equal lists on
 * every wire are the same circuit (only items on disjoint wires changed places).
 */
function wireSequences(
  c: Circuit,
  channels: readonly CircuitChannel[],
  names: readonly string[],
): string[][] {
  const wires: string[][] = Array.from({ length: c.qubits }, () => []);
  const channel = (ch: CircuitChannel): void => {
    const key = `${ch.name}(${ch.p})`;
    for (const q of ch.qubits) wires[q]!.push(key);
  };
  channels.filter((ch) => ch.after === -1).forEach(channel);
  c.ops.forEach((op, i) => {
    const key = opKey(op, names);
    for (const q of [...op.targets, ...(op.controls ?? [])]) wires[q]!.push(key);
    channels.filter((ch) => ch.after === i).forEach(channel);
  });
  return wires;
}

/** Each gate without its id, sorted by column and wire: the drawing, whatever the list order. */
function placements(e: EditorCircuit): string[] {
  return e.gates.map(({ id: _id, ...g }) => JSON.stringify(g)).sort();
}

/** Converts, checks the editor accepts it, compiles back and compares wire by wire. */
function roundTrip(c: Circuit, channels: readonly CircuitChannel[]) {
  const editor = fromProgram(c, channels);
  expect(validateEditorCircuit(editor)).toBeNull();
  const back = compileEditorCircuit(editor);
  const names = c.paramNames ?? [];
  expect(back.circuit.ops).toHaveLength(c.ops.length);
  expect(back.channels).toHaveLength(channels.length);
  expect(wireSequences(back.circuit, back.channels, back.paramNames)).toEqual(wireSequences(c, channels, names)); // prettier-ignore
  // Converting the compiled program again puts every gate in the same column (ids follow the
  // compiled order, so they are left out).
  expect(placements(fromProgram(back.circuit, back.channels))).toEqual(placements(editor));
  return { editor, back };
}

const CODES: [string, CodeCircuit][] = [
  ['bit-flip code, bit flips', repetitionCode('bitFlip', 'bitFlip', 0.1)],
  ['phase-flip code, depolarising', repetitionCode('phaseFlip', 'depolarizing', 0.2)],
  ['bit-flip code read in Y', repetitionCode('bitFlip', 'phaseFlip', 0.05, 'Y')],
  ['Shor code, depolarising', shorCode('depolarizing', 0.05, 'X')],
];

describe('fromProgram', () => {
  it('puts each gate in the earliest column free on every wire it spans', () => {
    const c: Circuit = {
      qubits: 3,
      ops: [
        { gate: 'H', targets: [0] },
        { gate: 'H', targets: [2] },
        { gate: 'CNOT', targets: [0, 2] },
        { gate: 'X', targets: [1] },
        { gate: 'Z', targets: [0] },
      ],
    };
    const e = fromProgram(c);
    expect(e.gates.map((g) => [g.id, g.gate, g.column])).toEqual([
      ['g1', 'H', 0],
      ['g2', 'H', 0],
      ['g3', 'CNOT', 1],
      // The CNOT covers wire 1 in its column, so X waits for the next one.
      ['g4', 'X', 2],
      ['g5', 'Z', 2],
    ]);
    expect(e.columns).toBe(3);
    expect(e.blocks).toEqual([]);
  });

  it('places channels right after their op (before the first for −1), reset without p', () => {
    const c: Circuit = { qubits: 2, ops: [{ gate: 'H', targets: [0] }, { gate: 'CNOT', targets: [0, 1] }] }; // prettier-ignore
    const channels: CircuitChannel[] = [
      { name: 'reset', qubits: [1], p: 0, after: -1 },
      { name: 'bitFlip', qubits: [0], p: 0.25, after: 0 },
      { name: 'depolarizing2', qubits: [1, 0], p: 0.1, after: 1 },
    ];
    const e = fromProgram(c, channels);
    expect(e.gates).toEqual([
      { id: 'g1', gate: 'reset', targets: [1], column: 0 },
      { id: 'g2', gate: 'H', targets: [0], column: 0 },
      { id: 'g3', gate: 'bitFlip', targets: [0], p: 0.25, column: 1 },
      { id: 'g4', gate: 'CNOT', targets: [0, 1], column: 2 },
      { id: 'g5', gate: 'depolarizing2', targets: [1, 0], p: 0.1, column: 3 },
    ]);
    expect(compileEditorCircuit(e).channels).toEqual(channels);
    expect(() => fromProgram(c, [{ name: 'bitFlip', qubits: [0], p: 0.1, after: 2 }])).toThrow(/after operation 3/); // prettier-ignore
  });

  it('writes constants as a student types them, and they parse back to their value', () => {
    expect(angleExpr(Math.PI / 2)).toBe('pi/2');
    expect(angleExpr((-3 * Math.PI) / 4)).toBe('-3pi/4');
    expect(angleExpr(2 * Math.PI)).toBe('2pi');
    expect(angleExpr(0)).toBe('0');
    expect(angleExpr(0.3)).toBe('0.3');
    for (const v of [
      Math.PI / 2,
      (-3 * Math.PI) / 4,
      (5 * Math.PI) / 6,
      0.3,
      -1.234567890123,
      1e-7,
    ]) {
      const r = parseAngle(angleExpr(v));
      expect(r.ok && Math.abs(r.value - v)).toBeLessThan(1e-12);
    }
    const e = fromProgram({ qubits: 1, ops: [{ gate: 'RY', targets: [0], params: [{ kind: 'const', value: Math.PI / 2 }] }] }); // prettier-ignore
    expect(e.gates[0]!.params).toEqual([{ kind: 'const', expr: 'pi/2', value: Math.PI / 2 }]);
  });

  it('keeps trainable names the editor accepts and makes fresh ones for the rest', () => {
    const c: Circuit = {
      qubits: 1,
      paramNames: ['θ2', 'bad#2', 'θ2'],
      ops: [
        { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 0 }] },
        { gate: 'RY', targets: [0], params: [{ kind: 'param', index: 1 }] },
        { gate: 'RZ', targets: [0], params: [{ kind: 'param', index: 2 }] },
        { gate: 'RX', targets: [0], params: [{ kind: 'param', index: 1 }] },
      ],
    };
    const names = fromProgram(c).gates.map((g) => (g.params![0] as { name: string }).name);
    expect(names).toEqual(['θ2', 'θ1', 'θ3', 'θ1']);
  });

  it.each(CODES)('round-trips the %s, the whole code and up to every step', (_, code) => {
    const { circuit, placed, steps } = code;
    for (const s of steps) {
      const ops = circuit.ops.slice(0, s.to);
      const upTo = steps.slice(0, steps.indexOf(s) + 1);
      const channels = upTo.some((x) => x.name === 'Noise') ? placed : [];
      roundTrip({ qubits: circuit.qubits, ops }, channels);
    }
    // The whole code: the same ρ from both programs (its outcome probabilities, to 1e-12).
    const { back } = roundTrip(circuit, placed);
    const want = createDensitySimulator(circuit, IDEAL_NOISE, placed).probabilities();
    const got = createDensitySimulator(back.circuit, IDEAL_NOISE, back.channels).probabilities();
    let worst = 0;
    for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
    expect(worst).toBeLessThan(1e-12);
  });

  it('round-trips random circuits of the whole gate set with random channels', () => {
    const rng = createRng(14);
    for (let t = 0; t < 60; t++) {
      const n = 1 + rng.int(5);
      const numParams = 4;
      const c = randomCircuit(rng, n, 1 + rng.int(14), {
        numParams,
        numFeatures: 2,
        maxControls: 2,
      });
      c.paramNames = Array.from({ length: numParams }, (_, i) => `a${i}`);
      const { back } = roundTrip(c, randomChannels(rng, n, c.ops.length));
      // Without channels, the same state (parameters matched by name, features the same).
      const theta = Array.from({ length: numParams }, () => rng.next() * 4 - 2);
      const x = [rng.next(), rng.next()];
      const mapped = back.paramNames.map((name) => theta[Number(name.slice(1))]!);
      const a = createSimulator(c).run(theta, x).amp.slice();
      const b = createSimulator(back.circuit).run(mapped, x).amp;
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      expect(worst).toBeLessThan(1e-12);
    }
  });
});

function randomChannels(rng: Rng, n: number, ops: number): CircuitChannel[] {
  const out: CircuitChannel[] = [];
  const count = rng.int(4);
  for (let k = 0; k < count; k++) {
    const names = CHANNEL_NAMES.filter((c) => c !== 'depolarizing2' || n >= 2);
    const name = names[rng.int(names.length)]!;
    const qubits = pickQubits(rng, n, name === 'depolarizing2' ? 2 : 1);
    out.push({ name, qubits, p: name === 'reset' ? 0 : Math.round(rng.next() * 100) / 100, after: rng.int(ops + 1) - 1 }); // prettier-ignore
  }
  return out;
}
