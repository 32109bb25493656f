// One entry for whatever a user pastes or drops: a Quirk link or its JSON, or OpenQASM 2 or 3;
// the format is told from the text itself, so the import dialog needs no format menu.

import { importQasm } from './qasm/import';
import { importQuirk } from './quirk/import';
import type { ImportResult } from './types';

/** Largest text read (a QASM file of the editor's 2,000 gates is far below). */
export const MAX_IMPORT_CHARS = 1_000_000;

export type SourceKind = 'quirk' | 'qasm' | 'url' | 'empty';

/**
 * What the text looks like: a Quirk link (any address with `#circuit=`) or Quirk JSON (an object
 * with `cols`), another http(s) address (a file to fetch), empty, or else OpenQASM.
 */
export function sourceKind(text: string): SourceKind {
  const t = text.trim();
  if (t === '') return 'empty';
  if (/^https?:\/\/\S*#circuit=/i.test(t) || /^\{[\s\S]*"cols"\s*:/.test(t)) return 'quirk';
  if (/^https?:\/\/\S+$/i.test(t)) return 'url';
  return 'qasm';
}

/** Imports a Quirk link or JSON, or OpenQASM 2 or 3; never throws for bad input. */
export function importCircuitText(text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    const mb = (text.length / 1e6).toFixed(1);
    return {
      ok: false,
      error: { message: `The text is ${mb} million characters; a circuit to import is at most 1 million.` }, // prettier-ignore
    };
  }
  switch (sourceKind(text)) {
    case 'empty':
      return {
        ok: false,
        error: { message: 'Paste OpenQASM 2 or 3, a Quirk link or its JSON, or drop a file.' },
      };
    case 'url':
      return {
        ok: false,
        error: { message: 'This is a web address, not a circuit: fetch it first (Open address).' },
      };
    case 'quirk':
      return importQuirk(text);
    case 'qasm':
      return importQasm(text);
  }
}
