// The noise an experiment's quantum model runs under: part of the experiment and its link, shared
// by every task that simulates noise (TaskSchema.noise). Absent means an ideal simulator, as every
// link made before noise existed.

import type { Checker } from './checker';
import { isChannelName } from './circuit/channelCatalog';
import type { EditorCircuit } from './circuit/types';

/**
 * Noise by gate kind, as data sheets give it (the worker's NoiseModel, workers/sim/noise/types.ts):
 * after each one-qubit gate depolarising p1 on its qubit, after each two-qubit gate two-qubit
 * depolarising p2 on its qubits; after every layer amplitude damping γ and phase damping λ on every
 * qubit; each measured qubit reads 1 for 0 with probability p01 and 0 for 1 with p10.
 */
export interface NoiseSettings {
  p1: number;
  p2: number;
  gamma: number;
  lambda: number;
  p01: number;
  p10: number;
}

export type NoiseField = keyof NoiseSettings;

/**
 * Every field, in the order panels show them, with its words in messages. Each is a probability
 * from 0 to 1 (the channels accept all of it; the glossary says which values are sensible).
 */
export const NOISE_FIELDS: readonly { key: NoiseField; words: string }[] = [
  { key: 'p1', words: 'one-qubit gate error p1' },
  { key: 'p2', words: 'two-qubit gate error p2' },
  { key: 'gamma', words: 'relaxation per layer γ' },
  { key: 'lambda', words: 'dephasing per layer λ' },
  { key: 'p01', words: 'readout error 0→1' },
  { key: 'p10', words: 'readout error 1→0' },
];

/** The range of every noise field: a probability. */
export const NOISE_LIMIT = [0, 1] as const;

/**
 * Most qubits a noisy circuit may have: noise is simulated on a density matrix of 4^n numbers
 * (the worker's MAX_DENSITY_QUBITS, workers/sim/noise/density.ts; a test keeps them equal).
 */
export const MAX_NOISY_QUBITS = 12;

/** Four significant figures: more than a data sheet states, and fields and links stay short. */
const figures = (x: number): number => Number(x.toPrecision(4));

/**
 * Google Quantum AI, "Willow processor specification sheet" (2024): means over the chip, errors
 * as average gate errors r (randomised benchmarking), times in µs.
 */
const WILLOW = {
  error1q: 0.035e-2,
  /** CZ. */
  error2q: 0.33e-2,
  readout: 0.77e-2,
  t1: 68,
  /** T2 from a CPMG echo sequence. */
  t2: 89,
  gate1q: 0.025,
  gate2q: 0.042,
} as const;

/** One circuit layer: the two-qubit gate (42 ns) rounded up to allow for the idling around it. */
const LAYER_US = 0.05;

/**
 * A data sheet's average gate error r on d = 2^n levels as our depolarising p (the total Pauli
 * error probability): p = r·(d + 1)/d.
 */
const depolarizingOf = (r: number, qubits: number): number => {
  const d = 2 ** qubits;
  return (r * (d + 1)) / d;
};

/** Pure dephasing time: 1/Tφ = 1/T2 − 1/(2·T1). */
const tPhi = 1 / (1 / WILLOW.t2 - 1 / (2 * WILLOW.t1));

const CHIP: NoiseSettings = {
  p1: figures(depolarizingOf(WILLOW.error1q, 1)),
  p2: figures(depolarizingOf(WILLOW.error2q, 2)),
  // Populations relax as e^(−t/T1); the phase-damping channel shrinks coherences by √(1 − λ), so
  // e^(−t/Tφ) needs λ = 1 − e^(−2t/Tφ).
  gamma: figures(-Math.expm1(-LAYER_US / WILLOW.t1)),
  lambda: figures(-Math.expm1((-2 * LAYER_US) / tPhi)),
  p01: WILLOW.readout,
  p10: WILLOW.readout,
};

const percent = (x: number): string => `${Number((x * 100).toPrecision(3))} %`;

export type NoisePresetName = 'ideal' | 'chip' | 'veryNoisy';

export interface NoisePreset {
  name: NoisePresetName;
  label: string;
  settings: NoiseSettings;
  /** Where the numbers come from, shown under the fields. */
  source: string;
}

const ZERO: NoiseSettings = { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 };

export const NOISE_PRESETS: readonly NoisePreset[] = [
  {
    name: 'ideal',
    label: 'Ideal',
    settings: ZERO,
    source: 'A perfect simulator: no noise at all.',
  },
  {
    name: 'chip',
    label: 'Today’s superconducting chip',
    settings: CHIP,
    source:
      `Google Quantum AI, Willow processor specification sheet (2024): gate errors ` +
      `${percent(WILLOW.error1q)} (one qubit) and ${percent(WILLOW.error2q)} (CZ), measurement ` +
      `error ${percent(WILLOW.readout)}, T1 ${WILLOW.t1} µs, T2 ${WILLOW.t2} µs, gates ` +
      `${WILLOW.gate1q * 1000} and ${WILLOW.gate2q * 1000} ns. Gate errors × 3/2 and × 5/4 give ` +
      `the depolarising p; damping is per layer of ${LAYER_US * 1000} ns.`,
  },
  {
    name: 'veryNoisy',
    label: 'Very noisy',
    settings: { p1: 0.01, p2: 0.05, gamma: 0.01, lambda: 0.01, p01: 0.05, p10: 0.05 },
    source: 'A teaching setting, far noisier than today’s chips, so that what noise does is plain.',
  },
];

/** The preset whose numbers these are, 'ideal' for no noise at all, else 'custom'. */
export function presetOf(s: NoiseSettings | null | undefined): NoisePresetName | 'custom' {
  if (isIdealNoise(s)) return 'ideal';
  const same = (a: NoiseSettings): boolean => NOISE_FIELDS.every(({ key }) => a[key] === s![key]);
  return NOISE_PRESETS.find((p) => same(p.settings))?.name ?? 'custom';
}

/** No noise: absent, or every probability 0 (what a link without a noise section means). */
export function isIdealNoise(s: NoiseSettings | null | undefined): boolean {
  return !s || NOISE_FIELDS.every(({ key }) => s[key] === 0);
}

/** Whether the circuit has noise channels placed (channelCatalog.ts). */
export function hasChannels(c: EditorCircuit | null | undefined): boolean {
  return !!c && c.gates.some((g) => isChannelName(g.gate));
}

/**
 * "This experiment is noisy", the one question page and worker both ask: its noise settings are
 * not ideal, or the circuit it trains (`schemaFor(e).circuit(e)`) has noise channels. Its quantum
 * model then runs on the density-matrix simulator, beside an ideal twin (the same circuit without
 * channels, no noise). Only tasks whose schema has `noise` carry settings (validate.ts refuses
 * them elsewhere), so the settings need no task check here.
 */
export function isNoisyExperiment(
  e: { task: string; noise?: NoiseSettings },
  circuit: EditorCircuit | null,
): boolean {
  return !isIdealNoise(e.noise) || hasChannels(circuit);
}

/** Checks and copies a link's or file's noise section (field by field, unknown keys dropped). */
export function checkNoise(c: Checker, v: unknown): NoiseSettings {
  const o = c.obj(v, 'noise', 'Noise');
  const out = { ...ZERO };
  for (const { key, words } of NOISE_FIELDS)
    out[key] = c.num(o, key, `noise.${key}`, words, NOISE_LIMIT, false);
  return out;
}
