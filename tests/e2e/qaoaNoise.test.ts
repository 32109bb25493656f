// The optimisation task under noise as a student meets it from a shared link: the default MaxCut
// problem on 6 nodes (a noisy iteration of the default 10 takes seconds) with depolarising gate
// noise, Play, then read the noisy, ideal and mitigated expected cuts from the screen: the noise
// lowers the cut below the ideal twin's, and zero-noise extrapolation brings it back towards it
// (paced by the worker: the figure says the iteration it was computed at, the last one).
// Then more qubits than a density matrix holds: the worker's message reaches the page. Keeps a
// screenshot of the results with the three curves.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { encodeExperiment } from '../../src/experiment/codec';
import { TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import type { QaoaExperiment, QaoaProblem } from '../../src/experiment/types';
import { READY, TRAINING, suiteBrowser } from './browser';
import { figure } from './figures';

const TEST_TIMEOUT = 240_000;

/** "−0.594" → −0.594 (true minus sign, thousands separators). */
const number = (text: string): number => Number(text.replace('−', '-').replace(/,/g, ''));

describe('optimisation (QAOA) under noise', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains MaxCut noisy beside its ideal twin and mitigates the expected cut by extrapolation',
    async () => {
      const { page } = s;
      const d = TASK_SCHEMAS.qaoa.defaults();
      const e: QaoaExperiment = {
        ...d,
        problem: { ...d.problem, nodes: 6 } as QaoaProblem,
        noise: { p1: 0.01, p2: 0.03, gamma: 0, lambda: 0, p01: 0, p10: 0 },
      };
      await page.goto(`${inject('baseUrl')}#e=${encodeExperiment(e)}`);
      await expect.poll(() => page.getByLabel('Task').inputValue(), READY).toBe('qaoa');
      await expect.poll(() => page.getByLabel('Noise model', { exact: true }).inputValue()).toBe('custom'); // prettier-ignore
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), READY).toBe(true);
      await page.getByText('Iteration 0', { exact: true }).waitFor();
      // Before training the three values are already there.
      const mitigatedName = 'Mitigated expected cut (zero-noise extrapolation)';
      await page.getByLabel(mitigatedName, { exact: true }).waitFor();
      await play.click();
      await page.getByText(`Iteration ${e.training.epochs}`, { exact: true }).waitFor(TRAINING);

      const noisy = number(await figure(page, 'Noisy expected cut'));
      const ideal = number(await figure(page, 'Ideal expected cut (no noise)'));
      const mitigated = number(await figure(page, mitigatedName));
      const gap = number(await figure(page, 'Gap noisy − ideal'));
      // Measured: noisy 6.01, ideal 6.6, mitigated 6.5 (optimum 7).
      expect(ideal).toBeGreaterThan(noisy + 0.3);
      expect(Math.abs(mitigated - ideal)).toBeLessThan(Math.abs(noisy - ideal) / 2);
      expect(Math.abs(gap - (noisy - ideal))).toBeLessThan(0.02);
      expect(await figure(page, 'Optimum')).toBe('7');
      // The extrapolation is paced; the last iteration always has it, and the figure says so.
      await page.locator('p.score', { hasText: mitigatedName }).getByText(`at iteration ${e.training.epochs}; approximation ratio`).waitFor(); // prettier-ignore

      // The chart names its three curves in its legend, beside the optimum.
      const chart = page.getByRole('img', { name: 'Expected cut against iteration' });
      for (const name of ['Noisy', 'Ideal', 'Mitigated (ZNE)', 'Optimum'])
        await chart.locator('text', { hasText: new RegExp(`^${escape(name)}$`) }).first().waitFor(); // prettier-ignore
      // Samples come from the noisy state; the landscape says it is ideal.
      await page.getByRole('heading', { name: 'Measured bitstrings (noisy)' }).waitFor();
      await page.getByText(/^The landscape is computed without noise/).waitFor();
      await mkdir('test-results', { recursive: true });
      await chart.screenshot({ path: 'test-results/qaoa-noise-chart.png' });
      await page
        .locator('section.results')
        .screenshot({ path: 'test-results/qaoa-noise-results.png' });

      // 14 nodes: the density simulator's refusal reaches the page.
      const nodes = page.getByLabel('Nodes', { exact: true });
      await nodes.fill('14');
      await nodes.press('Enter');
      await page.getByText(/^14 qubits would need 4 GiB of memory as a density matrix; noisy simulation is limited to 12 qubits/).first().waitFor(); // prettier-ignore
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
