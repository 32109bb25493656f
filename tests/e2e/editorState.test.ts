// The numbers around the circuit editor in a real Chromium: each gate's parameter values (which
// stay put when other gates change, feature weights and biases, every repetition of a block), the
// live state while a heavy circuit is simulated, picking the live state's point on the data plot,
// and training a two-qubit circuit built from an empty editor on XOR.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import { dragGate, emptyEditor, openEditor, placed, settled } from './editorUi';

/** The accessible name of the one placed gate matching `start`, once the live state is current. */
async function gateLabel(page: Page, start: RegExp): Promise<string> {
  await settled(page);
  await expect
    .poll(() => page.locator('.live-view').getAttribute('aria-busy'), { timeout: 20_000 })
    .toBe('false');
  return (await placed(page, start).getAttribute('aria-label')) ?? '';
}

const NUMBER = '−?\\d\\.\\d\\d';

/** Data coordinates of a drawn sample: the plot's frame spans [−1, 1]², x2 upwards. */
async function sampleXY(circle: Locator): Promise<[number, number]> {
  return circle.evaluate((c) => {
    const frame = (c as SVGCircleElement).ownerSVGElement!.querySelector('rect.frame')!;
    const [left, top, side] = ['x', 'y', 'width'].map((a) => Number(frame.getAttribute(a)));
    const cx = Number(c.getAttribute('cx'));
    const cy = Number(c.getAttribute('cy'));
    return [((cx - left!) / side!) * 2 - 1, 1 - ((cy - top!) / side!) * 2] as [number, number];
  });
}

describe('circuit editor values and live state', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1100 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows each parameter value, which stays when another gate is rebound', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'RY', 'qubit 0, step 1');
    await dragGate(page, 'RZ', 'qubit 0, step 2');
    const rz = /^RZ on qubit 0, step 2/;
    await expect.poll(() => gateLabel(page, rz)).toMatch(new RegExp(`θ: θ2=${NUMBER}$`));
    const before = await gateLabel(page, rz);
    const ryGate = /^RY on qubit 0, step 1/;
    await placed(page, ryGate).click();
    const ry = page.getByRole('region', { name: 'RY gate settings' });
    await ry.getByRole('radio', { name: 'Constant' }).check();
    await expect.poll(() => gateLabel(page, ryGate)).toMatch(/θ: 0$/);
    await expect(gateLabel(page, rz)).resolves.toBe(before);
    // Bound to a feature, the gate shows its weight and bias: w starts at 1, b is drawn.
    await ry.getByRole('radio', { name: 'Input feature' }).check();
    await ry.getByLabel(/^Feature/).selectOption('1'); // x2, the vertical coordinate
    const feature = new RegExp(`θ: (${NUMBER})·x2 [+−] ${NUMBER}$`);
    await expect.poll(() => gateLabel(page, ryGate)).toMatch(feature);
    const start = await gateLabel(page, ryGate);
    expect(start).toMatch(/θ: 1\.00·x2/);
    await ry
      .getByText(new RegExp(`^Now: 1\\.00·x2 [+−] ${NUMBER} \\(w1 = 1\\.000, b1 = `))
      .waitFor();
    // One epoch of training moves them, and the gate shows the trained numbers.
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByText('Epoch 1', { exact: true }).waitFor();
    await expect.poll(() => gateLabel(page, ryGate)).not.toBe(start);
    await expect(gateLabel(page, ryGate)).resolves.toMatch(feature);
    expect(s.errors).toEqual([]);
  });

  it('shows the values of every repetition of a repeated block', async () => {
    const { page } = s;
    await openEditor(page, false); // the preset: RZ, RY, RZ on one qubit, repeated 3 times
    const ry = /^RY on qubit 0, step 2/;
    await expect.poll(() => gateLabel(page, ry)).toMatch(/\(values of repetition 1 of 3\)$/);
    await placed(page, ry).click();
    const table = page
      .getByRole('region', { name: 'RY gate settings' })
      .getByRole('table', { name: /in each repetition/ });
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(3);
    rows.forEach((row, r) => {
      const suffix = r === 0 ? '' : `#${r + 1}`;
      expect(row).toMatch(new RegExp(`^${r + 1}\\s+${NUMBER}·x2 [+−] ${NUMBER} \\(w2${suffix} = `));
    });
    await page.screenshot({ path: 'test-results/editor-repetitions.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });

  it('says it is simulating a heavy circuit, and dims the figures of the previous one', async () => {
    const { page } = s;
    await emptyEditor(page);
    const add = page.getByRole('button', { name: 'Add a qubit' });
    for (let q = 2; q < 24; q++) await add.click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Simulating 24 qubits…/ })
      .waitFor();
    await expect(page.locator('.live-view').getAttribute('aria-busy')).resolves.toBe('true');
    // When the state arrives it is the 24-qubit circuit's, and no longer marked out of date.
    await page.getByText('Showing the 16 most likely of 2^24 states').waitFor({ timeout: 240_000 });
    await expect(page.locator('.live-view').getAttribute('aria-busy')).resolves.toBe('false');
    await expect(page.getByText(/^Simulating/).count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
  }, 300_000);

  it('takes the live point from the sample under the pointer; a click still adds a point', async () => {
    const { page } = s;
    await openEditor(page, false);
    const plot = page.getByRole('img', { name: /^Data: \d+ samples/ });
    const sample = plot.locator('g.train circle').nth(7);
    await sample.scrollIntoViewIfNeeded();
    const at = await sampleXY(sample);
    const b = (await sample.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const x1 = page.getByLabel('Feature x1');
    const x2 = page.getByLabel('Feature x2');
    await expect.poll(async () => Number(await x1.inputValue())).toBeCloseTo(at[0], 2);
    await expect.poll(async () => Number(await x2.inputValue())).toBeCloseTo(at[1], 2);
    await page.getByText(`x1 = ${at[0].toFixed(2)}`, { exact: true }).waitFor();
    // The keyboard way: focus the plot and step to the first sample.
    const first = await sampleXY(plot.locator('g.train circle').first());
    await plot.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => Number(await x1.inputValue())).toBeCloseTo(first[0], 2);
    await expect.poll(async () => Number(await x2.inputValue())).toBeCloseTo(first[1], 2);
    // A click adds a point of the chosen class, as before.
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + 42, box.y + 14);
    await page.getByText('1 point of your own.').waitFor();
    expect(s.errors).toEqual([]);
  });

  it('trains a two-qubit circuit built from an empty editor on XOR', async () => {
    const { page } = s;
    await emptyEditor(page);
    // x1 on qubit 0 and x2 on qubit 1, each RY(w·x + b)…
    for (const [q, feature] of [
      [0, 'x1'],
      [1, 'x2'],
    ] as const) {
      await dragGate(page, 'RY', `qubit ${q}, step 1`);
      const inspector = page.getByRole('region', { name: 'RY gate settings' });
      await inspector.getByRole('radio', { name: 'Input feature' }).check();
      await inspector.getByLabel(/^Feature/).selectOption(feature === 'x1' ? '0' : '1');
    }
    // …their parity onto qubit 0 (the readout) with a CNOT from qubit 1, and a trainable RY.
    await dragGate(page, 'CNOT', 'qubit 0, step 2');
    await page.getByLabel('Control qubit').selectOption('1');
    await dragGate(page, 'RY', 'qubit 0, step 3');
    await page.getByText(/^5 trainable parameters$/).waitFor();
    await page.getByLabel('Data set', { exact: true }).selectOption('xor');
    const epochs = page.getByLabel('Epochs', { exact: true });
    await epochs.fill('40');
    await epochs.press('Enter');
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await settled(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect
      .poll(() => page.getByText('Epoch 40', { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    const text = await page.getByText(/^Quantum test accuracy [0-9.]+$/).innerText();
    expect(Number(text.split(' ').pop())).toBeGreaterThan(0.8);
    await page.screenshot({ path: 'test-results/editor-xor.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });
});
