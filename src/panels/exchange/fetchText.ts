// Reads a file from a web address the user gave (a QASM file on a course page, a raw file of a
// repository, a teacher's lesson): https or http only, within a size, with a reason a student can
// act on when the server refuses (most refuse pages of other sites: CORS).
import { MAX_IMPORT_CHARS } from '../../experiment/interchange/importAny';

export type FetchedText = { ok: true; text: string } | { ok: false; reason: string };

const TIMEOUT_MS = 15_000;

/** A circuit file (at most MAX_IMPORT_CHARS). */
export const fetchCircuitText = (address: string): Promise<FetchedText> =>
  fetchText(address, MAX_IMPORT_CHARS, 'a circuit file');

/** The text at `address`, if it is at most `limit` characters; `what` names it ("a lesson"). */
export async function fetchText(
  address: string,
  limit: number,
  what: string,
): Promise<FetchedText> {
  const mb = `${(limit / 1e6).toLocaleString('en')} MB`;
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
    if (size > limit)
      return { ok: false, reason: `The file is ${(size / 1e6).toFixed(1)} MB; ${what} is at most ${mb}.` }; // prettier-ignore
    const text = await response.text();
    if (text.length > limit)
      return { ok: false, reason: `The file is over ${mb}; ${what} is at most ${mb}.` };
    return { ok: true, text };
  } catch {
    return {
      ok: false,
      reason: `${url.host} did not let this page read the file (it may be offline, or not allow other sites to read it). Download it and drop the file here instead.`,
    };
  }
}
