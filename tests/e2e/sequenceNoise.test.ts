// Noise on the tasks that trained ideal only: on the time series a student picks "Very noisy",
// trains the QRNN a few epochs beside its ideal twin and reads both test errors; the QLSTM, the
// benchmark and the text task keep a Noise panel that says why noise is not simulated there, with
// the measured cost, and offers no settings. Keeps screenshots of the noisy run and of a reason.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { READY, openTask, reachEpoch, suiteBrowser } from './browser';
import { figure } from './figures';

const TEST_TIMEOUT = 240_000;

const noisePanel = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Noise', exact: true }) });

/** The quantum rows of the table of figures: [parameters, train error, test error]. */
const row = (page: Page, name: RegExp): Promise<string[]> =>
  page.getByRole('row', { name }).locator('td').allInnerTexts();

describe('noise on the sequence, benchmark and text tasks', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains the QRNN under "Very noisy" beside its ideal twin and shows both errors',
    async () => {
      const { page } = s;
      const play = await openTask(page, 'Sequences (time series)');
      await page.getByLabel('Noise model', { exact: true }).selectOption({ label: 'Very noisy' });
      // The QRNN is now the device's: two registers as a density matrix, the data one reset.
      await page.getByText(/Under noise it is simulated as a device runs it, .* a density matrix of 3 qubits, \d+ trained parameters/).waitFor(); // prettier-ignore
      await page.getByText('Epoch 0', { exact: true }).waitFor();
      await page.getByLabel('Ideal quantum test error', { exact: true }).waitFor(READY);
      await play.click();
      await reachEpoch(page, 3);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect.poll(() => play.isEnabled(), READY).toBe(true);

      const noisy = Number(await figure(page, 'Quantum test error (noisy)'));
      const ideal = Number(await figure(page, 'Ideal quantum test error'));
      expect(noisy).toBeGreaterThan(0);
      expect(ideal).toBeGreaterThan(0);
      expect(noisy).not.toBe(ideal);
      const noisyRow = await row(page, /^Quantum, noisy \(QRNN, 3 qubits as a density matrix\)/);
      const idealRow = await row(page, /^Quantum, ideal \(QRNN\)/);
      expect(noisyRow[0]).toBe(idealRow[0]);
      expect(Number(noisyRow[2])).toBe(noisy);
      const chart = page.getByRole('img', { name: 'Mean squared error' });
      for (const name of ['Quantum, noisy', 'Quantum, ideal'])
        await chart
          .locator('text', { hasText: new RegExp(`^${name}$`) })
          .first()
          .waitFor();
      await page.getByRole('img', { name: 'Forecast against truth' }).locator('text', { hasText: /^Quantum, noisy forecast$/ }).waitFor(); // prettier-ignore
      await page.screenshot({ path: 'test-results/sequence-noise.png', fullPage: true });
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'says why noise is not simulated for the QLSTM, the benchmark and the text task',
    async () => {
      const { page } = s;
      await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Quantum LSTM (QLSTM)' }); // prettier-ignore
      const panel = noisePanel(page);
      await panel.getByText(/^Noise is simulated for the QRNN only\. .* about 7 s /).waitFor();
      await expect(panel.getByLabel('Noise model', { exact: true }).count()).resolves.toBe(0);
      // Back on the QRNN, the settings made before are still there.
      await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Quantum recurrent network (QRNN)' }); // prettier-ignore
      await expect.poll(() => page.getByLabel('Noise model', { exact: true }).inputValue()).toBe('veryNoisy'); // prettier-ignore

      const reasons: [task: string, text: RegExp][] = [
        ['Benchmark (better than classical?)', /^Noise is not simulated for the benchmark\. .*10 qubits/], // prettier-ignore
        ['Sequences (text)', /^Noise is not simulated for the text task\. .*Quixer/],
      ];
      for (const [task, text] of reasons) {
        await page.getByLabel('Task').selectOption({ label: task });
        await panel.getByText(text).waitFor();
        await expect(panel.getByRole('combobox').count()).resolves.toBe(0);
        await expect(panel.getByRole('spinbutton').count()).resolves.toBe(0);
      }
      await panel.screenshot({ path: 'test-results/text-noise-reason.png' });
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
