// Measurement with a finite number of shots, from a seeded generator: counts of basis states,
// and shot-based estimates of observables (each Pauli term measured in its own rotated basis).

import { SimError } from './errors';
import { dense1 } from './kernels';
import { probabilities, type CompiledObservable } from './observables';
import type { Rng } from './rng';
import type { StateVector } from './state';

/** Largest number of shots one call accepts. */
export const MAX_SHOTS = 10_000_000;

function checkShots(shots: number): void {
  if (!Number.isInteger(shots) || shots < 1 || shots > MAX_SHOTS) {
    throw new SimError(
      'shots',
      `The number of shots must be a whole number from 1 to ${MAX_SHOTS}; got ${shots}.`,
    );
  }
}

/** Draws `shots` basis states from distribution p; returns how often each index came up. */
export function sampleCounts(
  p: Float64Array,
  shots: number,
  rng: Rng,
  out?: Int32Array,
): Int32Array {
  checkShots(shots);
  const counts = out ?? new Int32Array(p.length);
  counts.fill(0);
  // Sorted uniforms swept once through the cumulative distribution: O(shots log shots + 2^n).
  const u = new Float64Array(shots);
  for (let s = 0; s < shots; s++) u[s] = rng.next();
  u.sort();
  let total = 0;
  for (let b = 0; b < p.length; b++) total += p[b]!;
  if (!(total > 0) || !Number.isFinite(total)) {
    throw new SimError(
      'probabilities',
      'Cannot sample: the probabilities do not add up to a positive number.',
    );
  }
  let cum = 0;
  let b = 0;
  for (let s = 0; s < shots; s++) {
    const target = u[s]! * total;
    while (b < p.length - 1 && cum + p[b]! <= target) {
      cum += p[b]!;
      b++;
    }
    counts[b] = counts[b]! + 1;
  }
  return counts;
}

/** Draws `shots` measurement outcomes of the whole register. */
export function sampleState(state: StateVector, shots: number, rng: Rng): Int32Array {
  return sampleCounts(probabilities(state), shots, rng);
}

const H_M = new Float64Array([Math.SQRT1_2, 0, Math.SQRT1_2, 0, Math.SQRT1_2, 0, -Math.SQRT1_2, 0]);
/** H·S†: takes the Y eigenbasis to the Z eigenbasis. */
const HSDG_M = new Float64Array([
  Math.SQRT1_2,
  0,
  0,
  -Math.SQRT1_2,
  Math.SQRT1_2,
  0,
  0,
  Math.SQRT1_2,
]);

/**
 * Estimates ⟨M⟩ from `shots` measurements per Pauli term (and per diagonal part), as hardware
 * would: rotate each measured qubit into the Z basis, sample, average the parity.
 * `scratch` is overwritten.
 */
export function estimateExpectation(
  state: StateVector,
  obs: CompiledObservable,
  shots: number,
  rng: Rng,
  scratch: StateVector,
): number {
  checkShots(shots);
  const n = state.n;
  const size = 1 << n;
  const p = new Float64Array(size);
  const counts = new Int32Array(size);
  let total = 0;
  for (let t = 0; t < obs.xMask.length; t++) {
    const x = obs.xMask[t]!;
    const z = obs.zMask[t]!;
    const coeff = obs.coeff[t]!;
    if ((x | z) === 0) {
      total += coeff;
      continue;
    }
    scratch.amp.set(state.amp);
    for (let q = 0; q < n; q++) {
      const bx = (x >> q) & 1;
      const bz = (z >> q) & 1;
      if (bx && bz) dense1(scratch.amp, q, HSDG_M, 0, 0, 0);
      else if (bx) dense1(scratch.amp, q, H_M, 0, 0, 0);
    }
    probabilities(scratch, p);
    sampleCounts(p, shots, rng, counts);
    const mask = x | z;
    let acc = 0;
    for (let b = 0; b < size; b++)
      if (counts[b]) acc += (popcount(b & mask) & 1 ? -1 : 1) * counts[b]!;
    total += coeff * (acc / shots);
  }
  if (obs.diagonal) {
    probabilities(state, p);
    sampleCounts(p, shots, rng, counts);
    let acc = 0;
    for (let b = 0; b < size; b++) if (counts[b]) acc += obs.diagonal[b]! * counts[b]!;
    total += acc / shots;
  }
  return total;
}

function popcount(v: number): number {
  let c = 0;
  while (v) {
    v &= v - 1;
    c++;
  }
  return c;
}
