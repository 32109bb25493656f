// The built app installed by its service worker and used offline: once a service worker controls
// the page and has precached the build (every page, chunk and style sheet of dist/, the Web
// Worker's bundle and the lazily loaded TensorFlow.js chunk among them), the browser goes offline
// and the reloaded page still trains the default classifier, its classical model on TensorFlow.js
// (from the cache, as nothing else could serve it). The Bell pair page and the lessons' index (when
// the build has one) are served offline too. The web app manifest is checked for what installing
// the app needs.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, READY, reachEpoch, type BrowserSession } from './browser';

const DIST = process.env.E2E_DIST ?? 'dist';

/** Files of the build that must work offline, as addresses relative to the site's base. */
function appFiles(): string[] {
  const inFolder = (folder: string, ext: RegExp): string[] =>
    existsSync(join(DIST, folder))
      ? readdirSync(join(DIST, folder))
          .filter((f) => ext.test(f))
          .map((f) => (folder ? `${folder}/${f}` : f))
      : [];
  return [
    ...inFolder('', /\.html$/),
    ...inFolder('assets', /\.(js|css|wasm|svg|png)$/),
    ...inFolder('corpus', /\.txt$/),
    ...inFolder('lessons', /\.json$/),
  ];
}

/** Addresses (relative to the base, query dropped) of every response in the page's caches. */
async function cachedFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const base = new URL('.', location.href).href;
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) urls.push(request.url.split('?')[0]!);
    }
    return urls.map((u) => (u.startsWith(base) ? u.slice(base.length) : u));
  });
}

/** The figures table's cells for `model` (parameters, train loss, test loss, …). */
async function figures(page: Page, model: string): Promise<string[]> {
  const row = page.locator('table.figures').getByRole('row').filter({ has: page.getByRole('rowheader', { name: model, exact: true }) }); // prettier-ignore
  return row.getByRole('cell').allInnerTexts();
}

/** A console error of a request that could not reach the network, as offline they cannot. */
const offlineFailure = (e: string): boolean => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e);

describe('offline, from the service worker', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1400, height: 1000 });
    s.page.setDefaultTimeout(READY.timeout);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is installable: a manifest with a name, a start address in its scope and icons', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href, 'relative, so the app works under a sub-path').toMatch(/^\.\//);
    const manifest = (await page.evaluate(async (h) => (await fetch(h)).json(), href!)) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe('QML Playground');
    expect(manifest.short_name.length).toBeGreaterThan(0);
    expect([manifest.start_url, manifest.scope]).toEqual(['./', './']);
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.type}`);
    for (const size of ['any image/svg+xml', '192x192 image/png', '512x512 image/png'])
      expect(sizes).toContain(size);
    // Every icon is there.
    for (const icon of manifest.icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, icon.src);
      expect(status, icon.src).toBe(200);
    }
  });

  it('precaches the whole build once a service worker controls the page', async () => {
    const { page } = s;
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    // The service worker registers a few seconds after the page has loaded, installs (precaching
    // every file), then takes control of the page; a reload is the fallback should it not.
    const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await controlled())) await page.reload();
    await expect.poll(controlled, READY).toBe(true);
    // Activating or activated means installed: the precache is complete. A worker that claims the
    // page may control it while still activating, so wait for the end of that step.
    const state = () => page.evaluate(() => navigator.serviceWorker.controller?.state);
    await expect.poll(state, READY).toBe('activated');
    const cached = new Set(await cachedFiles(page));
    const files = appFiles();
    expect(files.some((f) => /^assets\/lab\.worker-[\w-]+\.js$/.test(f)), 'the worker bundle').toBe(true); // prettier-ignore
    expect(
      files.some((f) => /^assets\/tfjsMlp-[\w-]+\.js$/.test(f)),
      'the tfjs chunk',
    ).toBe(true);
    expect(files.filter((f) => !cached.has(f))).toEqual([]);
  });

  it('trains offline after a reload, the classical model on TensorFlow.js from the cache', async () => {
    const { page, context } = s;
    await context.setOffline(true);
    // Whatever the page did online is not counted.
    s.errors.length = 0;
    await page.reload();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(page.getByLabel('Classical engine', { exact: true }).inputValue()).resolves.toBe('tfjs'); // prettier-ignore
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    await reachEpoch(page, 3);
    await page.getByRole('button', { name: 'Pause' }).click();
    await play.waitFor(READY);
    // Parameters, train loss, test loss: numbers, not the dash shown before any epoch.
    for (const model of ['Quantum', 'Classical']) {
      const [params, trainLoss, testLoss] = await figures(page, model);
      expect(Number(params), `${model} parameters`).toBeGreaterThan(0);
      for (const loss of [trainLoss, testLoss]) expect(Number(loss), `${model} loss`).toBeGreaterThanOrEqual(0); // prettier-ignore
    }
    expect(s.errors.filter((e) => !offlineFailure(e))).toEqual([]);
  }, 240_000);

  it('serves the Bell pair page and the lessons’ index offline', async () => {
    const { page } = s;
    await page.goto(new URL('bell.html', inject('baseUrl')).href);
    const probabilities = page.getByLabel('Probabilities', { exact: true });
    await expect
      .poll(
        async () =>
          (await probabilities.getByRole('listitem').allInnerTexts()).map((t) => t.trim()),
        READY,
      ) // prettier-ignore
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    if (!existsSync(join(DIST, 'lessons', 'index.json'))) {
      console.info(
        `${DIST}/lessons/index.json is not in this build: its offline check is skipped.`,
      );
    } else {
      const index = await page.evaluate(async () => {
        const response = await fetch(new URL('lessons/index.json', location.href));
        return { ok: response.ok, body: (await response.json()) as unknown };
      });
      expect(index.ok).toBe(true);
      expect(typeof index.body).toBe('object');
      expect(index.body).not.toBeNull();
    }
    expect(s.errors.filter((e) => !offlineFailure(e))).toEqual([]);
  });
});
