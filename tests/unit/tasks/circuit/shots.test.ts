// Measuring a sandbox circuit: the distribution from the statevector without noise and from the
// density matrix with channels or noise settings (readout error in each shot), seeded shots whose
// frequencies meet the probabilities within their statistical error, rounds that add up, and the
// states the page shows.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../../src/experiment/circuit/compile';
import type { EditorCircuit } from '../../../../src/experiment/circuit/types';
import { circuitSchema } from '../../../../src/experiment/tasks/circuit';
import { createRng } from '../../../../workers/sim';
import { noiseModelOf } from '../../../../workers/sim/noise/noiseModel';
import {
  SHOWN,
  createShotTally,
  outcomeDistribution,
  roundShots,
  shownStates,
} from '../../../../workers/tasks/circuit/shots';

const BELL = circuitSchema.defaults().model.circuit;
const NO_NOISE = { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 };

/** The distribution and `shots` seeded shots of an editor circuit, counted for every state. */
function measure(c: EditorCircuit, shots: number, seed = 1, noise = NO_NOISE) {
  const { circuit, channels } = compileEditorCircuit(c);
  const d = outcomeDistribution(circuit, channels, noiseModelOf(noise), []);
  const states = Array.from(d.probabilities, (_, i) => i);
  const tally = createShotTally(d.probabilities, states, createRng(seed));
  tally.draw(shots);
  return { ...d, counts: Array.from(tally.counts), other: tally.other };
}

/** |frequency − p| in standard deviations of a frequency after n shots. */
const sigmas = (count: number, n: number, p: number): number =>
  Math.abs(count / n - p) / Math.sqrt((p * (1 - p)) / n);

const one = (gates: EditorCircuit['gates']): EditorCircuit => ({ qubits: 1, columns: 2, gates, blocks: [] }); // prettier-ignore

describe('sandbox shots', () => {
  it('measures the Bell circuit from its statevector: 00 and 11 each within 5σ of one half', () => {
    const n = 20000;
    const m = measure(BELL, n);
    expect(m.simulator).toBe('statevector');
    expect(Array.from(m.probabilities)).toEqual([0.5, 0, 0, 0.5].map((p) => expect.closeTo(p, 12)));
    expect(m.counts[1]).toBe(0);
    expect(m.counts[2]).toBe(0);
    expect(m.counts[0]! + m.counts[3]!).toBe(n);
    expect(sigmas(m.counts[0]!, n, 0.5)).toBeLessThan(5);
    expect(sigmas(m.counts[3]!, n, 0.5)).toBeLessThan(5);
  });

  it('flips |0⟩ with a bit-flip channel p: the frequency of 1 is p within 5σ (density matrix)', () => {
    const n = 20000;
    for (const p of [0.1, 0.3]) {
      const m = measure(one([{ id: 'g1', gate: 'bitFlip', column: 0, targets: [0], p }]), n, 3);
      expect(m.simulator).toBe('density');
      expect(m.probabilities[1]).toBeCloseTo(p, 12);
      expect(sigmas(m.counts[1]!, n, p)).toBeLessThan(5);
      expect(Math.abs(m.counts[1]! / n - p)).toBeLessThan(0.02);
    }
  });

  it('applies the noise settings: readout error 0→1 misreads |0⟩ in its share of shots', () => {
    const n = 20000;
    const noise = { ...NO_NOISE, p01: 0.08 };
    const m = measure(one([{ id: 'g1', gate: 'Z', column: 0, targets: [0] }]), n, 5, noise);
    expect(m.simulator).toBe('density');
    expect(m.probabilities[1]).toBeCloseTo(0.08, 12);
    expect(sigmas(m.counts[1]!, n, 0.08)).toBeLessThan(5);
    // X then readout 1→0: a 1 read as 0.
    const flipped = measure(one([{ id: 'g1', gate: 'X', column: 0, targets: [0] }]), n, 5, { ...NO_NOISE, p10: 0.2 }); // prettier-ignore
    expect(sigmas(flipped.counts[0]!, n, 0.2)).toBeLessThan(5);
  });

  it('repeats the same counts from the same seed, and others from another', () => {
    const a = measure(BELL, 500, 7).counts;
    expect(measure(BELL, 500, 7).counts).toEqual(a);
    expect(measure(BELL, 500, 8).counts).not.toEqual(a);
  });

  it('splits the shots over the rounds so that they add up, even with fewer shots than rounds', () => {
    for (const [total, rounds] of [
      [2000, 40],
      [1000, 7],
      [3, 10],
      [1, 1],
    ]) {
      const each = Array.from({ length: rounds! }, (_, r) => roundShots(total!, rounds!, r));
      expect(each.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...each) - Math.min(...each)).toBeLessThanOrEqual(1);
    }
  });

  it('shows every state up to 16, else the 16 most likely, most likely first (ties: lower index)', () => {
    expect(shownStates(new Float64Array([0.1, 0.2, 0.3, 0.4]))).toEqual([0, 1, 2, 3]);
    const p = new Float64Array(64).fill(0.001);
    p[40] = 0.3;
    p[3] = 0.2;
    p[63] = 0.2;
    const top = shownStates(p);
    expect(top).toHaveLength(SHOWN);
    expect(top.slice(0, 4)).toEqual([40, 3, 63, 0]);
    expect(top.slice(3)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // Above 16 states, those that cannot come up are left out (rounding's 1e-33 included).
    const few = new Float64Array(32);
    few[5] = 0.25;
    few[9] = 0.75;
    few[12] = 1e-33;
    expect(shownStates(few)).toEqual([9, 5]);
  });

  it('counts the shots outside the shown states as one', () => {
    const p = new Float64Array([0.25, 0.25, 0.25, 0.25]);
    const tally = createShotTally(p, [2], createRng(1));
    tally.draw(400);
    tally.draw(0);
    expect(tally.shots).toBe(400);
    expect(tally.counts[0]! + tally.other).toBe(400);
    expect(sigmas(tally.other, 400, 0.75)).toBeLessThan(5);
  });
});
