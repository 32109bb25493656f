// The Noise panel on the classification page, as a student uses it: pick the chip preset and read
// its numbers and source, see the link carry them through a reload, change one number (Custom),
// and go back to Ideal, which leaves the default link; the Training panel's exact gradient says
// it is parameter shift under noise. The panels and link only: training under noise has its own
// tests.
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeExperiment, linkHash, readHash } from '../../src/experiment/codec';
import { defaultExperiment } from '../../src/experiment/defaults';
import { NOISE_PRESETS, type NoiseSettings } from '../../src/experiment/noise';
import { openBrowser, type BrowserSession } from './browser';

/** The fields the chip preset fills, as the page shows them. */
const CHIP_FIELDS: [label: string, shown: string][] = [
  ['One-qubit gate error p1', '0.000525'],
  ['Two-qubit gate error p2', '0.004125'],
  ['Relaxation per layer γ', '0.000735'],
  ['Dephasing per layer λ', '0.0003882'],
  ['Readout error 0→1', '0.0077'],
  ['Readout error 1→0', '0.0077'],
];

async function ready(page: Page): Promise<void> {
  await page.getByText('Epoch 0', { exact: true }).waitFor();
}

const hash = (page: Page): Promise<string> => page.evaluate(() => location.hash);

/** The words of the option chosen in the drop-down labelled `label`. */
const selectedText = (page: Page, label: string): Promise<string> =>
  page.getByLabel(label, { exact: true }).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''); // prettier-ignore

/** The noise section of the experiment in the address bar (undefined: none). */
async function noiseInLink(page: Page): Promise<NoiseSettings | undefined> {
  const r = readHash(await hash(page));
  if (!r?.ok) throw new Error(`The address holds no experiment: ${await hash(page)}`);
  return (r.value as { noise?: NoiseSettings }).noise;
}

describe('the Noise panel', () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('sets the chip preset, keeps it in the link, and Ideal gives the default link back', async () => {
    const { page } = s;
    const preset = page.getByLabel('Noise model', { exact: true });
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await page.goto(inject('baseUrl'));
    await ready(page);
    const plain = linkHash(defaultExperiment());
    await expect.poll(() => hash(page)).toBe(plain);
    await expect(preset.inputValue()).resolves.toBe('ideal');
    await expect(field('One-qubit gate error p1').count()).resolves.toBe(0);

    await preset.selectOption({ label: 'Today’s superconducting chip' });
    for (const [label, shown] of CHIP_FIELDS)
      await expect.poll(() => field(label).inputValue(), { message: label }).toBe(shown);
    await page.getByText(/^Google Quantum AI, Willow processor specification sheet \(2024\)/).waitFor(); // prettier-ignore
    await page.getByText(/simulated as a density matrix \(up to 12 qubits\)/).waitFor();
    // Under noise the exact gradient is the parameter-shift rule on ρ, and the panel says why.
    await expect.poll(() => selectedText(page, 'Quantum gradients')).toBe('Exact (parameter shift under noise)'); // prettier-ignore
    await page.getByText(/^Noise cannot be run backwards, as the adjoint method needs/).waitFor();
    await expect.poll(() => hash(page)).not.toBe(plain);
    await expect(noiseInLink(page)).resolves.toMatchObject({ p1: 0.000525, p2: 0.004125, p01: 0.0077 }); // prettier-ignore

    await mkdir('test-results', { recursive: true });
    await page
      .locator('section', { has: page.getByRole('heading', { name: 'Noise' }) })
      .screenshot({ path: 'test-results/noise-panel.png' });

    await page.reload();
    await ready(page);
    await expect.poll(() => preset.inputValue()).toBe('chip');
    for (const [label, shown] of CHIP_FIELDS)
      await expect(field(label).inputValue(), label).resolves.toBe(shown);

    // One number of the student's own: the preset becomes Custom, and the link says so.
    await field('Two-qubit gate error p2').fill('0.02');
    await field('Two-qubit gate error p2').press('Enter');
    await expect.poll(() => preset.inputValue()).toBe('custom');
    await expect.poll(async () => (await noiseInLink(page))?.p2).toBe(0.02);

    await preset.selectOption({ label: 'Ideal' });
    await expect.poll(() => field('One-qubit gate error p1').count()).toBe(0);
    await expect.poll(() => hash(page)).toBe(plain);
    await expect(noiseInLink(page)).resolves.toBeUndefined();
    await expect.poll(() => selectedText(page, 'Quantum gradients')).toBe('Exact (adjoint)');
    expect(s.errors).toEqual([]);
  });

  it('trains the classifier under noise beside its ideal twin, and shows what the noise costs', async () => {
    const { page } = s;
    const e = defaultExperiment();
    e.training.epochs = 20;
    const preset = NOISE_PRESETS.find((p) => p.name === 'veryNoisy')!;
    const noisy = { ...e, noise: { ...preset.settings } };
    await page.goto(`${inject('baseUrl')}#e=${encodeExperiment(noisy)}`);
    await ready(page);
    await expect.poll(() => page.getByLabel('Noise model', { exact: true }).inputValue()).toBe('veryNoisy'); // prettier-ignore
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('Epoch 20', { exact: true }).waitFor({ timeout: 120_000 });
    // Both quantum rows of the figures, from the last report: the noisy model and its twin.
    const cells = async (name: string): Promise<string[]> =>
      page
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .allInnerTexts();
    const noisyRow = await cells('Quantum, noisy');
    const idealRow = await cells('Quantum, ideal');
    expect(noisyRow.length).toBeGreaterThanOrEqual(5);
    // Same circuit, same parameter count; the twin's test loss is lower (measured ≈ 0.10 vs 0.13).
    expect(noisyRow[0]).toBe(idealRow[0]);
    expect(Number(idealRow[2])).toBeLessThan(Number(noisyRow[2]));
    await page.getByText(/^Quantum test accuracy \(noisy\)/).waitFor();
    await page.getByText(/^Ideal quantum/).waitFor();
    await page.getByRole('img', { name: 'Quantum, noisy decision boundary' }).waitFor();
    expect(s.errors).toEqual([]);
  }, 180_000);
});
