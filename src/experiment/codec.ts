// The experiment link: "#e=" + format marker + base64url(deflate-raw(JSON with short keys)).
// Decoding never throws: every damaged, oversized, newer or crafted link gives a typed error.

import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { fromBase64url, toBase64url } from './base64url';
import { isObj } from './checker';
import { inflateBounded } from './inflate';
import { LINK_KEYS, expandKeys, shortenKeys } from './linkKeys';
import { migrate } from './migrate';
import { fail } from './result';
import type { Result } from './result';
import type { Experiment } from './types';
import { validateExperiment } from './validate';

/** First character of every link payload; a new link layout gets the next digit. */
export const LINK_FORMAT = '1';
/** Longest payload read at all (checked before decoding). */
export const MAX_LINK_CHARS = 100_000;
/** Largest unpacked JSON accepted (checked while inflating, so a deflate bomb stops early). */
export const MAX_JSON_BYTES = 1_000_000;

const CHECK_COPY = 'Check that it was copied whole.';

/** Float32 little-endian bytes in base64url, or the list itself if a value does not fit a float32. */
function packWeights(list: readonly number[]): string | readonly number[] {
  const view = new DataView(new ArrayBuffer(list.length * 4));
  for (let i = 0; i < list.length; i++) {
    view.setFloat32(i * 4, list[i]!, true);
    if (!Number.isFinite(view.getFloat32(i * 4, true))) return list;
  }
  return toBase64url(new Uint8Array(view.buffer));
}

/** The numbers packed by packWeights, or the input unchanged when it is not a packed string. */
function unpackWeights(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const bytes = fromBase64url(v);
  if (!bytes || bytes.length % 4 !== 0) return v;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Array<number>(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

/**
 * Gate ids as the editor hands them out (g1, g2, … in list order) are left out of links and put
 * back when reading: they are a third of a large circuit's link. An editor circuit sits one level
 * down in any task (model.circuit, ansatz.circuit).
 */
function dropDefaultIds(doc: Record<string, unknown>): void {
  for (const [key, section] of Object.entries(doc)) {
    if (!isObj(section) || !isObj(section['circuit'])) continue;
    const circuit = section['circuit'];
    const gates = circuit['gates'];
    if (!Array.isArray(gates)) continue;
    const lean = gates.map((g: unknown, i) => {
      if (!isObj(g) || g['id'] !== `g${i + 1}`) return g;
      const { id: _id, ...rest } = g;
      return rest;
    });
    doc[key] = { ...section, circuit: { ...circuit, gates: lean } };
  }
}

function restoreDefaultIds(doc: Record<string, unknown>): void {
  for (const section of Object.values(doc)) {
    if (!isObj(section) || !isObj(section['circuit'])) continue;
    const gates = section['circuit']['gates'];
    if (!Array.isArray(gates)) continue;
    gates.forEach((g: unknown, i) => {
      if (isObj(g) && !Object.prototype.hasOwnProperty.call(g, 'id')) g['id'] = `g${i + 1}`;
    });
  }
}

/** Position of each field name in the key table: the order fields are written in links. */
const FIELD_RANK: ReadonlyMap<string, number> = new Map(
  Object.keys(LINK_KEYS).map((name, i) => [name, i]),
);

function compareFields(a: string, b: string): number {
  const ra = FIELD_RANK.get(a) ?? Infinity;
  const rb = FIELD_RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of a JSON value with every object's keys in one fixed order (the key table's, then
 * other names alphabetically), so the same experiment always gives the same link, however its
 * objects were built. Lists keep their order: it means something.
 */
export function canonicalOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalOrder);
  if (!isObj(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort(compareFields))
    if (v[k] !== undefined && k !== '__proto__') out[k] = canonicalOrder(v[k]);
  return out;
}

/** The URL fragment value (without "#e=") holding the whole experiment; canonical (see canonicalOrder). */
export function encodeExperiment(e: Experiment): string {
  const plain: Record<string, unknown> = { ...e };
  dropDefaultIds(plain);
  if (e.weights)
    plain['weights'] = {
      quantum: packWeights(e.weights.quantum),
      classical: packWeights(e.weights.classical),
    };
  const json = JSON.stringify(shortenKeys(canonicalOrder(plain)));
  return LINK_FORMAT + toBase64url(deflateSync(strToU8(json), { level: 9 }));
}

/** "#e=…": the fragment that opens this experiment. */
export function linkHash(e: Experiment): string {
  return '#e=' + encodeExperiment(e);
}

/** Unpacks a link payload to plain JSON with full field names (not yet migrated or validated). */
function unpack(s: string): Result<unknown> {
  if (s.length > MAX_LINK_CHARS)
    return fail(
      'too-large',
      '',
      `This link is too long to be a QML Playground experiment (${s.length} characters; links ` +
        `hold at most ${MAX_LINK_CHARS}). It was not opened.`,
    );
  const payload = s.replace(/\s+/g, '');
  if (payload === '') return fail('corrupt', '', `This link is empty. ${CHECK_COPY}`);
  const marker = payload[0]!;
  if (marker !== LINK_FORMAT) {
    if (/^[2-9]$/.test(marker))
      return fail(
        'too-new',
        '',
        `This link was made by a newer version of QML Playground (link format ${marker}); this ` +
          `one reads link format ${LINK_FORMAT}. Reload the page to get the newest version.`,
      );
    return fail(
      'corrupt',
      '',
      `This link is damaged (it does not start as a link does). ${CHECK_COPY}`,
    );
  }
  const bytes = fromBase64url(payload.slice(1));
  if (!bytes)
    return fail(
      'corrupt',
      '',
      `This link is damaged (it has characters no link has). ${CHECK_COPY}`,
    );
  let inflated: Uint8Array | 'too-large';
  try {
    inflated = inflateBounded(bytes, MAX_JSON_BYTES);
  } catch {
    return fail(
      'corrupt',
      '',
      `This link is damaged or incomplete (it could not be unpacked). ${CHECK_COPY}`,
    );
  }
  if (inflated === 'too-large')
    return fail(
      'too-large',
      '',
      `This link unpacks to more than ${MAX_JSON_BYTES} bytes, more than any experiment needs. ` +
        'It was not opened.',
    );
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(inflated));
  } catch {
    return fail(
      'corrupt',
      '',
      `This link is damaged or incomplete (its contents are unreadable). ${CHECK_COPY}`,
    );
  }
  const expanded = expandKeys(json);
  if (isObj(expanded)) {
    restoreDefaultIds(expanded);
    const weights = expanded['weights'];
    if (isObj(weights)) {
      weights['quantum'] = unpackWeights(weights['quantum']);
      weights['classical'] = unpackWeights(weights['classical']);
    }
  }
  return { ok: true, value: expanded };
}

/** The experiment in a link payload (the part after "#e="), or why it cannot be opened. Never throws. */
export function decodeExperiment(s: string): Result<Experiment> {
  try {
    if (typeof s !== 'string') return fail('corrupt', '', 'This link is not text.');
    const raw = unpack(s);
    if (!raw.ok) return raw;
    const migrated = migrate(raw.value);
    if (!migrated.ok) return migrated;
    return validateExperiment(migrated.value, 'link');
  } catch (err) {
    const detail = err instanceof Error ? ` (${err.message})` : '';
    return fail('corrupt', '', `This link could not be read${detail}. ${CHECK_COPY}`);
  }
}

/** The experiment in a location hash ("#e=…", possibly among other "&"- or "?"-separated parts), or null if none. */
export function readHash(hash: string): Result<Experiment> | null {
  if (typeof hash !== 'string') return null;
  // "?" and "&" end the payload (base64url has neither): "#e=…?embed" still opens.
  const parts = hash.replace(/^#/, '').split(/[?&]/);
  const part = parts.find((p) => p.startsWith('e='));
  if (part === undefined) return null;
  let value = part.slice(2);
  try {
    value = decodeURIComponent(value);
  } catch {
    // A stray "%" is left as it is; decoding then reports the link as damaged.
  }
  return decodeExperiment(value);
}
