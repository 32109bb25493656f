// OpenQASM 2 and 3 statements as data, one at a time: declarations, gate definitions, gate calls
// with modifiers, measurements, resets and barriers. What the editor cannot hold (classical
// control, loops, subroutines, opaque gates) is refused here with its place.

import { parseExpr, type Expr } from './expr';
import { describe, fail, type Pos, type TokenStream } from './lexer';

/** A qubit or bit operand: a register (`q`) or one element (`q[2]`). */
export interface Ref extends Pos {
  name: string;
  index: Expr | null;
}

export type Modifier =
  | ({ kind: 'ctrl' | 'negctrl'; count: Expr | null } & Pos)
  | ({ kind: 'inv' } & Pos)
  | ({ kind: 'pow'; exponent: Expr } & Pos);

export interface Call extends Pos {
  modifiers: Modifier[];
  name: string;
  /** Where the gate's name is (the call starts at its first modifier). */
  nameAt: Pos;
  args: Expr[];
  qubits: Ref[];
}

export type VarType = 'float' | 'angle' | 'int' | 'uint' | 'bool';

export type Statement =
  | ({ kind: 'version'; version: string } & Pos)
  | ({ kind: 'include'; file: string } & Pos)
  | ({ kind: 'qubits'; name: string; size: Expr | null } & Pos)
  | ({ kind: 'bits'; name: string; size: Expr | null; measure: Ref | null } & Pos)
  | ({ kind: 'var'; type: VarType; isConst: boolean; isInput: boolean; name: string; init: Expr | null } & Pos) // prettier-ignore
  | ({ kind: 'gate'; name: string; params: string[]; qubits: string[]; body: Call[] } & Pos)
  | ({ kind: 'call' } & Call)
  | ({ kind: 'measure'; qubit: Ref; bit: Ref | null } & Pos)
  | ({ kind: 'reset'; qubit: Ref } & Pos)
  | ({ kind: 'barrier' } & Pos);

const REFUSED: Readonly<Record<string, string>> = {
  opaque: "opaque gates have no definition, so the editor cannot place them; replace 'opaque' with a 'gate' definition.",
  if: "classical control ('if') is not supported: the editor's circuits have no mid-circuit measurement.",
  else: "classical control ('else') is not supported.",
  for: "loops ('for') are not supported; write the gates out.",
  while: "loops ('while') are not supported; write the gates out.",
  def: "subroutines ('def') are not supported; use a 'gate' definition.",
  defcal: "calibrations ('defcal') are not supported.",
  cal: "calibrations ('cal') are not supported.",
  defcalgrammar: "calibrations ('defcalgrammar') are not supported.",
  box: "'box' is not supported.",
  let: "aliases ('let') are not supported.",
  extern: "'extern' functions are not supported.",
  output: "'output' variables are not supported.",
  delay: "'delay' is not supported.",
  switch: "'switch' is not supported.",
  return: "'return' is not supported outside subroutines.",
  duration: "'duration' variables are not supported.",
  stretch: "'stretch' variables are not supported.",
  complex: "complex variables are not supported.",
  array: "arrays are not supported.",
  pragma: 'pragmas are not supported.',
}; // prettier-ignore

const VAR_TYPES = new Set<string>(['float', 'angle', 'int', 'uint', 'bool']);
const MODIFIERS = new Set(['ctrl', 'negctrl', 'inv', 'pow']);

/** The next statement, or null at the end of the file. */
export function parseStatement(ts: TokenStream): Statement | null {
  const t = ts.peek();
  if (t.kind === 'eof') return null;
  if (t.kind !== 'id') {
    if (t.text === '#' || t.text === '@') fail(t, 'pragmas and annotations are not supported.');
    if (t.text === '$') fail(t, 'physical qubits ($0) are not supported; declare a register.');
    fail(t, `a statement cannot start with ${describe(t)}.`);
  }
  const at: Pos = { line: t.line, column: t.column };
  const refusal = REFUSED[t.text];
  if (refusal !== undefined && !(ts.peek(1).kind === 'op' && ts.peek(1).text === '='))
    fail(t, refusal);
  switch (t.text) {
    case 'OPENQASM': {
      ts.next();
      const v = ts.next();
      if (v.kind !== 'num') fail(v, `expected a version number, found ${describe(v)}.`);
      ts.semicolon();
      return { kind: 'version', version: v.text, ...at };
    }
    case 'include': {
      ts.next();
      const f = ts.next();
      if (f.kind !== 'str') fail(f, `expected a file name in quotes, found ${describe(f)}.`);
      ts.semicolon();
      return { kind: 'include', file: f.text, ...at };
    }
    case 'qreg':
    case 'creg': {
      ts.next();
      const name = ts.identifier('a register name').text;
      ts.expect('[');
      const size = parseExpr(ts);
      ts.expect(']');
      ts.semicolon();
      return t.text === 'qreg'
        ? { kind: 'qubits', name, size, ...at }
        : { kind: 'bits', name, size, measure: null, ...at };
    }
    case 'qubit':
    case 'bit': {
      ts.next();
      const size = ts.accept('[') ? sizeThen(ts) : null;
      const name = ts.identifier('a register name').text;
      if (t.text === 'qubit') {
        ts.semicolon();
        return { kind: 'qubits', name, size, ...at };
      }
      let measure: Ref | null = null;
      if (ts.accept('=')) {
        ts.expect('measure', "'measure' (a bit can only be set by a measurement here)");
        measure = ref(ts);
      }
      ts.semicolon();
      return { kind: 'bits', name, size, measure, ...at };
    }
    case 'gate':
      return gateDefinition(ts, at);
    case 'measure': {
      ts.next();
      const qubit = ref(ts);
      const bit = ts.accept('->') ? ref(ts) : null;
      ts.semicolon();
      return { kind: 'measure', qubit, bit, ...at };
    }
    case 'reset': {
      ts.next();
      const qubit = ref(ts);
      ts.semicolon();
      return { kind: 'reset', qubit, ...at };
    }
    case 'barrier': {
      ts.next();
      while (!(ts.peek().kind === 'op' && ts.peek().text === ';') && ts.peek().kind !== 'eof') {
        ref(ts);
        if (!ts.accept(',')) break;
      }
      ts.semicolon();
      return { kind: 'barrier', ...at };
    }
    case 'const':
    case 'input':
      return variable(ts, at);
  }
  if (VAR_TYPES.has(t.text)) return variable(ts, at);
  const after = ts.peek(1);
  // `c = measure q;` and `c[0] = measure q[0];`
  if (after.kind === 'op' && (after.text === '=' || after.text === '[') && !MODIFIERS.has(t.text)) {
    const measure = assignment(ts);
    if (measure) return measure;
  }
  return { kind: 'call', ...call(ts, false) };
}

function sizeThen(ts: TokenStream): Expr {
  const size = parseExpr(ts);
  ts.expect(']');
  return size;
}

/** `c = measure q;` or `c[i] = measure q[j];`; null (nothing consumed) when it is not one. */
function assignment(ts: TokenStream): Statement | null {
  let k = 1;
  if (ts.peek(1).text === '[') {
    // Find the matching ']' and look for '=' after it: a gate name is never indexed.
    let depth = 0;
    for (; ; k++) {
      const t = ts.peek(k);
      if (t.kind === 'eof') return null;
      if (t.text === '[') depth++;
      if (t.text === ']' && --depth === 0) break;
    }
    k++;
  }
  if (!(ts.peek(k).kind === 'op' && ts.peek(k).text === '=')) return null;
  const bit = ref(ts);
  ts.expect('=');
  const m = ts.peek();
  if (!ts.accept('measure'))
    fail(
      m,
      "only 'measure' can be assigned to a bit here (classical computation is not supported).",
    );
  const qubit = ref(ts);
  ts.semicolon();
  return { kind: 'measure', qubit, bit, line: bit.line, column: bit.column };
}

function ref(ts: TokenStream): Ref {
  const t = ts.peek();
  if (t.kind === 'op' && t.text === '$')
    fail(t, 'physical qubits ($0) are not supported; declare a register.');
  const name = ts.identifier('a register name');
  let index: Expr | null = null;
  if (ts.accept('[')) {
    index = parseExpr(ts);
    const close = ts.peek();
    if (close.text === ':' || close.text === ',')
      fail(close, 'ranges and lists of indices are not supported; name one index or the whole register.'); // prettier-ignore
    ts.expect(']');
  }
  return { name: name.text, index, line: name.line, column: name.column };
}

function variable(ts: TokenStream, at: Pos): Statement {
  const isConst = ts.accept('const');
  const isInput = !isConst && ts.accept('input');
  const typeTok = ts.identifier('a type (float, angle, int)');
  if (!VAR_TYPES.has(typeTok.text)) {
    const reason = REFUSED[typeTok.text];
    fail(typeTok, reason ?? `variables of type '${typeTok.text}' are not supported; use float or angle.`); // prettier-ignore
  }
  if (ts.accept('[')) sizeThen(ts);
  const name = ts.identifier('a variable name').text;
  const init = ts.accept('=') ? parseExpr(ts) : null;
  ts.semicolon();
  if (isConst && init === null) fail(at, `the constant '${name}' needs a value.`);
  if (isInput && init !== null) fail(at, `the input '${name}' cannot have a value in the file.`);
  const type = typeTok.text as VarType;
  return { kind: 'var', type, isConst, isInput, name, init, ...at };
}

function gateDefinition(ts: TokenStream, at: Pos): Statement {
  ts.next();
  const name = ts.identifier('a gate name').text;
  const params: string[] = [];
  if (ts.accept('(') && !ts.accept(')')) {
    do params.push(ts.identifier('a parameter name').text);
    while (ts.accept(','));
    ts.expect(')');
  }
  const qubits: string[] = [];
  do qubits.push(ts.identifier('a qubit name').text);
  while (ts.accept(','));
  ts.expect('{');
  const body: Call[] = [];
  while (!ts.accept('}')) {
    const t = ts.peek();
    if (t.kind === 'eof') fail(at, `the definition of '${name}' is never closed ('}' is missing).`);
    if (t.kind === 'id' && t.text === 'barrier') {
      parseStatement(ts);
      continue;
    }
    if (t.kind === 'id' && REFUSED[t.text] !== undefined) fail(t, REFUSED[t.text]!);
    if (t.kind === 'id' && (t.text === 'measure' || t.text === 'reset'))
      fail(t, `'${t.text}' cannot appear inside a gate definition.`);
    body.push(call(ts, true));
  }
  return { kind: 'gate', name, params, qubits, body, ...at };
}

/** `mods name(args) q, r;` — in a gate body the operands are plain names. */
function call(ts: TokenStream, inBody: boolean): Call {
  const first = ts.peek();
  const modifiers: Modifier[] = [];
  for (;;) {
    const t = ts.peek();
    if (t.kind !== 'id' || !MODIFIERS.has(t.text)) break;
    ts.next();
    const pos = { line: t.line, column: t.column };
    if (t.text === 'inv') modifiers.push({ kind: 'inv', ...pos });
    else if (t.text === 'pow') {
      ts.expect('(');
      const exponent = parseExpr(ts);
      ts.expect(')');
      modifiers.push({ kind: 'pow', exponent, ...pos });
    } else {
      let count: Expr | null = null;
      if (ts.accept('(')) {
        count = parseExpr(ts);
        ts.expect(')');
      }
      modifiers.push({ kind: t.text as 'ctrl' | 'negctrl', count, ...pos });
    }
    ts.expect('@', "'@' after a modifier");
  }
  const nameTok = ts.identifier('a gate name');
  const args: Expr[] = [];
  if (ts.accept('(') && !ts.accept(')')) {
    do args.push(parseExpr(ts));
    while (ts.accept(','));
    ts.expect(')');
  }
  const qubits: Ref[] = [];
  if (!(ts.peek().kind === 'op' && ts.peek().text === ';')) {
    do {
      const r = ref(ts);
      if (inBody && r.index !== null)
        fail(r, 'inside a gate definition, name its qubit arguments without an index.');
      qubits.push(r);
    } while (ts.accept(','));
  }
  ts.semicolon();
  const nameAt = { line: nameTok.line, column: nameTok.column };
  return {
    modifiers,
    name: nameTok.text,
    nameAt,
    args,
    qubits,
    line: first.line,
    column: first.column,
  };
}
