// Every experiment is a link: reload keeps edits, a copied link reproduces the run, weights travel
// in links, a broken link shows a banner and the default experiment, classroom flags and ?embed.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { linkHash } from '../../src/experiment/codec';
import { defaultExperiment } from '../../src/experiment/defaults';
import { openBrowser, type BrowserSession } from './browser';

async function epoch(page: Page): Promise<number> {
  return Number((await page.getByText(/^Epoch \d+$/).innerText()).replace('Epoch ', ''));
}

async function accuracy(page: Page, model: 'Quantum' | 'Classical'): Promise<string> {
  return (await page.getByText(new RegExp(`^${model} test accuracy [0-9.–]+$`)).innerText())
    .split(' ')
    .pop()!;
}

async function ready(page: Page): Promise<void> {
  await page.getByText('Epoch 0', { exact: true }).waitFor();
  await expect
    .poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), { timeout: 15_000 })
    .toBe(true);
}

async function setNumber(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Enter');
}

async function trainTo(page: Page, epochs: number): Promise<void> {
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => epoch(page), { timeout: 30_000, interval: 100 }).toBe(epochs);
  // At the last epoch, Play offers to keep training.
  await page.getByRole('button', { name: 'Keep training' }).waitFor();
}

/** Copies the link and reads it from the box (each call here expects a different link). */
async function copiedLink(page: Page): Promise<string> {
  const box = page.getByLabel('Link to this experiment');
  const before = (await box.count()) ? await box.inputValue() : '';
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect.poll(() => box.inputValue()).not.toBe(before);
  return box.inputValue();
}

describe('links', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps an edit across a reload', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await ready(page);
    await expect.poll(() => page.evaluate(() => location.hash.startsWith('#e='))).toBe(true);
    const before = await page.evaluate(() => location.hash);
    await setNumber(page, 'Layers', '2');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
    await page.reload();
    await ready(page);
    await expect(page.getByLabel('Layers', { exact: true }).inputValue()).resolves.toBe('2');
  });

  it('never lets a link replace the work saved in this browser', async () => {
    const { page } = s;
    const base = inject('baseUrl');
    const moons = defaultExperiment();
    moons.data.set = 'moons';
    const link = base + linkHash(moons);
    const dataSet = () => page.getByLabel('Data set', { exact: true }).inputValue();
    const layers = () => page.getByLabel('Layers', { exact: true }).inputValue();
    const offer = page.getByRole('button', { name: 'Bring my work back' });

    // Open a link in the same profile (a fresh load), edit it, reload it.
    await page.goto('about:blank');
    await page.goto(link);
    await ready(page);
    await expect(dataSet()).resolves.toBe('moons');
    await offer.waitFor();
    const before = await page.evaluate(() => location.hash);
    await setNumber(page, 'Epochs', '33');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(before);
    await page.reload();
    await ready(page);
    // The address bar kept the link session's edit, and the saved work is still offered.
    await expect(dataSet()).resolves.toBe('moons');
    await expect(page.getByLabel('Epochs', { exact: true }).inputValue()).resolves.toBe('33');
    await offer.waitFor();

    // The plain page: the earlier work (2 layers, circle), not the link's.
    await page.goto(base);
    await ready(page);
    await expect(dataSet()).resolves.toBe('circle');
    await expect(layers()).resolves.toBe('2');

    // A link pasted into this tab (no reload): shown, and the work still kept and offered.
    await page.goto(link);
    await expect.poll(dataSet).toBe('moons');
    await offer.click();
    await expect.poll(dataSet).toBe('circle');
    await expect(layers()).resolves.toBe('2');
    // Chosen: autosave works as before (an edit survives opening the plain page).
    const restored = await page.evaluate(() => location.hash);
    await setNumber(page, 'Epochs', '61');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(restored);
    await page.goto('about:blank');
    await page.goto(base);
    await ready(page);
    await expect(page.getByLabel('Epochs', { exact: true }).inputValue()).resolves.toBe('61');
    await expect(layers()).resolves.toBe('2');
    await setNumber(page, 'Epochs', '60');
    await expect(offer.count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('reproduces a run of an editor circuit from a copied link, and carries trained weights', async () => {
    const { page } = s;
    // The preset as a circuit in the editor (2 layers after the first test's edit), then XOR.
    await page.getByLabel('Model', { exact: true }).selectOption('circuit');
    await page.getByRole('grid', { name: 'Circuit editor' }).waitFor();
    await page.getByLabel('Data set', { exact: true }).selectOption('xor');
    await setNumber(page, 'Epochs', '20');
    await ready(page);
    await trainTo(page, 20);
    const q = await accuracy(page, 'Quantum');
    const c = await accuracy(page, 'Classical');
    const link = await copiedLink(page);
    expect(link.length).toBeLessThan(2000);
    await page.getByLabel('include trained weights').check();
    const withWeights = await copiedLink(page);

    const other = await s.context.newPage();
    await other.goto(link);
    await ready(other);
    await expect(other.getByLabel('Data set', { exact: true }).inputValue()).resolves.toBe('xor');
    await expect(other.getByLabel('Model', { exact: true }).inputValue()).resolves.toBe('circuit');
    await expect(other.getByText(/^10 trainable parameters$/).count()).resolves.toBe(1);
    await trainTo(other, 20);
    expect(await accuracy(other, 'Quantum')).toBe(q);
    expect(await accuracy(other, 'Classical')).toBe(c);

    await other.goto('about:blank');
    await other.goto(withWeights);
    await ready(other);
    // Epoch 0, yet the trained models: their accuracies before any training, and a note saying so.
    await expect.poll(() => accuracy(other, 'Quantum'), { timeout: 10_000 }).toBe(q);
    expect(await accuracy(other, 'Classical')).toBe(c);
    const note = other.getByText(/^Trained weights from the link/);
    await note.waitFor();
    // Training moves them on: the note goes.
    await other.getByRole('button', { name: 'Step', exact: true }).click();
    await other.getByText('Epoch 1', { exact: true }).waitFor();
    await expect.poll(() => note.count()).toBe(0);
    await other.close();
    expect(s.errors).toEqual([]);
  });

  it('exports the experiment as a file and imports it back, refusing a broken file', async () => {
    const { page } = s;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save file', exact: true }).click(),
    ]);
    const file = await download.path();
    const text = await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'));
    expect(JSON.parse(text).format).toBe('qml-playground-experiment');
    await page.getByLabel('Data set', { exact: true }).selectOption('moons');
    await page.getByLabel('Experiment file').setInputFiles({
      name: 'experiment.qml.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByText('Opened “experiment.qml.json”.').waitFor();
    await expect(page.getByLabel('Data set', { exact: true }).inputValue()).resolves.toBe('xor');
    await page.getByLabel('Experiment file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, 50)),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: '“broken.json” could not be opened' })
      .waitFor();
    await expect(page.getByLabel('Data set', { exact: true }).inputValue()).resolves.toBe('xor');
  });

  it('opens a broken link as the default experiment with a banner', async () => {
    const { page } = s;
    await page.goto(`${inject('baseUrl')}#e=1bm90IGEgbGluaw`);
    await page.getByRole('alert').filter({ hasText: 'could not be opened' }).waitFor();
    await ready(page);
    await expect(page.getByLabel('Data set', { exact: true }).inputValue()).resolves.toBe('circle');
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByText('Epoch 1', { exact: true }).waitFor();
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/broken-link.png' });
  });

  it('hides what the classroom dialog hides, and ?embed shows only the main view', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByLabel('Data settings').check();
    await page.getByLabel('Training settings').check();
    await page.getByLabel('Noise settings').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Data', exact: true }).count())
      .toBe(0);
    // Nothing left in the left column: it goes, and the models start at the left edge.
    const model = page.getByRole('heading', { name: 'Quantum model', exact: true });
    await expect.poll(async () => (await model.boundingBox())!.x).toBeLessThan(80);
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByLabel('Training settings').uncheck();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(async () => (await model.boundingBox())!.x).toBeGreaterThan(200);
    const link = await copiedLink(page);
    const other = await s.context.newPage();
    await other.goto(link);
    await ready(other);
    await expect(other.getByRole('heading', { name: 'Data', exact: true }).count()).resolves.toBe(
      0,
    );
    await expect(
      other.getByRole('heading', { name: 'Training', exact: true }).count(),
    ).resolves.toBe(1);
    await other.goto(link.replace('#', '?embed#'));
    await ready(other);
    await expect(
      other.getByRole('heading', { name: 'Training', exact: true }).count(),
    ).resolves.toBe(0);
    await other.getByRole('img', { name: 'Quantum decision boundary' }).waitFor();
    // The wide chart's epoch axis: whole epochs, each once, from epoch 0 to the 60 set.
    const ticks = (): Promise<string[]> =>
      other
        .getByRole('img', { name: 'Loss and accuracy' })
        .locator('.panel-accuracy .x-axis .tick text')
        .allTextContents();
    const before = await ticks();
    expect([before[0], before.at(-1)]).toEqual(['0', '60']);
    expect(new Set(before).size).toBe(before.length);
    for (const t of before) expect(t).toMatch(/^\d+$/);
    await other.getByRole('button', { name: 'Step', exact: true }).click();
    await other.getByText('Epoch 1', { exact: true }).waitFor();
    const later = await ticks();
    expect(later.length).toBeGreaterThanOrEqual(2);
    expect(new Set(later).size).toBe(later.length);
    for (const t of later) expect(t).toMatch(/^\d+$/);
    await mkdir('test-results', { recursive: true });
    await other.screenshot({ path: 'test-results/embed.png' });
    await other.close();
  });
});
