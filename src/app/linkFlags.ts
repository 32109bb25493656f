// Flags a link carries besides the experiment. `?embed` belongs in the query ("…/?embed#e=…"), but
// people append it to a copied link, after the fragment ("…#e=…?embed" or "…#e=…&embed"): both
// are read, and the address is rewritten to the first form so reloads and copies keep it.

export interface LinkFlags {
  /** Only the run controls and results, for an iframe on a course page. */
  embed: boolean;
  /** The query with the flags in their place ("?embed" or ""; other parameters kept). */
  search: string;
  /** The fragment without flags ("#e=…"), or "" when there is none. */
  hash: string;
}

/** Names of the flags a fragment may carry after the experiment. */
const FLAGS = ['embed'] as const;

export function readLinkFlags(search: string, hash: string): LinkFlags {
  const query = new URLSearchParams(search);
  let embed = query.has('embed');
  // "#e=…?embed&x" or "#e=…&embed": split at "?" and "&", keep the parts that are not flags.
  const body = hash.replace(/^#/, '');
  const parts = body === '' ? [] : body.split(/[?&]/);
  const kept = parts.filter((p) => {
    const name = p.split('=')[0]!;
    if (!(FLAGS as readonly string[]).includes(name)) return p !== '';
    if (name === 'embed') embed = true;
    return false;
  });
  if (embed && !query.has('embed')) query.set('embed', '');
  const q = query.toString().replace(/=(?=&|$)/g, '');
  return {
    embed,
    search: q === '' ? '' : `?${q}`,
    hash: kept.length ? `#${kept.join('&')}` : '',
  };
}
