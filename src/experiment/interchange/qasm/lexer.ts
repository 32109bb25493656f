// OpenQASM text as tokens with their 1-based line and column, comments dropped; and the error
// every stage of the importer throws, caught once at its boundary (importQasm never throws).

/** A failure at a place in the source; `importQasm` turns it into an ImportError. */
export class QasmError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'QasmError';
  }
}

/** Where something is in the source, 1-based. */
export interface Pos {
  line: number;
  column: number;
}

export type TokenKind = 'id' | 'num' | 'str' | 'op' | 'eof';

export interface Token extends Pos {
  kind: TokenKind;
  /** As written (a string without its quotes). */
  text: string;
}

/** "Line 4, column 9: …" for a message about `at`. */
export function fail(at: Pos, message: string): never {
  throw new QasmError(`Line ${at.line}, column ${at.column}: ${message}`, at.line, at.column);
}

// Longest first, so "**" is not read as two "*".
const OPERATORS = ['->', '**', '==', '!=', '<=', '>=', '++', '+=', '-=', '*=', '/=', '&&', '||',
  ';', ',', '(', ')', '[', ']', '{', '}', '@', '=', '+', '-', '*', '/', '^', ':', '<', '>', '!',
  '~', '&', '|', '%', '$', '#', '.'] as const; // prettier-ignore

const ID_START = /[\p{L}_]/u;
const ID_PART = /[\p{L}\p{N}_]/u;
const DIGIT = /[0-9]/;

/** Splits `text` into tokens; throws QasmError at an unclosed comment or string, or a stray character. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Pos => ({ line, column: i - lineStart + 1 });
  const newline = (): void => {
    line++;
    lineStart = i + 1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') {
      newline();
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const start = here();
      i += 2;
      while (i < text.length && !(text[i] === '*' && text[i + 1] === '/')) {
        if (text[i] === '\n') newline();
        i++;
      }
      if (i >= text.length) fail(start, 'this comment is never closed (*/ is missing).');
      i += 2;
      continue;
    }
    const at = here();
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) fail(at, 'this string is never closed.');
      out.push({ kind: 'str', text: text.slice(i + 1, end), ...at });
      i = end + 1;
      continue;
    }
    if (DIGIT.test(ch) || (ch === '.' && DIGIT.test(text[i + 1] ?? ''))) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400))!;
      out.push({ kind: 'num', text: m[0], ...at });
      i += m[0].length;
      // "2pi" or "1.5x": a number glued to a name is a typo, not a product.
      if (i < text.length && ID_PART.test(text[i]!))
        fail(here(), `expected an operator after the number ${m[0]}.`);
      continue;
    }
    if (ID_START.test(ch)) {
      let j = i + 1;
      while (j < text.length && ID_PART.test(text[j]!)) j++;
      out.push({ kind: 'id', text: text.slice(i, j), ...at });
      i = j;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) fail(at, `unexpected character '${ch}'.`);
    out.push({ kind: 'op', text: op, ...at });
    i += op.length;
  }
  out.push({ kind: 'eof', text: '', ...here() });
  return out;
}

/** A cursor over the tokens with the checks every parser step needs. */
export class TokenStream {
  private i = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)]!;
  }

  next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }

  /** True (and consumes it) when the next token is the operator or word `text`. */
  accept(text: string): boolean {
    const t = this.peek();
    if ((t.kind === 'op' || t.kind === 'id') && t.text === text) {
      this.i++;
      return true;
    }
    return false;
  }

  expect(text: string, what = `'${text}'`): Token {
    const t = this.peek();
    if ((t.kind === 'op' || t.kind === 'id') && t.text === text) return this.next();
    fail(t, `expected ${what}, found ${describe(t)}.`);
  }

  /** The statement's closing semicolon, named as missing where the statement ended. */
  semicolon(): void {
    if (this.accept(';')) return;
    const t = this.peek();
    fail(t, `missing ';' before ${describe(t)}.`);
  }

  identifier(what: string): Token {
    const t = this.peek();
    if (t.kind !== 'id') fail(t, `expected ${what}, found ${describe(t)}.`);
    return this.next();
  }
}

/** A token as a message names it: "'foo'", "the end of the file". */
export function describe(t: Token): string {
  if (t.kind === 'eof') return 'the end of the file';
  if (t.kind === 'str') return `"${t.text}"`;
  return `'${t.text}'`;
}
