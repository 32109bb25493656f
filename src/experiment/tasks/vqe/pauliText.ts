// Reading and writing a Hamiltonian typed by a student as text, e.g. "0.5 Z0 Z1 + 0.3 X0 - 1.2":
// a parser that never throws and names the offending term, and a writer that it reads back.

/** A real multiple of a Pauli string; the same shape as the simulator's PauliTerm. */
export interface PauliTermText {
  coeff: number;
  /** Sparse label, qubits ascending: "Z0 Z1"; "" for the identity. */
  label: string;
}

export type PauliSumParse =
  { ok: true; terms: PauliTermText[]; qubits: number } | { ok: false; message: string };

/** Default limit on qubits (the exact solver's limit). */
export const MAX_TEXT_QUBITS = 12;

const EMPTY_MESSAGE =
  'The Hamiltonian is empty: write a sum of Pauli terms such as 0.5 Z0 Z1 + 0.3 X0.';

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'pauli'; letter: string; digits: string }
  | { kind: 'star'; text: string }
  | { kind: 'bad'; text: string };

interface RawTerm {
  sign: number;
  tokens: Token[];
  start: number;
  end: number;
}

const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const LETTER_DIGITS = /([A-Za-z])(\d*)/y;
const MINUS = new Set(['-', '\u2212']); // ASCII hyphen and the typographic minus sign
const STARS = new Set(['*', '\u00b7', '\u00d7']); // *, ·, ×

/** Splits the text into signed terms of tokens; a '+' or '−' inside an exponent is part of the number. */
function scan(text: string): { terms: RawTerm[]; trailing: string | null } {
  const terms: RawTerm[] = [];
  let cur: RawTerm = { sign: 1, tokens: [], start: -1, end: -1 };
  let lastOperator: string | null = null;
  let i = 0;
  const push = (t: Token, from: number, to: number): void => {
    if (cur.tokens.length === 0) cur.start = from;
    cur.tokens.push(t);
    cur.end = to;
    lastOperator = null;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '+' || MINUS.has(ch)) {
      // A sign after a finished term starts the next one; signs before any token are unary.
      if (cur.tokens.length > 0) {
        terms.push(cur);
        cur = { sign: 1, tokens: [], start: -1, end: -1 };
      }
      if (MINUS.has(ch)) cur.sign = -cur.sign;
      lastOperator = ch;
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(text);
    if (num) {
      push({ kind: 'number', value: Number(num[0]) }, i, i + num[0].length);
      i += num[0].length;
      continue;
    }
    if (STARS.has(ch)) {
      push({ kind: 'star', text: ch }, i, i + 1);
      i++;
      continue;
    }
    LETTER_DIGITS.lastIndex = i;
    const pauli = LETTER_DIGITS.exec(text);
    if (pauli) {
      push({ kind: 'pauli', letter: pauli[1]!, digits: pauli[2]! }, i, i + pauli[0].length);
      i += pauli[0].length;
      continue;
    }
    // One whole code point, so an emoji is reported as itself and not half a surrogate pair.
    const cp = String.fromCodePoint(text.codePointAt(i)!);
    push({ kind: 'bad', text: cp }, i, i + cp.length);
    i += cp.length;
  }
  if (cur.tokens.length > 0) terms.push(cur);
  return { terms, trailing: lastOperator };
}

/** A term quoted in a message is cut to a readable length (whole code points). */
function shorten(term: string): string {
  const chars = [...term];
  return chars.length <= 60 ? term : `${chars.slice(0, 57).join('')}…`;
}

function qubitPhrase(max: number): string {
  return max === 1 ? 'at most 1 qubit (qubit 0)' : `at most ${max} qubits (0 to ${max - 1})`;
}

type TermResult =
  | { ok: true; coeff: number; factors: { letter: string; qubit: number }[]; highest: number }
  | { ok: false; message: string };

/** Reads one term's tokens: a product of numbers and Pauli factors, '*' optional between them. */
function readTerm(raw: RawTerm, termText: string, maxQubits: number): TermResult {
  const notPauli = (why: string): TermResult => ({
    ok: false,
    message: `The term "${termText}" is not a Pauli term: ${why}`,
  });
  let coeff = raw.sign;
  let highest = -1;
  const factors: { letter: string; qubit: number }[] = [];
  const seen = new Set<number>();
  const toks = raw.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.kind === 'bad') return notPauli(`"${t.text}" is not allowed.`);
    if (t.kind === 'star') {
      const prev = toks[k - 1];
      const next = toks[k + 1];
      if (!prev || !next || prev.kind === 'star' || next.kind === 'star')
        return notPauli(`"${t.text}" must stand between two factors.`);
      continue;
    }
    if (t.kind === 'number') {
      // "Z0 0.5" or "X1.5" are more likely slips than products, so numbers lead the term.
      if (factors.length > 0 || seen.size > 0)
        return notPauli('put the number before the Pauli factors, as in 0.5 Z0.');
      coeff *= t.value;
      continue;
    }
    const letter = t.letter.toUpperCase();
    if (!'XYZI'.includes(letter)) return notPauli(`${t.letter} is not X, Y or Z.`);
    if (t.digits === '') return notPauli(`${t.letter} needs a qubit number, as in ${letter}0.`);
    const shown = t.digits.replace(/^0+(?=\d)/, '');
    const qubit = Number(shown);
    if (!(qubit < maxQubits)) {
      return {
        ok: false,
        message: `The term "${termText}" acts on qubit ${shorten(shown)}; ${qubitPhrase(maxQubits)}.`,
      };
    }
    if (seen.has(qubit))
      return { ok: false, message: `The term "${termText}" names qubit ${qubit} twice.` };
    seen.add(qubit);
    highest = Math.max(highest, qubit);
    if (letter !== 'I') factors.push({ letter, qubit });
  }
  if (!Number.isFinite(coeff)) {
    return {
      ok: false,
      message: `The term "${termText}" has a coefficient that is not a finite number.`,
    };
  }
  return { ok: true, coeff, factors, highest };
}

/**
 * Parses a sum of Pauli terms such as "0.5 Z0 Z1 + 0.3 X0 - 1.2", "-Z0", "2*X0*X1", "0.5 Z0Z1"
 * or "1e-3 Y2" (whitespace and newlines anywhere; I factors allowed and dropped). Labels come
 * out canonical and sparse ("Z0 Z1", qubits ascending; "" for a constant), equal strings merged
 * in order of first appearance, exact zeros dropped. qubits = highest qubit named + 1 (≥ 1).
 */
export function parsePauliSum(text: string, maxQubits = MAX_TEXT_QUBITS): PauliSumParse {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, message: EMPTY_MESSAGE };
  const { terms, trailing } = scan(text);
  if (trailing !== null) {
    return {
      ok: false,
      message: `The Hamiltonian ends with "${trailing}": a term is missing after it.`,
    };
  }
  if (terms.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const merged = new Map<string, number>();
  let highest = -1;
  for (const raw of terms) {
    const termText = shorten(text.slice(raw.start, raw.end).replace(/\s+/g, ' '));
    const r = readTerm(raw, termText, maxQubits);
    if (!r.ok) return r;
    highest = Math.max(highest, r.highest);
    const label = r.factors
      .sort((a, b) => a.qubit - b.qubit)
      .map((f) => `${f.letter}${f.qubit}`)
      .join(' ');
    merged.set(label, (merged.get(label) ?? 0) + r.coeff);
  }
  const out: PauliTermText[] = [];
  for (const [label, coeff] of merged) {
    if (!Number.isFinite(coeff)) {
      return {
        ok: false,
        message: `The terms on "${label || 'the constant'}" add up to a coefficient that is not a finite number.`,
      };
    }
    if (coeff !== 0) out.push({ coeff, label });
  }
  return { ok: true, terms: out, qubits: Math.max(1, highest + 1) };
}

/**
 * Writes terms as text that parsePauliSum reads back to the same terms: "0.5 Z0 Z1 + 0.3 X0 - 1.2";
 * coefficients ±1 are left implicit, numbers use JavaScript's shortest exact form; "0" if empty.
 */
export function formatPauliSum(terms: readonly PauliTermText[]): string {
  if (terms.length === 0) return '0';
  return terms
    .map((t, i) => {
      const negative = t.coeff < 0 || Object.is(t.coeff, -0);
      const mag = Math.abs(t.coeff);
      const body = t.label === '' ? String(mag) : mag === 1 ? t.label : `${String(mag)} ${t.label}`;
      if (i === 0) return negative ? `-${body}` : body;
      return `${negative ? '-' : '+'} ${body}`;
    })
    .join(' ');
}
