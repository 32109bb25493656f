// Numbers, angles and names as OpenQASM text: full precision or a tidy multiple of pi, linear
// angle expressions of a gate definition, ASCII-only comments for OpenQASM 2, and identifiers
// OpenQASM 3 accepts that clash with none of its words.

import type { Lin } from './decompose';

/**
 * The shortest decimal that reads back as the same double (at most 17 significant digits), with a
 * decimal point before any exponent, as OpenQASM 2's real literals need ("1.0e-7").
 */
export function numberText(v: number): string {
  if (Object.is(v, -0)) return '0';
  const s = String(v);
  return s.includes('e') && !s.includes('.') ? s.replace('e', '.0e') : s;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** "pi", "-pi/2", "3*pi/4": p·π/q in lowest terms. */
function piFraction(p: number, q: number): string {
  const d = gcd(Math.abs(p), q);
  const [n, m] = [p / d, q / d];
  const head = n === 1 ? 'pi' : n === -1 ? '-pi' : `${n}*pi`;
  return m === 1 ? head : `${head}/${m}`;
}

/**
 * `v` as a multiple p·π/q (q ≤ 64) when within `tol` of one, else the full number. With tol 0
 * the fraction must read back as the very same double (p·π/q evaluated left to right).
 */
export function angleText(v: number, tol = 1e-12): string {
  if (v === 0) return '0';
  for (let q = 1; q <= 64; q++) {
    const p = Math.round((v * q) / Math.PI);
    if (p === 0 || Math.abs(p) > 64 * q) continue;
    const exact = (p * Math.PI) / q;
    if (tol === 0 ? exact === v : Math.abs(exact - v) <= tol) return piFraction(p, q);
  }
  return numberText(v);
}

/** c·name with c a dyadic fraction: "theta", "-theta/4", "3*theta/2". */
function termText(c: number, name: string): string {
  for (let q = 1; q <= 2 ** 30; q *= 2) {
    const p = c * q;
    if (!Number.isInteger(p)) continue;
    const head = p === 1 ? name : p === -1 ? `-${name}` : `${p}*${name}`;
    return q === 1 ? head : `${head}/${q}`;
  }
  return `${numberText(c)}*${name}`;
}

/** A definition's angle: "theta/2", "-lambda/4", "pi/2", "theta/2 + pi". */
export function linText(l: Lin, names: readonly string[]): string {
  const parts = l.coef.flatMap((c, i) => (c === 0 ? [] : [termText(c, names[i]!)]));
  if (l.c !== 0 || parts.length === 0) parts.push(angleText(l.c));
  return parts.reduce((s, t) => (t.startsWith('-') ? `${s} - ${t.slice(1)}` : `${s} + ${t}`));
}

const GREEK: Record<string, string> = {
  θ: 'theta', φ: 'phi', λ: 'lambda', γ: 'gamma', π: 'pi', '⟨': '<', '⟩': '>', '·': '*', '−': '-',
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
}; // prettier-ignore

/** Text for an OpenQASM 2 comment: Greek letters spelt out, other non-ASCII as '?'. */
export function asciiText(s: string): string {
  return [...s].map((ch) => (ch <= '\x7e' ? ch : (GREEK[ch] ?? '?'))).join('');
}

/** Words an OpenQASM 3 program may not use as a variable (keywords, types, constants, gates). */
const QASM3_RESERVED = new Set(
  `OPENQASM include defcalgrammar def cal defcal gate extern box let break continue if else end
  return for while in switch case default nop pragma input output const readonly mutable qreg
  qubit creg bool bit int uint float angle complex array void duration stretch gphase inv pow
  ctrl negctrl dim durationof delay reset measure barrier true false pi π tau τ euler ℇ im sizeof
  arccos arcsin arctan ceiling cos exp floor log mod popcount rotl rotr sin sqrt tan real imag
  U CX p x y z h s sdg t tdg sx rx ry rz cx cy cz cp crx cry crz ch swap ccx cswap cu phase cphase
  id u1 u2 u3 iswap rxx ryy rzz q c`.split(/\s+/),
);

const QASM3_IDENT = /^[\p{L}_][\p{L}\p{Nl}0-9_]*$/u;

/**
 * An OpenQASM 3 identifier for each name, the name itself when it is one and free: a leading
 * digit gets '_' before it, other characters '_' in their place, a reserved word or a clash a
 * trailing '_' (repeated until free). `taken` holds names already in use (inputs x1, x2, …).
 */
export function qasm3Identifiers(
  names: readonly string[],
  taken: ReadonlySet<string>,
): Map<string, string> {
  const used = new Set([...taken, ...names.filter((n) => QASM3_IDENT.test(n))]);
  const out = new Map<string, string>();
  for (const name of names) {
    if (QASM3_IDENT.test(name) && !QASM3_RESERVED.has(name) && !taken.has(name)) {
      out.set(name, name);
      continue;
    }
    let id = [...name].map((ch) => (/[\p{L}\p{Nl}0-9_]/u.test(ch) ? ch : '_')).join('');
    if (!/^[\p{L}_]/u.test(id)) id = `_${id}`;
    while (QASM3_RESERVED.has(id) || used.has(id)) id += '_';
    used.add(id);
    out.set(name, id);
  }
  return out;
}
