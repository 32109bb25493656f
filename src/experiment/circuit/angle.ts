// Constant angles as a student types them ("pi/4", "-3π/8", "2(pi/3)", "0.5", "1e-3"): a tiny
// recursive-descent parser that never evaluates code, and the reverse, a tidy display string.

import { CIRCUIT_LIMITS } from './limits';

export type AngleParse = { ok: true; value: number; expr: string } | { ok: false; reason: string };

class ParseError extends Error {}

/**
 * Grammar (whitespace between tokens is ignored):
 *   sum     = product (('+' | '-') product)*
 *   product = unary (('*' | '/') unary)*
 *   unary   = ('-' | '+') unary | implied
 *   implied = atom (pi | '(' sum ')')*        — "3pi", "2(pi/3)": binds tighter than * and /,
 *   atom    = number | pi | '(' sum ')'          so "1/2pi" is 1/(2π)
 */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): number {
    const v = this.sum();
    this.skip();
    if (this.i < this.s.length) this.unexpected();
    return v;
  }

  private skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private peek(): string {
    this.skip();
    return this.s[this.i] ?? '';
  }

  private unexpected(): never {
    const ch = this.s[this.i];
    if (ch === undefined) throw new ParseError('The expression ends too early.');
    const word = /^[A-Za-z_]\w*/.exec(this.s.slice(this.i));
    if (word) {
      throw new ParseError(
        `Unexpected '${word[0]}' at position ${this.i + 1}: use numbers, pi, + - * / and brackets.`,
      );
    }
    throw new ParseError(`Unexpected '${ch}' at position ${this.i + 1}.`);
  }

  private sum(): number {
    let v = this.product();
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.i++;
      const r = this.product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  private product(): number {
    let v = this.unary();
    for (let op = this.peek(); op === '*' || op === '/'; op = this.peek()) {
      this.i++;
      const r = this.unary();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }

  private unary(): number {
    const op = this.peek();
    if (op === '-' || op === '+') {
      this.i++;
      const v = this.unary();
      return op === '-' ? -v : v;
    }
    let v = this.atom();
    for (let next = this.peek(); next === '(' || this.atPi(); next = this.peek()) v *= this.atom();
    return v;
  }

  private atPi(): boolean {
    const rest = this.s.slice(this.i);
    return rest.startsWith('π') || /^pi(?![A-Za-z])/i.test(rest);
  }

  private atom(): number {
    const ch = this.peek();
    if (ch === '(') {
      const open = this.i;
      this.i++;
      const v = this.sum();
      if (this.peek() !== ')') {
        if (this.i >= this.s.length) {
          throw new ParseError(`The '(' at position ${open + 1} is never closed.`);
        }
        this.unexpected();
      }
      this.i++;
      return v;
    }
    if (ch === 'π') {
      this.i++;
      return Math.PI;
    }
    if (this.atPi()) {
      this.i += 2;
      return Math.PI;
    }
    const num = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(this.s.slice(this.i));
    if (!num) this.unexpected();
    this.i += num[0].length;
    return Number(num[0]);
  }
}

/** Reads a constant angle in radians, or says what is wrong and where (positions count from 1). */
export function parseAngle(text: string): AngleParse {
  const expr = text.trim();
  if (expr === '') return { ok: false, reason: 'Type an angle, such as pi/4 or 0.5.' };
  if (expr.length > CIRCUIT_LIMITS.exprLength) {
    return {
      ok: false,
      reason: `Keep the angle under ${CIRCUIT_LIMITS.exprLength + 1} characters.`,
    };
  }
  let value: number;
  try {
    value = new Parser(expr).parse();
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, reason: e.message };
    throw e;
  }
  if (!Number.isFinite(value)) {
    return { ok: false, reason: 'That is not a finite number (is something divided by zero?).' };
  }
  const max = CIRCUIT_LIMITS.angle;
  if (Math.abs(value) > max) {
    return { ok: false, reason: `An angle must be between -${max} and ${max} radians.` };
  }
  return { ok: true, value: value === 0 ? 0 : value, expr };
}

/** Denominators tried when showing an angle as a fraction of π. */
const DENOMINATORS = [1, 2, 3, 4, 6, 8, 12, 16];

/** A short display string: "π/4", "-3π/8", "2π", "0", else the number to 6 significant digits. */
export function formatAngle(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) < 1e-15) return '0';
  const turns = value / Math.PI;
  for (const d of DENOMINATORS) {
    const n = Math.round(turns * d);
    if (n !== 0 && Math.abs(n) <= 64 && Math.abs(turns * d - n) < 1e-9 * d) {
      const sign = n < 0 ? '-' : '';
      const num = Math.abs(n) === 1 ? 'π' : `${Math.abs(n)}π`;
      return d === 1 ? `${sign}${num}` : `${sign}${num}/${d}`;
    }
  }
  return String(Number(value.toPrecision(6)));
}
