// The text task as a new user meets it: pick "Sequences (text)", see Quixer's token unitary drawn
// with its parameter count, train it next to the Transformer on the Markov chain, read both test
// perplexities and the perplexity floor from the screen, and read the text each model writes. Then
// the shipped corpus loads and trains with the QRNN. Correctness only: waits have a loaded
// machine's margin.
import { describe, expect, it } from 'vitest';
import { READY, openTask, suiteBrowser } from './browser';
import { figure } from './figures';

const TRAINING = { timeout: 150_000, interval: 250 };
const TEST_TIMEOUT = 240_000;

describe('sequences (text)', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains Quixer and the Transformer on a Markov chain and shows perplexities and text',
    async () => {
      const { page } = s;
      const play = await openTask(page, 'Sequences (text)');
      await page.getByRole('img', { name: 'One token’s unitary U_w' }).waitFor();
      await page.getByText(/simulated exactly, \d+ trained parameters in all/).waitFor();
      // The chain's entropy is known before training: 6 symbols, so between 1 and 6.
      const floor = Number(await figure(page, 'Perplexity floor'));
      expect(floor).toBeGreaterThan(1);
      expect(floor).toBeLessThan(6);
      await play.click();
      await page.getByText('Epoch 30', { exact: true }).waitFor(TRAINING);
      const quantum = Number(await figure(page, 'Quantum test perplexity'));
      const classical = Number(await figure(page, 'Classical test perplexity'));
      // Both use the context: far below the 6 of a model that knows nothing, near the floor.
      for (const p of [quantum, classical]) {
        expect(p).toBeGreaterThan(floor * 0.8);
        expect(p).toBeLessThan(floor * 1.25);
      }
      const success = Number(await figure(page, 'Success probability'));
      expect(success).toBeGreaterThan(0);
      expect(success).toBeLessThanOrEqual(1);
      await page.getByRole('img', { name: 'Cross-entropy (nats per token)' }).waitFor();
      // Sixty tokens each, written from the same prompt.
      await expect.poll(() => page.getByText('After epoch 30', { exact: false }).count(), READY).toBe(1); // prettier-ignore
      const written = await page.getByLabel("Quantum model's text").innerText();
      expect(written).toMatch(/^[a-f]{60}$/);
      expect(await page.getByLabel("Classical model's text").innerText()).toMatch(/^[a-f]{60}$/); // prettier-ignore
      await page.screenshot({ path: 'test-results/text-trained.png', fullPage: true });
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );

  it(
    'loads the shipped corpus and trains the QRNN on it a step at a time',
    async () => {
      const { page } = s;
      await page.getByRole('combobox', { name: 'Text', exact: true }).selectOption({ label: 'Tiny corpus' }); // prettier-ignore
      await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Quantum recurrent network (QRNN)' }); // prettier-ignore
      await page.getByRole('img', { name: 'QRNN unrolled over 4 steps' }).waitFor();
      await page.getByText(/7 qubits, \d+ trained parameters/).waitFor();
      await page
        .getByText(/Alice's Adventures in Wonderland/)
        .first()
        .waitFor();
      await page.getByText(/vocabulary “ etaohnisrdlwug·”/).waitFor();
      const step = page.getByRole('button', { name: 'Step', exact: true });
      await expect.poll(() => step.isEnabled(), READY).toBe(true);
      await step.click();
      await page.getByText('Epoch 1', { exact: true }).waitFor(TRAINING);
      const quantum = Number(await figure(page, 'Quantum test perplexity'));
      // 16 symbols: a model that learnt anything is below 16.
      expect(quantum).toBeGreaterThan(1);
      expect(quantum).toBeLessThan(16);
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
