// The warm-up before Play (workers/warmUp.ts): a throwaway session trains in short slices while
// the trainer is idle, once per model set-up, and leaves the real session's training unchanged.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { epochReports } from '../../../src/store/runOf';
import { createTrainer, type TrainEvent } from '../../../workers/trainer';
import type { TaskSession } from '../../../workers/tasks/taskRunner';
import { createWarmUp, type WarmUp } from '../../../workers/warmUp';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A session whose steps take about `stepMs` of busy time; counts steps and disposals. */
function fakeSession(stepMs: number) {
  const seen = { steps: 0, disposed: 0 };
  const session = {
    step() {
      const t = performance.now();
      while (performance.now() - t < stepMs);
      seen.steps++;
      return {};
    },
    dispose() {
      seen.disposed++;
    },
  } as unknown as TaskSession;
  return { session, seen };
}

describe('createWarmUp', () => {
  it('steps a throwaway session for its budget, disposes it, and skips a key it has warmed', async () => {
    const warm = createWarmUp(60, 0);
    const { session, seen } = fakeSession(1);
    const t0 = performance.now();
    const steps = await warm.run(
      'a',
      () => session,
      () => true,
    );
    expect(steps).toBe(seen.steps);
    expect(steps).toBeGreaterThanOrEqual(10);
    // The budget counts the steps' time only, so the run lasts at least that long.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(55);
    expect(seen.disposed).toBe(1);
    expect(
      await warm.run(
        'a',
        () => session,
        () => true,
      ),
    ).toBe(0);
    expect(seen.steps).toBe(steps);
    expect(
      await warm.run(
        'b',
        () => fakeSession(1).session,
        () => true,
      ),
    ).toBeGreaterThan(0);
  });

  it('stops within a slice once the trainer is no longer idle, and never starts when it is busy', async () => {
    const warm = createWarmUp(10_000, 0);
    const { session, seen } = fakeSession(1);
    let idle = true;
    const run = warm.run(
      'a',
      () => session,
      () => idle,
    );
    await sleep(30);
    idle = false;
    const at = seen.steps;
    const steps = await run;
    // At most the slice under way when the trainer got busy (8 ms of 1 ms steps, and a margin).
    expect(steps - at).toBeLessThanOrEqual(12);
    expect(seen.disposed).toBe(1);
    const busy = fakeSession(1);
    expect(
      await warm.run(
        'b',
        () => busy.session,
        () => false,
      ),
    ).toBe(0);
    expect(busy.seen.steps).toBe(0);
  });

  it('waits its delay after the load before it builds anything', async () => {
    const warm = createWarmUp(20, 80);
    let built = 0;
    const run = warm.run(
      'a',
      () => {
        built++;
        return fakeSession(1).session;
      },
      () => true,
    );
    await sleep(40);
    expect(built).toBe(0);
    expect(await run).toBeGreaterThan(0);
    expect(built).toBe(1);
  });

  it('swallows a session that fails: the real session reports it', async () => {
    const warm = createWarmUp(20, 0);
    const failing = {
      step() {
        throw new Error('no');
      },
      dispose() {},
    } as unknown as TaskSession;
    await expect(
      warm.run(
        'a',
        () => failing,
        () => true,
      ),
    ).resolves.toBe(0);
    await expect(
      warm.run(
        'b',
        () => {
          throw new Error('cannot build');
        },
        () => true,
      ),
    ).resolves.toBe(0);
  });
});

describe('the trainer with a warm-up', () => {
  /** The reports of 8 epochs of the default experiment, after `waitMs` idle with `warm`. */
  async function curve(warm: WarmUp, waitMs: number) {
    const events: TrainEvent[] = [];
    const trainer = createTrainer(
      (e) => events.push(e),
      () => Infinity,
      warm,
    );
    const exp = defaultExperiment();
    exp.baseline.engine = 'arrays';
    exp.training.epochs = 8;
    await trainer.load(exp);
    await sleep(waitMs);
    trainer.play();
    for (let i = 0; i < 500 && trainer.status() !== 'done'; i++) await sleep(10);
    expect(trainer.status()).toBe('done');
    return epochReports(events.flatMap((e) => (e.type === 'epochs' ? e.reports : [])));
  }

  it('warms up while idle and trains exactly the curve it trains without one', async () => {
    let steps = -1;
    const inner = createWarmUp(150, 20);
    const warm: WarmUp = {
      run: async (key, create, idle) => (steps = await inner.run(key, create, idle)),
    };
    const warmed = await curve(warm, 400);
    expect(steps).toBeGreaterThan(0);
    const cold = await curve({ run: async () => 0 }, 0);
    expect(warmed.map((r) => r.epoch)).toEqual(cold.map((r) => r.epoch));
    expect(warmed.map((r) => r.quantum.trainLoss)).toEqual(cold.map((r) => r.quantum.trainLoss));
    expect(warmed.map((r) => r.classical.trainLoss)).toEqual(
      cold.map((r) => r.classical.trainLoss),
    );
  });

  it('does not warm up a noisy model: one density-matrix step can take seconds', async () => {
    const keys: string[] = [];
    const warm: WarmUp = {
      run: async (key) => {
        keys.push(key);
        return 0;
      },
    };
    const trainer = createTrainer(
      () => {},
      () => Infinity,
      warm,
    );
    const exp = defaultExperiment();
    exp.baseline.engine = 'arrays';
    await trainer.load(exp);
    expect(keys).toHaveLength(1);
    await trainer.load({ ...exp, noise: { p1: 0.01, p2: 0.05, gamma: 0, lambda: 0, p01: 0, p10: 0 } }); // prettier-ignore
    expect(keys).toHaveLength(1);
  });
});
