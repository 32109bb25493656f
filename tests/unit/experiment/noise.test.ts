// Noise as part of the experiment: the presets' numbers, which preset a setting is, the checks of
// a link's noise section, and its round trip through the link codec.

import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { shortenKeys } from '../../../src/experiment/linkKeys';
import {
  MAX_NOISY_QUBITS,
  NOISE_PRESETS,
  hasChannels,
  isIdealNoise,
  isNoisyExperiment,
  presetOf,
  type NoisePresetName,
  type NoiseSettings,
} from '../../../src/experiment/noise';
import { TASK_NAMES, TASK_SCHEMAS } from '../../../src/experiment/tasks/registry';
import { placeGate } from '../../../src/experiment/circuit';
import { CHANNEL_NAMES } from '../../../src/experiment/circuit/channelCatalog';
import type { Experiment } from '../../../src/experiment/types';
import { validateExperiment } from '../../../src/experiment/validate';
import { MAX_DENSITY_QUBITS } from '../../../workers/sim/noise/density';
import { rawLink, withField } from './helpers';

const preset = (name: NoisePresetName): NoiseSettings =>
  NOISE_PRESETS.find((p) => p.name === name)!.settings;
const CHIP = preset('chip');
const withNoise = <E extends Experiment>(e: E, noise: unknown): E => ({ ...e, noise }) as E;

describe('noise presets', () => {
  it('convert the Willow data sheet to our channels, to four figures', () => {
    // Average gate error r → total Pauli error p = r·(d + 1)/d.
    expect(CHIP.p1).toBe(0.000525);
    expect(CHIP.p2).toBe(0.004125);
    // 50 ns layers: 1 − e^(−0.05/68) and, with 1/Tφ = 1/89 − 1/136 (µs), 1 − e^(−0.1/Tφ).
    expect(CHIP.gamma).toBeCloseTo(7.35e-4, 7);
    expect(CHIP.lambda).toBeCloseTo(3.882e-4, 7);
    expect(CHIP.p01).toBe(0.0077);
    expect(CHIP.p10).toBe(0.0077);
  });

  it('name their source, and Ideal is no noise', () => {
    expect(NOISE_PRESETS.map((p) => p.label)).toEqual([
      'Ideal',
      'Today’s superconducting chip',
      'Very noisy',
    ]);
    expect(NOISE_PRESETS[1]!.source).toMatch(/^Google Quantum AI, Willow processor .*\(2024\)/);
    expect(NOISE_PRESETS[1]!.source).toContain('0.035 %');
    expect(isIdealNoise(preset('ideal'))).toBe(true);
    expect(preset('veryNoisy')).toEqual({ p1: 0.01, p2: 0.05, gamma: 0.01, lambda: 0.01, p01: 0.05, p10: 0.05 }); // prettier-ignore
  });

  it('are recognised by their numbers; anything else is custom', () => {
    for (const p of NOISE_PRESETS) expect(presetOf({ ...p.settings })).toBe(p.name);
    expect(presetOf(undefined)).toBe('ideal');
    expect(presetOf(null)).toBe('ideal');
    expect(presetOf({ ...CHIP, p10: 0.01 })).toBe('custom');
    expect(isIdealNoise({ ...preset('ideal'), lambda: 1e-9 })).toBe(false);
  });

  it('allow as many qubits as the worker’s density matrices', () => {
    expect(MAX_NOISY_QUBITS).toBe(MAX_DENSITY_QUBITS);
  });
});

describe('the noise section of a link', () => {
  const classify = defaultExperiment();
  const vqe = TASK_SCHEMAS.vqe.defaults();
  const qaoa = TASK_SCHEMAS.qaoa.defaults();

  it.each([
    ['classification', withNoise(classify, CHIP)],
    ['VQE', withNoise(vqe, preset('veryNoisy'))],
    ['QAOA', withNoise(qaoa, CHIP)],
  ])('round-trips on %s, in short codes', (_, e) => {
    const link = encodeExperiment(e);
    expect(decodeExperiment(link)).toEqual({ ok: true, value: e });
    const plain = decodeExperiment(rawLink(e));
    expect(plain.ok && plain.value).toEqual(e);
  });

  it('writes its fields as two-letter codes', () => {
    expect(shortenKeys({ noise: CHIP })).toEqual({
      nz: { g1: CHIP.p1, g2: CHIP.p2, ad: CHIP.gamma, pd: CHIP.lambda, m0: CHIP.p01, m1: CHIP.p10 },
    });
  });

  it('is left out when absent, and dropped when every probability is 0', () => {
    expect(validateExperiment(classify)).toEqual({ ok: true, value: classify });
    const zero = validateExperiment(withNoise(classify, preset('ideal')));
    expect(zero).toEqual({ ok: true, value: classify });
    expect(zero.ok && 'noise' in zero.value).toBe(false);
    const opened = decodeExperiment(encodeExperiment(withNoise(classify, preset('ideal'))));
    expect(opened.ok && encodeExperiment(opened.value)).toBe(encodeExperiment(classify));
  });

  it('is accepted on QAOA, where a change of noise is a new session and all zero is none', () => {
    const e = withNoise(qaoa, { ...CHIP, p2: 0.02 });
    expect(validateExperiment(e)).toEqual({ ok: true, value: e });
    const parts = (x: Experiment) => JSON.stringify(TASK_SCHEMAS.qaoa.sessionParts(x as typeof qaoa)); // prettier-ignore
    expect(parts(e)).not.toBe(parts(withNoise(qaoa, CHIP)));
    expect(validateExperiment(withNoise(qaoa, preset('ideal')))).toEqual({ ok: true, value: qaoa });
    const hidden = { ...e, view: { ...e.view, hidden: ['noise' as const] } };
    expect(decodeExperiment(encodeExperiment(hidden))).toEqual({ ok: true, value: hidden });
  });

  it('keeps the six fields only', () => {
    const r = validateExperiment(withNoise(classify, { ...CHIP, T1: 68 }));
    expect(r.ok && r.value).toEqual(withNoise(classify, CHIP));
  });

  const BAD: [what: string, value: unknown, field: string, message: string][] = [
    ['NaN', withNoise(classify, { ...CHIP, p1: NaN }), 'noise.p1', 'Noise → one-qubit gate error p1 must be a number from 0 to 1; the link asks for NaN.'], // prettier-ignore
    ['1.5', withNoise(classify, { ...CHIP, p2: 1.5 }), 'noise.p2', 'Noise → two-qubit gate error p2 must be a number from 0 to 1; the link asks for 1.5.'], // prettier-ignore
    ['a negative λ', withField(withNoise(classify, CHIP), 'noise.lambda', -0.1), 'noise.lambda', 'Noise → dephasing per layer λ must be a number from 0 to 1; the link asks for -0.1.'], // prettier-ignore
    ['text', withNoise(vqe, { ...CHIP, gamma: '0.01' }), 'noise.gamma', 'Noise → relaxation per layer γ must be a number from 0 to 1; the link asks for "0.01".'], // prettier-ignore
    ['a missing field', withField(withNoise(classify, CHIP), 'noise.p10', undefined), 'noise.p10', 'Noise → readout error 1→0 is missing from the link.'], // prettier-ignore
    ['a list', withNoise(classify, [0.01]), 'noise', 'Noise → Noise must be a group of settings; the link asks for a list.'], // prettier-ignore
    ['noise on the text task', withNoise(TASK_SCHEMAS.text.defaults(), CHIP), 'noise', 'The link asks for noise, but the Sequences (text) task runs on an ideal simulator so far.'], // prettier-ignore
  ];
  it.each(BAD)('refuses %s', (_, value, field, message) => {
    expect(validateExperiment(value)).toEqual({ ok: false, error: { kind: 'invalid', field, message } }); // prettier-ignore
  });

  it('is refused on every task without noise, even all zero; files say "the file"', () => {
    const without = TASK_NAMES.filter((t) => !TASK_SCHEMAS[t].noise);
    expect(without.length).toBeGreaterThan(0);
    for (const t of without) {
      const r = validateExperiment(withNoise(TASK_SCHEMAS[t].defaults(), preset('ideal')), 'file');
      expect(r.ok ? null : r.error.message, t).toBe(
        `The file asks for noise, but the ${TASK_SCHEMAS[t].label} task runs on an ideal simulator so far.`,
      );
    }
    expect(TASK_NAMES.filter((t) => TASK_SCHEMAS[t].noise).sort()).toEqual([
      'circuit',
      'classify',
      'qaoa',
      'sequence',
      'vqe',
    ]);
  });

  it('has its own hideable panel on the tasks with noise', () => {
    for (const t of ['classify', 'vqe', 'qaoa'] as const)
      expect(TASK_SCHEMAS[t].hideable).toContainEqual({ value: 'noise', label: 'Noise settings' });
  });
});

describe('isNoisyExperiment: the one question page and worker ask', () => {
  const editor = (gate: 'H' | (typeof CHANNEL_NAMES)[number]) => {
    const r = placeGate({ qubits: 2, columns: 1, gates: [], blocks: [] }, gate, 0, 0);
    if (!r.ok) throw new Error(r.reason);
    return r.circuit;
  };
  const chip = NOISE_PRESETS.find((p) => p.name === 'chip')!.settings;
  const zero = NOISE_PRESETS.find((p) => p.name === 'ideal')!.settings;

  it('is noisy with noise settings, with channels placed, or both; not with neither', () => {
    expect(isNoisyExperiment({ task: 'classify' }, null)).toBe(false);
    expect(isNoisyExperiment({ task: 'classify', noise: zero }, editor('H'))).toBe(false);
    expect(isNoisyExperiment({ task: 'classify', noise: chip }, null)).toBe(true);
    expect(isNoisyExperiment({ task: 'vqe', noise: chip }, editor('H'))).toBe(true);
    expect(isNoisyExperiment({ task: 'classify' }, editor('bitFlip'))).toBe(true);
    expect(isNoisyExperiment({ task: 'vqe', noise: chip }, editor('reset'))).toBe(true);
  });

  it('finds every channel of the catalogue, and no gate', () => {
    for (const name of CHANNEL_NAMES) expect(hasChannels(editor(name)), name).toBe(true);
    expect(hasChannels(editor('H'))).toBe(false);
    expect(hasChannels(null)).toBe(false);
  });
});
