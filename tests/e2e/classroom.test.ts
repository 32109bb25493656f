// A teacher's and a student's way through the page: ?embed appended after a copied link, the
// student link (locked) and the embed code, the pace kept in the link, messages that never send
// anyone to a hidden panel, the link box after an edit, Keep training, Export with weights, and a
// finger on the data plot.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeExperiment, linkHash } from '../../src/experiment/codec';
import { defaultExperiment } from '../../src/experiment/defaults';
import type { ClassifyExperiment } from '../../src/experiment/types';
import { openBrowser, type BrowserSession } from './browser';

const READY = { timeout: 60_000 };
const TRAINING = { timeout: 90_000, interval: 100 };

async function epoch(page: Page): Promise<number> {
  return Number((await page.getByText(/^Epoch \d+$/).innerText()).replace('Epoch ', ''));
}

async function accuracy(page: Page, model: 'Quantum' | 'Classical'): Promise<string> {
  const text = await page.getByText(new RegExp(`^${model} test accuracy [0-9.–]+$`)).innerText();
  return text.split(' ').pop()!;
}

async function ready(page: Page): Promise<void> {
  await page.getByText('Epoch 0', { exact: true }).waitFor(READY);
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
}

/** The default experiment with a few changes (short runs, fast unless said otherwise). */
function experiment(change: (e: ClassifyExperiment) => void = () => {}): ClassifyExperiment {
  const e = defaultExperiment() as ClassifyExperiment;
  e.training.epochs = 8;
  e.view.speed = 'fast';
  change(e);
  return e;
}

/** The experiment in a full address, or null when it holds none. */
function opened(url: string): ClassifyExperiment | null {
  const hash = new URL(url).hash;
  const r = decodeExperiment(hash.replace(/^#e=/, ''));
  return r.ok ? (r.value as ClassifyExperiment) : null;
}

describe('classroom', () => {
  let s: BrowserSession;
  let base: string;
  beforeAll(async () => {
    s = await openBrowser({ width: 1440, height: 900 });
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    base = inject('baseUrl');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens a link with ?embed appended after the fragment as the embedded experiment', async () => {
    const { page } = s;
    const xor = experiment((e) => (e.data.set = 'xor'));
    for (const flag of ['?embed', '&embed']) {
      await page.goto('about:blank');
      await page.goto(`${base}${linkHash(xor)}${flag}`);
      await ready(page);
      await page.locator('.lab.embed').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      // The address now says ?embed where it belongs, and still holds the XOR experiment.
      const url = page.url();
      expect(new URL(url).search).toBe('?embed');
      expect(opened(url)?.data.set).toBe('xor');
    }
    expect(s.errors).toEqual([]);
  });

  it('gives the teacher a locked student link, a teacher link and an embed code', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(base + linkHash(experiment()));
    await ready(page);
    await page.getByRole('button', { name: 'Classroom' }).click();
    await page.getByLabel('Training settings').check();
    await page.getByLabel('Speed control').check();
    const copied = page.getByLabel('Copied text');

    await page.getByRole('button', { name: 'Copy student link' }).click();
    await expect.poll(() => copied.inputValue()).toMatch(/#e=/);
    const student = await copied.inputValue();
    await page.getByRole('button', { name: 'Copy teacher link' }).click();
    await expect.poll(() => copied.inputValue()).not.toBe(student);
    const teacher = await copied.inputValue();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => copied.inputValue()).toMatch(/^<iframe /);
    const code = await copied.inputValue();
    await page.getByRole('button', { name: 'Done' }).click();

    expect(opened(student)?.view).toMatchObject({ locked: true, hidden: ['training', 'speed'] });
    expect(opened(teacher)?.view).toMatchObject({ locked: false, hidden: ['training', 'speed'] });
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(code).toMatch(/width="800" height="500"/);
    expect(new URL(src).search).toBe('?embed');
    expect(opened(src)?.view.locked).toBe(true);

    // The student sees neither the Classroom button nor the hidden panels; the teacher sees both.
    const other = await s.context.newPage();
    await other.goto(student);
    await ready(other);
    expect(await other.getByRole('button', { name: 'Classroom' }).count()).toBe(0);
    expect(await other.getByRole('heading', { name: 'Training', exact: true }).count()).toBe(0);
    expect(await other.getByRole('combobox', { name: /^Speed/ }).count()).toBe(0);
    await other.goto('about:blank');
    await other.goto(teacher);
    await ready(other);
    await other.getByRole('button', { name: 'Classroom' }).waitFor();
    await other.close();
    expect(s.errors).toEqual([]);
  });

  it('keeps the pace in the link, hidden or not', async () => {
    const { page } = s;
    const talk = experiment((e) => {
      e.training.epochs = 60;
      e.view.speed = 'talk';
    });
    await page.goto('about:blank');
    await page.goto(base + linkHash(talk));
    await ready(page);
    const speed = page.getByRole('combobox', { name: /^Speed/ });
    expect(await speed.inputValue()).toBe('talk');
    expect(await speed.locator('option:checked').innerText()).toBe('Very slow (2 epochs/s)');
    // Hidden (and locked), the pace still holds: 2 epochs a second at most, whatever the load.
    await page.goto('about:blank');
    await page.goto(base + linkHash({ ...talk, view: { ...talk.view, hidden: ['speed'], locked: true } })); // prettier-ignore
    await ready(page);
    expect(await page.getByRole('combobox', { name: /^Speed/ }).count()).toBe(0);
    const start = Date.now();
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => epoch(page), TRAINING).toBeGreaterThanOrEqual(3);
    // The epoch first, then the time: a slow read can only loosen the bound, never break it.
    const reached = await epoch(page);
    const seconds = (Date.now() - start) / 1000;
    // Normal (30/s) or Fast would be far past this bound within the same time.
    expect(reached).toBeLessThanOrEqual(2 * seconds + 2);
    await page.getByRole('button', { name: 'Pause' }).click();
  });

  it('names no hidden panel in its messages, and trains on with Keep training', async () => {
    const { page } = s;
    const hidden = experiment((e) => (e.view.hidden = ['training']));
    for (const url of [base + linkHash(hidden), `${base}?embed${linkHash(hidden)}`]) {
      await page.goto('about:blank');
      await page.goto(url);
      await ready(page);
      await page.getByRole('button', { name: 'Play' }).click();
      const keep = page.getByRole('button', { name: 'Keep training' });
      await keep.waitFor(TRAINING);
      const status = page.getByRole('status').filter({ hasText: /^Trained all 8 epochs/ });
      await status.waitFor();
      expect(await status.innerText()).not.toMatch(/Training\b/);
      expect(await page.locator('body').innerText()).not.toMatch(/under Training/);
    }
    // Visible, the Training panel may be named; Keep training goes past the last epoch.
    await page.goto('about:blank');
    await page.goto(base + linkHash(experiment()));
    await ready(page);
    await page.getByRole('button', { name: 'Play' }).click();
    const keep = page.getByRole('button', { name: 'Keep training' });
    await keep.waitFor(TRAINING);
    await page.getByText(/raise Epochs under Training/).waitFor();
    await keep.click();
    await expect.poll(() => epoch(page), TRAINING).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByText(/past the 8 set/).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('keeps the link box on the experiment after an edit', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(base + linkHash(experiment()));
    await ready(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const box = page.getByLabel('Link to this experiment');
    await expect.poll(async () => opened(await box.inputValue())?.training.epochs).toBe(8);
    const field = page.getByLabel('Epochs', { exact: true });
    await field.fill('12');
    await field.press('Enter');
    await expect.poll(async () => opened(await box.inputValue())?.training.epochs).toBe(12);
  });

  it('exports the trained models when the weights are ticked, and imports them back', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(base + linkHash(experiment((e) => (e.data.set = 'moons'))));
    await ready(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Keep training' }).waitFor(TRAINING);
    const q = await accuracy(page, 'Quantum');
    const c = await accuracy(page, 'Classical');
    await page.getByLabel('include trained weights').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save file', exact: true }).click(),
    ]);
    const text = await readFile((await download.path())!, 'utf8');
    const weights = JSON.parse(text).experiment.weights;
    expect(weights.quantum.length).toBeGreaterThan(0);
    expect(weights.classical.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByLabel('Experiment file').setInputFiles({
      name: 'trained.qml.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.getByText(/^Trained weights from the link/).waitFor(TRAINING);
    await expect.poll(() => accuracy(page, 'Quantum'), TRAINING).toBe(q);
    expect(await accuracy(page, 'Classical')).toBe(c);
    expect(await epoch(page)).toBe(0);
  });

  it('adds no point on a tap until a class is chosen, nor when a finger drags across the plot', async () => {
    const phone = await openBrowser({ width: 390, height: 844 }, { touch: true });
    try {
      const cdp = await phone.context.newCDPSession(phone.page);
      const { page } = phone;
      await page.goto(base + linkHash(experiment()));
      await ready(page);
      const plot = page.getByRole('img', { name: 'Data' });
      // In the middle of the screen, clear of the sticky run controls.
      const centre = () => plot.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await centre();
      const mine = page.getByText(/points? of your own/);
      // With no class chosen (the default on a touch screen), a tap adds nothing.
      expect(await page.getByRole('radio', { name: 'none' }).isChecked()).toBe(true);
      const box = (await plot.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      expect(await mine.count()).toBe(0);
      // A chosen class: a tap adds one point of it; a finger dragged across the plot (a scroll)
      // adds none.
      await page.getByRole('radio', { name: '1', exact: true }).check();
      await centre();
      const at = (await plot.boundingBox())!;
      const [x, y] = [at.x + at.width / 2, at.y + at.height / 2];
      await page.touchscreen.tap(x, y);
      await page.getByText('1 point of your own.').waitFor();
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        points: { x: number; y: number }[],
      ) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
      await touch('touchStart', [{ x, y }]);
      await touch('touchMove', [{ x, y: y - 20 }]);
      await touch('touchMove', [{ x, y: y - 40 }]);
      await touch('touchEnd', []);
      // Two frames: a point added on lift would be on the page by then.
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
      expect(await page.getByText('1 point of your own.').count()).toBe(1);
    } finally {
      await phone.close();
    }
  });
});
