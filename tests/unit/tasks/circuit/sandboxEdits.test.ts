// The Measure panel's edits: shots, rounds and seed kept whole and within their limits.
import { describe, expect, it } from 'vitest';
import { circuitSchema } from '../../../../src/experiment/tasks/circuit';
import { validateExperiment } from '../../../../src/experiment/validate';
import { withRounds, withSeed, withShots } from '../../../../src/tasks/circuit/sandboxEdits';

describe('sandbox measure edits', () => {
  it('keep shots, rounds and seed whole and in range, so the experiment stays valid', () => {
    const d = circuitSchema.defaults();
    expect(withShots(d, 1234.4).measure.shots).toBe(1234);
    expect(withShots(d, 0).measure.shots).toBe(1);
    expect(withShots(d, 5e6).measure.shots).toBe(1_000_000);
    expect(withRounds(d, 0).training.epochs).toBe(1);
    expect(withRounds(d, 12.6).training.epochs).toBe(13);
    expect(withSeed(d, -3).training.seed).toBe(0);
    for (const e of [withShots(d, 0), withRounds(d, 5000), withSeed(d, 1e12)])
      expect(validateExperiment(e).ok).toBe(true);
  });
});
