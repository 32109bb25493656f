// Hosted under a sub-path (a school server, GitHub Pages: https://host/some/path/): the built app
// (dist/) served by a plain static server at /some/path/ loads every file it needs from there
// (pages, chunks, the worker, the lazily loaded tfjs chunk, the icon) and trains.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

const PREFIX = '/some/path/';
const DIST = resolve('dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * A static server that knows nothing of the app: /some/path/* maps to dist/ (a folder to its
 * index.html, /some/path to /some/path/), everything else is 404, as on a shared host.
 */
function serveUnderSubpath(): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === PREFIX.slice(0, -1)) {
        res.writeHead(301, { location: PREFIX }).end();
        return;
      }
      if (!path.startsWith(PREFIX)) {
        res.writeHead(404).end('not found');
        return;
      }
      let file = normalize(join(DIST, path.slice(PREFIX.length)));
      if (file !== DIST && !file.startsWith(DIST + sep)) {
        res.writeHead(404).end('not found');
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** Every URL requested (the page's and its worker's), and every response of 400 or more and
 * every request that failed, from now on. */
function recordRequests(page: Page): { urls: string[]; bad: string[] } {
  const urls: string[] = [];
  const bad: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  page.on('response', (r) => {
    if (r.status() >= 400) bad.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => bad.push(`failed ${r.url()} (${r.failure()?.errorText})`));
  return { urls, bad };
}

async function epochOnScreen(page: Page): Promise<number> {
  const text = await page.getByText(/^Epoch \d+$/).innerText();
  return Number(text.replace('Epoch ', ''));
}

/** The accuracy shown for a model, or NaN while there is none ("–"). */
async function accuracy(page: Page, model: 'Quantum' | 'Classical'): Promise<number> {
  const text = await page.getByText(new RegExp(`^${model} test accuracy [0-9.–]+$`)).innerText();
  return Number(text.split(' ').pop());
}

describe('hosted under a sub-path', () => {
  let server: Server;
  let root: string;
  let s: BrowserSession;
  let requests: { urls: string[]; bad: string[] };

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html')))
      throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
    server = await serveUnderSubpath();
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    s = await openBrowser();
    requests = recordRequests(s.page);
  });
  afterAll(async () => {
    await s?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
  });

  it('serves only under the sub-path, and the built HTML uses relative addresses', async () => {
    // The same file is there under the sub-path and missing at the root.
    expect((await fetch(`${root}/index.html`)).status).toBe(404);
    expect((await fetch(`${root}${PREFIX}index.html`)).status).toBe(200);
    const index = await fetch(`${root}${PREFIX}`);
    expect(index.status).toBe(200);
    const html = await index.text();
    expect(html).toContain('<div id="root">');
    // Relative references only: an absolute /assets/… or /favicon.svg would miss the sub-path.
    expect(html).not.toMatch(/(?:src|href)="\/(?!\/)/);
  });

  it('loads at /some/path/ with no 404 and no console error, trains, and shows an accuracy', async () => {
    const { page } = s;
    await page.goto(`${root}${PREFIX}`, { waitUntil: 'load' });
    expect(requests.bad).toEqual([]);
    await page.getByText('Epoch 0', { exact: true }).waitFor({ timeout: 30_000 });
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), { timeout: 60_000 }).toBe(true);
    await play.click();
    await page.getByRole('button', { name: 'Pause' }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => epochOnScreen(page), { timeout: 90_000, interval: 200 })
      .toBeGreaterThanOrEqual(5);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 30_000 });
    // Trained figures, not the "–" shown before any epoch.
    for (const model of ['Quantum', 'Classical'] as const) {
      const a = await accuracy(page, model);
      expect(a, `${model} test accuracy`).toBeGreaterThanOrEqual(0);
      expect(a, `${model} test accuracy`).toBeLessThanOrEqual(1);
    }
    // The default classical engine is tfjs, loaded by the worker on demand from its own chunk.
    await expect(page.getByLabel('Classical engine', { exact: true }).inputValue()).resolves.toBe('tfjs'); // prettier-ignore
    // The worker and the lazily loaded tfjs chunk came from under the sub-path.
    const assets = `${root}${PREFIX}assets/`;
    const loaded = (name: RegExp) =>
      requests.urls.some((u) => u.startsWith(assets) && name.test(u.slice(assets.length)));
    expect(loaded(/^lab\.worker-[\w-]+\.js$/), 'the lab worker').toBe(true);
    expect(loaded(/^tfjsMlp-[\w-]+\.js$/), 'the tfjs chunk').toBe(true);
    expect(requests.bad).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('opens the Bell pair page at /some/path/bell.html', async () => {
    const { page } = s;
    await page.goto(`${root}${PREFIX}bell.html`, { waitUntil: 'load' });
    expect(requests.bad).toEqual([]);
    const probabilities = page.getByLabel('Probabilities', { exact: true });
    await probabilities.waitFor({ timeout: 30_000 });
    await expect
      .poll(
        async () =>
          (await probabilities.getByRole('listitem').allInnerTexts()).map((t) => t.trim()),
        { timeout: 30_000 },
      ) // prettier-ignore
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    expect(requests.bad).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
