// Test helpers: links built by hand from any JSON value, and a deep path setter for bad fields.

import { deflateSync, strToU8 } from 'fflate';
import { toBase64url } from '../../../src/experiment/base64url';
import { shortenKeys } from '../../../src/experiment/linkKeys';

/** A link payload (format 1) holding any JSON value, valid or not. */
export function rawLink(value: unknown): string {
  return '1' + toBase64url(deflateSync(strToU8(JSON.stringify(shortenKeys(value))), { level: 9 }));
}

/** A deep copy of `obj` with the value at the dotted `path` replaced (undefined deletes it). */
export function withField(obj: unknown, path: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(obj)) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** Dotted paths of every leaf (number, string, boolean, null, empty list) in a JSON value. */
export function leafPaths(v: unknown, prefix = ''): string[] {
  if (typeof v !== 'object' || v === null || (Array.isArray(v) && v.length === 0))
    return prefix ? [prefix] : [];
  const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
  return entries.flatMap(([k, x]) => [
    ...(prefix ? [prefix + '.' + k] : [k]).filter(() => typeof x === 'object' && x !== null),
    ...leafPaths(x, prefix ? `${prefix}.${k}` : k),
  ]);
}
