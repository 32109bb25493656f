// Raw inflate with a ceiling: a link (an experiment's or a lesson's) that would unpack to more
// than it may is refused as soon as its output passes the limit, so a deflate bomb stops early.
import { Inflate } from 'fflate';

/** Inflates raw deflate data, stopping as soon as the output passes `max` bytes. */
export function inflateBounded(data: Uint8Array, max: number): Uint8Array | 'too-large' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= max) chunks.push(chunk);
  });
  const step = 1024;
  for (let i = 0; ; i += step) {
    const end = Math.min(i + step, data.length);
    inflater.push(data.subarray(i, end), end === data.length);
    if (total > max) return 'too-large';
    if (end === data.length) break;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
