// The circuit JSON out of what a user pastes: a Quirk link from any host (its `#circuit=` value
// percent-encoded or not) or the JSON alone. Never throws: a reason comes back instead.

export interface QuirkJson {
  cols: unknown[];
  gates?: unknown;
  init?: unknown;
}

export type ReadJson = { ok: true; json: QuirkJson } | { ok: false; message: string };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The `circuit` value of a link's fragment: Quirk splits it on "&" and decodes each value. */
function circuitParam(text: string): string | undefined {
  const hash = text.indexOf('#');
  if (hash === -1) return undefined;
  const params = text.slice(hash + 1).split('&');
  const at = params.findIndex((p) => p.startsWith('circuit='));
  if (at === -1) return undefined;
  // A raw "&" inside unencoded JSON (a custom gate's name) splits it too: take the rest whole
  // as a second guess.
  return params.slice(at).join('&').slice('circuit='.length);
}

export function readQuirkJson(text: string): ReadJson {
  const t = text.trim();
  let candidates: string[];
  if (t.startsWith('{')) candidates = [t];
  else {
    const raw = circuitParam(t);
    if (raw === undefined) {
      return {
        ok: false,
        message: 'This is neither a Quirk link (an address with "#circuit=") nor Quirk\'s circuit JSON.', // prettier-ignore
      };
    }
    const upToAmp = raw.split('&')[0]!;
    candidates = [decoded(upToAmp), upToAmp, decoded(raw), raw].filter((s) => s !== undefined);
  }
  for (const c of candidates) {
    const json = parseJson(c);
    if (json === undefined) continue;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      return { ok: false, message: "Quirk's circuit JSON must be an object with a list of columns, \"cols\"." }; // prettier-ignore
    }
    const cols = (json as { cols?: unknown }).cols;
    if (!Array.isArray(cols)) {
      return { ok: false, message: 'The Quirk circuit has no list of columns ("cols").' };
    }
    return { ok: true, json: json as QuirkJson };
  }
  return {
    ok: false,
    message: t.startsWith('{')
      ? "This is not valid JSON, so it cannot be Quirk's circuit (check for a missing bracket or quote)." // prettier-ignore
      : 'The circuit in this Quirk link is not valid JSON (was the link cut short?).',
  };
}
