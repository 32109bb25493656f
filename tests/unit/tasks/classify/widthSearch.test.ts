// The width search behind "Smallest classical model that can": on XOR, against the 2-qubit circuit
// that learns it, one hidden neuron cannot reach the circuit's train accuracy and the width found
// can, trained by the very loop the session trains its own MLP with.
import { describe, expect, it } from 'vitest';
import { validateExperiment } from '../../../../src/experiment/validate';
import type { ClassifyExperiment } from '../../../../src/experiment/types';
import type { EpochReport, Picture, WidthSearch } from '../../../../workers/protocol';
import { classifyRunner } from '../../../../workers/tasks/classify/runner';
import {
  WIDTH_TOLERANCE,
  searchWidth,
  tokenOf,
} from '../../../../workers/tasks/classify/widthSearch';
import { xorCircuitExperiment } from './xorCircuit';

/** Trains a session to the end of its epochs and returns the last report. */
function trainedSession(e: ClassifyExperiment) {
  const s = classifyRunner.create(e);
  let last = s.measure() as EpochReport;
  for (let i = 0; i < e.training.epochs; i++) last = s.step() as EpochReport;
  return { s, last };
}

describe('the smallest classical width that reaches the quantum model', () => {
  it('is a valid experiment whose circuit learns XOR and whose matched MLP has one neuron', () => {
    const e = xorCircuitExperiment();
    expect(validateExperiment(e).ok).toBe(true);
    const { s, last } = trainedSession(e);
    if (s.info.task !== 'classify') throw new Error('expected a classification session');
    expect(s.info.classicalHidden).toEqual([1]);
    expect(last.quantum.trainAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(last.quantum.testAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(last.classical.trainAccuracy).toBeLessThan(0.7);
  });

  it('finds a width of at least 2 on XOR that reaches the target, and width 1 does not', async () => {
    const e = xorCircuitExperiment();
    const { s, last } = trainedSession(e);
    const seen: Picture[] = [];
    await s.actions!['smallestWidth']!({ token: 7 }, (p) => seen.push(p));
    const pictures = seen.filter((p) => p.kind === 'widthSearch').map((p) => p.search);
    expect(pictures.length).toBe(seen.length);
    const result = pictures.at(-1)!;
    expect(result.token).toBe(7);
    expect(result.done).toBe(true);
    expect(result.target).toBe(last.quantum.trainAccuracy);
    const goal = result.target - WIDTH_TOLERANCE;
    expect(result.found).not.toBeNull();
    const found = result.found!;
    expect(found).toBeGreaterThanOrEqual(2);
    expect(result.tried.map((t) => t.width)).toEqual(
      Array.from({ length: found }, (_, i) => i + 1),
    );
    expect(result.tried[0]!.trainAccuracy).toBeLessThan(goal);
    for (const t of result.tried.slice(0, -1)) expect(t.trainAccuracy).toBeLessThan(goal);
    expect(result.tried.at(-1)!.trainAccuracy).toBeGreaterThanOrEqual(goal - 1e-9);
    // Progress came width by width, before the end.
    expect(pictures.filter((p) => !p.done).length).toBe(found - 1);
    // The search's accuracy is what the page's session reaches with that width: same loop, same seed.
    const retrained = trainedSession({ ...e, baseline: { ...e.baseline, size: { hidden: [found] } } }); // prettier-ignore
    expect(retrained.last.classical.trainAccuracy).toBeCloseTo(result.tried.at(-1)!.trainAccuracy, 12); // prettier-ignore
    expect(retrained.last.classical.testAccuracy).toBeGreaterThanOrEqual(0.95);
    // And the session's own width-1 model is the search's width 1.
    expect(last.classical.trainAccuracy).toBeCloseTo(result.tried[0]!.trainAccuracy, 12);
  });

  it('gives up at the cap, saying so with every width tried', async () => {
    const seen: WidthSearch[] = [];
    const r = await searchWidth({
      token: 3,
      target: 1,
      cap: 5,
      accuracyOf: (w) => 0.5 + w / 100,
      progress: (p) => seen.push(p),
    });
    expect(r).toMatchObject({ found: null, done: true, cap: 5, token: 3 });
    expect(r.tried.map((t) => t.width)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.at(-1)).toEqual(r);
  });

  it('counts target − tolerance as reached, and a hair below as not', async () => {
    const run = (acc: number) =>
      searchWidth({
        token: 1,
        target: 1,
        cap: 1,
        accuracyOf: () => acc,
        progress: () => undefined,
      });
    await expect(run(1 - WIDTH_TOLERANCE)).resolves.toMatchObject({ found: 1 });
    await expect(run(1 - WIDTH_TOLERANCE - 0.001)).resolves.toMatchObject({ found: null });
  });

  it('reads the token of a job argument, 0 without one', () => {
    expect(tokenOf({ token: 12 })).toBe(12);
    expect(tokenOf(null)).toBe(0);
    expect(tokenOf({ token: 'x' })).toBe(0);
  });
});
