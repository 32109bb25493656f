// The molecule task as a new user meets it: pick "Molecule energy (VQE)", H₂ at 1.5 Å, train,
// read the four energies from the screen; scan the bond length and read the table; share the
// link and open it again. Correctness only: waits have the margin a loaded machine needs.
import { mkdir } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { READY, TRAINING, suiteBrowser } from './browser';
import { figure, hartree } from './figures';

const TEST_TIMEOUT = 240_000;

describe('molecule energy (VQE)', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'trains H₂ at 1.5 Å to the exact energy, scans the bond length and shares the link',
    async () => {
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.getByText('Epoch 0', { exact: true }).waitFor();
      await page.getByLabel('Task').selectOption({ label: 'Molecule energy (VQE)' });
      await page.getByLabel('Molecule', { exact: true }).selectOption({ label: 'H₂' });
      const bond = page.getByLabel('Bond length (Å)');
      await bond.fill('1.5');
      await bond.press('Enter');
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), READY).toBe(true);
      // A step of this task is an optimiser iteration; the preset ansatz is drawn.
      await page.getByText('Iteration 0', { exact: true }).waitFor();
      await page.getByRole('img', { name: /^Ansatz circuit/ }).waitFor();
      // The classical answers are there before any training: Hartree–Fock above exact.
      const exact = hartree(await figure(page, 'Exact energy'));
      const hf = hartree(await figure(page, 'Hartree–Fock energy'));
      expect(exact).toBeLessThan(hf);
      expect(exact).toBeGreaterThan(-1.2);
      await play.click();
      await expect.poll(async () => (await figure(page, 'Error')).replace(/ mHa$/, ''), TRAINING).toBe('0.000'); // prettier-ignore
      const vqe = hartree(await figure(page, 'VQE energy'));
      expect(Math.abs(vqe - exact)).toBeLessThan(1e-5);
      await page.getByRole('img', { name: 'Energy against iteration' }).waitFor();
      // Pause (or let it finish) before scanning.
      const pause = page.getByRole('button', { name: 'Pause' });
      if (await pause.isVisible()) await pause.click();
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/vqe-trained.png', fullPage: true });

      // Scan: 5 bond lengths from 0.5 to 2.5 Å, each VQE within chemical accuracy of exact.
      const set = async (label: string, value: string): Promise<void> => {
        const f = page.getByLabel(label, { exact: true });
        await f.fill(value);
        await f.press('Enter');
      };
      await set('From (Å)', '0.5');
      await set('To (Å)', '2.5');
      await set('Points', '5');
      await page.getByRole('button', { name: 'Scan bond length' }).click();
      const table = page.getByRole('table', { name: 'Bond length scan' });
      await expect.poll(() => table.getByRole('row').count(), TRAINING).toBe(6);
      await expect
        .poll(() => page.getByRole('button', { name: 'Download CSV' }).isEnabled(), TRAINING)
        .toBe(true);
      await expect.poll(() => page.getByRole('button', { name: 'Scan bond length' }).isEnabled(), TRAINING).toBe(true); // prettier-ignore
      const rows = await table.getByRole('row').allInnerTexts();
      for (const row of rows.slice(1)) {
        const [r, hfR, vqeR, exactR] = row.split('\t').map((c) => hartree(c.trim()));
        expect(r).toBeGreaterThanOrEqual(0.5);
        expect(Math.abs(vqeR! - exactR!)).toBeLessThan(0.0016);
        expect(hfR!).toBeGreaterThanOrEqual(exactR! - 1e-9);
      }
      await page.getByRole('img', { name: 'Energy against bond length' }).waitFor();
      await page.screenshot({ path: 'test-results/vqe-scan.png', fullPage: true });

      // The link holds the whole experiment: open it in a fresh page.
      const url = page.url();
      expect(url).toContain('#e=');
      const other = await s.context.newPage();
      await other.goto(url);
      await expect.poll(() => other.getByLabel('Task').inputValue(), READY).toBe('vqe');
      await expect.poll(() => other.getByLabel('Bond length (Å)').inputValue(), READY).toBe('1.5');
      await other.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'names a bad term of a custom Hamiltonian and keeps the last good one',
    async () => {
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.getByLabel('Task').selectOption({ label: 'Molecule energy (VQE)' });
      await page
        .getByLabel('Molecule', { exact: true })
        .selectOption({ label: 'Custom Hamiltonian' });
      const text = page.getByLabel('Hamiltonian', { exact: true });
      await text.fill('0.5 Z0 Z1 + 0.3 Q0');
      await page.getByRole('alert').filter({ hasText: 'Q0' }).waitFor();
      await text.fill('-1 Z0 Z1 - 0.5 X0 - 0.5 X1');
      await text.press('Enter');
      await expect.poll(async () => hartree(await figure(page, 'Exact energy')), READY).toBeCloseTo(-Math.sqrt(2) , 5); // prettier-ignore
    },
    TEST_TIMEOUT,
  );

  it(
    'cancels a long scan: the worker stops, the experiment stays, Prepare again trains it',
    async () => {
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.getByLabel('Task').selectOption({ label: 'Molecule energy (VQE)' });
      await page.getByLabel('Molecule', { exact: true }).selectOption({ label: 'HeH⁺' });
      // A scan that cannot finish while the test looks: parameter shift from 100,000 shots per
      // expectation, up to 10,000 iterations at each of 60 bond lengths (shot noise keeps it from
      // converging), so Cancel is pressed while it runs, on any machine.
      const set = async (label: string, value: string): Promise<void> => {
        const f = page.getByLabel(label, { exact: true });
        await f.fill(value);
        await f.press('Enter');
      };
      await page.getByLabel('Quantum gradients').selectOption({ label: 'Parameter shift' });
      await set('Shots (0 = exact)', '100000');
      await set('Iterations', '10000');
      await set('Points', '60');
      const points = page.getByLabel('Points', { exact: true });
      const scan = page.getByRole('button', { name: 'Scan bond length' });
      await expect.poll(() => scan.isEnabled(), READY).toBe(true);
      await scan.click();
      await page
        .getByRole('status')
        .filter({ hasText: /^Scanning: \d+ of 60/ })
        .waitFor();
      await page.getByRole('button', { name: 'Cancel', exact: true }).first().click();
      await page
        .getByRole('status')
        .filter({ hasText: /Stopped the worker while scanning the bond length/ })
        .waitFor();
      // The experiment is as it was: HeH⁺, 60 points; preparing again gives a session to train.
      expect(await page.getByLabel('Molecule', { exact: true }).inputValue()).toBe('heh+');
      expect(await points.inputValue()).toBe('60');
      await page.getByRole('button', { name: 'Prepare again' }).click();
      const play = page.getByRole('button', { name: 'Play' });
      await expect.poll(() => play.isEnabled(), READY).toBe(true);
      expect(s.errors).toEqual([]);
    },
    TEST_TIMEOUT,
  );
});
