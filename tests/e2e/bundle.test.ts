// The built app (dist/, or the folder in E2E_DIST): tfjs is in none of the code the pages load,
// nor in the lab worker's own chunk, only in a chunk the worker imports lazily. Read from the
// chunks' import statements and their source maps (which name every source file bundled into a
// chunk). The lab page's entry imports nothing before it starts the worker, and its HTML preloads
// the page's chunks that the entry imports afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = process.env.E2E_DIST ?? 'dist';
const ASSETS = join(DIST, 'assets');
const TFJS = /node_modules\/@tensorflow\//;

/** Chunks a chunk imports: statically (loaded with it) and with import() (loaded on demand). */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(ASSETS, file), 'utf8');
  const names = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!);
  return {
    static: names(/(?:\bfrom|\bimport)\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
    dynamic: names(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
  };
}

/** Every chunk reachable from `entries`, following static imports and, if asked, import(). */
function reachable(entries: string[], followDynamic: boolean): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const { static: s, dynamic: d } = importsOf(file);
    todo.push(...s, ...(followDynamic ? d : []));
  }
  return seen;
}

/**
 * Source files bundled into a chunk, from its source map. The bundler's own runtime helpers
 * (a chunk shared by the worker's chunks) come from no source file and have no map.
 */
function sourcesOf(file: string): string[] {
  if (/^rolldown-runtime-[\w-]+\.js$/.test(file)) return [];
  const map = join(ASSETS, file + '.map');
  expect(existsSync(map), `${map} (the build writes source maps)`).toBe(true);
  return (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
}

const hasTfjs = (file: string): boolean => sourcesOf(file).some((s) => TFJS.test(s));
const kB = (file: string): string =>
  `${file} ${(readFileSync(join(ASSETS, file)).length / 1024).toFixed(0)} kB`;

describe('bundle', () => {
  const pages = ['index.html', 'bell.html'].flatMap((html) =>
    [...readFileSync(join(DIST, html), 'utf8').matchAll(/\/assets\/([\w.-]+\.js)/g)].map(
      (m) => m[1]!,
    ),
  );
  const pageCode = reachable(pages, true);
  const worker = [...pageCode]
    .flatMap((f) => [...readFileSync(join(ASSETS, f), 'utf8').matchAll(/lab\.worker-[\w-]+\.js/g)])
    .map((m) => m[0])[0];

  it('keeps tfjs out of everything the pages load', () => {
    expect(pages.length).toBeGreaterThan(0);
    console.info(`page chunks: ${[...pageCode].map(kB).join(', ')}`);
    for (const file of pageCode) expect(hasTfjs(file), file).toBe(false);
  });

  it('loads tfjs in the worker only through import(), in a chunk of its own', () => {
    expect(worker, 'the lab worker chunk').toBeDefined();
    const eager = reachable([worker!], false);
    for (const file of eager) expect(hasTfjs(file), file).toBe(false);
    const lazy = [...reachable([worker!], true)].filter((f) => !eager.has(f));
    const withTfjs = lazy.filter(hasTfjs);
    console.info(`worker: ${[...eager].map(kB).join(', ')}; lazy: ${lazy.map(kB).join(', ')}`);
    expect(withTfjs.length).toBeGreaterThan(0);
    for (const pkg of ['tfjs-core', 'tfjs-backend-cpu'])
      expect(withTfjs.some((f) => sourcesOf(f).some((s) => s.includes(`@tensorflow/${pkg}/`))), pkg).toBe(true); // prettier-ignore
  });

  it('starts the lab worker from an entry that imports nothing, with the page preloaded', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
    expect(entry, 'the entry script of index.html').toBeDefined();
    const code = readFileSync(join(ASSETS, entry!), 'utf8');
    // The worker starts as soon as the entry runs: it waits for no other chunk.
    expect(importsOf(entry!).static).toEqual([]);
    expect(code).toMatch(/new Worker\(/);
    const page = importsOf(entry!).dynamic;
    expect(page.length).toBeGreaterThan(0);
    const preloaded = new Set(
      [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([\w.-]+\.js)"/g)].map(
        (m) => m[1]!,
      ),
    );
    // Everything the page's bundle needs at once (the entry itself is loaded already), not the
    // chunks it loads lazily (a task's panels).
    const eager = reachable(page, false);
    eager.delete(entry!);
    for (const file of eager) expect(preloaded.has(file), file).toBe(true);
    const lazy = [...reachable(page, true)].filter((f) => !eager.has(f) && f !== entry);
    for (const file of lazy) expect(preloaded.has(file), file).toBe(false);
  });
});
