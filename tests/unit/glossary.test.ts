// The glossary behind the (i) buttons: every term a component asks for exists, every entry is
// used, and each explanation is one to three sentences under a distinct name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_TERMS } from '../../src/glossary';

/** Every .tsx file under src/. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/**
 * Terms asked for in JSX: term="x", info="x", and the quoted names inside info={…}; and in tables
 * of fields that JSX maps over: info: 'x'.
 */
function termsUsed(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:term|info)=(?:"([^"]*)"|\{([^}]*)\})/g)) {
      const names =
        m[1] !== undefined ? [m[1]] : [...m[2]!.matchAll(/'([^']*)'/g)].map((q) => q[1]!);
      for (const n of names) used.set(n, [...(used.get(n) ?? []), file]);
    }
    for (const m of text.matchAll(/\binfo: '([^']*)'/g))
      used.set(m[1]!, [...(used.get(m[1]!) ?? []), file]);
  }
  return used;
}

/** Sentences end with . ! or ? followed by a space or the end ("0.1" and "π/2" do not end one). */
const sentences = (text: string): number =>
  text
    .trim()
    .split(/[.!?](?:\s+|$)/)
    .filter(Boolean).length;

describe('glossary', () => {
  const used = termsUsed();

  it('has an entry for every term an (i) button shows', () => {
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used]
      .filter(([t]) => !(t in GLOSSARY))
      .map(([t, f]) => `${t} (${f.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has no entry that no button shows', () => {
    expect(GLOSSARY_TERMS.filter((t) => !used.has(t))).toEqual([]);
  });

  it('explains each term in one to three sentences', () => {
    for (const t of GLOSSARY_TERMS) {
      const { term, text } = GLOSSARY[t];
      expect(term.trim(), t).not.toBe('');
      expect(text.trim(), t).not.toBe('');
      expect(sentences(text), `${t}: ${text}`).toBeGreaterThanOrEqual(1);
      expect(sentences(text), `${t}: ${text}`).toBeLessThanOrEqual(3);
      expect(text, t).toMatch(/[.!?]$/);
    }
  });

  it('gives each button a distinct name ("About …")', () => {
    const names = GLOSSARY_TERMS.map((t) => GLOSSARY[t].term.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the inputs x1 and x2, never x0', () => {
    for (const t of GLOSSARY_TERMS) expect(GLOSSARY[t].text, t).not.toMatch(/\bx0\b/);
  });
});
