// The sequence task as a new user meets it: pick "Sequences (time series)", see the QRNN drawn
// with its parameter count, train it next to the LSTM on the sine, read both test errors and the
// persistence error from the screen, and see the forecast drawn over the truth. A bad CSV is
// refused with its line and the series stays. Correctness only: waits have a loaded machine's margin.
import { describe, expect, it } from 'vitest';
import { READY, openTask, suiteBrowser } from './browser';
import { figure } from './figures';

const TRAINING = { timeout: 120_000, interval: 250 };
const TEST_TIMEOUT = 240_000;

const number = (text: string): number => Number(text);

describe('sequences (time series)', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains the QRNN and the LSTM on a sine and shows their errors and forecasts',
    async () => {
      const { page } = s;
      const play = await openTask(page, 'Sequences (time series)');
      await page.getByRole('img', { name: /^QRNN unrolled over 6 steps/ }).waitFor();
      await page.getByText(/8 qubits, \d+ trained parameters/).waitFor();
      // The naive forecast is there before training; both models' errors come with epoch 0.
      const persistence = number(await figure(page, 'Persistence error'));
      expect(persistence).toBeGreaterThan(0);
      await page.getByRole('img', { name: 'Forecast against truth' }).waitFor();
      await play.click();
      await page.getByText('Epoch 40', { exact: true }).waitFor(TRAINING);
      const quantum = number(await figure(page, 'Quantum test error'));
      const classical = number(await figure(page, 'Classical test error'));
      // Both learn the sine: well under the variance of a sine scaled to [−1, 1] (0.5).
      expect(quantum).toBeLessThan(0.1);
      expect(classical).toBeLessThan(0.1);
      await page.getByRole('img', { name: 'Mean squared error' }).waitFor();
      await page.screenshot({ path: 'test-results/sequence-trained.png', fullPage: true });
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'refuses a CSV with a bad cell, naming its line, and keeps the series',
    async () => {
      const { page } = s;
      await page.getByRole('combobox', { name: 'Series', exact: true }).selectOption({ label: 'Import series (CSV)' }); // prettier-ignore
      const rows = ['temp', ...Array.from({ length: 60 }, (_, i) => Math.sin(i / 3).toFixed(3))];
      rows[7] = 'abc';
      await page.getByLabel('Import series (CSV)').setInputFiles({
        name: 'bad.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(rows.join('\n')),
      });
      await page.getByRole('alert').filter({ hasText: 'Line 8' }).waitFor();
      rows[7] = '0.5';
      await page.getByLabel('Import series (CSV)').setInputFiles({
        name: 'good.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(rows.join('\n')),
      });
      await page.getByText('Your series: 60 values from “temp”.').waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), READY).toBe(true); // prettier-ignore
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'trains the QLSTM, its four gates drawn as one circuit, below the persistence error',
    async () => {
      const { page } = s;
      await page.getByRole('combobox', { name: 'Series', exact: true }).selectOption({ label: 'Sine' }); // prettier-ignore
      await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Quantum LSTM (QLSTM)' }); // prettier-ignore
      await page.getByRole('img', { name: 'One QLSTM gate circuit (all four have this shape)' }).waitFor(); // prettier-ignore
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), READY).toBe(true);
      const persistence = number(await figure(page, 'Persistence error'));
      await play.click();
      await page.getByText('Epoch 40', { exact: true }).waitFor(TRAINING);
      expect(number(await figure(page, 'Quantum test error'))).toBeLessThan(persistence);
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
