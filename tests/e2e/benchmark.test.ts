// The benchmark task as a new user meets it: pick "Benchmark", keep the linearly separable set at
// d = 2 and 4, one seed, tick the MLP, the SVM and data re-uploading (and nothing else), press Play, read
// the "Benchmark results" table and the chart, and download the CSV. Waits have the margin a
// loaded machine needs.
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

const READY = { timeout: 60_000 };
const RUN = { timeout: 180_000 };

/** Ticks or unticks a checkbox by its label, in the panel named `panel`. */
async function tick(page: Page, panel: string, label: string, on: boolean): Promise<void> {
  const box = page.getByRole('region', { name: panel }).getByLabel(label, { exact: true });
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
}

/** The table's text in the row of `model`, one entry per column after the model's name. */
async function row(page: Page, model: string): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Benchmark results' });
  const r = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: model }) });
  return r.getByRole('cell').allInnerTexts();
}

describe('benchmark', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1500, height: 1100 });
    s.page.setDefaultTimeout(READY.timeout);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('runs the MLP, the SVM and data re-uploading on linearly separable data at d = 2, 4 and reads the table', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByLabel('Task').selectOption({ label: 'Benchmark (better than classical?)' });
    await page.getByRole('heading', { name: 'The data' }).waitFor();
    await tick(page, 'Benchmark', 'd = 6', false);
    await tick(page, 'Benchmark', 'd = 8', false);
    const seeds = page.getByLabel('Seeds', { exact: true });
    await seeds.fill('1');
    await seeds.press('Enter');
    await tick(page, 'Models', 'Logistic regression', false);
    await tick(page, 'Models', 'IQP kernel', false);
    await tick(page, 'Models', 'Separable kernel', false);
    await tick(page, 'Models', 'MLP', true);
    await tick(page, 'Models', 'Data re-uploading', true);
    await expect.poll(() => page.getByText(/^6 cells: 2 values of d × 1 seed × 3 models/).count()).toBe(1); // prettier-ignore
    await page.getByText('Cell 0', { exact: true }).waitFor();

    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    await page.getByText(/^Done: all 6 cells in/).waitFor(RUN);
    // A fixed job: nothing to keep training, Reset runs it again.
    expect(await page.getByRole('button', { name: 'Keep training' }).count()).toBe(0);

    const svm = await row(page, 'SVM (RBF)');
    const mlp = await row(page, 'MLP');
    const reuploading = await row(page, 'Data re-uploading quantum');
    expect(svm).toHaveLength(2);
    expect(mlp).toHaveLength(2);
    expect(reuploading).toHaveLength(2);
    // Accuracy over 60 test points, one seed: the study has 1.00 for all three at d = 4.
    for (const text of [...svm, ...mlp, ...reuploading]) {
      const value = Number(/^(\d\.\d\d)/.exec(text)?.[1]);
      expect(value, text).toBeGreaterThanOrEqual(0.85);
      expect(value, text).toBeLessThanOrEqual(1);
    }
    expect(svm[1]).toMatch(/study 1\.00/);
    await page.getByRole('img', { name: 'Accuracy against difficulty' }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('benchmark-linear.csv');
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('model,dataset,d,test_accuracy_mean,test_accuracy_spread,seeds,published'); // prettier-ignore
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[2]).toMatch(/^SVM \(RBF\),linear,4,\d\.\d{4},0\.0000,1,1\.0000$/);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/benchmark.png', fullPage: true });
  }, 300_000);

  it('imports the user’s CSV (refusing a broken one, keeping the data) and runs the SVM on it', async () => {
    const { page } = s;
    const lines = ['height,weight,label'];
    for (let i = 0; i < 60; i++) {
      const h = 150 + ((i * 7) % 40);
      const w = 50 + ((i * 11) % 30);
      lines.push(`${h},${w},${h - 150 > w - 50 ? 'tall' : 'short'}`);
    }
    const input = page.getByLabel('Import CSV (your own data)');
    await input.setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) }); // prettier-ignore
    await page.getByText(/^Your data: 60 rows, 2 features \(height, weight\); label “label”/).waitFor(); // prettier-ignore
    expect(await page.getByLabel('Data set', { exact: true }).inputValue()).toBe('custom');
    const broken = lines.join('\n').replace('\n157,', '\n1x7,');
    await input.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) }); // prettier-ignore
    await page.getByRole('alert').filter({ hasText: /^“broken\.csv” was not imported\. Row \d+, column 1 \(“height”\): “1x7” is not a number\.$/ }).waitFor(); // prettier-ignore
    // The data imported before stays.
    await page.getByText(/^Your data: 60 rows, 2 features/).waitFor();

    await tick(page, 'Models', 'MLP', false);
    await tick(page, 'Models', 'Data re-uploading', false);
    await expect.poll(() => page.getByText(/^1 cell: your file × 1 seed × 1 model/).count()).toBe(1); // prettier-ignore
    await page.getByText('Cell 0', { exact: true }).waitFor();
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    await page.getByText(/^Done: 1 cell in/).waitFor(RUN);
    const svm = await row(page, 'SVM (RBF)');
    expect(svm).toHaveLength(1);
    expect(Number(/^(\d\.\d\d)/.exec(svm[0]!)?.[1])).toBeGreaterThanOrEqual(0.75);
    expect(await page.getByRole('columnheader', { name: 'Your data' }).count()).toBe(1);
  }, 300_000);

  it('trains the CNN (TensorFlow.js, loaded in the worker when a CNN cell runs) on bars and stripes, and pauses', async () => {
    const { page } = s;
    await page.getByLabel('Data set', { exact: true }).selectOption('bars');
    await tick(page, 'Benchmark', 's = 8', false);
    // The CNN first: the last ticked model stays (a run needs one).
    await tick(page, 'Models', 'CNN', true);
    await tick(page, 'Models', 'SVM (RBF)', false);
    await expect.poll(() => page.getByText(/^1 cell: 1 value of s × 1 seed × 1 model/).count()).toBe(1); // prettier-ignore
    // The worker has the new run (TensorFlow.js loaded for it) when the results name its cell.
    await page.getByText(/^Press Play to run the benchmark: 1 cell, starting with CNN, s = 4, seed 1\./).waitFor(RUN); // prettier-ignore
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    // A whole cell is about 1,500 Adam steps, minutes on a loaded machine (its accuracy is the
    // unit tests' business): here, that tfjs loads in the worker and the steps come, then Pause.
    const progress = page.getByText(
      /^Cell 1 of 1: CNN, s = 4, seed 1….*Training: step \d+, loss \d/,
    );
    await progress.waitFor(RUN);
    const step = async (): Promise<number> => Number(/step (\d+)/.exec(await progress.innerText())?.[1]); // prettier-ignore
    const first = await step();
    await expect.poll(step, RUN).toBeGreaterThan(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText(/^Paused in cell 1 of 1: CNN, s = 4, seed 1\. Training: step \d+/).waitFor(); // prettier-ignore
    expect(s.errors).toEqual([]);
  }, 300_000);
});
