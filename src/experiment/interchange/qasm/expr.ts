// Angle expressions of OpenQASM 2 and 3: parsed to a small tree, then evaluated to a polynomial in
// the named variables, so that `w1 * x0 + b1` can be recognised as a feature binding and `pi/4`
// folds to a number. Nothing is executed; unknown names and functions are errors with a place.

import { fail, type Pos, type TokenStream } from './lexer';

export type Expr =
  | ({ kind: 'num'; value: number } & Pos)
  | ({ kind: 'name'; name: string } & Pos)
  | ({ kind: 'neg'; arg: Expr } & Pos)
  | ({ kind: 'bin'; op: '+' | '-' | '*' | '/' | '^'; left: Expr; right: Expr } & Pos)
  | ({ kind: 'call'; fn: string; arg: Expr } & Pos);

const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI, π: Math.PI, tau: 2 * Math.PI, τ: 2 * Math.PI, euler: Math.E, ℇ: Math.E,
}; // prettier-ignore

const FUNCTIONS: Readonly<Record<string, (v: number) => number>> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, exp: Math.exp, ln: Math.log, log: Math.log,
  sqrt: Math.sqrt, arcsin: Math.asin, arccos: Math.acos, arctan: Math.atan,
}; // prettier-ignore

/**
 * Grammar: sum = product (('+'|'-') product)*; product = unary (('*'|'/') unary)*;
 * unary = '-' unary | '+' unary | power; power = atom (('**'|'^') unary)?  (right-associative);
 * atom = number | name | fn '(' sum ')' | '(' sum ')'.
 */
export function parseExpr(ts: TokenStream): Expr {
  return sum(ts);
}

function sum(ts: TokenStream): Expr {
  let left = product(ts);
  for (let t = ts.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = ts.peek()) {
    ts.next();
    left = { kind: 'bin', op: t.text, left, right: product(ts), line: t.line, column: t.column };
  }
  return left;
}

function product(ts: TokenStream): Expr {
  let left = unary(ts);
  for (let t = ts.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/'); t = ts.peek()) {
    ts.next();
    left = { kind: 'bin', op: t.text, left, right: unary(ts), line: t.line, column: t.column };
  }
  return left;
}

function unary(ts: TokenStream): Expr {
  const t = ts.peek();
  if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
    ts.next();
    const arg = unary(ts);
    return t.text === '-' ? { kind: 'neg', arg, line: t.line, column: t.column } : arg;
  }
  const base = atom(ts);
  const p = ts.peek();
  if (p.kind === 'op' && (p.text === '**' || p.text === '^')) {
    ts.next();
    return { kind: 'bin', op: '^', left: base, right: unary(ts), line: p.line, column: p.column };
  }
  return base;
}

function atom(ts: TokenStream): Expr {
  const t = ts.next();
  const at = { line: t.line, column: t.column };
  if (t.kind === 'num') return { kind: 'num', value: Number(t.text), ...at };
  if (t.kind === 'op' && t.text === '(') {
    const e = sum(ts);
    ts.expect(')');
    return e;
  }
  if (t.kind === 'id') {
    if (ts.peek().kind === 'op' && ts.peek().text === '(') {
      if (!(t.text in FUNCTIONS)) fail(t, `unknown function '${t.text}'; use sin, cos, tan, exp, ln or sqrt.`); // prettier-ignore
      ts.next();
      const arg = sum(ts);
      ts.expect(')');
      return { kind: 'call', fn: t.text, arg, ...at };
    }
    return { kind: 'name', name: t.text, ...at };
  }
  fail(t, t.kind === 'eof' ? 'the expression ends too early.' : `unexpected '${t.text}' in an expression.`); // prettier-ignore
}

/**
 * A polynomial in named variables: monomial → coefficient. A monomial is its variables' names
 * sorted and joined by spaces ("" is the constant term); names never contain spaces.
 */
export type Poly = ReadonlyMap<string, number>;

export const constPoly = (v: number): Poly => new Map(v === 0 ? [] : [['', v]]);
export const varPoly = (name: string): Poly => new Map([[name, 1]]);

/** The value of a polynomial without variables, or null. */
export function constValue(p: Poly): number | null {
  if (p.size === 0) return 0;
  if (p.size === 1 && p.has('')) return p.get('')!;
  return null;
}

export function addPoly(a: Poly, b: Poly, sign = 1): Poly {
  const out = new Map(a);
  for (const [k, v] of b) {
    const s = (out.get(k) ?? 0) + sign * v;
    if (s === 0) out.delete(k);
    else out.set(k, s);
  }
  return out;
}

export function scalePoly(a: Poly, s: number): Poly {
  if (s === 0) return new Map();
  return new Map([...a].map(([k, v]) => [k, v * s]));
}

/** Above this many terms an angle is not one the editor can bind anyway. */
const MAX_TERMS = 64;

function mulPoly(a: Poly, b: Poly, at: Pos): Poly {
  let out: Poly = new Map();
  for (const [ka, va] of a)
    for (const [kb, vb] of b) {
      const key = [...ka.split(' '), ...kb.split(' ')]
        .filter((s) => s !== '')
        .sort()
        .join(' ');
      out = addPoly(out, new Map([[key, va * vb]]));
    }
  if (out.size > MAX_TERMS) fail(at, 'this angle expression is too complicated.');
  return out;
}

/** What a name stands for where an expression is evaluated (gate parameters, variables). */
export type Scope = (name: string) => Poly | undefined;

/** Evaluates `e`; throws QasmError at unknown names, or at functions and divisions of variables. */
export function evalExpr(e: Expr, scope: Scope): Poly {
  switch (e.kind) {
    case 'num':
      return constPoly(e.value);
    case 'name': {
      const v = scope(e.name) ?? (e.name in CONSTANTS ? constPoly(CONSTANTS[e.name]!) : undefined);
      if (v === undefined) fail(e, `unknown name '${e.name}'.`);
      return v;
    }
    case 'neg':
      return scalePoly(evalExpr(e.arg, scope), -1);
    case 'call': {
      const v = constValue(evalExpr(e.arg, scope));
      if (v === null) fail(e, `${e.fn}() of a variable cannot be bound to a gate angle here.`);
      return constPoly(FUNCTIONS[e.fn]!(v));
    }
    case 'bin': {
      const a = evalExpr(e.left, scope);
      const b = evalExpr(e.right, scope);
      switch (e.op) {
        case '+':
          return addPoly(a, b);
        case '-':
          return addPoly(a, b, -1);
        case '*':
          return mulPoly(a, b, e);
        case '/': {
          const d = constValue(b);
          if (d === null) fail(e, 'dividing by a variable cannot be bound to a gate angle here.');
          const ca = constValue(a);
          return ca !== null ? constPoly(ca / d) : scalePoly(a, 1 / d);
        }
        case '^': {
          const x = constValue(a);
          const y = constValue(b);
          if (x === null || y === null) fail(e, 'a power of a variable cannot be bound to a gate angle here.'); // prettier-ignore
          return constPoly(x ** y);
        }
      }
    }
  }
}

/** A constant expression's value; throws at variables and at NaN or infinite results. */
export function evalConst(e: Expr, scope: Scope, what: string): number {
  const v = constValue(evalExpr(e, scope));
  if (v === null) fail(e, `${what} must be a constant.`);
  if (!Number.isFinite(v)) fail(e, `${what} is not a finite number (${v}).`);
  return v;
}

/** A whole number ≥ 0 from a constant expression (register sizes, indices, control counts). */
export function evalIndex(e: Expr, scope: Scope, what: string): number {
  const v = evalConst(e, scope, what);
  if (!Number.isInteger(v) || v < 0) fail(e, `${what} must be a whole number ≥ 0; got ${v}.`);
  return v;
}
