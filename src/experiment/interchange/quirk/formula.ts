// Quirk's formula arguments ("pi/2", "sqrt(2) pi", "-(pi t^2)") read as constant real numbers: a
// small recursive-descent reader that never evaluates code. A formula that uses the time `t` or
// the imaginary unit `i` is refused with the reason, since the editor's angles are fixed reals.

export type FormulaValue = { ok: true; value: number } | { ok: false; reason: string };

class FormulaError extends Error {}

const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

const FUNCTIONS: Readonly<Record<string, (v: number) => number>> = {
  sqrt: Math.sqrt,
  '√': Math.sqrt,
  exp: Math.exp,
  ln: Math.log,
  cos: Math.cos,
  sin: Math.sin,
  tan: Math.tan,
  acos: Math.acos,
  asin: Math.asin,
  atan: Math.atan,
  arccos: Math.acos,
  arcsin: Math.asin,
};

/** Quirk accepts these single characters as numbers. */
const FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5, '⅖': 2 / 5,
  '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8,
  '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
}; // prettier-ignore

type Token = { kind: 'num'; value: number } | { kind: 'word'; text: string } | { kind: 'op'; text: string }; // prettier-ignore

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const s = text.toLowerCase();
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (/\s/.test(ch)) i++;
    else if (/[0-9.]/.test(ch)) {
      // Digits, then an optional exponent "e-7" only when digits follow (else `e` is Euler's e).
      const m = /^[0-9]*\.?[0-9]*(?:e[+-]?[0-9]+)?/.exec(s.slice(i))![0];
      const value = Number(m);
      if (!Number.isFinite(value)) throw new FormulaError(`"${m}" is not a number`);
      tokens.push({ kind: 'num', value });
      i += m.length;
    } else if (/[a-z_]/.test(ch)) {
      const m = /^[a-z_]+/.exec(s.slice(i))![0];
      tokens.push({ kind: 'word', text: m });
      i += m.length;
    } else if (ch in FRACTIONS) {
      tokens.push({ kind: 'num', value: FRACTIONS[ch]! });
      i++;
    } else if (ch === 'π') {
      tokens.push({ kind: 'word', text: 'pi' });
      i++;
    } else if ('+-*/^()√'.includes(ch)) {
      tokens.push(ch === '√' ? { kind: 'word', text: ch } : { kind: 'op', text: ch });
      i++;
    } else throw new FormulaError(`it has the character "${ch}"`);
  }
  return tokens;
}

/**
 * Grammar, as Quirk reads it (a function or sign binds tightest: "-2^2" is 4, "sin pi/2" is
 * sin(π)/2; juxtaposition multiplies: "2 pi", "(1)(2)"):
 *   sum     = product (('+' | '-') product)*
 *   product = power (('*' | '/' | juxtaposition) power)*
 *   power   = unary ('^' unary)*           (left to right)
 *   unary   = ('-' | '+' | function) unary | atom
 *   atom    = number | constant | '(' sum ')'
 */
class Reader {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  read(): number {
    if (this.tokens.length === 0) throw new FormulaError('it is empty');
    const v = this.sum();
    if (this.i < this.tokens.length) throw new FormulaError('it has more after a complete value');
    return v;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t?.kind === 'op' && t.text === text;
  }

  private sum(): number {
    let v = this.product();
    while (this.isOp('+') || this.isOp('-')) {
      const minus = this.isOp('-');
      this.i++;
      const w = this.product();
      v = minus ? v - w : v + w;
    }
    return v;
  }

  private startsValue(): boolean {
    const t = this.peek();
    return t !== undefined && (t.kind !== 'op' || t.text === '(');
  }

  private product(): number {
    let v = this.power();
    for (;;) {
      if (this.isOp('*') || this.isOp('/')) {
        const divide = this.isOp('/');
        this.i++;
        const w = this.power();
        v = divide ? v / w : v * w;
      } else if (this.startsValue()) v *= this.power();
      else return v;
    }
  }

  private power(): number {
    let v = this.unary();
    while (this.isOp('^')) {
      this.i++;
      v = v ** this.unary();
    }
    return v;
  }

  private unary(): number {
    const t = this.peek();
    if (t === undefined) throw new FormulaError('it ends too early');
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      this.i++;
      const v = this.unary();
      return t.text === '-' ? -v : v;
    }
    if (t.kind === 'word' && t.text in FUNCTIONS) {
      this.i++;
      return FUNCTIONS[t.text]!(this.unary());
    }
    return this.atom();
  }

  private atom(): number {
    const t = this.peek();
    this.i++;
    if (t === undefined) throw new FormulaError('it ends too early');
    if (t.kind === 'num') return t.value;
    if (t.kind === 'op') {
      if (t.text !== '(') throw new FormulaError(`"${t.text}" stands where a value should be`);
      const v = this.sum();
      if (!this.isOp(')')) throw new FormulaError('a "(" is not closed');
      this.i++;
      return v;
    }
    if (t.text === 't') throw new FormulaError('it changes with time (t)');
    if (t.text === 'i') throw new FormulaError('it uses the imaginary unit i');
    const c = CONSTANTS[t.text];
    if (c === undefined) throw new FormulaError(`"${t.text}" is not a number Quirk knows`);
    return c;
  }
}

/** The value of a constant Quirk formula (a number as Quirk may also store it), or why not. */
export function evalFormula(arg: unknown): FormulaValue {
  if (typeof arg === 'number') {
    return Number.isFinite(arg) ? { ok: true, value: arg } : { ok: false, reason: 'it is not a finite number' }; // prettier-ignore
  }
  if (typeof arg !== 'string') return { ok: false, reason: 'it is missing' };
  try {
    const value = new Reader(tokenize(arg)).read();
    if (!Number.isFinite(value)) return { ok: false, reason: 'its value is not a finite number' };
    return { ok: true, value };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * A number as a formula both Quirk and the editor read the same way: "pi/2", "-3*pi/4" for
 * simple fractions of π (to 1e-12), else the full decimal (never exponent notation, which Quirk
 * reads only after digits, nor "1/2pi", which the two read differently).
 */
export function formulaOf(value: number): string {
  if (value === 0) return '0';
  const turns = value / Math.PI;
  for (const d of [1, 2, 3, 4, 6, 8, 12, 16]) {
    const n = Math.round(turns * d);
    if (n !== 0 && Math.abs(n) <= 64 && Math.abs(n * Math.PI / d - value) <= 1e-12 * Math.abs(value)) {
      const sign = n < 0 ? '-' : '';
      const num = Math.abs(n) === 1 ? 'pi' : `${Math.abs(n)}*pi`;
      return d === 1 ? `${sign}${num}` : `${sign}${num}/${d}`;
    }
  } // prettier-ignore
  const s = String(value);
  if (!s.includes('e')) return s;
  // Tiny or huge: a plain decimal with the digits String gave (at most 17 significant).
  return value.toFixed(Math.min(100, Math.max(0, 17 - Math.floor(Math.log10(Math.abs(value)))))).replace(/\.?0+$/, ''); // prettier-ignore
}
