// The circuit editor with real pointer events and the keyboard: build a Bell pair both ways, undo,
// and train a two-qubit circuit built from an empty editor on XOR.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';

async function emptyEditor(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto(inject('baseUrl'));
  await page.getByText('Epoch 0', { exact: true }).waitFor();
  await page.getByLabel('Model', { exact: true }).selectOption('circuit');
  await page.getByRole('button', { name: 'Empty circuit' }).click();
  await page.getByRole('gridcell', { name: 'qubit 1, step 6' }).waitFor();
}

/** Drags with real pointer events, in small steps as a hand would. */
async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  await page.mouse.up();
}

async function centre(page: Page, locator: ReturnType<Page['getByRole']>) {
  await locator.scrollIntoViewIfNeeded();
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

async function dragGate(page: Page, gate: string, slot: string): Promise<void> {
  const from = await centre(page, page.getByRole('button', { name: gate, exact: true }));
  const to = await centre(page, page.getByRole('gridcell', { name: slot }));
  await drag(page, from, to);
}

async function probabilities(page: Page): Promise<string[]> {
  return (
    await page.getByLabel('Probabilities', { exact: true }).getByRole('listitem').allInnerTexts()
  ).map((t) => t.trim());
}

describe('circuit editor', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1100 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('builds a Bell pair by dragging, and undoes it', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'H', 'qubit 0, step 1');
    await dragGate(page, 'CNOT', 'qubit 0, step 2');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/editor-bell.png', fullPage: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 1.000', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.000']);
    expect(s.errors).toEqual([]);
  });

  it('builds the same Bell pair with the keyboard alone', async () => {
    const { page } = s;
    await emptyEditor(page);
    await page.getByRole('gridcell', { name: 'qubit 0, step 1' }).focus();
    await page.keyboard.press('h');
    // The cursor moved on to step 2: C places a CNOT with its control there and the target below.
    await page.keyboard.press('c');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    // Delete the CNOT at the cursor's step, then bring it back with Ctrl+Z.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Delete');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.500', '|10⟩ 0.000', '|11⟩ 0.000']);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => probabilities(page))
      .toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Editor keys' }).waitFor();
    await page.keyboard.press('Escape');
    expect(s.errors).toEqual([]);
  });

  it('refuses a gate that does not fit, with a reason, and keeps the circuit', async () => {
    const { page } = s;
    await emptyEditor(page);
    await dragGate(page, 'CNOT', 'qubit 1, step 1');
    await page.getByRole('alert').filter({ hasText: 'CNOT needs 2 wires' }).waitFor();
    await expect(page.getByRole('button', { name: /^CNOT controlled/ }).count()).resolves.toBe(0);
    await expect(page.getByText(/^0 trainable parameters$/).count()).resolves.toBe(1);
  });

  it('trains a two-qubit circuit built from an empty editor on XOR', async () => {
    const { page } = s;
    await emptyEditor(page);
    // x0 on qubit 0 and x1 on qubit 1, each RY(w·x + b)…
    for (const [q, feature] of [
      [0, 'x0'],
      [1, 'x1'],
    ] as const) {
      await dragGate(page, 'RY', `qubit ${q}, step 1`);
      const inspector = page.getByRole('region', { name: 'RY gate settings' });
      await inspector.getByRole('radio', { name: 'Input feature' }).check();
      await inspector.getByLabel(/^Feature/).selectOption(feature === 'x0' ? '0' : '1');
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
    await expect
      .poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), { timeout: 15_000 })
      .toBe(true);
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
