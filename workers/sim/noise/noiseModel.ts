// Noise models by gate kind: their checks, the ASAP layering of a program, and the schedule of a
// noisy run (gates, the channels after them, damping after every layer, gate folding for ZNE).

import type { NoiseSettings } from '../../../src/experiment/noise';
import type { Program } from '../compile';
import { SimError } from '../errors';
import { checkChannel } from './channels';
import type { ChannelOp, DensityStep, NoiseModel, PlacedChannel, ReadoutError } from './types';

/** No noise at all: the density simulator then equals the statevector one. */
export const IDEAL_NOISE: NoiseModel = Object.freeze({
  p1: 0,
  p2: 0,
  gamma: 0,
  lambda: 0,
  readout: Object.freeze({ p01: 0, p10: 0 }),
});

/** Largest gate-folding factor noisySchedule accepts (the run grows by this factor). */
export const MAX_FOLD = 99;

/** True when the model adds nothing (every probability is 0). */
export function isIdeal(noise: NoiseModel): boolean {
  return (
    noise.p1 === 0 &&
    noise.p2 === 0 &&
    noise.gamma === 0 &&
    noise.lambda === 0 &&
    noise.readout.p01 === 0 &&
    noise.readout.p10 === 0
  );
}

/** Throws SimError(field) unless v is a probability in [0, 1]. */
export function checkProbability(v: unknown, field: string, what: string): void {
  if (typeof v !== 'number' || Number.isNaN(v)) {
    throw new SimError(field, `${what} must be a number from 0 to 1; got ${String(v)}.`);
  }
  if (v < 0 || v > 1) {
    throw new SimError(field, `${what} is a probability, so it must be from 0 to 1; got ${v}.`);
  }
}

/** Checks both confusion probabilities of a readout error. */
export function checkReadout(readout: ReadoutError, field = 'noise.readout'): void {
  if (typeof readout !== 'object' || readout === null) {
    throw new SimError(field, 'The readout error needs p01 and p10 (give 0 and 0 for none).');
  }
  checkProbability(readout.p01, `${field}.p01`, 'The readout error P(read 1 | 0)');
  checkProbability(readout.p10, `${field}.p10`, 'The readout error P(read 0 | 1)');
}

/**
 * Checks every probability of a noise model. Depolarizing p above 3/4 (one qubit) or 15/16 (two)
 * is allowed: those are the fully depolarising points, and beyond them the channel is still a
 * mixture of Paulis with non-negative weights, hence physical (it over-rotates the Bloch vector
 * through the centre, to −1/3 of its length at p = 1). Only p outside [0, 1] is refused.
 */
export function checkNoiseModel(noise: NoiseModel): void {
  if (typeof noise !== 'object' || noise === null) {
    throw new SimError('noise', 'The noise model is missing (use the "Ideal" preset for none).');
  }
  checkProbability(noise.p1, 'noise.p1', 'The one-qubit gate error p1');
  checkProbability(noise.p2, 'noise.p2', 'The two-qubit gate error p2');
  checkProbability(noise.gamma, 'noise.gamma', 'The amplitude damping per layer γ');
  checkProbability(noise.lambda, 'noise.lambda', 'The phase damping per layer λ');
  checkReadout(noise.readout);
}

/**
 * The qubits op i touches: its controls (named or extra, ascending), then its base targets.
 * A three-qubit gate's depolarizing pairs are consecutive entries of this list.
 */
export function opQubits(p: Program, i: number): number[] {
  const out: number[] = [];
  const cm = p.cmask[i]!;
  for (let q = 0; q < p.n; q++) if ((cm >> q) & 1) out.push(q);
  out.push(p.q0[i]!);
  if (p.q1[i]! >= 0) out.push(p.q1[i]!);
  return out;
}

/** ASAP moment of every op: one after the latest moment of any qubit it touches (from 0). */
export function layersOf(p: Program): Int32Array {
  const layer = new Int32Array(p.ops);
  const next = new Int32Array(p.n); // first free moment of each qubit
  for (let i = 0; i < p.ops; i++) {
    const qs = opQubits(p, i);
    let m = 0;
    for (const q of qs) m = Math.max(m, next[q]!);
    layer[i] = m;
    for (const q of qs) next[q] = m + 1;
  }
  return layer;
}

/** Checks placed channels against a program: each a valid channel, after an op that exists. */
export function checkPlaced(placed: readonly PlacedChannel[], p: Program): void {
  placed.forEach((c, k) => {
    if (!Number.isInteger(c.after) || c.after < -1 || c.after >= p.ops) {
      throw new SimError(
        `placed[${k}].after`,
        `Channel ${k + 1} (${String(c.name)}) is placed after operation ${c.after + 1}, but the ` +
          `circuit has operations 1 to ${p.ops} (0 places it before the first).`,
      );
    }
    try {
      checkChannel(c, p.n);
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      // Name the placed channel: "channel.qubits" → "placed[2].qubits".
      throw new SimError(
        e.field.replace(/^channel/, `placed[${k}]`),
        `Channel ${k + 1}: ${e.message}`,
      );
    }
  });
}

function checkFold(fold: number): void {
  if (!Number.isInteger(fold) || fold < 1 || fold % 2 === 0 || fold > MAX_FOLD) {
    throw new SimError(
      'fold',
      `The noise scale factor (gate folding) must be an odd whole number from 1 to ${MAX_FOLD}; ` +
        `got ${fold}. Folding runs each gate G as G·(G†·G)^k, which takes 2k + 1 gates.`,
    );
  }
}

/** The depolarizing channels that follow op i under the model (none when p is 0). */
function gateChannels(p: Program, i: number, noise: NoiseModel): ChannelOp[] {
  const qs = opQubits(p, i);
  if (qs.length === 1) {
    return noise.p1 > 0 ? [{ name: 'depolarizing', qubits: qs, p: noise.p1 }] : [];
  }
  if (noise.p2 === 0) return [];
  const out: ChannelOp[] = [];
  for (let k = 0; k + 1 < qs.length; k++) {
    out.push({ name: 'depolarizing2', qubits: [qs[k]!, qs[k + 1]!], p: noise.p2 });
  }
  return out;
}

/**
 * The steps of a noisy run, in program order. Each gate is followed by its depolarizing channels
 * (NoiseModel); each qubit gets amplitude damping γ then phase damping λ once per layer
 * (layersOf). A qubit's damping for a layer is emitted lazily, just before its next gate or at
 * the end: single-qubit channels on an idle wire commute with gates elsewhere, so this equals
 * damping every qubit after each layer's gates, while keeping program order for placed channels.
 *
 * `fold` (odd, default 1) is local gate folding for zero-noise extrapolation: each gate G runs as
 * G·(G†·G)^k, k = (fold − 1)/2, with its gate noise after each of the 2k + 1 applications, and
 * every layer's damping repeated fold times. Placed channels act right after the last gate on
 * their wires (before that layer's damping), take no time and are not folded.
 */
export function noisySchedule(
  p: Program,
  noise: NoiseModel,
  options: { fold?: number; placed?: readonly PlacedChannel[] } = {},
): DensityStep[] {
  const fold = options.fold ?? 1;
  checkFold(fold);
  const placed = options.placed ?? [];
  checkPlaced(placed, p);
  const layers = layersOf(p);
  let depth = 0;
  for (let i = 0; i < p.ops; i++) depth = Math.max(depth, layers[i]! + 1);

  const damping: ChannelOp[][] = [];
  for (let q = 0; q < p.n; q++) {
    const d: ChannelOp[] = [];
    if (noise.gamma > 0) d.push({ name: 'amplitudeDamping', qubits: [q], p: noise.gamma });
    if (noise.lambda > 0) d.push({ name: 'phaseDamping', qubits: [q], p: noise.lambda });
    damping.push(d);
  }
  const steps: DensityStep[] = [];
  const channel = (c: ChannelOp): void => {
    steps.push({ kind: 'channel', channel: c });
  };
  const done = new Int32Array(p.n); // layers of damping already applied to each qubit
  const catchUp = (q: number, upTo: number): void => {
    const d = damping[q]!;
    if (d.length > 0) {
      for (let l = done[q]!; l < upTo; l++) for (let f = 0; f < fold; f++) d.forEach(channel);
    }
    done[q] = Math.max(done[q]!, upTo);
  };

  // Placed channels by the op they follow; index 0 holds those before the first op (after = −1).
  const byOp: PlacedChannel[][] = Array.from({ length: p.ops + 1 }, () => []);
  for (const c of placed) byOp[c.after + 1]?.push(c);
  byOp[0]!.forEach(channel);
  for (let i = 0; i < p.ops; i++) {
    for (const q of opQubits(p, i)) catchUp(q, layers[i]!);
    const noiseAfter = gateChannels(p, i, noise);
    steps.push({ kind: 'gate', op: i, inverse: false });
    noiseAfter.forEach(channel);
    for (let k = 0; k < (fold - 1) / 2; k++) {
      steps.push({ kind: 'gate', op: i, inverse: true });
      noiseAfter.forEach(channel);
      steps.push({ kind: 'gate', op: i, inverse: false });
      noiseAfter.forEach(channel);
    }
    byOp[i + 1]!.forEach(channel);
  }
  for (let q = 0; q < p.n; q++) catchUp(q, depth);
  return steps;
}

/** The worker's noise model of an experiment's noise section; null when absent or all zero. */
export function noiseModelOf(s: NoiseSettings | undefined): NoiseModel | null {
  if (!s) return null;
  const { p1, p2, gamma, lambda, p01, p10 } = s;
  const model: NoiseModel = { p1, p2, gamma, lambda, readout: { p01, p10 } };
  return isIdeal(model) ? null : model;
}
