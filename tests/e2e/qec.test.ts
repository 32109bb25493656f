// The error-correction lesson as a teacher shows it: pick "Error correction (lesson)", read the
// bit-flip code's logical error at p = 0.1 (3p² − 2p³ = 0.028) beside the bare qubit's 0.1, sweep
// p with Play and read the points from the table, then see the code fail under depolarising noise
// (the note says why) and the phase-flip code fix phase flips. The settings travel in the link.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from './browser';
import { figure } from './figures';

const READY = { timeout: 60_000 };
const SWEEP = { timeout: 120_000, interval: 250 };
const LOGICAL = 'Logical error at p = 0.1';
const BARE = 'Bare qubit at p = 0.1';

/** The table row of the sweep's point p (as printed), its cells as numbers. */
async function row(page: Page, p: string): Promise<number[]> {
  const table = page.locator('table.qec-points');
  const r = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: p, exact: true }) }); // prettier-ignore
  return (await r.getByRole('cell').allInnerTexts()).map(Number);
}

async function ready(page: Page): Promise<void> {
  await page.getByText('Point 0', { exact: true }).waitFor();
  await expect.poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), READY).toBe(true);
}

/** Waits until the scoreboard shows figures of a session with these settings (0.028 ± …). */
async function logical(page: Page): Promise<number> {
  await page.getByLabel(LOGICAL, { exact: true }).waitFor();
  return Number(await figure(page, LOGICAL));
}

describe('error correction (lesson)', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1280, height: 800 });
    s.page.setDefaultTimeout(READY.timeout);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows 3p² − 2p³ at p = 0.1, sweeps p to break-even, and loses to a bare qubit under the wrong noise', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByLabel('Task').selectOption({ label: 'Error correction (lesson)' });
    await ready(page);
    expect(await figure(page, LOGICAL)).toBe('0.02800');
    expect(await figure(page, BARE)).toBe('0.1000');
    expect(await figure(page, 'Break-even p')).toBe('0.5');
    await page.getByText(/the code helps: the encoded qubit fails about 3\.6 times less often/).waitFor(); // prettier-ignore
    await page.getByRole('img', { name: 'Circuit of the step Syndrome' }).waitFor();
    await page.getByText('On each of qubits 0, 1, 2, independently: X with probability p (p = 0.1).').waitFor(); // prettier-ignore
    await page.getByRole('img', { name: 'Logical error against physical error' }).waitFor();
    await page.getByText('Press Play to sweep p from 0 to 0.5', { exact: false }).waitFor();

    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('Point 21', { exact: true }).waitFor(SWEEP);
    await page.getByText('Points as a table').click();
    const rows = page.locator('table.qec-points tbody tr');
    await expect.poll(() => rows.count(), SWEEP).toBe(21);
    const [at01, bare01, formula01] = await row(page, '0.1');
    expect(at01).toBeCloseTo(0.028, 4);
    expect(bare01).toBeCloseTo(0.1, 4);
    expect(formula01).toBeCloseTo(0.028, 4);
    expect((await row(page, '0.5'))[0]).toBeCloseTo(0.5, 4);
    expect((await row(page, '0.025'))[0]).toBeCloseTo(3 * 0.025 ** 2 - 2 * 0.025 ** 3, 4);
    await mkdir('test-results', { recursive: true });
    await page.locator('section.results').screenshot({ path: 'test-results/qec-swept.png' });

    // Depolarising noise: Z errors the bit-flip code cannot see; it now loses to a bare qubit.
    await page.getByLabel('Noise channel').selectOption('depolarizing');
    await page.getByRole('heading', { name: 'Why the code no longer protects' }).waitFor();
    await expect.poll(() => figure(page, 'Break-even p'), READY).toMatch(/^none/);
    const depolarised = await logical(page);
    expect(depolarised).toBeGreaterThan(Number(await figure(page, BARE)));
    await page.getByText(/the code hurts/).waitFor();

    // The phase-flip code under phase flips: the same 3p² − 2p³ in the X basis.
    await page.getByRole('combobox', { name: 'Code', exact: true }).selectOption('phaseFlip');
    await page.getByLabel('Noise channel').selectOption('phaseFlip');
    await expect.poll(() => figure(page, LOGICAL), READY).toBe('0.02800');
    await expect(page.getByRole('heading', { name: 'Why the code no longer protects' }).count()).resolves.toBe(0); // prettier-ignore
    await page.getByText(/a controlled Z flips its sign back/).waitFor();
    expect(s.errors).toEqual([]);
  }, 240_000);

  it('keeps its settings in the link across a reload', async () => {
    const { page } = s;
    await page.getByRole('combobox', { name: 'Code', exact: true }).selectOption('phaseFlip');
    await page.getByLabel('Noise channel').selectOption('phaseFlip');
    const p = page.getByLabel('Physical error p', { exact: true });
    await p.fill('0.2');
    await p.press('Enter');
    const points = page.getByLabel('Points', { exact: true });
    await points.fill('11');
    await points.press('Enter');
    await expect.poll(() => figure(page, 'Logical error at p = 0.2'), READY).toBe('0.1040');
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#e=/);
    await page.reload();
    await ready(page);
    expect(await page.getByLabel('Task').inputValue()).toBe('qec');
    expect(await page.getByRole('combobox', { name: 'Code', exact: true }).inputValue()).toBe(
      'phaseFlip',
    );
    expect(await page.getByLabel('Noise channel').inputValue()).toBe('phaseFlip');
    expect(await p.inputValue()).toBe('0.2');
    expect(await points.inputValue()).toBe('11');
    expect(await figure(page, 'Logical error at p = 0.2')).toBe('0.1040');
    // A bad value is refused with the field's own message, and nothing changes.
    await p.fill('1.5');
    await p.press('Enter');
    await page.getByText('Enter a value from 0 to 1.').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(s.errors).toEqual([]);
  });
});
