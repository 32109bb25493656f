// A cold visitor's page: the introduction under the title, the (i) buttons that explain terms
// (open by click or keyboard, close on Escape or a second press, never wider than a phone), the
// inputs named x1 and x2 everywhere, and no paper citations once the teacher hid the settings.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { linkHash } from '../../src/experiment/codec';
import { classifySchema } from '../../src/experiment/tasks/classify';
import type { Experiment } from '../../src/experiment/types';
import { GLOSSARY } from '../../src/glossary';
import { openBrowser, type BrowserSession } from './browser';
import { openEditor, placed, settled } from './editorUi';

/** A citation caption: "(Pérez-Salinas et al. 2020)" and the like. */
const CITATION = /et al\./;

/** Opens the page with no autosaved experiment (cleared from the Bell page, same origin). */
async function freshPage(page: Page, hash = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}bell.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${inject('baseUrl')}${hash}`);
  await page.getByText('Epoch 0', { exact: true }).waitFor();
}

/** Width of the page's scrollable area: more than the viewport means sideways scrolling. */
const pageWidth = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

const tipText = (page: Page, term: keyof typeof GLOSSARY) =>
  page.getByRole('note').filter({ hasText: GLOSSARY[term].text });

describe('a page that explains itself', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    await mkdir('test-results', { recursive: true });
    s = await openBrowser({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('says what the page is and what to do, under the title', async () => {
    const { page } = s;
    await freshPage(page);
    const intro = page.locator('header p.intro');
    await expect(intro.innerText()).resolves.toMatch(
      /^Quantum machine learning, simulated in your browser/,
    );
    await expect(intro.innerText()).resolves.toMatch(/Press Play to train/);
    await page.screenshot({ path: 'test-results/explain-top.png' });
    expect(s.errors).toEqual([]);
  });

  it('explains Shots in a tip that Escape and a second press close', async () => {
    const { page } = s;
    await freshPage(page);
    const shots = page.getByRole('button', { name: 'About shots', exact: true });
    await expect(shots.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(tipText(page, 'shots').count()).resolves.toBe(0);
    // A click opens it beside the field, and Escape closes it with focus back on the button.
    await shots.click();
    await tipText(page, 'shots').waitFor();
    await expect(shots.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await tipText(page, 'shots').waitFor({ state: 'detached' });
    await expect(shots.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(shots.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    // From the keyboard: Enter opens, Enter again closes.
    await page.keyboard.press('Enter');
    await tipText(page, 'shots').waitFor();
    await page.keyboard.press('Enter');
    await tipText(page, 'shots').waitFor({ state: 'detached' });
    // A second click closes; a tap elsewhere closes too.
    await shots.click();
    await tipText(page, 'shots').waitFor();
    await shots.click();
    await tipText(page, 'shots').waitFor({ state: 'detached' });
    await shots.click();
    await tipText(page, 'shots').waitFor();
    await page.getByRole('heading', { name: 'Training', exact: true }).click();
    await tipText(page, 'shots').waitFor({ state: 'detached' });
    expect(s.errors).toEqual([]);
  });

  it('names the inputs x1 and x2 in the circuit editor, never x0', async () => {
    const { page } = s;
    await openEditor(page, false); // the preset: RZ(w·x1 + b), RY(w·x2 + b), RZ(θ), three times
    await expect(page.getByLabel('Feature x1', { exact: true }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Feature x2', { exact: true }).count()).resolves.toBe(1);
    await expect.poll(() => placed(page, /^RY on qubit 0, step 2/).getAttribute('aria-label')).toMatch(/·x2/); // prettier-ignore
    await expect(placed(page, /^RZ on qubit 0, step 1/).getAttribute('aria-label')).resolves.toMatch(/·x1/); // prettier-ignore
    await placed(page, /^RY on qubit 0, step 2/).click();
    const feature = page.getByRole('region', { name: 'RY gate settings' }).getByLabel(/^Feature/);
    await expect(feature.locator('option').allInnerTexts()).resolves.toEqual([
      'x1 (horizontal)',
      'x2 (vertical)',
    ]);
    await expect(feature.inputValue()).resolves.toBe('1');
    await settled(page);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(/\bx0\b/);
    expect(s.errors).toEqual([]);
  });

  it('cites the re-uploading paper beside its settings, and not once the teacher hid them', async () => {
    const { page } = s;
    const shown: Experiment = classifySchema.defaults();
    await freshPage(page, linkHash(shown));
    await page.getByLabel('Model', { exact: true }).waitFor();
    await page.getByText(/^Data re-uploading classifier/).waitFor();
    await expect(page.locator('body').innerText()).resolves.toMatch(CITATION);

    const hidden = classifySchema.defaults();
    hidden.view.hidden = ['model', 'training', 'data'];
    await freshPage(page, linkHash(hidden));
    await page.getByText(/^Data re-uploading classifier/).waitFor();
    await expect(page.getByLabel('Model', { exact: true }).count()).resolves.toBe(0);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(CITATION);
    expect(s.errors).toEqual([]);
  });
});

describe('tips on a 390 px phone', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    await mkdir('test-results', { recursive: true });
    s = await openBrowser({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens every tip of the page inside the screen, never widening the page', async () => {
    const { page } = s;
    await freshPage(page);
    await settled(page);
    // The page without a tip open: a tip must not add to it (the run controls' own fit on a phone
    // is the layout's business, not this test's).
    const before = Math.max(390, await pageWidth(page));
    const buttons = page.getByRole('button', { name: /^About / });
    const count = await buttons.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      const name = (await button.getAttribute('aria-label')) ?? '';
      await button.scrollIntoViewIfNeeded();
      await button.click();
      const tip = page.getByRole('note');
      await tip.waitFor();
      const box = (await tip.boundingBox())!;
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(390);
      expect(await pageWidth(page)).toBeLessThanOrEqual(before);
      if (name === 'About shots') {
        await tip.scrollIntoViewIfNeeded();
        await page.screenshot({ path: 'test-results/explain-phone-tip.png' });
      }
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
    }
    expect(s.errors).toEqual([]);
  });
});
