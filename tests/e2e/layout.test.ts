// The page's layout where it is used: a phone (the results first, under a Play bar that stays at
// the top), a laptop (the editor's keys help scrolls to its Close button), an 800 × 500 embed
// (both decision boundaries without scrolling) and a 1024 × 768 projector (the boundaries on the
// first screen). What a person sees is read from the rendered page's boxes; every wait is for a
// state on the screen, never for a duration.
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { linkHash } from '../../src/experiment/codec';
import { defaultExperiment } from '../../src/experiment/defaults';
import { openBrowser, type BrowserSession } from './browser';
import { openEditor } from './editorUi';

/** Waits sized for a loaded machine: preparing a session or training can take many times longer. */
const READY = { timeout: 60_000 };
const TRAINING = { timeout: 120_000, interval: 200 };
/** Time allowed for each test here (the suite's default is 60 s). */
const SLOW = { timeout: 240_000 };

interface Viewport {
  width: number;
  height: number;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function playEnabled(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
}

/** The element's box in viewport coordinates (Playwright's boundingBox), which must exist. */
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} has no box (not rendered)`);
  return box;
}

/** Whether the whole box is on the screen as it is now (half-pixel rounding allowed). */
function onScreen(b: Box, viewport: Viewport): boolean {
  return (
    b.x >= -0.5 &&
    b.y >= -0.5 &&
    b.x + b.width <= viewport.width + 0.5 &&
    b.y + b.height <= viewport.height + 0.5
  );
}

const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth);
const scrolled = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

async function shot(page: Page, name: string): Promise<void> {
  await mkdir('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/layout-${name}.png` });
}

describe('layout on a phone, a laptop, an embed and a projector', SLOW, () => {
  let s: BrowserSession | undefined;
  afterEach(async () => {
    await s?.close();
    s = undefined;
  });

  it('on a 390 × 844 phone: nothing wider than the screen, and after Play the accuracies are on screen without scrolling', async () => {
    const viewport = { width: 390, height: 844 };
    s = await openBrowser(viewport);
    const { page } = s;
    page.setDefaultTimeout(READY.timeout);
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await playEnabled(page);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(viewport.width);

    const scores = [
      page.getByText(/^Quantum test accuracy [0-9.–]+$/),
      page.getByText(/^Classical test accuracy [0-9.–]+$/),
    ];
    const scoresOnScreen = async (): Promise<boolean[]> =>
      Promise.all(scores.map(async (score) => onScreen(await boxOf(score), viewport)));

    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await expect(scoresOnScreen()).resolves.toEqual([true, true]);
    // While it trains, and once it has finished (the status line then grows the Play bar).
    const epoch = page.getByText(/^Epoch \d+$/);
    await expect
      .poll(async () => Number((await epoch.innerText()).replace('Epoch ', '')), TRAINING)
      .toBeGreaterThanOrEqual(10);
    await expect(scoresOnScreen()).resolves.toEqual([true, true]);
    await page.getByText(/^Trained all 60 epochs\./).waitFor(TRAINING);
    await expect(scoresOnScreen()).resolves.toEqual([true, true]);
    await expect(scrolled(page)).resolves.toBe(0);
    // The figures table filled with numbers still scrolls within itself, not the page.
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(viewport.width);
    await shot(page, 'phone');

    // Scrolled down to the settings, the Play bar is still at the top of the screen.
    await page.getByRole('heading', { name: 'Training', exact: true }).scrollIntoViewIfNeeded();
    await expect.poll(() => scrolled(page), READY).toBeGreaterThan(viewport.height);
    const reset = await boxOf(page.getByRole('button', { name: 'Reset', exact: true }));
    expect(reset.y).toBeGreaterThanOrEqual(0);
    expect(reset.y + reset.height).toBeLessThanOrEqual(viewport.height / 4);
    expect(s.errors).toEqual([]);
  });

  it('a tall fitted circuit: rows out of its box keep their height before they are first shown', async () => {
    s = await openBrowser({ width: 1600, height: 1000 });
    const { page } = s;
    page.setDefaultTimeout(READY.timeout);
    const exp = defaultExperiment();
    exp.model = { kind: 'reuploading', qubits: 8, layers: 10, entangler: 'cz', readout: 'cross-entropy' }; // prettier-ignore
    await page.goto(inject('baseUrl') + linkHash(exp));
    await playEnabled(page);
    const rows = (): Promise<{ heights: number[]; scrollHeight: number }> =>
      page.evaluate(() => ({
        heights: [...document.querySelectorAll('.fitted-row')].map(
          (r) => r.getBoundingClientRect().height,
        ),
        scrollHeight: document.querySelector('.circuit-scroll')!.scrollHeight,
      }));
    // Most rows have never been drawn (the browser skips them out of view), yet each is as tall
    // as the drawn first row, so the box scrolls over the whole circuit.
    const before = await rows();
    expect(before.heights.length).toBeGreaterThan(4);
    expect(before.heights[0]).toBeGreaterThan(100);
    for (const h of before.heights) expect(h).toBeCloseTo(before.heights[0]!, 1);
    // Scrolled to its end, the last rows are drawn at the same heights.
    await page.evaluate(() => {
      const box = document.querySelector('.circuit-scroll')!;
      box.scrollTop = box.scrollHeight;
    });
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const after = await rows();
    expect(after.heights).toEqual(before.heights);
    expect(after.scrollHeight).toBe(before.scrollHeight);
    const last = page.locator('.fitted-row').last().locator('svg');
    expect((await boxOf(last)).height).toBeCloseTo(before.heights[0]!, 0);
    expect(s.errors).toEqual([]);
  });

  it('the editor keys help fits the screen: its Close button can be reached and closes it', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      s = await openBrowser(viewport);
      const { page } = s;
      page.setDefaultTimeout(READY.timeout);
      await openEditor(page, false);
      await page.getByRole('button', { name: 'Editor keys' }).click();
      const help = page.getByRole('dialog', { name: 'Editor keys' });
      await help.getByText(/Add a control/).waitFor();
      expect(onScreen(await boxOf(help), viewport), 'help box on screen').toBe(true);
      const close = help.getByRole('button', { name: 'Close' });
      await close.scrollIntoViewIfNeeded();
      expect(onScreen(await boxOf(close), viewport), 'Close on screen').toBe(true);
      await shot(page, `keys-help-${viewport.width}x${viewport.height}`);
      await close.click();
      await help.waitFor({ state: 'detached' });
      expect(s.errors).toEqual([]);
      await s.close();
      s = undefined;
    }
  });

  it('an 800 × 500 embed shows both decision boundaries side by side without scrolling', async () => {
    const viewport = { width: 800, height: 500 };
    s = await openBrowser(viewport);
    const { page } = s;
    page.setDefaultTimeout(READY.timeout);
    await page.goto(`${inject('baseUrl')}?embed`);
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await playEnabled(page);
    const plots = [
      page.getByRole('img', { name: 'Quantum decision boundary' }),
      page.getByRole('img', { name: 'Classical decision boundary' }),
    ];
    const plotsFit = async (): Promise<boolean[]> =>
      Promise.all(plots.map(async (plot) => onScreen(await boxOf(plot), viewport)));
    // The plots are sized once the page has measured the room left under them.
    await expect.poll(plotsFit, READY).toEqual([true, true]);
    const [quantum, classical] = [await boxOf(plots[0]!), await boxOf(plots[1]!)];
    expect(Math.abs(quantum.y - classical.y)).toBeLessThan(2);
    expect(classical.x).toBeGreaterThan(quantum.x + quantum.width);
    // Large enough to read a boundary from (the smallest plot the page draws is 120 px).
    expect(quantum.width).toBeGreaterThanOrEqual(200);
    await expect(scrolled(page)).resolves.toBe(0);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(viewport.width);
    await shot(page, 'embed');
    // Trained to the end: the status line under the buttons takes room, and the plots still fit.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText(/^Trained all 60 epochs\./).waitFor(TRAINING);
    await expect.poll(plotsFit, READY).toEqual([true, true]);
    expect(s.errors).toEqual([]);
  });

  it('on a 1024 × 768 projector the decision boundaries start on the first screen', async () => {
    const viewport = { width: 1024, height: 768 };
    s = await openBrowser(viewport);
    const { page } = s;
    page.setDefaultTimeout(READY.timeout);
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await playEnabled(page);
    const quantum = await boxOf(page.getByRole('img', { name: 'Quantum decision boundary' }));
    const classical = await boxOf(page.getByRole('img', { name: 'Classical decision boundary' }));
    // At least 200 px of both plots (most of each at the ~250 px this column gives them) on the
    // first screen, with default settings: before the results moved up beside the settings they
    // began about 2,500 px down, under the settings and the models.
    expect(quantum.y + 200).toBeLessThanOrEqual(viewport.height);
    expect(Math.abs(quantum.y - classical.y)).toBeLessThan(2);
    expect(classical.x).toBeGreaterThan(quantum.x + quantum.width);
    await expect(pageWidth(page)).resolves.toBeLessThanOrEqual(viewport.width);
    await shot(page, 'projector-1024x768');
    expect(s.errors).toEqual([]);
  });
});
