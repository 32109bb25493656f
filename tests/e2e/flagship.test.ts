// The flagship: press Play, watch both models learn the circle, read their accuracies from the
// screen, and check the main thread never blocked for more than 50 ms while training.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';

/** Records the duration of every long task (> 50 ms) on the main thread from page load on. */
const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function epochOnScreen(s: BrowserSession): Promise<number> {
  const text = await s.page.getByText(/^Epoch \d+$/).innerText();
  return Number(text.replace('Epoch ', ''));
}

async function accuracy(s: BrowserSession, model: 'Quantum' | 'Classical'): Promise<number> {
  const text = await s.page.getByText(new RegExp(`^${model} test accuracy [0-9.]+$`)).innerText();
  return Number(text.split(' ').pop());
}

describe('flagship: quantum and classical classifiers side by side', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1000 });
    await s.page.addInitScript(LONG_TASKS);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('trains both models to above 0.8 test accuracy on the circle, without long tasks', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByRole('img', { name: 'Quantum circuit' }).waitFor();
    // Wait until the session is ready (Play enabled), then play.
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), { timeout: 10_000 }).toBe(true);
    const trainingStart = await page.evaluate(() => performance.now());
    await play.click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await expect
      .poll(() => epochOnScreen(s), { timeout: 30_000, interval: 100 })
      .toBeGreaterThanOrEqual(30);
    const trainingEnd = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();

    expect(await accuracy(s, 'Quantum')).toBeGreaterThan(0.8);
    expect(await accuracy(s, 'Classical')).toBeGreaterThan(0.8);
    for (const name of [
      'Loss and accuracy',
      'Quantum decision boundary',
      'Classical decision boundary',
    ]) {
      await expect(page.getByRole('img', { name }).count()).resolves.toBe(1);
    }
    const longTasks = await page.evaluate(
      ([from, to]) =>
        (
          window as unknown as { __longTasks: { start: number; duration: number }[] }
        ).__longTasks.filter((t) => t.start >= from! && t.start <= to!),
      [trainingStart, trainingEnd],
    );
    expect(longTasks).toEqual([]);

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/flagship.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });

  it('pauses, steps one epoch and resets', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByText('Epoch 1', { exact: true }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('adds a point by clicking the data plot, and a new setting rebuilds the models', async () => {
    const { page } = s;
    await page.getByRole('radio', { name: '1' }).check();
    const plot = page.getByRole('img', { name: 'Data' });
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
    await page.getByText('1 point of your own.').waitFor();
    const layers = page.getByLabel('Layers', { exact: true });
    await layers.fill('2');
    await layers.press('Enter');
    await page.getByText(/^10 trainable parameters$/).waitFor();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await layers.fill('99');
    await layers.press('Enter');
    await page.getByText('Enter a value from 1 to 10.').waitFor();
    expect(s.errors).toEqual([]);
  });

  it('switches the classical engine, trains the same curve on it, and undoes the switch', async () => {
    const { page } = s;
    const engine = page.getByLabel('Classical engine', { exact: true });
    const stepTo = async (n: number): Promise<void> => {
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), { timeout: 15_000 }).toBe(true);
      for (let e = 1; e <= n; e++) {
        await page.getByRole('button', { name: 'Step' }).click();
        await page.getByText(`Epoch ${e}`, { exact: true }).waitFor();
      }
    };
    await expect(engine.inputValue()).resolves.toBe('tfjs');
    await stepTo(5);
    const withTfjs = await accuracy(s, 'Classical');
    await engine.selectOption({ label: 'Typed arrays (fast)' });
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await stepTo(5);
    // Same initial weights and batches: float32 and float64 agree to the digits shown.
    expect(await accuracy(s, 'Classical')).toBe(withTfjs);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => engine.inputValue()).toBe('tfjs');
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await stepTo(1);
    expect(s.errors).toEqual([]);
  });
});
