// The rows of the sandbox's counts chart and table: every state or the listed ones and the rest,
// frequencies only once shots are in, counts of another session ignored, and the figures.
import { describe, expect, it } from 'vitest';
import type { CircuitInfo, ShotCounts } from '../../../../workers/protocol';
import { countRows, largestGap, statisticalError } from '../../../../src/tasks/circuit/countRows';

const info = (over: Partial<CircuitInfo>): CircuitInfo => ({
  task: 'circuit', qubits: 2, simulator: 'statevector', channels: 0, noisy: false, readout: false,
  shots: 100, rounds: 4, states: [0, 1, 2, 3], exact: [0.5, 0, 0, 0.5], rest: 0, ...over,
}); // prettier-ignore
const counts = (c: number[], other = 0): ShotCounts => ({ epoch: 1, shots: c.reduce((a, b) => a + b, other), counts: c, other }); // prettier-ignore

describe('sandbox count rows', () => {
  it('lists every state as a ket, frequencies from the counts', () => {
    const rows = countRows(info({}), counts([27, 0, 0, 23]));
    expect(rows.map((r) => r.label)).toEqual(['|00⟩', '|01⟩', '|10⟩', '|11⟩']);
    expect(rows.map((r) => r.frequency)).toEqual([0.54, 0, 0, 0.46]);
    expect(largestGap(rows)).toBeCloseTo(0.04, 12);
  });

  it('has no frequencies before the first shot, nor from another session’s counts', () => {
    const none = countRows(info({}), null);
    expect(none.map((r) => r.frequency)).toEqual([null, null, null, null]);
    expect(largestGap(none)).toBeNull();
    const stale = countRows(info({}), counts([1, 2]));
    expect(stale.every((r) => r.count === 0 && r.frequency === null)).toBe(true);
  });

  it('adds the states not listed as one row', () => {
    const rows = countRows(info({ qubits: 5, states: [3, 7], exact: [0.6, 0.3], rest: 0.1 }), counts([55, 33], 12)); // prettier-ignore
    expect(rows.map((r) => [r.label, r.ket, r.exact, r.frequency])).toEqual([
      ['|00011⟩', true, 0.6, 0.55],
      ['|00111⟩', true, 0.3, 0.33],
      ['Other states', false, 0.1, 0.12],
    ]);
  });

  it('adds no row for the rest when none of it can come up', () => {
    const rows = countRows(info({ qubits: 5, states: [0, 1], exact: [0.9, 0.1], rest: 0 }), counts([88, 12])); // prettier-ignore
    expect(rows.map((r) => r.label)).toEqual(['|00000⟩', '|00001⟩']);
  });

  it('gives 1/√N as the statistical error', () => {
    expect(statisticalError(0)).toBeNull();
    expect(statisticalError(400)).toBe(0.05);
  });
});
