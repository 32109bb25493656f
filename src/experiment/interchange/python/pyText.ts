// Python source text shared by the Qiskit and PennyLane exporters: literals, comments, identifiers
// that cannot clash, angles, and the noise channels that are left out (a comment each and a note).

import { featureName } from '../../circuit/names';
import type { ResolvedAngle, ResolvedChannel, ResolvedCircuit } from '../resolve';
import type { ExportReadout, PauliTerm } from '../types';

/**
 * A float literal Python reads back as the same double: JavaScript's shortest round-trip form
 * ("0.1", "-2.5e-7", "1e+21") is valid Python; integers stay integers ("1").
 */
export function pyNumber(v: number): string {
  if (!Number.isFinite(v)) throw new RangeError(`Cannot write ${v} as a Python number.`);
  return Object.is(v, -0) ? '0' : String(v);
}

/** A double-quoted Python string literal; JSON's escapes (\n, \", \\, \uXXXX) all mean the same in Python. */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/** One comment line: characters that would end the line (or confuse an editor) become spaces. */
export function pyComment(text: string): string {
  return `# ${text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ')}`.trimEnd();
}

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except ' +
   'finally for from global if import in is lambda nonlocal not or pass raise return try while ' +
   'with yield').split(' '), // prettier-ignore
);

/**
 * True when Python 3 reads `s` as this very identifier: letters (any script) or _ first, then
 * letters, decimal digits and _; not a keyword; unchanged by NFKC (Python normalises identifiers,
 * so "ﬁ" would silently become "fi").
 */
export function isPyIdentifier(s: string): boolean {
  return /^[\p{L}_][\p{L}\p{Nd}_]*$/u.test(s) && !KEYWORDS.has(s) && s.normalize('NFKC') === s;
}

/**
 * Hands out distinct Python identifiers: the wanted name when it is one and free, else it (or
 * `fallback` when it is no identifier at all) with a numbered suffix. `reserved` holds the
 * script's own names.
 */
export function pyNamer(reserved: Iterable<string>): (wanted: string, fallback: string) => string {
  const taken = new Set(reserved);
  return (wanted, fallback) => {
    // A keyword keeps its letters ("lambda" → "lambda_2"); other non-identifiers take the fallback.
    const base = isPyIdentifier(wanted) || KEYWORDS.has(wanted) ? wanted : fallback;
    if (!isPyIdentifier(base) && !KEYWORDS.has(base))
      throw new RangeError(`"${fallback}" is not a Python identifier.`);
    let id = base;
    for (let k = 2; taken.has(id) || !isPyIdentifier(id); k++) id = `${base}_${k}`;
    taken.add(id);
    return id;
  };
}

/** How one script writes a trainable parameter and input feature k. */
export interface AngleNames {
  param: (name: string) => string;
  feature: (k: number) => string;
}

/** An angle as a Python expression: a number, a parameter, or weight * feature + bias. */
export function pyAngle(a: ResolvedAngle, names: AngleNames): string {
  switch (a.kind) {
    case 'const':
      return pyNumber(a.value);
    case 'param':
      return names.param(a.name);
    case 'feature':
      return `${names.param(a.weight)} * ${names.feature(a.feature)} + ${names.param(a.bias)}`;
  }
}

/** An angle in words, for comments: "w1 * x1 + b1". */
export function angleWords(a: ResolvedAngle): string {
  return pyAngle(a, { param: (n) => n, feature: featureName });
}

/**
 * The circuit's lines in order: `op(i)` for each operation, and for each noise channel a comment
 * where it sits (channels are noise, which neither statevector script has).
 */
export function circuitLines(r: ResolvedCircuit, op: (index: number) => string[]): string[] {
  const after = new Map<number, ResolvedChannel[]>();
  for (const ch of r.channels) after.set(ch.after, [...(after.get(ch.after) ?? []), ch]);
  const channels = (i: number): string[] =>
    (after.get(i) ?? []).map((ch) => pyComment(`noise left out: ${ch.description}`));
  const lines = channels(-1);
  r.ops.forEach((_, i) => lines.push(...op(i), ...channels(i)));
  return lines;
}

/** One note per channel left out, for ExportResult.notes. */
export function channelNotes(r: ResolvedCircuit, tool: string): string[] {
  return r.channels.map(
    (ch) => `Left out: ${ch.description}. Noise channels are not exported to ${tool}.`,
  );
}

/** The opening comment lines: what the script is and how to install what it needs. */
export function header(title: string, what: string, pip: string): string[] {
  return [
    pyComment(`${title}: ${what}, exported from QML Playground.`),
    pyComment(`pip install ${pip}`),
  ];
}

/** The Pauli terms to write; an empty sum is the zero operator, written as 0 · identity. */
export function termsOrZero(terms: readonly PauliTerm[]): readonly PauliTerm[] {
  return terms.length > 0 ? terms : [{ coeff: 0, ops: {} }];
}

/** A term's qubits in increasing order, with their Pauli letters. */
export function termOps(t: PauliTerm): { qubit: number; pauli: 'X' | 'Y' | 'Z' }[] {
  return Object.entries(t.ops)
    .map(([q, pauli]) => ({ qubit: Number(q), pauli }))
    .sort((a, b) => a.qubit - b.qubit);
}

/** The qubits a probabilities readout reports (null: every qubit), qubit 0 first. */
export function readoutQubits(qubits: readonly number[] | null, n: number): number[] {
  return qubits ? [...qubits] : Array.from({ length: n }, (_, q) => q);
}

/** A dict literal assigned to `name`, one "key: value," per line (keys and values as written). */
export function pyDict(name: string, entries: [string, string][]): string[] {
  if (entries.length === 0) return [`${name} = {}`];
  return [`${name} = {`, ...entries.map(([k, v]) => `    ${k}: ${v},`), '}'];
}

/** Throws a RangeError (the caller's mistake) when the readout names a qubit the circuit lacks. */
export function checkReadout(readout: ExportReadout | null, n: number): void {
  if (readout === null) return;
  const qubits =
    readout.kind === 'bloch'
      ? [readout.qubit]
      : readout.kind === 'probabilities'
        ? readout.qubits
        : readout.terms.flatMap((t) => Object.keys(t.ops).map(Number));
  for (const q of qubits)
    if (!Number.isInteger(q) || q < 0 || q >= n)
      throw new RangeError(
        `The readout names qubit ${q}, but the circuit has qubits 0 to ${n - 1}.`,
      );
  if (readout.kind === 'probabilities' && readout.qubits.length === 0)
    throw new RangeError('A probabilities readout needs at least one qubit.');
}
