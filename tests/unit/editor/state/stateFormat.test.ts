import { describe, expect, it } from 'vitest';
import {
  TOP_STATES,
  amplitudeColor,
  formatAmplitude,
  formatBloch,
  formatFixed,
  listedStates,
  phaseColor,
  phaseDegrees,
  purityNote,
  topStates,
} from '../../../../src/editor/state/stateFormat';

/** Degrees of tolerance on a computed phase. */
const DEG_TOL = 1e-9;

/** Reference top-k: a full stable sort, descending, ties by index. */
function sortedTopK(p: Float64Array, k: number): number[] {
  return Array.from(p, (v, i) => ({ v, i }))
    .filter((e) => !Number.isNaN(e.v))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, k)
    .map((e) => e.i);
}

describe('topStates', () => {
  it('returns the k most probable indices, largest first', () => {
    const p = Float64Array.of(0.1, 0.4, 0.05, 0.3, 0.15);
    expect(Array.from(topStates(p, 3))).toEqual([1, 3, 4]);
  });

  it('breaks ties by the lower index', () => {
    const p = Float64Array.of(0.25, 0.25, 0.25, 0.25);
    expect(Array.from(topStates(p, 2))).toEqual([0, 1]);
  });

  it('returns fewer when there are fewer states, and nothing for k = 0', () => {
    expect(Array.from(topStates(Float64Array.of(0.2, 0.8), 16))).toEqual([1, 0]);
    expect(topStates(Float64Array.of(0.2, 0.8), 0).length).toBe(0);
  });

  it('skips NaN', () => {
    expect(Array.from(topStates(Float64Array.of(NaN, 0.3, NaN, 0.7), 4))).toEqual([3, 1]);
  });

  it('matches a full sort on random 10-qubit distributions', () => {
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) ** 3;
    for (let trial = 0; trial < 20; trial++) {
      const p = new Float64Array(1024);
      for (let i = 0; i < p.length; i++) p[i] = Math.round(next() * 200) / 200; // many ties
      expect(Array.from(topStates(p, TOP_STATES))).toEqual(sortedTopK(p, TOP_STATES));
    }
  });
});

describe('listedStates', () => {
  it('lists every state in index order up to 6 qubits', () => {
    const p = new Float64Array(64).fill(1 / 64);
    const { indices, truncated } = listedStates(p, 6);
    expect(truncated).toBe(false);
    expect(Array.from(indices)).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });

  it('lists the 16 most likely above 6 qubits', () => {
    const p = new Float64Array(128);
    p[5] = 0.5;
    p[100] = 0.3;
    p[7] = 0.2;
    const { indices, truncated } = listedStates(p, 7);
    expect(truncated).toBe(true);
    expect(indices.length).toBe(16);
    expect(Array.from(indices.slice(0, 3))).toEqual([5, 100, 7]);
  });
});

describe('phaseDegrees', () => {
  it('is the argument in (−180°, 180°]', () => {
    expect(phaseDegrees(1, 0)).toBeCloseTo(0, 9);
    expect(Math.abs(phaseDegrees(0, 1) - 90)).toBeLessThan(DEG_TOL);
    expect(Math.abs(phaseDegrees(0, -1) + 90)).toBeLessThan(DEG_TOL);
    expect(Math.abs(phaseDegrees(-1, 0) - 180)).toBeLessThan(DEG_TOL);
    expect(Math.abs(phaseDegrees(-1, -0) - 180)).toBeLessThan(DEG_TOL);
    expect(Math.abs(phaseDegrees(1, 1) - 45)).toBeLessThan(DEG_TOL);
  });
});

describe('phaseColor', () => {
  it('maps the phase to the hue, wrapping at 360°', () => {
    expect(phaseColor(0)).toBe('hsl(0.0 78% 46%)');
    expect(phaseColor(90)).toBe('hsl(90.0 78% 46%)');
    expect(phaseColor(-90)).toBe('hsl(270.0 78% 46%)');
    expect(phaseColor(360)).toBe(phaseColor(0));
    expect(phaseColor(180)).toBe(phaseColor(-180));
  });

  it('greys out amplitudes too small to have a phase', () => {
    expect(amplitudeColor(0, 0)).toBe('#9ca3af');
    expect(amplitudeColor(0, 0.5)).toBe(phaseColor(90));
  });
});

describe('formatFixed and formatBloch', () => {
  it('never prints a negative zero', () => {
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0, 0)).toBe('0');
    expect(formatFixed(-0.006, 2)).toBe('-0.01');
    expect(formatFixed(0.125, 1)).toBe('0.1');
  });

  it('writes a Bloch vector with two decimals', () => {
    expect(formatBloch(0, -0.0001, 1)).toBe('(0.00, 0.00, 1.00)');
    expect(formatBloch(0.7071, -0.5, -1)).toBe('(0.71, -0.50, -1.00)');
  });
});

describe('formatAmplitude', () => {
  const h = Math.SQRT1_2;
  it('prints label, magnitude and phase in degrees', () => {
    expect(formatAmplitude(1, 2, 0, h)).toBe('|01⟩ 0.707∠90°');
    expect(formatAmplitude(0, 2, h, 0)).toBe('|00⟩ 0.707∠0°');
    expect(formatAmplitude(3, 2, 0, -h)).toBe('|11⟩ 0.707∠-90°');
    expect(formatAmplitude(2, 2, -0.5, 0)).toBe('|10⟩ 0.500∠180°');
  });

  it('rounds −179.6° to 180°, not −180°', () => {
    const a = (-179.6 * Math.PI) / 180;
    expect(formatAmplitude(0, 1, Math.cos(a), Math.sin(a))).toBe('|0⟩ 1.000∠180°');
  });

  it('prints no angle for a zero amplitude', () => {
    expect(formatAmplitude(2, 3, 0, 0)).toBe('|010⟩ 0.000');
  });
});

describe('purityNote', () => {
  it('says the noise mixed the state, with Tr ρ² to three decimals', () => {
    expect(purityNote(0.68)).toBe(
      'Purity 0.680: the noise has mixed the state; amplitudes exist only for a pure state',
    );
    expect(purityNote(0.9994)).toMatch(/^Purity 0\.999: the noise has mixed the state/);
  });

  it('says a state that shows as pure is still pure', () => {
    expect(purityNote(1)).toMatch(/^Purity 1\.000: the state is still pure here/);
    expect(purityNote(0.99996)).toMatch(/^Purity 1\.000: the state is still pure here/);
  });
});
