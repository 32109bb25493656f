// The pacing of the zero-noise extrapolation: the pure decision (its share of the run's time, the
// ends of the share's range) and the pacer on a fake clock, where a cheap extrapolation comes at
// every report and a dear one every k-th, k following the measured costs, within its share.
import { describe, expect, it } from 'vitest';
import { createZnePacer, mitigationDue, ZNE_SHARE } from '../../../workers/tasks/noisyTwin';

describe('mitigationDue', () => {
  it('extrapolates while it stays within a quarter of all the time, one more included', () => {
    expect(ZNE_SHARE).toBe(0.25);
    // Before any: due once there is some training.
    expect(mitigationDue(0, 0, 1)).toBe(true);
    // One of 12 ms after 36 ms of training: 12 / 48 = 0.25, just within; after 35 ms, not.
    expect(mitigationDue(0, 12, 36)).toBe(true);
    expect(mitigationDue(0, 12, 35)).toBe(false);
    // Two so far (24 ms) and a third: 36 / (108 + 36) = 0.25.
    expect(mitigationDue(24, 12, 108)).toBe(true);
    expect(mitigationDue(24, 12, 107)).toBe(false);
  });
  it('extrapolates at every report at share 1, at none at share 0', () => {
    expect(mitigationDue(1e9, 1e9, 0, 1)).toBe(true);
    expect(mitigationDue(0, 0, 1e9, 0)).toBe(false);
    // Another share: a half of the time.
    expect(mitigationDue(0, 10, 10, 0.5)).toBe(true);
    expect(mitigationDue(0, 10, 9.9, 0.5)).toBe(false);
  });
});

/** A clock the test moves by hand. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/**
 * `steps` steps of `trainMs` each under `pacer`, extrapolating for `zneMs` when told to; the first
 * extrapolation at rest (the load) as a session makes it. Returns the steps that extrapolated.
 */
function run(trainMs: number, zneMs: number, steps: number, share = ZNE_SHARE, lastAt = Infinity) {
  const clock = fakeClock();
  const pacer = createZnePacer(share, clock.now);
  pacer.extrapolate(() => clock.advance(zneMs));
  const at: number[] = [];
  for (let i = 1; i <= steps; i++)
    pacer.step(i === lastAt, (due) => {
      clock.advance(trainMs);
      if (!due()) return;
      pacer.extrapolate(() => clock.advance(zneMs));
      at.push(i);
    });
  return { at, pacer };
}

describe('createZnePacer', () => {
  it('extrapolates at every step when it costs a third of a step or less', () => {
    const { at, pacer } = run(6, 2, 20);
    expect(at).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(pacer.spentMs / (pacer.spentMs + pacer.trainingMs)).toBeCloseTo(0.25, 12);
  });
  it('extrapolates every k-th step when it is dear (QAOA at 10 qubits: 12 s against 6 s), within a quarter', () => {
    const { at, pacer } = run(6, 12, 60);
    // 12 ms fits a quarter after 36 ms of training: every 6th step.
    expect(at).toEqual([6, 12, 18, 24, 30, 36, 42, 48, 54, 60]);
    expect(pacer.trainingMs).toBe(360);
    expect(pacer.spentMs).toBe(120);
    // The extrapolation at the load (at rest) is counted, not charged against the share.
    expect(pacer.count).toBe(11);
  });
  it('keeps within its share whatever the costs, and always extrapolates on the last step', () => {
    for (const [trainMs, zneMs] of [
      [1, 40],
      [3, 7],
      [5, 5],
      [2, 0.5],
    ] as const) {
      const { pacer } = run(trainMs, zneMs, 200);
      expect(pacer.spentMs / (pacer.spentMs + pacer.trainingMs)).toBeLessThanOrEqual(ZNE_SHARE + 1e-12); // prettier-ignore
      expect(pacer.count).toBeGreaterThan(1);
    }
    expect(run(6, 12, 10, 0, 10).at).toEqual([10]);
    expect(run(6, 12, 10, 1).at).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
