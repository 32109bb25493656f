// Reads a circuit file from a web address the user gave (a QASM file on a course page, a raw
// file of a repository): https or http only, at most 1 MB, with a reason a student can act on
// when the server refuses (most refuse pages of other sites: CORS).
import { MAX_IMPORT_CHARS } from '../../experiment/interchange/importAny';

export type FetchedText = { ok: true; text: string } | { ok: false; reason: string };

const TIMEOUT_MS = 15_000;

export async function fetchCircuitText(address: string): Promise<FetchedText> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: `“${address}” is not a web address.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'Only http and https addresses can be opened.' };
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok)
      return {
        ok: false,
        reason: `The server answered ${response.status} ${response.statusText}.`,
      };
    const size = Number(response.headers.get('content-length') ?? 0);
    if (size > MAX_IMPORT_CHARS)
      return { ok: false, reason: `The file is ${(size / 1e6).toFixed(1)} MB; a circuit file is at most 1 MB.` }; // prettier-ignore
    const text = await response.text();
    if (text.length > MAX_IMPORT_CHARS)
      return { ok: false, reason: 'The file is over 1 MB; a circuit file is at most 1 MB.' };
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason: `${url.host} did not let this page read the file (it may be offline, or not allow other sites to read it). Download it and drop the file here instead.`,
    };
  }
}
