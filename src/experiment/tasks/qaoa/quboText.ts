// Reading a custom optimisation problem typed or pasted by a student: a QUBO matrix (rows of
// numbers), QUBO terms ("3 x0 x1 − 2 x2 + 1") or Ising terms ("0.5 Z0 Z1 − Z2 + 1"). Never
// throws; a refusal names the line and column, or the term.

/** A parsed problem: minimise offset + Σ linear_i v_i + Σ w v_i v_j (v = x binary, or Z spins). */
export type QuboParse =
  | {
      ok: true;
      /** Qubits: the matrix size, or the highest variable index + 1. */
      n: number;
      offset: number;
      /** Length n: coefficients of x_i ('matrix', 'qubo') or of Z_i ('ising'). */
      linear: number[];
      /** i < j, merged, no zeros. */
      quadratic: { i: number; j: number; w: number }[];
      form: 'matrix' | 'qubo' | 'ising';
    }
  | { ok: false; message: string };

/** Qubits a custom problem may have by default. */
export const MAX_CUSTOM_QUBITS = 20;

const EMPTY_MESSAGE =
  'The problem is empty: paste a QUBO matrix (rows of numbers) or write terms such as 3 x0 x1 − 2 x2 + 1.';
const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const MINUS = /\u2212/g;

/**
 * Parses a matrix (form 'matrix': n lines of n numbers separated by spaces, commas or
 * semicolons, brackets ignored; minimise xᵀQx, so Q_ii is linear and Q_ij + Q_ji couples i < j),
 * QUBO terms in x_i (form 'qubo'; x_i·x_i = x_i) or Ising terms in Z_i (form 'ising'; Z_i·Z_i = 1).
 * Text with any x or Z is read as terms, anything else as a matrix.
 */
export function parseQuboText(text: string, maxQubits = MAX_CUSTOM_QUBITS): QuboParse {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: EMPTY_MESSAGE };
  return /[xXzZ]/.test(text) ? parseTerms(text, maxQubits) : parseMatrix(text, maxQubits);
}

function parseMatrix(text: string, maxQubits: number): QuboParse {
  const rows: { line: number; values: number[] }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let l = 0; l < lines.length; l++) {
    const values: number[] = [];
    for (const m of lines[l]!.matchAll(/[^\s,;[\]]+/g)) {
      const raw = m[0].replace(MINUS, '-');
      const v = NUMBER_TEXT.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(v)) {
        return {
          ok: false,
          message: `Line ${l + 1}, column ${m.index + 1}: "${shorten(m[0])}" is not a number.`,
        };
      }
      values.push(v);
    }
    if (values.length > 0) rows.push({ line: l + 1, values });
  }
  if (rows.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const first = rows[0]!;
  for (const r of rows) {
    if (r.values.length !== first.values.length) {
      return {
        ok: false,
        message: `Line ${r.line} has ${count(r.values.length, 'number')}; line ${first.line} has ${first.values.length}: a QUBO matrix must be square.`,
      };
    }
  }
  const n = rows.length;
  if (first.values.length !== n) {
    return {
      ok: false,
      message: `The matrix has ${count(n, 'row')} of ${count(first.values.length, 'number')}: a QUBO matrix must be square (n rows of n numbers).`,
    };
  }
  if (n > maxQubits) {
    return { ok: false, message: `The matrix is ${n} × ${n}; at most ${maxQubits} qubits.` };
  }
  const linear = rows.map((r, i) => r.values[i]!);
  const quadratic: { i: number; j: number; w: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = rows[i]!.values[j]! + rows[j]!.values[i]!;
      if (w !== 0) quadratic.push({ i, j, w });
    }
  }
  return { ok: true, n, offset: 0, linear, quadratic, form: 'matrix' };
}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; letter: string; digits: string }
  | { kind: 'star' }
  | { kind: 'bad'; text: string };

interface RawTerm {
  sign: number;
  tokens: Token[];
  start: number;
  end: number;
}

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const LETTER_DIGITS = /([A-Za-z])(\d*)/y;

/** Splits the text into signed terms of tokens; a sign inside an exponent belongs to the number. */
function scan(text: string): { terms: RawTerm[]; trailing: boolean } {
  const terms: RawTerm[] = [];
  let cur: RawTerm = { sign: 1, tokens: [], start: -1, end: -1 };
  let trailing = false;
  let i = 0;
  const push = (t: Token, to: number): void => {
    if (cur.tokens.length === 0) cur.start = i;
    cur.tokens.push(t);
    cur.end = to;
    trailing = false;
    i = to;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '+' || ch === '-' || ch === '\u2212') {
      if (cur.tokens.length > 0) {
        terms.push(cur);
        cur = { sign: 1, tokens: [], start: -1, end: -1 };
      }
      if (ch !== '+') cur.sign = -cur.sign;
      trailing = true;
      i++;
    } else if (ch === '*' || ch === '\u00b7' || ch === '\u00d7') {
      push({ kind: 'star' }, i + 1);
    } else {
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(text);
      LETTER_DIGITS.lastIndex = i;
      const v = num ? null : LETTER_DIGITS.exec(text);
      if (num) push({ kind: 'number', value: Number(num[0]) }, i + num[0].length);
      else if (v) push({ kind: 'variable', letter: v[1]!, digits: v[2]! }, i + v[0].length);
      else {
        const cp = String.fromCodePoint(text.codePointAt(i)!);
        push({ kind: 'bad', text: cp }, i + cp.length);
      }
    }
  }
  if (cur.tokens.length > 0) terms.push(cur);
  return { terms, trailing };
}

type TermRead =
  | { ok: true; coeff: number; qubits: number[]; letter: 'x' | 'z' | null }
  | { ok: false; message: string };

/** Reads one term: numbers first, then variables, '*' optional between factors. */
function readTerm(raw: RawTerm, label: string, maxQubits: number): TermRead {
  const fail = (why: string): TermRead => ({ ok: false, message: `${label} ${why}` });
  let coeff = raw.sign;
  let letter: 'x' | 'z' | null = null;
  const qubits: number[] = [];
  const toks = raw.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'bad') return fail(`has "${t.text}", which is not allowed.`);
    if (t.kind === 'star') {
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (!prev || !next || prev.kind === 'star' || next.kind === 'star')
        return fail('has a "*" that does not stand between two factors.');
      continue;
    }
    if (t.kind === 'number') {
      if (qubits.length > 0)
        return fail('has a number after a variable: write it first, as in 3 x0 x1.');
      coeff *= t.value;
      continue;
    }
    const l = t.letter.toLowerCase();
    if (l !== 'x' && l !== 'z') {
      return fail(`uses "${t.letter}": write x0, x1, … (0 or 1) or Z0, Z1, … (spins ±1).`);
    }
    if (t.digits === '')
      return fail(`has "${t.letter}" without a qubit number, as in ${t.letter}0.`);
    if (letter !== null && letter !== l) {
      return fail('mixes x and Z: write the whole problem in x (0 or 1) or in Z (spins ±1).');
    }
    letter = l;
    const qubit = Number(t.digits);
    if (!(qubit < maxQubits)) {
      return fail(
        `uses qubit ${shorten(t.digits.replace(/^0+(?=\d)/, ''))}; at most ${maxQubits} qubits.`,
      );
    }
    qubits.push(qubit);
  }
  if (!Number.isFinite(coeff)) return fail('has a coefficient that is not a finite number.');
  return { ok: true, coeff, qubits, letter };
}

function parseTerms(text: string, maxQubits: number): QuboParse {
  const { terms, trailing } = scan(text);
  if (trailing)
    return { ok: false, message: 'The text ends with a sign: a term is missing after it.' };
  if (terms.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  let form: 'x' | 'z' | null = null;
  let offset = 0;
  let highest = -1;
  const linear = new Map<number, number>();
  const quadratic = new Map<string, { i: number; j: number; w: number }>();
  for (let t = 0; t < terms.length; t++) {
    const raw = terms[t]!;
    const label = `Term ${t + 1} '${shorten(text.slice(raw.start, raw.end).replace(/\s+/g, ' '))}'`;
    const r = readTerm(raw, label, maxQubits);
    if (!r.ok) return r;
    if (r.letter !== null && form !== null && r.letter !== form) {
      return {
        ok: false,
        message: `${label} uses ${r.letter === 'x' ? 'x' : 'Z'} but earlier terms use ${form === 'x' ? 'x' : 'Z'}: write the whole problem in x (0 or 1) or in Z (spins ±1).`,
      };
    }
    form = r.letter ?? form;
    for (const q of r.qubits) highest = Math.max(highest, q);
    // x·x = x keeps one copy of a repeated x; Z·Z = 1 cancels a repeated Z in pairs.
    const odd = new Map<number, number>();
    for (const q of r.qubits) odd.set(q, (odd.get(q) ?? 0) + 1);
    const vars = [...odd]
      .filter(([, times]) => r.letter === 'x' || times % 2 === 1)
      .map(([q]) => q)
      .sort((a, b) => a - b);
    if (vars.length > 2) {
      return {
        ok: false,
        message: `${label} multiplies ${vars.length} different qubits; a term may have at most two.`,
      };
    }
    if (vars.length === 0) offset += r.coeff;
    else if (vars.length === 1) linear.set(vars[0]!, (linear.get(vars[0]!) ?? 0) + r.coeff);
    else {
      const [i, j] = vars as [number, number];
      const key = `${i},${j}`;
      const e = quadratic.get(key);
      if (e) e.w += r.coeff;
      else quadratic.set(key, { i, j, w: r.coeff });
    }
  }
  const n = Math.max(1, highest + 1);
  const lin = Array.from({ length: n }, (_, i) => linear.get(i) ?? 0);
  const quad = [...quadratic.values()]
    .filter((e) => e.w !== 0)
    .sort((a, b) => a.i - b.i || a.j - b.j);
  const numbers = [offset, ...lin, ...quad.map((e) => e.w)];
  if (!numbers.every(Number.isFinite)) {
    return { ok: false, message: 'The coefficients add up to a number that is not finite.' };
  }
  return {
    ok: true,
    n,
    offset,
    linear: lin,
    quadratic: quad,
    form: form === 'z' ? 'ising' : 'qubo',
  };
}

function count(k: number, noun: string): string {
  return `${k} ${noun}${k === 1 ? '' : 's'}`;
}

/** A piece of text quoted in a message is cut to a readable length. */
function shorten(s: string): string {
  const chars = [...s];
  return chars.length <= 40 ? s : `${chars.slice(0, 37).join('')}…`;
}
