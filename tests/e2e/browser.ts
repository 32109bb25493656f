// Launches the system Chromium through playwright-core, with a fresh profile per launch, and
// records console errors and uncaught page errors so a test can fail on them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Path of a Chromium executable, installing Debian's package first when possible. */
export function chromiumPath(): string {
  let path = findChromium();
  if (!path) {
    execFileSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
    path = findChromium();
  }
  if (!path) {
    throw new Error(
      'No Chromium for the browser tests: set CHROMIUM_PATH or install /usr/bin/chromium ' +
        '(Debian: apt-get install chromium).',
    );
  }
  return path;
}

export interface BrowserSession {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens a page in a new headless Chromium with an empty profile. */
export async function openBrowser(
  viewport = { width: 1280, height: 800 },
  /** A phone or tablet: touch events, and a finger as the main pointer. */
  device: { touch?: boolean } = {},
): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'qml-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    viewport,
    ...(device.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const errors: string[] = [];
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return {
    page,
    context,
    errors,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits with the margin a loaded machine needs: the page ready, and a training run. */
export const READY = { timeout: 60_000 };
export const TRAINING = { timeout: 120_000, interval: 200 };

/**
 * A browser for the tests of one describe block: opened before them (its page waiting up to
 * READY by default), closed after, with the test-results folder ready for their screenshots.
 * Call it inside the block; read its fields inside a test.
 */
export function suiteBrowser(
  viewport: { width: number; height: number },
  timeout = READY.timeout,
): BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser(viewport);
    session.page.setDefaultTimeout(timeout);
    await mkdir('test-results', { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });
  const open = (): BrowserSession => {
    if (!session) throw new Error('The browser is not open yet: use it inside a test.');
    return session;
  };
  return {
    get page() {
      return open().page;
    },
    get context() {
      return open().context;
    },
    get errors() {
      return open().errors;
    },
    close: () => open().close(),
  };
}

/**
 * Waits until the epoch counter shows `epochs` or more. Training while playing reports at most a
 * few times a second, so a fast run can go from "Epoch 2" to "Epoch 5" without showing 3.
 */
export async function reachEpoch(page: Page, epochs: number): Promise<void> {
  const counter = page.getByText(/^Epoch \d+$/).first();
  const shown = async () => Number((await counter.innerText()).slice('Epoch '.length));
  await expect.poll(shown, TRAINING).toBeGreaterThanOrEqual(epochs);
}

/**
 * The playground opened on the task labelled `task` in the Task select, as a person picks it,
 * once its session is built; returns the Play button, enabled.
 */
export async function openTask(page: Page, task: string): Promise<Locator> {
  await page.goto(inject('baseUrl'));
  await page.getByText('Epoch 0', { exact: true }).waitFor();
  await page.getByLabel('Task').selectOption({ label: task });
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
  return play;
}

/** The step counter ("Epoch 3", "Iteration 3", "Cell 1"): its number. */
export async function stepCount(page: Page): Promise<number> {
  const text = await page.locator('.run-buttons .epoch').innerText();
  return Number(/\d+$/.exec(text.trim())?.[0] ?? NaN);
}

/** Presses (or taps, on a phone) Step `n` times, each time until the counter has moved on. */
export async function stepTimes(
  page: Page,
  n: number,
  how: 'click' | 'tap' = 'click',
): Promise<void> {
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < n; i++) {
    const before = await stepCount(page);
    await expect.poll(() => step.isEnabled(), TRAINING).toBe(true);
    await (how === 'tap' ? step.tap() : step.click());
    await expect.poll(() => stepCount(page), TRAINING).toBeGreaterThan(before);
  }
  await expect.poll(() => step.isEnabled(), TRAINING).toBe(true);
}

/** Waits until Play can be pressed (the session is built). */
export async function playEnabled(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
}
