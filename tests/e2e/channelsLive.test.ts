// A noise channel placed in the editor, as a student meets it from a shared link: a bit flip of
// p = 0.2 after an X on qubit 0. The live state is the density simulator's (qubit 0 reads 0 with
// probability 0.2, purity 1 − 2p + 2p² = 0.68 where amplitudes would be), and training runs the
// noisy model beside its ideal twin although the noise settings are ideal.
import { describe, expect, inject, it } from 'vitest';
import {
  placeGate,
  setBinding,
  setChannelP,
  type EditResult,
  type EditorCircuit,
} from '../../src/experiment/circuit';
import { encodeExperiment } from '../../src/experiment/codec';
import { defaultExperiment } from '../../src/experiment/defaults';
import { READY, TRAINING, suiteBrowser } from './browser';
import { probabilities, settled } from './editorUi';

const P = 0.2;
const EPOCHS = 3;

function ok(r: EditResult): EditorCircuit {
  if (!r.ok) throw new Error(r.reason);
  return r.circuit;
}

/**
 * Qubit 0 (the readout): X, then the bit flip. Qubit 1 reads the point (RY(w·x1 + b), then
 * RY(w·x2 + b)): trainable parameters, on a wire the flip never touches.
 */
function circuit(): EditorCircuit {
  let c: EditorCircuit = { qubits: 2, columns: 2, gates: [], blocks: [] };
  c = ok(placeGate(c, 'X', 0, 0));
  c = ok(placeGate(c, 'bitFlip', 1, 0));
  c = ok(setChannelP(c, c.gates.at(-1)!.id, P));
  for (const feature of [0, 1]) {
    c = ok(placeGate(c, 'RY', feature, 1));
    const binding = { kind: 'feature', feature, weight: `w${feature + 1}`, bias: `b${feature + 1}` } as const; // prettier-ignore
    c = ok(setBinding(c, c.gates.at(-1)!.id, 0, binding));
  }
  return c;
}

/** "|10⟩ 0.123" → the probability of each basis state whose qubit 0 (last digit) is 0, summed. */
function qubit0ReadsZero(items: string[]): number {
  let sum = 0;
  for (const item of items) {
    const m = /^\|([01]+)⟩\s+([0-9.]+)$/.exec(item);
    if (!m) throw new Error(`Not a probability: "${item}"`);
    if (m[1]!.endsWith('0')) sum += Number(m[2]);
  }
  return sum;
}

describe('a noise channel placed in the editor', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it('shows the noisy live state and its purity, then trains noisy beside the ideal twin', async () => {
    const { page } = s;
    const e = defaultExperiment();
    e.training.epochs = EPOCHS;
    e.model = { kind: 'circuit', circuit: circuit(), readout: 'fidelity' };
    await page.goto(`${inject('baseUrl')}#e=${encodeExperiment(e)}`);
    await page.getByText('Epoch 0', { exact: true }).waitFor(READY);
    await settled(page);
    await expect
      .poll(() => page.locator('.live-view').getAttribute('aria-busy'), READY)
      .toBe('false');

    // Probabilities to three decimals: two rounded terms are within 0.001 of the sum.
    const items = await probabilities(page);
    expect(items).toHaveLength(4);
    expect(Math.abs(qubit0ReadsZero(items) - P)).toBeLessThanOrEqual(0.001 + 1e-9);
    // Where the amplitudes would be: the purity, 1 − 2p + 2p² = 0.68 (qubit 1 stays pure).
    const live = page.getByRole('region', { name: 'Noisy quantum state' });
    await live.getByRole('heading', { name: 'Purity', exact: true }).waitFor();
    await expect(live.getByRole('heading', { name: 'Amplitudes' }).count()).resolves.toBe(0);
    const note = await live.getByRole('note').innerText();
    expect(note).toMatch(/^Purity 0\.680: the noise has mixed the state; amplitudes exist only/);
    await page.locator('.live').screenshot({ path: 'test-results/channels-live.png' });

    // The noise settings are ideal; the channel alone makes the model noisy, and the Noise panel
    // says so beside its Ideal.
    await expect(page.getByLabel('Noise model', { exact: true }).inputValue()).resolves.toBe('ideal'); // prettier-ignore
    const noisePanel = page.getByRole('region', { name: 'Noise', exact: true });
    const said = 'The circuit also has a noise channel placed in the editor; it applies whatever model is chosen here.'; // prettier-ignore
    await noisePanel.getByText(said, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText(`Epoch ${EPOCHS}`, { exact: true }).waitFor(TRAINING);
    const cells = (name: string): Promise<string[]> =>
      page
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .allInnerTexts();
    const noisy = await cells('Quantum, noisy');
    const ideal = await cells('Quantum, ideal');
    expect(noisy.length).toBeGreaterThanOrEqual(5);
    // The same circuit, so the same parameters; the flip changes the loss.
    expect(noisy[0]).toBe(ideal[0]);
    expect(noisy[2]).not.toBe(ideal[2]);
    await page.getByRole('img', { name: 'Quantum, noisy decision boundary' }).waitFor();
    await page.screenshot({ path: 'test-results/channels-trained.png', fullPage: true });
    expect(s.errors).toEqual([]);
  }, 180_000);
});
