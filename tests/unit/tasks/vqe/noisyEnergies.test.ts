// The VQE energies under noise when the last report has no extrapolation (the worker paces it):
// the ideal energy is the last report's, the mitigated one the latest computed, with its
// iteration; an ideal run has none; the figures read them (rendered to static markup).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EnergyFigures } from '../../../../src/tasks/vqe/EnergyFigures';
import { noisyEnergies } from '../../../../src/tasks/vqe/noisyEnergies';
import type { VqeReport } from '../../../../workers/protocol';

const zne = (energy: number) => ({ energy, scales: [1, 3, 5], values: [energy + 0.05, energy + 0.1, energy + 0.15] }); // prettier-ignore
const history: VqeReport[] = [
  { epoch: 0, energy: -0.9, ms: 1, ideal: -1, mitigated: zne(-0.95) },
  { epoch: 1, energy: -1.0, ms: 1, ideal: -1.1 },
  { epoch: 2, energy: -1.05, ms: 1, ideal: -1.12, mitigated: zne(-1.1) },
  { epoch: 3, energy: -1.07, ms: 1, ideal: -1.13 },
];

describe('noisyEnergies', () => {
  it('takes the ideal energy from the last report and the mitigated one from the latest that has it', () => {
    expect(noisyEnergies(history)).toEqual({ ideal: -1.13, mitigated: { energy: -1.1, iteration: 2 } }); // prettier-ignore
    expect(noisyEnergies(history.slice(1, 2))).toEqual({ ideal: -1.1, mitigated: null });
  });
  it('is null on an ideal run and before any report', () => {
    expect(noisyEnergies([{ epoch: 0, energy: -1, ms: 1 }])).toBeNull();
    expect(noisyEnergies([])).toBeNull();
  });
});

describe('EnergyFigures under noise', () => {
  const render = (h: VqeReport[]): string =>
    renderToStaticMarkup(
      createElement(EnergyFigures, { energy: h.at(-1)!.energy, exact: -1.137, hartreeFock: -1.117, noisy: noisyEnergies(h) }), // prettier-ignore
    );
  it('shows the latest extrapolation and the iteration it was computed at', () => {
    const html = render(history);
    expect(html).toContain('<output aria-label="Mitigated (zero-noise extrapolation)">−1.100000 Ha</output>'); // prettier-ignore
    expect(html).toContain('at iteration 2; 37.000 mHa from exact');
    expect(html).toContain('<output aria-label="Noisy">−1.070000 Ha</output>');
  });
  it('says when none is computed yet', () => {
    const html = render(history.slice(1, 2));
    expect(html).toContain('<output aria-label="Mitigated (zero-noise extrapolation)">…</output>');
    expect(html).toContain('not computed yet');
  });
});
