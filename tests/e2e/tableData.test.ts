// Tabular data on the classification page, as a user meets it: a cell of the benchmark's table
// opens in a new tab as a classification experiment on the same data, which trains; and a CSV
// file of the user's own becomes the data of a classification (a broken one refused, the data
// kept). Waits have the margin a loaded machine needs.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

const READY = { timeout: 60_000 };
const RUN = { timeout: 180_000 };

/** The number a scoreboard card shows, e.g. "Quantum test accuracy 0.93". */
async function scoreboard(page: Page, which: 'Quantum' | 'Classical'): Promise<number> {
  const text = await page
    .getByText(new RegExp(`^${which} test accuracy`))
    .first()
    .innerText();
  return Number(/(\d\.\d\d)/.exec(text)?.[1]);
}

async function playUntilDone(page: Page, epochs: number): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
  await play.click();
  await page.getByText(`Epoch ${epochs}`, { exact: true }).waitFor(RUN);
}

describe('tabular data in classification', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1500, height: 1100 });
    s.page.setDefaultTimeout(READY.timeout);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens a benchmark cell as a classification experiment on the same data, and trains it', async () => {
    const { page, context } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByLabel('Task').selectOption({ label: 'Benchmark (better than classical?)' });
    const reuploading = page.getByRole('region', { name: 'Models' }).getByLabel('Data re-uploading', { exact: true }); // prettier-ignore
    if (!(await reuploading.isChecked())) await reuploading.click();
    const link = page.getByRole('link', {
      name: /^Open Data re-uploading at d = 4, seed 1, as a classification experiment/,
    });
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab!.getByText('Epoch 0', { exact: true }).waitFor(READY);
    expect(await tab!.getByLabel('Task').inputValue()).toBe('classify');
    expect(await tab!.getByLabel('Data set', { exact: true }).inputValue()).toBe('table:linear');
    expect(await tab!.getByLabel('Input dimension (d)').inputValue()).toBe('4');
    await tab!.getByText(/^The data have 4 features: the plots show the plane/).waitFor(READY);
    // ⌈4/3⌉ = 2 qubits, the 10 layers the study found best there, 2·4 + 1 numbers per qubit and
    // layer.
    await tab!.getByText(/^180\s*trainable parameters$/).waitFor();
    await playUntilDone(tab!, 40);
    expect(await scoreboard(tab!, 'Quantum')).toBeGreaterThanOrEqual(0.85);
    expect(await scoreboard(tab!, 'Classical')).toBeGreaterThanOrEqual(0.85);
    await mkdir('test-results', { recursive: true });
    await tab!.screenshot({ path: 'test-results/table-classify.png', fullPage: true });
    await tab!.close();
  }, 300_000);

  it('imports the user’s CSV as the data of a classification, refusing a broken file', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: 'Classification' });
    await page.getByLabel('Data set', { exact: true }).selectOption('table:custom');
    const lines = ['height,weight,age,label'];
    for (let i = 0; i < 80; i++) {
      const h = 150 + ((i * 7) % 40);
      const w = 50 + ((i * 11) % 30);
      lines.push(`${h},${w},${20 + (i % 9)},${h - 150 > w - 50 ? 'tall' : 'short'}`);
    }
    const input = page.getByLabel('Import CSV (your own data)');
    await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) }); // prettier-ignore
    await page.getByText(/^Your data: 80 rows, 3 features \(height, weight, age\)/).waitFor();
    const broken = lines.join('\n').replace('\n157,', '\n1x7,');
    await input.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) }); // prettier-ignore
    await page
      .getByRole('alert')
      .filter({ hasText: /“1x7” is not a number/ })
      .waitFor();
    await page.getByText(/^Your data: 80 rows, 3 features/).waitFor();
    await page.getByText(/^The data have 3 features/).waitFor(READY);
    const epochs = page.getByLabel('Epochs', { exact: true });
    await epochs.fill('15');
    await epochs.press('Enter');
    await playUntilDone(page, 15);
    expect(await scoreboard(page, 'Classical')).toBeGreaterThanOrEqual(0.7);
    expect(s.errors).toEqual([]);
  }, 300_000);
});
