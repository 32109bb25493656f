// Checks an editor circuit from an untrusted source (a link, a file) field by field before anything
// uses it; the first problem comes back with a message a student understands. Never throws.

import { Invalid, isObj, type Obj } from '../checker';
import { MAX_NOISY_QUBITS } from '../noise';
import { isChannelName, isPlaceableName, specOf } from './channelCatalog';
import { targetCount } from './gateCatalog';
import { CIRCUIT_LIMITS } from './limits';
import { checkBinding } from './names';
import { gateLabel, spanOf } from './occupancy';
import type { EditorCircuit, PlacedGate } from './types';

export interface CircuitProblem {
  /** Where, for developers: "circuit.gates[2].targets". */
  field: string;
  /** What, for students: "Circuit → gate 3 (CNOT) uses qubit 5, but …". */
  message: string;
}

type Rec = Obj;
const isRec = isObj;
const isInt = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Null when `value` is a well-formed EditorCircuit, else the first problem found. */
export function validateEditorCircuit(value: unknown, path = 'circuit'): CircuitProblem | null {
  try {
    check(value, path);
    return null;
  } catch (e) {
    if (e instanceof Invalid) return { field: e.field, message: e.message };
    return { field: path, message: 'Circuit → it could not be read.' };
  }
}

function check(value: unknown, path: string): asserts value is EditorCircuit {
  const bad = (field: string, message: string): never => {
    throw new Invalid(field ? `${path}.${field}` : path, `Circuit → ${message}`);
  };
  if (!isRec(value)) bad('', 'it is missing or is not a circuit.');
  const c = value as Rec;
  const [qMin, qMax] = CIRCUIT_LIMITS.qubits;
  const [cMin, cMax] = CIRCUIT_LIMITS.columns;
  if (!isInt(c.qubits, qMin, qMax)) {
    bad(
      'qubits',
      `the number of qubits must be a whole number from ${qMin} to ${qMax}; got ${String(c.qubits)}.`,
    );
  }
  if (!isInt(c.columns, cMin, cMax)) {
    bad(
      'columns',
      `the number of time steps must be a whole number from ${cMin} to ${cMax}; got ${String(c.columns)}.`,
    );
  }
  const qubits = c.qubits as number;
  const columns = c.columns as number;
  if (!Array.isArray(c.gates)) bad('gates', 'the list of gates is missing.');
  const gates = c.gates as unknown[];
  if (gates.length > CIRCUIT_LIMITS.gates) {
    bad('gates', `it has ${gates.length} gates; at most ${CIRCUIT_LIMITS.gates} are allowed.`);
  }
  const ids = new Set<string>();
  gates.forEach((g, i) => checkGate(g, i, qubits, columns, ids, bad));
  checkOverlaps(gates as PlacedGate[], bad);
  checkChannelQubits(gates as PlacedGate[], qubits, bad);
  if (!Array.isArray(c.blocks)) bad('blocks', 'the list of repeated blocks is missing.');
  checkBlocks(c.blocks as unknown[], columns, bad);
}

type Bad = (field: string, message: string) => never;

function checkGate(
  value: unknown,
  i: number,
  qubits: number,
  columns: number,
  ids: Set<string>,
  bad: Bad,
): void {
  const f = `gates[${i}]`;
  if (!isRec(value)) bad(f, `gate ${i + 1} is missing.`);
  const g = value as Rec;
  if (!isPlaceableName(g.gate))
    bad(`${f}.gate`, `gate ${i + 1}: "${String(g.gate)}" is not a gate this lab knows.`);
  const info = specOf(g.gate as PlacedGate['gate']);
  const name = `gate ${i + 1} (${gateLabel({ gate: g.gate as PlacedGate['gate'] })})`;
  const id = g.id;
  if (typeof id !== 'string' || id.length < 1 || id.length > CIRCUIT_LIMITS.idLength) {
    bad(`${f}.id`, `${name} needs an id of 1 to ${CIRCUIT_LIMITS.idLength} characters.`);
  }
  if (ids.has(id as string))
    bad(`${f}.id`, `${name} has the id "${String(id)}" of an earlier gate.`);
  ids.add(id as string);
  if (!isInt(g.column, 0, columns - 1)) {
    bad(
      `${f}.column`,
      `${name} is at time step ${String(typeof g.column === 'number' ? g.column + 1 : g.column)}, but the circuit has time steps 1 to ${columns}.`,
    );
  }
  const k = targetCount(info);
  if (!Array.isArray(g.targets) || g.targets.length !== k) {
    bad(`${f}.targets`, `${name} needs exactly ${k} qubit${k === 1 ? '' : 's'}.`);
  }
  const controls: unknown = g.controls ?? [];
  if (!Array.isArray(controls))
    bad(`${f}.controls`, `${name}: its controls must be a list of qubits.`);
  const states: unknown = g.controlStates ?? (controls as unknown[]).map(() => 1);
  if (!Array.isArray(states) || states.length !== (controls as unknown[]).length) {
    bad(`${f}.controlStates`, `${name}: give one control state (0 or 1) per control.`);
  }
  if (!(states as unknown[]).every((s) => s === 0 || s === 1)) {
    bad(`${f}.controlStates`, `${name}: a control state must be 0 or 1.`);
  }
  const used = new Set<number>();
  for (const [field, list] of [
    ['targets', g.targets],
    ['controls', controls],
  ] as const) {
    for (const q of list as unknown[]) {
      if (!isInt(q, 0, qubits - 1)) {
        bad(
          `${f}.${field}`,
          `${name} uses qubit ${String(q)}, but the circuit has qubits 0 to ${qubits - 1}.`,
        );
      }
      if (used.has(q as number)) {
        bad(
          `${f}.${field}`,
          `${name} uses qubit ${String(q)} twice (a control cannot sit on its own target).`,
        );
      }
      used.add(q as number);
    }
  }
  const params: unknown = g.params ?? [];
  if (!Array.isArray(params) || params.length !== info.angles) {
    bad(`${f}.params`, `${name} takes ${info.angles} angle${info.angles === 1 ? '' : 's'}.`);
  }
  (params as unknown[]).forEach((b, j) => {
    const problem = checkBinding(b);
    if (problem) {
      const field = `${f}.params[${j}]${problem.field ? `.${problem.field}` : ''}`;
      bad(field, `${name}, angle ${info.angleNames[j] ?? j + 1}: ${lowerFirst(problem.message)}`);
    }
  });
  checkChannel(g, f, name, bad);
}

/** A channel takes no controls and its probability (if any) in [0, 1]; a gate takes none. */
function checkChannel(g: Rec, f: string, name: string, bad: Bad): void {
  const spec = specOf(g.gate as PlacedGate['gate']);
  const takesP = isChannelName(g.gate) && 'pLabel' in spec && spec.pLabel !== null;
  if (isChannelName(g.gate) && ((g.controls as unknown[] | undefined) ?? []).length > 0) {
    bad(`${f}.controls`, `${name} is a noise channel and cannot be controlled.`);
  }
  if (!takesP) {
    if (g.p !== undefined) bad(`${f}.p`, `${name} takes no probability.`);
    return;
  }
  if (typeof g.p !== 'number' || !Number.isFinite(g.p) || g.p < 0 || g.p > 1) {
    bad(`${f}.p`, `${name}: the probability must be a number from 0 to 1; got ${String(g.p)}.`);
  }
}

/** Channels run on a density matrix, which holds 4^n numbers: at most MAX_NOISY_QUBITS. */
function checkChannelQubits(gates: PlacedGate[], qubits: number, bad: Bad): void {
  if (qubits <= MAX_NOISY_QUBITS || !gates.some((g) => isChannelName(g.gate))) return;
  bad(
    'qubits',
    `it has noise channels on ${qubits} qubits; a circuit with channels is simulated as a density matrix, which allows at most ${MAX_NOISY_QUBITS} qubits. Remove the channels or some qubits.`,
  );
}

/** Gates in one column must not cover a common wire (their spans include controls). */
function checkOverlaps(gates: PlacedGate[], bad: Bad): void {
  const spans = gates
    .map((g, i) => ({ i, column: g.column, span: spanOf(g) }))
    .sort((a, b) => a.column - b.column || a.span[0] - b.span[0]);
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (a.column === b.column && b.span[0] <= a.span[1]) {
      const [i, j] = [Math.min(a.i, b.i), Math.max(a.i, b.i)];
      bad(
        `gates[${j}]`,
        `gate ${j + 1} (${gateLabel(gates[j]!)}) crosses gate ${i + 1} (${gateLabel(gates[i]!)}) at time step ${a.column + 1}.`,
      );
    }
  }
}

function checkBlocks(blocks: unknown[], columns: number, bad: Bad): void {
  const [rMin, rMax] = CIRCUIT_LIMITS.repeat;
  blocks.forEach((value, i) => {
    const f = `blocks[${i}]`;
    const name = `repeated block ${i + 1}`;
    if (!isRec(value)) bad(f, `${name} is missing.`);
    const b = value as Rec;
    if (!isInt(b.start, 0, columns - 1) || !isInt(b.end, 1, columns) || b.end <= b.start) {
      bad(f, `${name} must cover time steps inside 1 to ${columns}.`);
    }
    if (!isInt(b.count, rMin, rMax)) {
      bad(`${f}.count`, `${name} must repeat ${rMin} to ${rMax} times; got ${String(b.count)}.`);
    }
    if (typeof b.shared !== 'boolean')
      bad(`${f}.shared`, `${name}: "shared" must be true or false.`);
  });
  const sorted = (blocks as { start: number; end: number }[])
    .map((b, i) => ({ ...b, i }))
    .sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    if (b.start < a.end) {
      bad(
        `blocks[${Math.max(a.i, b.i)}]`,
        `repeated blocks ${Math.min(a.i, b.i) + 1} and ${Math.max(a.i, b.i) + 1} overlap.`,
      );
    }
  }
}
