// Runs OpenQASM statements into a flat list of editor gates with symbolic angles: registers
// numbered in declaration order, gate definitions expanded (unless one is exactly the library
// gate of its name, as our exporter's iswap and rxx are), modifiers applied, operands
// broadcast over registers, measurements collected as the readout, resets placed or dropped.

import { CIRCUIT_LIMITS } from '../../circuit/limits';
import { isParamName } from '../../circuit/names';
import { constPoly, evalConst, evalExpr, evalIndex, varPoly, type Poly, type Scope } from './expr';
import {
  addControls,
  concat,
  gateLibrary,
  globalPhase,
  invert,
  power,
  type GateOp,
  type LibraryGate,
  type Lowered,
  type QasmVersion,
} from './gates';
import { fail, tokenize, TokenStream, type Pos } from './lexer';
import { parseStatement, type Call, type Ref, type Statement } from './parse';
import { sameGate } from './sameGate';
import type { GateDef, Interpreted } from './interpreted';
import { Registers } from './registers';

/** Calls expanded plus gates built; bounds the work a file of nested definitions can ask for. */
const MAX_WORK = 200_000;
const BUILTIN_NAMES = new Set(['pi', 'π', 'tau', 'τ', 'euler', 'ℇ', 'gphase', 'U']);

class Interpreter {
  private version: QasmVersion | null = null;
  private libCache: ReadonlyMap<string, LibraryGate> | null = null;
  private readonly gates = new Map<string, GateDef>();
  /** Per defined gate that shares a library name: whether the definition is that gate. */
  private readonly isLibraryGate = new Map<string, boolean>();
  /** Defined gates being expanded, innermost last: a call to one of them would never end. */
  private readonly expanding = new Set<string>();
  private readonly declared = new Map<string, Pos>();
  private work = 0;
  private statement: Pos = { line: 1, column: 1 };
  private readonly measuredAt = new Map<number, number>();
  private readonly touched = new Set<number>();
  private readonly noted = new Set<string>();
  private pending: { name: string; line: number; became: string }[] = [];
  readonly out: Interpreted = {
    version: 3, qubits: 0, ops: [], resets: [], measured: [], variables: new Map(), notes: [],
  }; // prettier-ignore

  private get lib(): ReadonlyMap<string, LibraryGate> {
    return (this.libCache ??= gateLibrary(this.version ?? 3));
  }

  private note(key: string, text: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.out.notes.push(text);
  }

  /** Names as expressions see them outside gate definitions. */
  private readonly scope: Scope = (name) => {
    const v = this.out.variables.get(name);
    if (v === undefined) return undefined;
    return v.kind === 'const' ? constPoly(v.value) : varPoly(name);
  };
  private readonly regs = new Registers(this.scope);

  run(text: string): Interpreted {
    const ts = new TokenStream(tokenize(text));
    let first = true;
    for (let s = parseStatement(ts); s !== null; s = parseStatement(ts)) {
      this.statement = s;
      this.execute(s, first);
      first = false;
    }
    this.out.version = this.version ?? 3;
    this.out.qubits = this.regs.qubits;
    return this.out;
  }

  private declare(name: string, at: Pos): void {
    const earlier = this.declared.get(name);
    if (earlier) fail(at, `'${name}' is already declared on line ${earlier.line}.`);
    if (BUILTIN_NAMES.has(name)) fail(at, `'${name}' is a built-in name and cannot be declared.`);
    this.declared.set(name, at);
  }

  private execute(s: Statement, first: boolean): void {
    switch (s.kind) {
      case 'version': {
        if (!first) fail(s, 'the OPENQASM line must come first.');
        const v = { '2': 2, '2.0': 2, '3': 3, '3.0': 3 }[s.version] as QasmVersion | undefined;
        if (v === undefined) fail(s, `OpenQASM ${s.version} is not supported; use 2.0 or 3.`);
        this.version = v;
        return;
      }
      case 'include':
        if (s.file !== 'qelib1.inc' && s.file !== 'stdgates.inc')
          fail(s, `cannot read "${s.file}"; paste its gate definitions into the file instead.`);
        if (this.version === null && this.libCache === null)
          this.version = s.file === 'qelib1.inc' ? 2 : 3;
        return;
      case 'qubits':
        this.declare(s.name, s);
        return this.regs.add(s.name, s.size, s, true);
      case 'bits':
        this.declare(s.name, s);
        this.regs.add(s.name, s.size, s, false);
        if (s.measure)
          this.measure(s.measure, { name: s.name, index: null, line: s.line, column: s.column }, s);
        return;
      case 'var':
        return this.variable(s);
      case 'gate': {
        this.declare(s.name, s);
        const names = [...s.params, ...s.qubits];
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        if (twice !== undefined) fail(s, `the gate '${s.name}' names '${twice}' twice.`);
        this.gates.set(s.name, { params: s.params, qubits: s.qubits, body: s.body });
        return;
      }
      case 'call':
        return this.topCall(s);
      case 'measure':
        return this.measure(s.qubit, s.bit, s);
      case 'reset':
        return this.reset(s.qubit, s);
      case 'barrier':
        this.note(
          'barrier',
          `line ${s.line}: barriers were ignored (they do not change the state).`,
        );
        return;
    }
  }

  private variable(s: Extract<Statement, { kind: 'var' }>): void {
    this.declare(s.name, s);
    const angleType = s.type === 'float' || s.type === 'angle';
    const trainable = (s.isInput || !s.isConst) && angleType;
    if ((trainable || s.isInput) && !isParamName(s.name))
      fail(s, `the name '${s.name}' is too long for the editor (at most ${CIRCUIT_LIMITS.nameLength} letters, digits or _).`); // prettier-ignore
    const vars = this.out.variables;
    if (s.isInput) {
      vars.set(s.name, angleType ? { kind: 'feature', at: s } : { kind: 'param', value: 0, input: true, at: s }); // prettier-ignore
      return;
    }
    const value = s.init === null ? 0 : evalConst(s.init, this.scope, `the value of '${s.name}'`);
    if (!trainable) {
      vars.set(s.name, { kind: 'const', value });
      return;
    }
    if (s.init === null)
      this.note(`novalue:${s.name}`, `line ${s.line}: ${s.name} has no value in the file; it starts at 0.`); // prettier-ignore
    vars.set(s.name, { kind: 'param', value, input: false, at: s });
  }

  private topCall(call: Call): void {
    for (const qs of this.regs.broadcast(call.qubits)) {
      this.pending = [];
      const lowered = this.lowerCall(call, qs, this.scope);
      const dropped = lowered.phase.size > 0;
      let said = false;
      for (const p of this.pending) {
        const suffix = dropped && p.name === call.name && call.modifiers.length === 0;
        said ||= suffix;
        const verb = p.became.startsWith('left out') ? 'was' : 'became';
        this.note(p.name, `line ${p.line}: ${p.name} ${verb} ${p.became}${suffix ? ' (equal up to global phase)' : ''}.`); // prettier-ignore
      }
      if (dropped && !said)
        this.note(`phase:${call.name}`, `line ${call.line}: the global phase of ${call.name} was left out (equal up to global phase; only a control could show it).`); // prettier-ignore
      for (const op of lowered.ops) this.emit(op, call);
    }
  }

  private emit(op: GateOp, at: Pos): void {
    for (const q of [...op.targets, ...op.controls]) {
      const line = this.measuredAt.get(q);
      if (line !== undefined)
        fail(at, `${this.regs.label(q)} is used after it was measured on line ${line}; the editor measures at the end, so measurements must come last.`); // prettier-ignore
      this.touched.add(q);
    }
    this.out.ops.push({ op, at });
    this.checkGateCount(at);
  }

  private checkGateCount(at: Pos): void {
    if (this.out.ops.length + this.out.resets.length > CIRCUIT_LIMITS.gates)
      fail(at, `the circuit has more than ${CIRCUIT_LIMITS.gates} gates, the editor's limit.`);
  }

  private spend(n: number): void {
    this.work += n;
    if (this.work > MAX_WORK) fail(this.statement, 'the gate definitions expand to too many gates for the editor.'); // prettier-ignore
  }

  /** A call with modifiers on given qubits (controls first, as the modifiers name them). */
  private lowerCall(call: Call, qubits: readonly number[], scope: Scope): Lowered {
    this.spend(1);
    const twice = qubits.find((q, i) => qubits.indexOf(q) !== i);
    if (twice !== undefined) fail(call, `${this.regs.label(twice)} is used twice in one gate.`);
    const counts = call.modifiers.map((m) =>
      m.kind === 'ctrl' || m.kind === 'negctrl'
        ? m.count === null ? 1 : evalIndex(m.count, scope, 'the number of controls')
        : 0,
    ); // prettier-ignore
    const nControls = counts.reduce((a, b) => a + b, 0);
    let lowered = this.lowerGate(call, qubits.slice(nControls), scope, nControls);
    let offset = nControls;
    for (let i = call.modifiers.length - 1; i >= 0; i--) {
      const m = call.modifiers[i]!;
      if (m.kind === 'inv') lowered = invert(lowered);
      else if (m.kind === 'pow') {
        const n = evalConst(m.exponent, scope, 'the power');
        if (!Number.isInteger(n)) fail(m, `pow(${n}) is not supported: only whole powers can be written with the editor's gates.`); // prettier-ignore
        this.spend(Math.abs(n) * Math.max(1, lowered.ops.length));
        lowered = power(lowered, n);
      } else {
        offset -= counts[i]!;
        const controls = qubits.slice(offset, offset + counts[i]!);
        if (counts[i] === 0) fail(m, 'a control modifier needs at least one control.');
        lowered = addControls(
          lowered,
          controls,
          controls.map(() => (m.kind === 'ctrl' ? 1 : 0)),
        );
      }
    }
    return lowered;
  }

  private checkArity(call: Call, angles: number, qubits: number, got: number, extra: number): void {
    const s = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
    if (call.args.length !== angles)
      fail(call.nameAt, `the gate '${call.name}' takes ${s(angles, 'angle')}; got ${call.args.length}.`); // prettier-ignore
    if (got !== qubits) {
      const more = extra > 0 ? ` after its ${s(extra, 'control')}` : '';
      fail(call.nameAt, `the gate '${call.name}' takes ${s(qubits, 'qubit')}${more}; got ${Math.max(0, got)}.`); // prettier-ignore
    }
  }

  private lowerGate(call: Call, qubits: number[], scope: Scope, extra: number): Lowered {
    let def = this.gates.get(call.name);
    const lib = this.lib.get(call.name);
    if (def && lib && this.definesLibraryGate(call.name, def, lib)) def = undefined;
    if (!def && !lib && call.name === 'gphase') {
      this.checkArity(call, 1, 0, qubits.length, extra);
      return globalPhase(evalExpr(call.args[0]!, scope));
    }
    if (!def && !lib) fail(call.nameAt, `unknown gate '${call.name}'.`);
    const angles = def ? def.params.length : lib!.angles;
    this.checkArity(call, angles, def ? def.qubits.length : lib!.qubits, qubits.length, extra);
    const args: Poly[] = call.args.map((e) => evalExpr(e, scope));
    if (def) return this.expand(call, def, args, qubits);
    if (lib!.became) this.pending.push({ name: call.name, line: call.line, became: lib!.became });
    const lowered = lib!.lower(args, qubits);
    this.spend(lowered.ops.length);
    return lowered;
  }

  /** A defined gate's body on the given qubits and angles. */
  private expand(
    call: Pick<Call, 'name' | 'nameAt'>,
    def: GateDef,
    args: Poly[],
    qubits: readonly number[],
  ): Lowered {
    const name = call.name;
    if (this.expanding.has(name)) fail(call.nameAt, `the gate '${name}' calls itself (directly or through other gates).`); // prettier-ignore
    this.expanding.add(name);
    try {
      const params = new Map(def.params.map((p, i) => [p, args[i]!]));
      const inner: Scope = (n) => params.get(n) ?? this.scope(n);
      const wires = new Map(def.qubits.map((q, i) => [q, qubits[i]!]));
      const parts = def.body.map((c) => {
        const qs = c.qubits.map((r) => wires.get(r.name) ?? fail(r, `'${r.name}' is not a qubit of the gate '${name}'.`)); // prettier-ignore
        return this.lowerCall(c, qs, inner);
      });
      const lowered = concat(parts);
      this.spend(lowered.ops.length);
      return lowered;
    } finally {
      this.expanding.delete(name);
    }
  }

  /**
   * Whether the file's definition of a library-named gate is exactly the library gate (global
   * phase included), so that it becomes the editor's gate rather than its body. A body that
   * fails or depends on the file's variables is not; its call then reports any error.
   */
  private definesLibraryGate(name: string, def: GateDef, lib: LibraryGate): boolean {
    let same = this.isLibraryGate.get(name);
    if (same === undefined) {
      this.isLibraryGate.set(name, false); // while checking: a body that calls its own name
      const { work, pending } = this;
      this.pending = [];
      const qs = Array.from({ length: lib.qubits }, (_, i) => i);
      same =
        def.params.length === lib.angles &&
        def.qubits.length === lib.qubits &&
        sameGate(lib.qubits, lib.angles, (a) => this.expand({ name, nameAt: this.statement }, def, a, qs), (a) => lib.lower(a, qs)); // prettier-ignore
      [this.work, this.pending] = [work, pending];
      this.isLibraryGate.set(name, same);
    }
    return same;
  }

  private measure(qubit: Ref, bit: Ref | null, at: Pos): void {
    const qs = this.regs.qubitsOf(qubit).list;
    if (bit !== null) {
      const size = this.regs.bitsOf(bit);
      if (size !== qs.length)
        fail(at, `${qs.length} qubit${qs.length === 1 ? '' : 's'} cannot be measured into ${size} bit${size === 1 ? '' : 's'}.`); // prettier-ignore
    }
    for (const q of qs) {
      if (this.measuredAt.has(q)) continue;
      this.measuredAt.set(q, at.line);
      this.out.measured.push(q);
    }
    this.note('measure', `line ${at.line}: the measurements were read as the readout (the editor measures at the end).`); // prettier-ignore
  }

  private reset(qubit: Ref, at: Pos): void {
    for (const q of this.regs.qubitsOf(qubit).list) {
      const line = this.measuredAt.get(q);
      if (line !== undefined)
        fail(at, `${this.regs.label(q)} is reset after it was measured on line ${line}; the editor measures at the end.`); // prettier-ignore
      if (!this.touched.has(q)) {
        this.note('reset0', `line ${at.line}: a reset before any gate was left out (qubits start in |0⟩).`); // prettier-ignore
        continue;
      }
      this.out.resets.push({ qubit: q, after: this.out.ops.length - 1, at });
      this.checkGateCount(at);
      this.note('reset', `line ${at.line}: reset after gates became the editor's reset channel.`);
    }
  }
}

/** Reads OpenQASM 2 or 3 text; throws QasmError (with line and column) at anything it cannot take. */
export function interpret(text: string): Interpreted {
  return new Interpreter().run(text);
}
