// Barren plateaus as a student meets them: pick "Barren plateaus", sweep a few qubit counts of
// deep random circuits with a global cost and read the points and the fitted rate (close to
// 2^(−n)) from the screen; then switch to the local cost Z₀Z₁ on two layers and see the variance
// hardly fall, the earlier sweep still drawn beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, openTask, type BrowserSession } from './browser';
import { figure } from './figures';

const SWEEP = { timeout: 150_000, interval: 250 };
const CHART = 'Gradient variance against qubits';

/** Types a value into a number field and commits it (Enter), as a person would. */
async function setNumber(page: Page, label: string, value: number): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(String(value));
  await field.press('Enter');
}

/** The variances of the table's rows, in order (read from the cells' exact values). */
async function variances(page: Page): Promise<number[]> {
  const cells = page.locator('table.plateau-points tbody td[data-variance]');
  return (await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-variance')))).map(Number); // prettier-ignore
}

/** The fitted base b of Var ∝ b^(−n), as the verdict prints it. */
async function fittedBase(page: Page): Promise<number> {
  const text = await page.getByTestId('plateau-fit').innerText();
  const m = /∝ ([\d.]+)\^\(−n\)/.exec(text);
  if (!m) throw new Error(`No fitted rate in "${text}"`);
  return Number(m[1]);
}

/** Plays the whole sweep of `points` qubit counts and waits for its last row. */
async function sweep(page: Page, points: number): Promise<void> {
  await page.getByText('Qubit count 0', { exact: true }).waitFor();
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), SWEEP).toBe(true);
  await play.click();
  await page.getByText(`Qubit count ${points}`, { exact: true }).waitFor(SWEEP);
  await expect.poll(async () => (await variances(page)).length, SWEEP).toBe(points);
}

describe('barren plateaus', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1280, height: 900 });
    s.page.setDefaultTimeout(60_000);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the variance halving with every qubit for a global cost, and not for a local one', async () => {
    const { page } = s;
    await openTask(page, 'Barren plateaus');
    await page.getByRole('img', { name: 'The first layers of one random circuit' }).waitFor();
    // A small sweep: 2, 4, 6, 8 qubits, 100 deep circuits each (50 layers, the default).
    await setNumber(page, 'To qubits', 8);
    await setNumber(page, 'Circuits per point', 100);
    await page.getByText(/Play computes 4 qubit counts \(2, 4, 6, 8\)/).waitFor();
    await sweep(page, 4);

    const global = await variances(page);
    for (let i = 1; i < global.length; i++) expect(global[i]!).toBeLessThan(global[i - 1]! / 2);
    const globalBase = await fittedBase(page);
    // With seed 1 the fit gives 1.91; 2^(−n) would be 2.
    expect(globalBase).toBeGreaterThan(1.7);
    expect(globalBase).toBeLessThan(2.3);
    expect(await figure(page, 'Mean gradient')).toBe('≈ 0');
    await page.getByText(/close to 2\^\(−n\)/).waitFor();
    const chart = page.getByRole('img', { name: new RegExp(`^${CHART}`) });
    await expect.poll(() => chart.getAttribute('aria-label')).toMatch(/8/);

    // A local cost on a shallow circuit: the variance stays near 0.1 at every n.
    await page.getByLabel('Cost', { exact: true }).selectOption('pair');
    await page.getByRole('button', { name: 'Shallow (2 layers)' }).click();
    await sweep(page, 4);
    const local = await variances(page);
    expect(local.at(-1)!).toBeGreaterThan(20 * global.at(-1)!);
    const localBase = await fittedBase(page);
    expect(localBase).toBeLessThan(1.3);
    expect(localBase).toBeLessThan(globalBase - 0.5);
    // The global sweep stays as the faint reference: in the legend, the table and the words.
    await page.getByText(/Earlier sweep \(global cost/).waitFor();
    await page.getByRole('columnheader', { name: 'Earlier sweep' }).waitFor();
    await page.locator('section.results').screenshot({ path: 'test-results/plateau-compare.png' });
    expect(s.errors).toEqual([]);
  });
});
