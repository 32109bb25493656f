// A simulator program back as an editor circuit: the ops of a Circuit and the noise channels
// placed between them, each in the earliest column free on every wire it spans (as soon as
// possible), so a circuit built in code (the error-correction lesson's steps) opens in the editor
// as short as its depth. compileEditorCircuit gives the program back, up to the order of ops that
// share no wire.

import { formatAngle } from './angle';
import { CHANNEL_SPECS } from './channelCatalog';
import { isParamName, nextName } from './names';
import type { Binding, Circuit, CircuitChannel, Operation } from './program';
import type { AngleBinding, EditorCircuit, PlacedGate } from './types';

/** A constant as a student would type it: a fraction of π ("pi/2", "-3pi/4"), else the number in full. */
export function angleExpr(value: number): string {
  const shown = formatAngle(value);
  return shown.includes('π') ? shown.replace('π', 'pi') : String(value);
}

/**
 * The editor's name of each trainable parameter: the program's own name when it is one the editor
 * accepts (repetitions' "θ1#2" are not), else the next free θk.
 */
function paramNamer(c: Circuit): (index: number) => string {
  const taken = new Set<string>();
  const names = new Map<number, string>();
  (c.paramNames ?? []).forEach((n, i) => {
    if (!isParamName(n) || taken.has(n)) return;
    taken.add(n);
    names.set(i, n);
  });
  return (index) => {
    let n = names.get(index);
    if (n === undefined) names.set(index, (n = nextName(taken, 'θ')));
    return n;
  };
}

function bindingOf(b: Binding, name: (index: number) => string): AngleBinding {
  switch (b.kind) {
    case 'const':
      return { kind: 'const', expr: angleExpr(b.value), value: b.value };
    case 'param':
      return { kind: 'param', name: name(b.index) };
    case 'feature':
      return { kind: 'feature', feature: b.feature, weight: name(b.weight), bias: name(b.bias) };
  }
}

type Unplaced = Omit<PlacedGate, 'id' | 'column'>;

function gateOf(op: Operation, name: (index: number) => string): Unplaced {
  const g: Unplaced = { gate: op.gate, targets: [...op.targets] };
  if (op.controls && op.controls.length > 0) {
    g.controls = [...op.controls];
    g.controlStates = op.controlStates ? [...op.controlStates] : op.controls.map(() => 1);
  }
  if (op.params && op.params.length > 0) g.params = op.params.map((b) => bindingOf(b, name));
  return g;
}

function channelOf(ch: CircuitChannel): Unplaced {
  const g: Unplaced = { gate: ch.name, targets: [...ch.qubits] };
  // Reset takes no probability; the editor refuses one on it.
  if (CHANNEL_SPECS[ch.name].pLabel !== null) g.p = ch.p;
  return g;
}

/**
 * The editor circuit of a program: gates and channels in program order (ids g1, g2, … as the
 * editor hands them out), channel `after = i` right after op i (−1: before the first), no
 * repeated blocks. Throws on a channel placed after an op the program does not have.
 */
export function fromProgram(c: Circuit, channels: readonly CircuitChannel[] = []): EditorCircuit {
  const byOp: CircuitChannel[][] = Array.from({ length: c.ops.length + 1 }, () => []);
  channels.forEach((ch, k) => {
    const list = Number.isInteger(ch.after) ? byOp[ch.after + 1] : undefined;
    if (!list)
      throw new RangeError(`Channel ${k + 1} is placed after operation ${ch.after + 1}, but the circuit has ${c.ops.length}.`); // prettier-ignore
    list.push(ch);
  });
  // The first column free on each wire: a gate covers every wire from its lowest to its highest.
  const free = new Int32Array(c.qubits);
  const gates: PlacedGate[] = [];
  let columns = 1;
  const place = (g: Unplaced): void => {
    const wires = [...g.targets, ...(g.controls ?? [])];
    const lo = Math.min(...wires);
    const hi = Math.max(...wires);
    let column = 0;
    for (let q = lo; q <= hi; q++) column = Math.max(column, free[q]!);
    for (let q = lo; q <= hi; q++) free[q] = column + 1;
    gates.push({ id: `g${gates.length + 1}`, ...g, column });
    columns = Math.max(columns, column + 1);
  };
  const name = paramNamer(c);
  byOp[0]!.forEach((ch) => place(channelOf(ch)));
  c.ops.forEach((op, i) => {
    place(gateOf(op, name));
    byOp[i + 1]!.forEach((ch) => place(channelOf(ch)));
  });
  return { qubits: c.qubits, columns, gates, blocks: [] };
}
