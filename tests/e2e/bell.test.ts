// The first page: a Bell pair's probabilities, computed in the worker, read from the screen.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './browser';
import type { BrowserSession } from './browser';

describe('Bell pair page', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the circuit and probabilities 1/2, 0, 0, 1/2', async () => {
    const { page } = session;
    await page.goto(`${inject('baseUrl')}bell.html`);
    await expect(page.title()).resolves.toBe('QML Playground · Bell pair');
    await page.getByRole('heading', { name: 'QML Playground' }).waitFor();
    const diagram = page.getByRole('img', { name: /Circuit on 2 qubits/ });
    await diagram.waitFor();
    // Wires labelled q0 (top) and q1, and an H box.
    const q0 = await diagram.getByText('q0', { exact: true }).boundingBox();
    const q1 = await diagram.getByText('q1', { exact: true }).boundingBox();
    expect(q0 && q1 && q0.y < q1.y).toBe(true);
    await diagram.getByText('H', { exact: true }).waitFor();

    const probabilities = page.getByLabel('Probabilities', { exact: true });
    await probabilities.waitFor();
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/bell.png', fullPage: true });

    const rows = (await probabilities.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
    expect(rows).toEqual(['|00⟩ 0.500', '|01⟩ 0.000', '|10⟩ 0.000', '|11⟩ 0.500']);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(session.errors).toEqual([]);
  });
});
