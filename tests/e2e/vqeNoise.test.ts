// The molecule task under noise as a student meets it from a shared link: H₂ with the "Very
// noisy" gate and damping figures, Play, then read the noisy, ideal and mitigated energies from
// the screen: the noise lifts the energy above the ideal twin's, and zero-noise extrapolation
// brings it back towards exact (paced by the worker: the figure says the iteration it was computed
// at, the last one). Keeps a screenshot of the energy chart with its three curves.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { encodeExperiment } from '../../src/experiment/codec';
import { TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import type { VqeExperiment } from '../../src/experiment/types';
import { READY, TRAINING, suiteBrowser } from './browser';
import { figure, hartree } from './figures';

const TEST_TIMEOUT = 240_000;

describe('molecule energy (VQE) under noise', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains H₂ noisy beside its ideal twin and mitigates the energy by extrapolation',
    async () => {
      const { page } = s;
      const e: VqeExperiment = {
        ...TASK_SCHEMAS.vqe.defaults(),
        noise: { p1: 0.01, p2: 0.05, gamma: 0.01, lambda: 0.01, p01: 0, p10: 0 },
      };
      await page.goto(`${inject('baseUrl')}#e=${encodeExperiment(e)}`);
      await expect.poll(() => page.getByLabel('Task').inputValue(), READY).toBe('vqe');
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), READY).toBe(true);
      await page.getByText('Iteration 0', { exact: true }).waitFor();
      // Before training the three energies are already there, the noisy one above the ideal.
      await page.getByLabel('Mitigated (zero-noise extrapolation)', { exact: true }).waitFor();
      await play.click();
      await page.getByText(`Iteration ${e.training.epochs}`, { exact: true }).waitFor(TRAINING);

      const noisy = hartree(await figure(page, 'Noisy'));
      const ideal = hartree(await figure(page, 'Ideal (no noise)'));
      const mitigated = hartree(await figure(page, 'Mitigated (zero-noise extrapolation)'));
      const exact = hartree(await figure(page, 'Exact energy'));
      const gap = hartree(await figure(page, 'Gap noisy − ideal'));
      expect(noisy).toBeGreaterThan(ideal);
      expect(Math.abs(mitigated - exact)).toBeLessThan(Math.abs(noisy - exact));
      // The ideal twin reaches H₂'s exact energy; the gap is read in millihartree.
      expect(Math.abs(ideal - exact)).toBeLessThan(1e-5);
      expect(Math.abs(gap / 1000 - (noisy - ideal))).toBeLessThan(2e-6);
      // The extrapolation is paced; the last iteration always has it, and the figure says so.
      await page.locator('p.score', { hasText: 'Mitigated (zero-noise extrapolation)' }).getByText(`at iteration ${e.training.epochs};`).waitFor(); // prettier-ignore

      // The chart names its three curves in its legend, beside the exact line.
      const chart = page.getByRole('img', { name: 'Energy against iteration' });
      for (const name of ['Noisy', 'Ideal', 'Mitigated (ZNE)', 'Exact'])
        await chart.locator('text', { hasText: new RegExp(`^${escape(name)}$`) }).first().waitFor(); // prettier-ignore
      // The scan does not pretend to be noisy.
      await page.getByText(/^The scan runs without noise/).waitFor();
      await mkdir('test-results', { recursive: true });
      await chart.screenshot({ path: 'test-results/vqe-noise-chart.png' });
      await page.screenshot({ path: 'test-results/vqe-noise.png', fullPage: true });
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
