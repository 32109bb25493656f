// Quirk's custom gates (its "gates" list, or a matrix written into a column): a one-qubit matrix
// that equals one of the editor's fixed gates exactly (to 1e-9, entry by entry) or a phase
// diag(1, e^{iφ}) is imported as that gate; any other custom gate is refused with the reason.

import type { GateName } from '../../circuit/gateCatalog';

/** A custom gate as Quirk's JSON holds it. */
export interface CustomGate {
  id?: unknown;
  name?: unknown;
  matrix?: unknown;
  circuit?: unknown;
}

export type CustomResult =
  { ok: true; gate: GateName; label: string } | { ok: false; reason: string } | null;

type C = [number, number];

const FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2, '¼': 1 / 4, '¾': 3 / 4, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 1 / 5, '⅖': 2 / 5,
  '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8,
  '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
}; // prettier-ignore

const NUMBER = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?/;

/**
 * One matrix entry as Quirk writes it: a sum of terms, each a product of real factors (numbers,
 * "½", "√½", "√2") and at most one "i": "½+½i", "-√½", "0.5-0.5i", "-i". Null if it is not one.
 */
function parseEntry(text: string): C | null {
  const s = text.replace(/\s/g, '');
  let i = 0;
  let re = 0;
  let im = 0;
  while (i < s.length) {
    let sign = 1;
    if (s[i] === '+' || s[i] === '-') sign = s[i++] === '-' ? -1 : 1;
    else if (i > 0) return null;
    let factor = 1;
    let imaginary = false;
    let any = false;
    while (i < s.length && s[i] !== '+' && s[i] !== '-') {
      const rest = s.slice(i);
      const root = rest.startsWith('√');
      const at = root ? rest.slice(1) : rest;
      const num = NUMBER.exec(at)?.[0];
      let v: number;
      if (num !== undefined) v = Number(num);
      else if (at[0] !== undefined && at[0] in FRACTIONS) v = FRACTIONS[at[0]]!;
      else if (!root && at[0] === 'i' && !imaginary) {
        imaginary = true;
        any = true;
        i++;
        continue;
      } else return null;
      const len = (root ? 1 : 0) + (num !== undefined ? num.length : 1);
      factor *= root ? Math.sqrt(v) : v;
      any = true;
      i += len;
    }
    if (!any) return null;
    if (imaginary) im += sign * factor;
    else re += sign * factor;
  }
  return i === 0 ? null : [re, im];
}

/** "{{a,b},{c,d}}" as rows of entries, or null. */
function parseMatrix(text: string): C[][] | null {
  const s = text.replace(/\s/g, '');
  if (!s.startsWith('{{') || !s.endsWith('}}')) return null;
  const rows = s
    .slice(2, -2)
    .split('},{')
    .map((r) => r.split(',').map(parseEntry));
  if (rows.some((r) => r.some((e) => e === null))) return null;
  return rows as C[][];
}

const h = Math.SQRT1_2;
const FIXED: readonly [GateName, C[][]][] = [
  ['H', [[[h, 0], [h, 0]], [[h, 0], [-h, 0]]]],
  ['X', [[[0, 0], [1, 0]], [[1, 0], [0, 0]]]],
  ['Y', [[[0, 0], [0, -1]], [[0, 1], [0, 0]]]],
  ['Z', [[[1, 0], [0, 0]], [[0, 0], [-1, 0]]]],
  ['S', [[[1, 0], [0, 0]], [[0, 0], [0, 1]]]],
  ['SDG', [[[1, 0], [0, 0]], [[0, 0], [0, -1]]]],
  ['T', [[[1, 0], [0, 0]], [[0, 0], [h, h]]]],
  ['TDG', [[[1, 0], [0, 0]], [[0, 0], [h, -h]]]],
  ['SX', [[[0.5, 0.5], [0.5, -0.5]], [[0.5, -0.5], [0.5, 0.5]]]],
]; // prettier-ignore

const close = (a: C, b: C): boolean => Math.abs(a[0] - b[0]) <= 1e-9 && Math.abs(a[1] - b[1]) <= 1e-9; // prettier-ignore

/**
 * The editor gate of a column entry that is a custom gate (an id "~…" from the "gates" list, or
 * an object with a matrix or a circuit); null when the entry is no custom gate at all.
 */
export function customGateOf(raw: unknown, custom: ReadonlyMap<string, CustomGate>): CustomResult {
  const id = typeof raw === 'string' ? raw : (raw as CustomGate | null)?.id;
  const inline = typeof raw === 'object' && raw !== null ? (raw as CustomGate) : undefined;
  const def = typeof id === 'string' && custom.has(id) ? custom.get(id)! : inline;
  if (!def || (def.matrix === undefined && def.circuit === undefined)) {
    return typeof id === 'string' && id.startsWith('~')
      ? { ok: false, reason: `the custom gate "${id}" is not in the circuit's list of custom gates.` } // prettier-ignore
      : null;
  }
  const name = typeof def.name === 'string' && def.name !== '' ? def.name : String(id ?? 'matrix');
  const label = `"${name}"`;
  if (def.matrix === undefined) {
    return { ok: false, reason: `Quirk's custom gate ${label} is made of a circuit; the editor imports only custom gates that are one of its gates.` }; // prettier-ignore
  }
  const m = typeof def.matrix === 'string' ? parseMatrix(def.matrix) : null;
  if (!m) return { ok: false, reason: `the matrix of Quirk's custom gate ${label} could not be read.` }; // prettier-ignore
  if (m.length !== 2 || m.some((r) => r.length !== 2)) {
    return { ok: false, reason: `Quirk's custom gate ${label} acts on more than one qubit; the editor imports only one-qubit custom gates equal to one of its gates.` }; // prettier-ignore
  }
  const hit = FIXED.find(([, f]) => f.every((row, r) => row.every((v, c) => close(v, m[r]![c]!))));
  if (hit) return { ok: true, gate: hit[0], label };
  return { ok: false, reason: `Quirk's custom gate ${label} is not exactly one of the editor's fixed gates (H, X, Y, Z, S, S†, T, T†, √X).` }; // prettier-ignore
}
