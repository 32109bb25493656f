// OpenQASM 2.0 and 3 into the editor: the statements run (interpret.ts), each angle bound as a
// constant, a trainable parameter or an input feature w·x + b, the program laid out as soon as
// possible and checked against the editor's limits. Never throws: every failure is an ImportError.

import { fromProgram } from '../../circuit/fromProgram';
import { CIRCUIT_LIMITS } from '../../circuit/limits';
import { featureName } from '../../circuit/names';
import type { Binding, Circuit, CircuitChannel, Operation } from '../../circuit/program';
import { validateEditorCircuit } from '../../circuit/validate';
import type { ImportedCircuit, ImportResult } from '../types';
import { constValue, type Poly } from './expr';
import { interpret } from './interpret';
import type { Interpreted, Variable } from './interpreted';
import { fail, QasmError, type Pos } from './lexer';

/** Largest text read (characters). */
export const MAX_QASM_LENGTH = 1_000_000;

const FOUR_PI = 4 * Math.PI;

/** Feature index of each `input float`/`input angle`: x1…x16 (the page's names) by name, the others in order. */
function featureIndices(vars: ReadonlyMap<string, Variable>): Map<string, number> {
  const out = new Map<string, number>();
  const byName = /^x(\d{1,2})$/;
  const inputs = [...vars].filter(([, v]) => v.kind === 'feature');
  for (const [name] of inputs) {
    const m = byName.exec(name);
    const k = m ? Number(m[1]) - 1 : -1;
    if (k >= 0 && k < CIRCUIT_LIMITS.features && featureName(k) === name) out.set(name, k);
  }
  const taken = new Set(out.values());
  let next = 0;
  for (const [name, v] of inputs) {
    if (out.has(name)) continue;
    while (taken.has(next)) next++;
    if (next >= CIRCUIT_LIMITS.features)
      fail((v as { at: Pos }).at, `the editor reads at most ${CIRCUIT_LIMITS.features} input features (${featureName(0)} to ${featureName(CIRCUIT_LIMITS.features - 1)}).`); // prettier-ignore
    out.set(name, next);
    taken.add(next);
  }
  return out;
}

/** "2·θ1 + 0.5", for messages. */
function polyText(p: Poly): string {
  const terms = [...p].map(([k, v]) => {
    if (k === '') return String(v);
    const vars = k.split(' ').join('·');
    return v === 1 ? vars : `${v}·${vars}`;
  });
  return terms.join(' + ') || '0';
}

/** Turns symbolic angles into program bindings, naming parameters and creating fresh ones. */
class Binder {
  readonly paramNames: string[] = [];
  readonly values = new Map<string, number>();
  private readonly index = new Map<string, number>();
  private readonly taken: Set<string>;
  private readonly features: Map<string, number>;
  private readonly noted = new Set<string>();

  constructor(
    private readonly vars: ReadonlyMap<string, Variable>,
    private readonly notes: string[],
  ) {
    this.taken = new Set(vars.keys());
    this.features = featureIndices(vars);
  }

  private param(name: string, value: number): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.paramNames.length;
      this.index.set(name, i);
      this.paramNames.push(name);
      this.values.set(name, value);
    }
    return i;
  }

  private declared(name: string): number {
    const v = this.vars.get(name)!;
    if (v.kind === 'param' && v.input)
      this.note(`input:${name}`, `line ${v.at.line}: the input ${name} is not a float or angle, so it became a trainable parameter starting at 0.`); // prettier-ignore
    return this.param(name, v.kind === 'param' ? v.value : 0);
  }

  private fresh(prefix: string, value: number): number {
    const base = prefix.slice(0, CIRCUIT_LIMITS.nameLength - 3);
    let name = base;
    for (let k = 2; this.taken.has(name); k++) name = `${base}_${k}`;
    this.taken.add(name);
    return this.param(name, value);
  }

  private note(key: string, text: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push(text);
  }

  bind(p: Poly, at: Pos, gate: string): Binding {
    const c = constValue(p);
    if (c !== null) {
      if (!Number.isFinite(c)) fail(at, `an angle of ${gate} is not a finite number (${c}).`);
      if (Math.abs(c) <= CIRCUIT_LIMITS.angle) return { kind: 'const', value: c };
      // Every gate is 4π-periodic in its angles (RX(θ + 4π) = RX(θ), with controls too).
      this.note('reduced', `line ${at.line}: angles beyond ±${CIRCUIT_LIMITS.angle} were reduced modulo 4π.`); // prettier-ignore
      return { kind: 'const', value: c % FOUR_PI };
    }
    const kindOf = (name: string): Variable['kind'] | undefined => this.vars.get(name)?.kind;
    const terms = [...p];
    const single = terms.length === 1 && terms[0]![1] === 1 ? terms[0]![0] : null;
    if (single !== null && !single.includes(' ')) {
      if (kindOf(single) === 'param') return { kind: 'param', index: this.declared(single) };
      if (kindOf(single) === 'feature') {
        const weight = this.fresh(`w_${single}`, 1);
        const bias = this.fresh(`b_${single}`, 0);
        this.notes.push(`line ${at.line}: the input ${single} alone became ${this.paramNames[weight]}·${single} + ${this.paramNames[bias]} (a new weight at 1 and bias at 0).`); // prettier-ignore
        return { kind: 'feature', feature: this.features.get(single)!, weight, bias };
      }
    }
    // w·x + b: one product of a parameter and an input, at most one parameter beside it.
    const products = terms.filter(([k]) => k.includes(' '));
    const rest = terms.filter(([k]) => !k.includes(' '));
    const [product] = products;
    if (products.length === 1 && rest.length <= 1 && product![1] === 1) {
      const [a, b] = product![0].split(' ') as [string, string];
      const [w, x] = kindOf(a) === 'feature' ? [b, a] : [a, b];
      const bias = rest[0];
      const biasOk = bias === undefined || (bias[1] === 1 && kindOf(bias[0]) === 'param');
      if (kindOf(w) === 'param' && kindOf(x) === 'feature' && biasOk) {
        const weight = this.declared(w);
        let b: number;
        if (bias) b = this.declared(bias[0]);
        else {
          b = this.fresh(`b_${x}`, 0);
          this.notes.push(`line ${at.line}: ${w}·${x} has no bias, so ${this.paramNames[b]} (at 0) was added.`); // prettier-ignore
        }
        return { kind: 'feature', feature: this.features.get(x)!, weight, bias: b };
      }
    }
    fail(at, `the angle ${polyText(p)} of ${gate} cannot be bound: the editor takes a constant, a trainable parameter, or w * x + b with trainable w and b and an input x.`); // prettier-ignore
  }
}

function build(r: Interpreted): ImportedCircuit {
  if (r.qubits === 0) throw new QasmError('The file declares no qubits (add a line such as "qreg q[2];" or "qubit[2] q;").'); // prettier-ignore
  const notes = [...r.notes];
  const binder = new Binder(r.variables, notes);
  const ops: Operation[] = r.ops.map(({ op, at }) => {
    const o: Operation = { gate: op.gate, targets: op.targets };
    if (op.controls.length > 0) {
      o.controls = op.controls;
      o.controlStates = op.states;
    }
    if (op.params.length > 0) o.params = op.params.map((p) => binder.bind(p, at, op.gate));
    return o;
  });
  const channels: CircuitChannel[] = r.resets.map((x) => ({
    name: 'reset', qubits: [x.qubit], p: 0, after: x.after,
  })); // prettier-ignore
  const program: Circuit = { qubits: r.qubits, ops, paramNames: binder.paramNames };
  const circuit = fromProgram(program, channels);
  // The places of the laid-out gates, in the order fromProgram placed them.
  const places: Pos[] = [];
  const byOp = new Map<number, Pos[]>();
  for (const x of r.resets) byOp.set(x.after, [...(byOp.get(x.after) ?? []), x.at]);
  places.push(...(byOp.get(-1) ?? []));
  r.ops.forEach((o, i) => places.push(o.at, ...(byOp.get(i) ?? [])));
  const maxColumns = CIRCUIT_LIMITS.columns[1];
  const late = circuit.gates.findIndex((g) => g.column >= maxColumns);
  if (late >= 0)
    fail(
      places[late]!,
      `the circuit needs more than ${maxColumns} time steps, the editor's limit.`,
    );
  const problem = validateEditorCircuit(circuit);
  if (problem) throw new QasmError(problem.message);
  return {
    format: r.version === 2 ? 'qasm2' : 'qasm3',
    circuit,
    values: binder.values,
    notes,
    skipped: [],
    measured: r.measured,
  };
}

/** Reads OpenQASM 2.0 or 3 text into an editor circuit, or says where and why it cannot. */
export function importQasm(text: string): ImportResult {
  try {
    if (typeof text !== 'string') throw new QasmError('There is no text to import.');
    if (text.length > MAX_QASM_LENGTH)
      throw new QasmError(`The file is larger than ${MAX_QASM_LENGTH / 1_000_000} MB; the editor imports smaller files.`); // prettier-ignore
    return { ok: true, value: build(interpret(text)) };
  } catch (e) {
    if (e instanceof QasmError) {
      const error: { message: string; line?: number; column?: number } = { message: e.message };
      if (e.line !== undefined) error.line = e.line;
      if (e.column !== undefined) error.column = e.column;
      return { ok: false, error };
    }
    // A bug of ours, not of the file: still an answer, never an exception.
    return { ok: false, error: { message: `The file could not be imported (${String(e)}).` } };
  }
}
