// The circuit sandbox as a teacher projects it: pick "Circuit (sandbox)", read the Bell state's
// probabilities 0.500 and 0.500 in the live view, press Play and watch the counts grow round by
// round until both frequencies sit near one half; then from the error-correction lesson open the
// Noise step "in the editor": the sandbox holds the code with its three bit flips placed, and Back
// returns to the lesson. Keeps screenshots of both.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READY, TRAINING, suiteBrowser } from './browser';
import { figure, liveProbability } from './figures';

/** Cells of the counts table's row for `outcome`: exact probability, count, frequency. */
async function countRow(page: Page, outcome: string): Promise<number[]> {
  const row = page.locator('table.sandbox-counts').getByRole('row').filter({ has: page.getByRole('rowheader', { name: outcome, exact: true }) }); // prettier-ignore
  return (await row.getByRole('cell').allInnerTexts()).map((t) => Number(t.replace(/,/g, '')));
}

/** "1,250 of 2,000" → 1250. */
const shotsSoFar = async (page: Page): Promise<number> =>
  Number((await figure(page, 'Shots so far')).split(' of ')[0]!.replace(/,/g, ''));

describe('circuit sandbox', () => {
  const s = suiteBrowser({ width: 1280, height: 800 });

  it('measures the Bell state shot by shot until the counts meet 0.500 and 0.500', async () => {
    const { page } = s;
    await mkdir('test-results', { recursive: true });
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByLabel('Task').selectOption({ label: 'Circuit (sandbox)' });
    await page.getByText('Round 0', { exact: true }).waitFor();
    await expect.poll(() => liveProbability(page, '|00⟩'), READY).toBe(0.5);
    expect(await liveProbability(page, '|11⟩')).toBe(0.5);
    expect(await liveProbability(page, '|01⟩')).toBe(0);
    await page.getByText('Press Play to measure the circuit 2,000 times, in 40 rounds.').waitFor();
    expect(await figure(page, 'Shots so far')).toBe('0 of 2,000');

    // Slowly (5 rounds a second), so the counts can be seen growing.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('slow');
    const play = page.getByRole('button', { name: 'Play' });
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    await expect.poll(() => shotsSoFar(page), TRAINING).toBeGreaterThan(0);
    const partway = await shotsSoFar(page);
    expect(partway).toBeLessThan(2000);
    await page.getByText('Round 40', { exact: true }).waitFor(TRAINING);
    await expect.poll(() => figure(page, 'Shots so far'), READY).toBe('2,000 of 2,000');
    expect(await figure(page, 'Statistical error ~1/√N')).toBe('0.022');
    await page.getByText('Counts as a table').click();
    const [exact00, count00, f00] = await countRow(page, '|00⟩');
    const [exact11, count11, f11] = await countRow(page, '|11⟩');
    expect([exact00, exact11]).toEqual([0.5, 0.5]);
    expect(count00! + count11!).toBe(2000);
    // Within 5σ of one half (σ = 0.5/√2000 = 0.011).
    expect(Math.abs(f00! - 0.5)).toBeLessThan(0.056);
    expect(Math.abs(f11! - 0.5)).toBeLessThan(0.056);
    expect(Number(await figure(page, 'Largest gap |frequency − probability|'))).toBeLessThan(0.056);
    await page.locator('section.results').screenshot({ path: 'test-results/sandbox-bell.png' });
    expect(s.errors).toEqual([]);
  });

  it('opens the lesson’s Noise step in the editor with its channels, and Back returns', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: 'Error correction (lesson)' });
    await page.getByText('Point 0', { exact: true }).waitFor();
    // The lesson is in the address bar before leaving it (so Back finds it).
    await expect.poll(() => page.evaluate(() => location.hash), READY).toMatch(/^#e=/);
    const open = page.getByRole('link', { name: 'Open in editor: the code up to the step Noise' });
    expect(await open.getAttribute('href')).toMatch(/^#e=1/);
    await open.click();
    await expect.poll(() => page.getByLabel('Task').inputValue(), READY).toBe('circuit');
    await page.getByText('Because the circuit has 3 noise channels', { exact: false }).waitFor();
    // The encoding's two CNOTs, then a bit flip p = 0.1 on each data qubit.
    const flips = page.locator('.placed-gate[aria-label*="p = 0.10"]');
    await expect.poll(() => flips.count(), READY).toBe(3);
    expect(await page.locator('.placed-gate').count()).toBe(5);
    await page.getByText('Counts as a table').click();
    // |000⟩ of the data qubits: no flip, (0.9)³ = 0.729; qubit 0 alone flipped: 0.081.
    expect((await countRow(page, '|00000⟩'))[0]).toBe(0.729);
    expect((await countRow(page, '|00001⟩'))[0]).toBe(0.081);
    await page.screenshot({ path: 'test-results/sandbox-from-lesson.png', fullPage: true });

    await page.goBack();
    await expect.poll(() => page.getByLabel('Task').inputValue(), READY).toBe('qec');
    await page.getByRole('heading', { name: 'Circuits of the code' }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
