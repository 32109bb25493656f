// Noise channels in the circuit editor, as a student uses them: drag "Bit flip" from the palette's
// Noise group onto a wire, read its probability on the glyph, change it in the inspector (a typo
// is marked and loses nothing), and open the link in a fresh page to find the channel again.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readHash } from '../../src/experiment/codec';
import type { EditorCircuit } from '../../src/experiment/circuit';
import { suiteBrowser } from './browser';
import { alert, dragGate, emptyEditor, palette, placed, settled, slot } from './editorUi';

/** The classifier's editor circuit in the address bar. */
async function circuitInLink(page: Page): Promise<EditorCircuit> {
  const hash = await page.evaluate(() => location.hash);
  const r = readHash(hash);
  if (!r?.ok) throw new Error(`The address holds no experiment: ${hash}`);
  const model = (r.value as { model?: { kind: string; circuit?: EditorCircuit } }).model;
  if (model?.kind !== 'circuit' || !model.circuit) throw new Error('The link has no circuit.');
  return model.circuit;
}

const bitFlipP = async (page: Page): Promise<number | undefined> =>
  (await circuitInLink(page)).gates.find((g) => g.gate === 'bitFlip')?.p;

describe('noise channels in the circuit editor', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it('places a bit flip, sets its p in the inspector, and keeps it in the link', async () => {
    const { page } = s;
    await emptyEditor(page);
    const entry = palette(page, 'Bit flip channel, BF');
    await expect(entry.getAttribute('title')).resolves.toBe('Bit flip: X with probability p');
    await dragGate(page, 'Bit flip channel, BF', 'qubit 0, step 2');
    const flip = placed(page, /^Bit flip on qubit 0, step 2/);
    await expect
      .poll(() => flip.getAttribute('aria-label'))
      .toBe('Bit flip on qubit 0, step 2, p = 0.10');
    await expect(flip.textContent()).resolves.toContain('p=0.10');

    // A channel just placed is selected, so its settings are open.
    await expect(flip.getAttribute('aria-pressed')).resolves.toBe('true');
    const inspector = page.getByRole('region', { name: 'Bit flip channel settings' });
    await inspector.getByText(/simulated as a density matrix/).waitFor();
    const field = inspector.getByLabel('Flip probability p', { exact: true });
    await expect(field.inputValue()).resolves.toBe('0.10');
    await field.fill('0.25');
    await field.press('Enter');
    await expect.poll(() => flip.textContent()).toContain('p=0.25');
    await expect(flip.getAttribute('aria-label')).resolves.toBe(
      'Bit flip on qubit 0, step 2, p = 0.25',
    );

    // A typo is marked and explained; the channel keeps its p and the draft stays to be fixed.
    await field.fill('0.2x');
    await field.press('Enter');
    await alert(page, '"0.2x" is not a number').waitFor();
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(field.inputValue()).resolves.toBe('0.2x');
    await expect(flip.textContent()).resolves.toContain('p=0.25');
    await field.press('Escape');
    await expect(field.inputValue()).resolves.toBe('0.25');
    // ↑ and ↓ step p by 0.01, each an edit.
    await field.press('ArrowUp');
    await expect.poll(() => flip.textContent()).toContain('p=0.26');
    await field.press('ArrowDown');
    await expect.poll(() => flip.textContent()).toContain('p=0.25');
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('false');

    // A second channel by keyboard: Enter on a palette entry places it at the grid's cursor.
    await slot(page, 'qubit 1, step 3').click();
    await palette(page, 'Amplitude damping channel, AD').focus();
    await page.keyboard.press('Enter');
    await placed(page, /^Amplitude damping on qubit 1, step 3, γ = 0.10$/).waitFor();
    await settled(page);
    await page.screenshot({ path: 'test-results/editor-channels.png', fullPage: true });

    // The link carries p: open it in a page with nothing saved, and the channel is there.
    await expect.poll(() => bitFlipP(page)).toBe(0.25);
    const link = `${inject('baseUrl')}${await page.evaluate(() => location.hash)}`;
    await page.evaluate(() => localStorage.clear());
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await placed(page, /^Bit flip on qubit 0, step 2, p = 0.25$/).waitFor();
    await expect(placed(page, /^Bit flip on qubit 0/).textContent()).resolves.toContain('p=0.25');
    expect(s.errors).toEqual([]);
  });
});
