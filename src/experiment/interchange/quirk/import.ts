// Quirk circuits into the editor: each column's gates become operations (every one controlled by
// the column's controls), exactly as Quirk computes them. Displays and other items that leave the
// state alone are listed as skipped; a gate that changes the state and has no exact equivalent
// here fails the whole import, naming its column, so nothing that matters is dropped silently.

import { formatAngle } from '../../circuit/angle';
import { fromProgram } from '../../circuit/fromProgram';
import type { GateName } from '../../circuit/gateCatalog';
import { CIRCUIT_LIMITS } from '../../circuit/limits';
import type { Circuit, Operation } from '../../circuit/program';
import { validateEditorCircuit } from '../../circuit/validate';
import type { ImportResult } from '../types';
import { customGateOf, type CustomGate } from './custom';
import { evalFormula } from './formula';
import {
  CONTROL_IDS,
  HADAMARD_ID,
  MEASURE_ID,
  POWER_FORMULA_IDS,
  POWER_IDS,
  ROTATION_FORMULA_IDS,
  SPACER_ID,
  SWAP_ID,
  isTimeDependent,
  passiveItem,
  type Axis,
} from './gateIds';
import { readQuirkJson } from './read';

/** A failure at a place in the Quirk circuit; caught at the boundary and returned. */
class QuirkError extends Error {
  constructor(
    message: string,
    readonly column?: number,
  ) {
    super(message);
  }
}

interface Control {
  wire: number;
  state: 0 | 1;
}

/** One state-changing item of a column, before controls are applied. */
type Action =
  | { kind: 'gate'; gate: GateName; wire: number; angles: number[] }
  | { kind: 'power'; axis: Axis; exponent: number; wire: number; label: string }
  | { kind: 'custom'; gate: GateName; wire: number; label: string };

const fmt = (angle: number): string => formatAngle(angle);
const PI = Math.PI;

/** Editor gates with one named control, by their base gate. */
const CONTROLLED: Partial<Record<GateName, GateName>> = {
  X: 'CNOT', Z: 'CZ', RX: 'CRX', RY: 'CRY', RZ: 'CRZ', P: 'CP',
}; // prettier-ignore

class Builder {
  readonly ops: Operation[] = [];
  readonly skipped: string[] = [];
  readonly measured: number[] = [];
  /** Note sentence → the 1-based columns it applies to (one line per kind, not per gate). */
  private readonly noteColumns = new Map<string, number[]>();
  private readonly plainNotes: string[] = [];

  note(text: string, column?: number): void {
    if (column === undefined) {
      if (!this.plainNotes.includes(text)) this.plainNotes.push(text);
      return;
    }
    const cols = this.noteColumns.get(text) ?? [];
    if (!cols.includes(column)) cols.push(column);
    this.noteColumns.set(text, cols);
  }

  notes(): string[] {
    const placed = [...this.noteColumns].map(([text, cols]) => {
      const where = cols.length === 1 ? `Column ${cols[0]}` : `Columns ${cols.join(', ')}`;
      return `${where}: ${text}`;
    });
    return [...this.plainNotes, ...placed];
  }

  /**
   * Adds `gate` with these controls, as the editor's named controlled gate when it has one (X with
   * one or two controls on |1⟩ is CNOT or TOFFOLI; RZ with one, CRZ). Angles beyond the editor's
   * limit are brought back by a whole period (4π for rotations, 2π for a phase): the same gate.
   */
  emit(gate: GateName, wires: number[], controls: readonly Control[], angles: number[] = []): void {
    const period = gate === 'P' ? 2 * PI : 4 * PI;
    const params = angles.map((a) => {
      const v = Math.abs(a) > CIRCUIT_LIMITS.angle ? a - period * Math.round(a / period) : a;
      return { kind: 'const' as const, value: v };
    });
    const ones = controls.filter((c) => c.state === 1).map((c) => c.wire);
    let named: number[] = [];
    let name = gate;
    if (gate === 'X' && ones.length >= 2) [name, named] = ['TOFFOLI', ones.slice(0, 2)];
    else if (CONTROLLED[gate] && ones.length >= 1) [name, named] = [CONTROLLED[gate], ones.slice(0, 1)]; // prettier-ignore
    const extra = controls.filter((c) => !named.includes(c.wire));
    const op: Operation = { gate: name, targets: [...named, ...wires] };
    if (extra.length > 0) {
      op.controls = extra.map((c) => c.wire);
      op.controlStates = extra.map((c) => c.state);
    }
    if (params.length > 0) op.params = params;
    this.ops.push(op);
  }

  /** P(πe) under the controls, by its name when it has one (Z^½ is S). */
  phase(exponent: number, wire: number, controls: readonly Control[]): void {
    const named: [number, GateName][] = [[1, 'Z'], [-1, 'Z'], [0.5, 'S'], [-0.5, 'SDG'], [0.25, 'T'], [-0.25, 'TDG']]; // prettier-ignore
    const hit = named.find(([e]) => e === exponent);
    if (hit) this.emit(hit[1], [wire], controls);
    else this.emit('P', [wire], controls, [PI * exponent]);
  }

  /**
   * Quirk's A^e = e^{iπe/2}·R_A(πe). Z^e is P(πe) exactly. Alone, X^e and Y^e become RX and RY,
   * whose global phase nothing can see; under controls that phase is a relative one, so the gate
   * is written exactly as a basis change around P(πe) (H·P·H for X), the change left uncontrolled
   * since it undoes itself when the controls are off.
   */
  power(
    axis: Axis,
    e: number,
    wire: number,
    controls: readonly Control[],
    label: string,
    column: number,
  ): void {
    // prettier-ignore
    if (axis === 'Z') return this.phase(e, wire, controls);
    if (e === 1 || e === -1) return this.emit(axis, [wire], controls);
    if (axis === 'X' && e === 0.5) return this.emit('SX', [wire], controls);
    const rot = axis === 'X' ? 'RX' : 'RY';
    if (controls.length === 0) {
      this.note(`${label} became ${rot}(${fmt(PI * e)}), equal up to a global phase, which nothing can measure.`, column); // prettier-ignore
      return this.emit(rot, [wire], controls, [PI * e]);
    }
    type Turn = [GateName, number[]];
    const [before, after]: [Turn, Turn] =
      axis === 'X'
        ? [
            ['H', []],
            ['H', []],
          ]
        : [
            ['RX', [PI / 2]],
            ['RX', [-PI / 2]],
          ];
    this.note(`the controlled ${label} became ${before[0]}, a controlled phase P(${fmt(PI * e)}) and ${after[0]}, exactly the same gate.`, column); // prettier-ignore
    this.emit(before[0], [wire], [], before[1]);
    this.phase(e, wire, controls);
    this.emit(after[0], [wire], [], after[1]);
  }
}

type Entry = { id: string; arg?: unknown; raw: unknown };

function entryOf(raw: unknown): Entry | null {
  if (raw === 1 || raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return { id: raw, raw };
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as { id?: unknown; arg?: unknown };
    return { id: typeof o.id === 'string' ? o.id : '', arg: o.arg, raw };
  }
  return { id: JSON.stringify(raw), raw };
}

const INIT_GATES: Readonly<Record<string, { ket: string; gates: GateName[] }>> = {
  '1': { ket: '|1⟩', gates: ['X'] },
  '+': { ket: '|+⟩', gates: ['H'] },
  '-': { ket: '|−⟩', gates: ['X', 'H'] },
  i: { ket: '|i⟩', gates: ['H', 'S'] },
  '-i': { ket: '|−i⟩', gates: ['H', 'SDG'] },
};

function wireCount(cols: readonly unknown[][], init: readonly unknown[]): number {
  let n = 1;
  cols.forEach((col) =>
    col.forEach((raw, w) => {
      const e = entryOf(raw);
      if (e) n = Math.max(n, w + (passiveItem(e.id)?.span ?? 1));
    }),
  );
  init.forEach((v, w) => {
    if (v !== 0) n = Math.max(n, w + 1);
  });
  return n;
}

function build(cols: unknown[][], init: unknown[], custom: Map<string, CustomGate>): Builder {
  const b = new Builder();
  init.forEach((v, w) => {
    if (v === 0) return;
    const start = INIT_GATES[String(v)];
    if (!start) throw new QuirkError(`Wire ${w} starts in the state ${JSON.stringify(v)}, which Quirk does not have.`); // prettier-ignore
    start.gates.forEach((g) => b.emit(g, [w], []));
    b.note(`Wire ${w} starts in ${start.ket} in Quirk; here it starts in |0⟩ and ${start.gates.join(' then ')} at the start make ${start.ket}.`); // prettier-ignore
  });
  const measuredAt = new Map<number, number>();
  cols.forEach((col, c) => {
    const column = c + 1;
    const where = (w: number): string => `Column ${column}, wire ${w}`;
    const fail = (w: number, what: string): never => {
      throw new QuirkError(`${where(w)}: ${what}`, column);
    };
    const controls: (Control & { basis: Axis })[] = [];
    const swaps: number[] = [];
    const actions: Action[] = [];
    const measures: number[] = [];
    col.forEach((raw, w) => {
      const e = entryOf(raw);
      if (!e || e.id === SPACER_ID) return;
      const passive = passiveItem(e.id);
      if (passive) {
        const wires = passive.span > 1 ? `wires ${w}–${w + passive.span - 1}` : `wire ${w}`;
        b.skipped.push(`column ${column}, ${wires}: ${passive.what}`);
        return;
      }
      const control = CONTROL_IDS[e.id];
      if (control) return void controls.push({ wire: w, ...control });
      if (e.id === SWAP_ID) return void swaps.push(w);
      if (e.id === MEASURE_ID) return void measures.push(w);
      if (e.id === HADAMARD_ID) return void actions.push({ kind: 'gate', gate: 'H', wire: w, angles: [] }); // prettier-ignore
      const p = POWER_IDS[e.id];
      if (p) return void actions.push({ kind: 'power', ...p, wire: w, label: e.id });
      const rotAxis = ROTATION_FORMULA_IDS[e.id];
      const powAxis = POWER_FORMULA_IDS[e.id];
      if (rotAxis || powAxis) {
        const v = evalFormula(e.arg);
        if (!v.ok) fail(w, `Quirk's ${e.id} gate cannot be imported: its formula ${JSON.stringify(e.arg ?? '')} ${v.reason}, and the editor's angles are fixed numbers.`); // prettier-ignore
        const value = v.ok ? v.value : 0;
        if (rotAxis) return void actions.push({ kind: 'gate', gate: `R${rotAxis}`, wire: w, angles: [value] }); // prettier-ignore
        return void actions.push({ kind: 'power', axis: powAxis!, exponent: value, wire: w, label: `${e.id}(${String(e.arg)})` }); // prettier-ignore
      }
      const made = customGateOf(e.raw, custom);
      if (made?.ok) return void actions.push({ kind: 'custom', gate: made.gate, wire: w, label: made.label }); // prettier-ignore
      if (made) fail(w, made.reason);
      if (isTimeDependent(e.id)) fail(w, `Quirk's "${e.id}" gate changes with time (Quirk animates it), and a circuit here is fixed.`); // prettier-ignore
      fail(w, `Quirk's "${e.id}" changes the state and has no equal in the editor, so the circuit cannot be imported.`); // prettier-ignore
    });
    if (swaps.length !== 0 && swaps.length !== 2) {
      fail(swaps[0]!, `Quirk swaps two wires with two Swap halves in one column; this column has ${swaps.length}.`); // prettier-ignore
    }
    if (measures.length > 0 && controls.length > 0) {
      fail(measures[0]!, 'a measurement in a column with controls; Quirk does not run that either.'); // prettier-ignore
    }
    // The editor measures at the end: a measured qubit may later only be read, by controls, which
    // gives the same results as reading its measured bit (deferred measurement).
    const touched = [...swaps, ...actions.map((a) => a.wire), ...controls.filter((k) => k.basis !== 'Z').map((k) => k.wire)]; // prettier-ignore
    for (const w of touched) {
      const m = measuredAt.get(w);
      if (m !== undefined) fail(w, `a gate acts on the qubit measured in column ${m}; the editor measures only at the end, so this circuit cannot be imported.`); // prettier-ignore
    }
    if (controls.some((k) => measuredAt.has(k.wire))) {
      b.note('a control reads a measured qubit; it reads the qubit before its measurement here, which gives the same results.', column); // prettier-ignore
    }
    const acting = actions.length > 0 || swaps.length > 0;
    // X- and Y-axis controls turn their basis to Z around the column, as Quirk does.
    const turned = acting ? controls.filter((k) => k.basis !== 'Z') : [];
    turned.forEach((k) => (k.basis === 'X' ? b.emit('H', [k.wire], []) : b.emit('RX', [k.wire], [], [PI / 2]))); // prettier-ignore
    if (turned.length > 0) b.note('an X- or Y-axis control became a basis change around an ordinary control.', column); // prettier-ignore
    const ctl: Control[] = controls.map((k) => ({ wire: k.wire, state: k.state }));
    if (swaps.length === 2) b.emit('SWAP', swaps, ctl);
    for (const a of actions) {
      if (a.kind === 'gate') b.emit(a.gate, [a.wire], ctl, a.angles);
      else if (a.kind === 'power') b.power(a.axis, a.exponent, a.wire, ctl, a.label, column);
      else {
        b.emit(a.gate, [a.wire], ctl);
        b.note(`the custom gate ${a.label} is the editor's ${a.gate}.`, column);
      }
    }
    turned.forEach((k) => (k.basis === 'X' ? b.emit('H', [k.wire], []) : b.emit('RX', [k.wire], [], [-PI / 2]))); // prettier-ignore
    for (const w of measures) {
      b.skipped.push(`column ${column}, wire ${w}: Quirk's measurement (read here as the measured qubits at the end)`); // prettier-ignore
      if (!measuredAt.has(w)) {
        measuredAt.set(w, column);
        b.measured.push(w);
      }
    }
  });
  return b;
}

/** A Quirk link (any host, `#circuit=` encoded or not) or its JSON, as an editor circuit. */
export function importQuirk(text: string): ImportResult {
  const read = readQuirkJson(text);
  if (!read.ok) return { ok: false, error: { message: read.message } };
  const { cols, init = [] } = read.json;
  const bad = (message: string): ImportResult => ({ ok: false, error: { message } });
  const badCol = cols.findIndex((col) => !Array.isArray(col));
  if (badCol !== -1) return { ok: false, error: { message: `Column ${badCol + 1} of the Quirk circuit is not a list of gates.`, column: badCol + 1 } }; // prettier-ignore
  if (!Array.isArray(init)) return bad('The Quirk circuit\'s starting states ("init") are not a list.'); // prettier-ignore
  const custom = new Map<string, CustomGate>();
  try {
    const gates = read.json.gates ?? [];
    if (!Array.isArray(gates)) return bad('The Quirk circuit\'s custom gates ("gates") are not a list.'); // prettier-ignore
    for (const g of gates) {
      const id = (g as { id?: unknown } | null)?.id;
      if (typeof id === 'string') custom.set(id, g as CustomGate);
    }
    const n = wireCount(cols as unknown[][], init);
    const [, maxQubits] = CIRCUIT_LIMITS.qubits;
    if (n > maxQubits) return bad(`The Quirk circuit uses ${n} wires; the editor has at most ${maxQubits} qubits.`); // prettier-ignore
    const b = build(cols as unknown[][], init, custom);
    const program: Circuit = { qubits: n, ops: b.ops };
    const circuit = fromProgram(program);
    const problem = validateEditorCircuit(circuit);
    if (problem) return bad(`The Quirk circuit does not fit the editor: ${problem.message.replace(/^Circuit → /, '')}`); // prettier-ignore
    return {
      ok: true,
      value: { format: 'quirk', circuit, values: new Map(), notes: b.notes(), skipped: b.skipped, measured: b.measured }, // prettier-ignore
    };
  } catch (e) {
    if (e instanceof QuirkError) {
      return { ok: false, error: e.column === undefined ? { message: e.message } : { message: e.message, column: e.column } }; // prettier-ignore
    }
    return bad(`The Quirk circuit could not be read (${e instanceof Error ? e.message : String(e)}).`); // prettier-ignore
  }
}
