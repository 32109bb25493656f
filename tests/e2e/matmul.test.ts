// The matrix-multiplication task as a student uses it: pick "Multiplying matrices with qubits",
// switch to 2 × 2, type A = [[1, 2], [3, 4]] and B = [[2, −1], [1, 3]], read AB = [[4, 5],
// [10, 9]], the amplitude 4/√450 = 0.18856 and p = 222/450 = 0.4933; press Play to draw 10,000
// shots and read the estimated |AB| near the product; a bad entry shows a message and changes
// nothing. Keeps screenshots at 1280 px and 390 px.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READY, TRAINING, openTask, suiteBrowser } from './browser';
import { figure } from './figures';

/** The entries of the matrix table labelled `name`, as numbers. */
async function matrix(page: Page, name: string): Promise<number[]> {
  const cells = await page.getByRole('table', { name }).getByRole('cell').allInnerTexts();
  return cells.map((t) => Number(t.replace('−', '-')));
}

/** Types the row-major `entries` into matrix `name`'s grid, committing each with Enter. */
async function typeMatrix(page: Page, name: string, entries: readonly number[]): Promise<void> {
  const n = Math.sqrt(entries.length);
  for (let k = 0; k < entries.length; k++) {
    const cell = page.getByLabel(`${name} row ${Math.floor(k / n) + 1} column ${(k % n) + 1}`);
    await cell.fill(String(entries[k]));
    await cell.press('Enter');
  }
}

describe('multiplying matrices with qubits', () => {
  const s = suiteBrowser({ width: 1280, height: 900 });

  it('multiplies a typed 2 × 2 pair exactly and from shots, and refuses a bad entry', async () => {
    const { page } = s;
    const play = await openTask(page, 'Multiplying matrices with qubits');
    await page.getByText('Round 0', { exact: true }).waitFor();
    await page.getByRole('img', { name: /^Circuit: registers i, j, l of 2 qubits each/ }).waitFor();
    await page.getByLabel('Size', { exact: true }).selectOption({ label: '2 × 2 (3 qubits)' });
    await page.getByRole('img', { name: /^Circuit: registers i, j, l of 1 qubit each/ }).waitFor();
    await typeMatrix(page, 'A', [1, 2, 3, 4]);
    await typeMatrix(page, 'B', [2, -1, 1, 3]);
    await expect.poll(() => matrix(page, 'Product AB (classical)'), READY).toEqual([4, 5, 10, 9]);
    await expect.poll(() => figure(page, 'Success probability p'), READY).toBe('0.4933');
    // The amplitude of |i=0, j=0, l=0⟩ beside (AB)_00/(‖A‖‖B‖) = 4/√(30 · 15).
    const row00 = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '0, 0', exact: true }) }); // prettier-ignore
    const cells = await row00.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 3)).toEqual(['4', '0.1886', '0.1886']);
    expect(Math.abs(Number(cells[3]!.replaceAll('−', '-')))).toBeLessThan(1e-12);
    await page.screenshot({ path: 'test-results/matmul-exact-1280.png', fullPage: true });

    // A bad entry: a message, and the product and the link stay as they were.
    const hash = await page.evaluate(() => location.hash);
    const a11 = page.getByLabel('A row 1 column 1');
    await a11.fill('NaN');
    await a11.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Matrix A, row 1, column 1: "NaN" is not a number.' }).waitFor(); // prettier-ignore
    await a11.fill('');
    await a11.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Matrix A, row 1, column 1 is empty' }).waitFor(); // prettier-ignore
    expect(await matrix(page, 'Product AB (classical)')).toEqual([4, 5, 10, 9]);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await a11.fill('1');
    await a11.press('Enter');
    await expect.poll(() => page.getByRole('alert').count(), READY).toBe(0);

    // 10,000 shots in 20 rounds: the estimate meets |AB| within a few expected errors.
    await page.getByText('Press Play to run the circuit 10,000 times, in 20 rounds.').waitFor();
    await expect.poll(() => play.isEnabled(), READY).toBe(true);
    await play.click();
    await page.getByText('Round 20', { exact: true }).waitFor(TRAINING);
    await expect.poll(() => figure(page, 'Shots so far'), READY).toBe('10,000 of 10,000');
    const est = await matrix(page, 'Estimated |AB| from shots');
    [4, 5, 10, 9].forEach((v, k) => expect(Math.abs(est[k]! - v)).toBeLessThan(1.5));
    const error = Number((await figure(page, 'Error of the estimated |AB|')).replace(' %', ''));
    // Expected ≈ 1.3 %; allow five times that.
    expect(error).toBeLessThan(7);
    await page.getByText('Sampling reads probabilities', { exact: false }).waitFor();
    await page.screenshot({ path: 'test-results/matmul-shots-1280.png', fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: 'test-results/matmul-390.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });
});
