// The built app under its Content-Security-Policy: each page carries the policy as a <meta>
// (vite.config.ts), and the lab works within it with no violation: the classifier trains (both
// models, the classical one on TensorFlow.js), the circuit sandbox runs, the error-correction code
// with its noise runs in the editor (a density matrix of 10 qubits: the simulator's WebAssembly
// kernels), and a chart downloads as SVG and PNG (a blob: image). A meta policy does not reach the
// Web Worker, whose policy comes from its script's response headers; so the same again with the
// policy sent as a real HTTP header on every response (the worker's script among them), which
// puts the worker under it too. Violations are recorded by listeners added before any of the
// app's scripts run (an init script in the page; in the worker as soon as it appears).
import { readFile } from 'node:fs/promises';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, READY, reachEpoch, TRAINING, type BrowserSession } from './browser';
import { figure } from './figures';

/** The policy the pages must carry, directive by directive. */
const EXPECTED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'", 'https:'],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** "a 'x' y; b z" → { a: ["'x'", "y"], b: ["z"] }, each directive's sources sorted. */
function directives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources.sort();
  }
  return out;
}

const sorted = (p: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(p).map(([k, v]) => [k, [...v].sort()]));

/** The policy as one header value, from EXPECTED. */
const HEADER = Object.entries(EXPECTED)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

declare global {
  /** Violations seen in this realm (a page or a worker): directive, blocked address, where. */
  var cspViolations: string[] | undefined;
}

/** Pushes every securitypolicyviolation of the realm it runs in to globalThis.cspViolations. */
function listenForViolations(): void {
  globalThis.cspViolations = [];
  globalThis.addEventListener('securitypolicyviolation', (e) => {
    const where = `${e.sourceFile || '?'}:${e.lineNumber}:${e.columnNumber}`;
    globalThis.cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${where} ${e.sample}`); // prettier-ignore
  });
}

/** A browser whose page and workers record violations, worker console errors joining `errors`. */
async function watchedBrowser(): Promise<BrowserSession & { workers: Worker[] }> {
  const s = await openBrowser({ width: 1400, height: 1000 });
  s.page.setDefaultTimeout(READY.timeout);
  await s.page.addInitScript(listenForViolations);
  const workers: Worker[] = [];
  s.page.on('worker', (w) => {
    workers.push(w);
    w.on('console', (m) => {
      if (m.type() === 'error') s.errors.push(`worker console: ${m.text()}`);
    });
    // The worker may be gone before this arrives (a session's throwaway worker).
    w.evaluate(listenForViolations).catch(() => undefined);
  });
  return Object.assign(s, { workers });
}

/** Every violation recorded so far, in the page and in each worker still running. */
async function violations(page: Page, workers: Worker[]): Promise<string[]> {
  const seen = [...((await page.evaluate(() => globalThis.cspViolations)) ?? [])];
  for (const w of workers) {
    const inWorker = await w.evaluate(() => globalThis.cspViolations).catch(() => undefined);
    seen.push(...(inWorker ?? []).map((v) => `worker ${w.url()}: ${v}`));
  }
  return seen;
}

/** Presses Play on the open classifier, trains a few epochs, pauses; both models' accuracies. */
async function trainClassifier(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
  await play.click();
  await reachEpoch(page, 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await play.waitFor(READY);
  for (const model of ['Quantum', 'Classical']) {
    const text = await page.getByText(new RegExp(`^${model} test accuracy [0-9.]+$`)).innerText();
    const accuracy = Number(text.split(' ').pop());
    expect(accuracy, `${model} test accuracy`).toBeGreaterThanOrEqual(0);
    expect(accuracy, `${model} test accuracy`).toBeLessThanOrEqual(1);
  }
}

/** Saves the loss chart as `choice` (SVG or PNG) through its download menu; the file's name and text. */
async function downloadChart(
  page: Page,
  choice: 'SVG' | 'PNG',
): Promise<{ name: string; text: string }> {
  const button = page.getByRole('button', { name: 'Download image of Loss and accuracy', exact: true }); // prettier-ignore
  await button.click();
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: choice, exact: true }).click();
  const file = await saved;
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The circuit sandbox from the task picker: Play measures the Bell pair's 40 rounds. */
async function runSandbox(page: Page): Promise<void> {
  await page.getByLabel('Task').selectOption({ label: 'Circuit (sandbox)' });
  await page.getByText('Round 0', { exact: true }).waitFor();
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
  await play.click();
  await page.getByText('Round 40', { exact: true }).waitFor(TRAINING);
  expect(await figure(page, 'Shots so far')).toBe('2,000 of 2,000');
}

/**
 * The error-correction lesson's Noise step opened in the editor: three data qubits and two
 * syndrome qubits under bit flips, simulated as a density matrix (2 × 5 = 10 qubits, where the
 * simulator compiles its WebAssembly kernels); its exact probabilities shown.
 */
async function runNoisyCode(page: Page): Promise<void> {
  await page.getByLabel('Task').selectOption({ label: 'Error correction (lesson)' });
  await page.getByText('Point 0', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Open in editor: the code up to the step Noise' }).click();
  await page.getByText('Because the circuit has 3 noise channels', { exact: false }).waitFor();
  await page.getByText('Counts as a table').click();
  const row = page.locator('table.sandbox-counts').getByRole('row').filter({ has: page.getByRole('rowheader', { name: '|00000⟩', exact: true }) }); // prettier-ignore
  await expect.poll(async () => (await row.getByRole('cell').allInnerTexts())[0], READY).toBe('0.729'); // prettier-ignore
}

/**
 * A fetch of a plain-http address, which the policy refuses (connect-src allows only the site and
 * https): a violation in the realm it runs in shows that the policy is in force there.
 */
const refusedFetch = (): Promise<string> =>
  fetch('http://127.0.0.1:9/refused').then(
    () => 'fetched',
    () => 'refused',
  );

describe('Content-Security-Policy in the pages (meta)', () => {
  let s: Awaited<ReturnType<typeof watchedBrowser>>;
  beforeAll(async () => {
    s = await watchedBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('puts the policy first in each page, before any script or style sheet', async () => {
    const { page } = s;
    for (const file of ['index.html', 'bell.html']) {
      await page.goto(new URL(file, inject('baseUrl')).href);
      const found = await page.evaluate(() => {
        const children = [...document.head.children];
        const meta = document.head.querySelector('meta[http-equiv="Content-Security-Policy" i]');
        const first = children.findIndex((el) => el.matches('script, link, style'));
        return {
          policy: meta?.getAttribute('content') ?? '',
          before: meta ? children.indexOf(meta) < first : false,
        };
      });
      expect(directives(found.policy), file).toEqual(sorted(EXPECTED));
      expect(found.before, `${file}: the policy comes before the first script or link`).toBe(true);
    }
  });

  it('trains, runs circuits and downloads a chart with no violation', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await trainClassifier(page);
    const svg = await downloadChart(page, 'SVG');
    expect(svg.name).toBe('loss-and-accuracy.svg');
    // The page's styles still travel in the file, written on its elements.
    expect(svg.text).toMatch(/ style="[^"]*font-family:/);
    expect((await downloadChart(page, 'PNG')).name).toBe('loss-and-accuracy.png');
    await runSandbox(page);
    await runNoisyCode(page);
    expect(await violations(page, s.workers)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 300_000);

  it('is in force in the page: a fetch the policy forbids is refused and reported', async () => {
    const { page } = s;
    expect(await page.evaluate(refusedFetch)).toBe('refused');
    await expect
      .poll(() => page.evaluate(() => globalThis.cspViolations ?? []))
      .toEqual([expect.stringMatching(/^connect-src blocked http:\/\/127\.0\.0\.1:9\/refused/)]);
  });
});

describe('Content-Security-Policy as an HTTP header (page and worker)', () => {
  let s: Awaited<ReturnType<typeof watchedBrowser>>;
  /** Addresses served with the header. */
  const served: string[] = [];
  beforeAll(async () => {
    s = await watchedBrowser();
    // Every response from the app's server, the service worker's own requests included, gets the
    // header, as a server configured with the policy sends it.
    const origin = new URL(inject('baseUrl')).origin;
    await s.context.route(
      (url) => url.origin === origin,
      async (route) => {
        const response = await route.fetch();
        served.push(route.request().url());
        const headers = { ...response.headers(), 'content-security-policy': HEADER };
        await route.fulfill({ response, headers });
      },
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  it('trains and runs the noisy code with no violation, the worker under the policy', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await trainClassifier(page);
    await runNoisyCode(page);
    // The page and its worker's script came with the header.
    expect(served).toContain(new URL('', inject('baseUrl')).href);
    expect(served.some((u) => /\/assets\/lab\.worker-[\w-]+\.js$/.test(u)), 'the worker script').toBe(true); // prettier-ignore
    expect(await violations(page, s.workers)).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 300_000);

  it('is in force in the worker: a fetch the policy forbids is refused and reported', async () => {
    const { page } = s;
    const worker = s.workers.find((w) => /\/assets\/lab\.worker-[\w-]+\.js$/.test(w.url()));
    expect(worker, 'the lab worker').toBeDefined();
    expect(await worker!.evaluate(refusedFetch)).toBe('refused');
    await expect
      .poll(() => violations(page, [worker!]))
      .toEqual([
        expect.stringMatching(/^worker .*: connect-src blocked http:\/\/127\.0\.0\.1:9\/refused/),
      ]);
  });
});
