// The worker's training loop: play runs to the target epoch, pause stops within a time slice,
// step and reset behave, events arrive in order, errors become events.
import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../src/experiment/defaults';
import { TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import type { QaoaProblem } from '../../src/experiment/types';
import type { QaoaReport } from '../../workers/protocol';
import { epochReports } from '../../src/store/runOf';
import { createTrainer, type TrainEvent } from '../../workers/trainer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(pace = Infinity) {
  const events: TrainEvent[] = [];
  const trainer = createTrainer(
    (e) => events.push(e),
    () => pace,
  );
  const epochs = () =>
    events.flatMap((e) => (e.type === 'epochs' ? e.reports.map((r) => r.epoch) : []));
  const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.status] : []));
  return { trainer, events, epochs, statuses };
}

describe('createTrainer', () => {
  it('loads with an epoch-0 report, a boundary grid and the data', async () => {
    const { trainer, events, epochs } = setup();
    const info = await trainer.load(defaultExperiment());
    if (info.task !== 'classify') throw new Error('expected a classification session');
    expect(info.quantumParams).toBe(15);
    expect(info.train.y.length + info.test.y.length).toBe(200);
    expect(epochs()).toEqual([0]);
    expect(trainer.status()).toBe('idle');
    // The pictures follow the load's answer (Play does not wait for them).
    await new Promise((r) => setTimeout(r, 0));
    expect(events.some((e) => e.type === 'picture' && e.picture.kind === 'boundaries')).toBe(true);
  });

  it('plays to the target epoch, every epoch reported once and in order', async () => {
    const { trainer, epochs, statuses } = setup();
    const exp = defaultExperiment();
    exp.training.epochs = 25;
    await trainer.load(exp);
    trainer.play();
    for (let i = 0; i < 200 && trainer.status() !== 'done'; i++) await sleep(10);
    expect(trainer.status()).toBe('done');
    expect(epochs()).toEqual(Array.from({ length: 26 }, (_, i) => i));
    expect(statuses()).toEqual(['idle', 'playing', 'done']);
  });

  it('keeps training past the last epoch until paused, and a reset stops at the last epoch again', async () => {
    const { trainer, epochs, statuses } = setup();
    const exp = defaultExperiment();
    exp.training.epochs = 5;
    await trainer.load(exp);
    trainer.play();
    for (let i = 0; i < 200 && trainer.status() !== 'done'; i++) await sleep(10);
    trainer.play();
    expect(trainer.status()).toBe('done');
    trainer.keepTraining();
    for (let i = 0; i < 500 && epochs().length < 12; i++) await sleep(10);
    trainer.pause();
    const seen = epochs();
    expect(seen.length).toBeGreaterThanOrEqual(12);
    expect(seen).toEqual(Array.from({ length: seen.length }, (_, i) => i));
    expect(statuses().slice(-1)).toEqual(['paused']);
    trainer.reset();
    trainer.play();
    for (let i = 0; i < 200 && trainer.status() !== 'done'; i++) await sleep(10);
    expect(epochs().slice(-6)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('emits no epoch after pause (which the worker handles between two time slices)', async () => {
    const { trainer, epochs } = setup();
    const exp = defaultExperiment();
    exp.training.epochs = 100000;
    await trainer.load(exp);
    trainer.play();
    await sleep(60);
    trainer.pause();
    const atPause = epochs().length;
    expect(atPause).toBeGreaterThan(1);
    await sleep(50);
    // Pause flushes the pending reports; no epoch may follow it.
    expect(epochs().length).toBe(atPause);
    expect(trainer.status()).toBe('paused');
  });

  it('steps one epoch and resets to epoch 0 with the same curve', async () => {
    const { trainer, events } = setup();
    await trainer.load(defaultExperiment());
    trainer.step();
    trainer.step();
    const reports = () =>
      epochReports(events.flatMap((e) => (e.type === 'epochs' ? e.reports : [])));
    const first = reports().find((r) => r.epoch === 2)!;
    trainer.reset();
    trainer.step();
    trainer.step();
    const again = reports().filter((r) => r.epoch === 2)[1]!;
    expect(again.quantum.trainLoss).toBe(first.quantum.trainLoss);
    expect(again.classical.trainLoss).toBe(first.classical.trainLoss);
  });

  it('reports a bad experiment as an error a student can read', async () => {
    const { trainer } = setup();
    const exp = defaultExperiment();
    exp.model = {
      kind: 'reuploading',
      qubits: 1,
      layers: 3,
      entangler: 'cz',
      readout: 'cross-entropy',
    };
    exp.data.set = 'squares';
    await expect(trainer.load(exp)).rejects.toThrow(
      /4 classes need 2 readout qubits, but the circuit has 1/,
    );
  });

  it('builds only the latest of two overlapping loads', async () => {
    const { trainer, events } = setup();
    const first = defaultExperiment();
    const second = defaultExperiment();
    second.baseline.engine = 'arrays';
    second.data.points = 100;
    const a = trainer.load(first);
    const b = trainer.load(second);
    await expect(a).rejects.toThrow(/newer experiment/);
    const info = await b;
    if (info.task !== 'classify') throw new Error('expected a classification session');
    expect(info.train.y.length + info.test.y.length).toBe(100);
    expect(events.filter((e) => e.type === 'status')).toHaveLength(1);
  });

  for (const engine of ['tfjs', 'arrays'] as const) {
    it(`trains with the ${engine} engine and resets to the same curve`, async () => {
      const { trainer, events } = setup();
      const exp = defaultExperiment();
      exp.baseline.engine = engine;
      await trainer.load(exp);
      trainer.step();
      const w = trainer.weights()!;
      trainer.reset();
      trainer.step();
      expect(trainer.weights()).toEqual(w);
      const last = epochReports(events.flatMap((e) => (e.type === 'epochs' ? e.reports : []))).at(
        -1,
      )!;
      expect(last.epoch).toBe(1);
      expect(Number.isFinite(last.classical.trainLoss)).toBe(true);
    });
  }

  it('saves and restores trained weights', async () => {
    const { trainer } = setup();
    await trainer.load(defaultExperiment());
    trainer.step();
    const w = trainer.weights()!;
    trainer.reset();
    trainer.setWeights(w);
    expect(trainer.weights()).toEqual(w);
    expect(() => trainer.setWeights({ quantum: [1, 2], classical: w.classical })).toThrow(
      /15 parameters/,
    );
  });

  it('completes the last report when training stops (a noisy step leaves its extrapolation out)', async () => {
    const { trainer, events } = setup();
    const d = TASK_SCHEMAS.qaoa.defaults();
    const noise = { p1: 0.01, p2: 0.03, gamma: 0, lambda: 0, p01: 0, p10: 0 };
    await trainer.load({ ...d, problem: { ...d.problem, nodes: 6 } as QaoaProblem, noise });
    trainer.step();
    // The step's own report usually has no extrapolation (8 runs against its 5 or so; the pacer
    // decides by the clock, so the test does not insist); after the status, the same iteration
    // comes again with it.
    const after = events.slice(events.findIndex((e) => e.type === 'status' && e.status === 'paused')); // prettier-ignore
    const reports = events.flatMap((e) => (e.type === 'epochs' ? (e.reports as QaoaReport[]) : []));
    const seen = reports.map((r) => [r.epoch, r.mitigated !== undefined]);
    expect(seen[0]).toEqual([0, true]);
    expect(seen.at(-1)).toEqual([1, true]);
    // Unless the step's own report already had it, a completing report follows the status.
    const own = reports.find((r) => r.epoch === 1)!;
    const completing = after.filter((e) => e.type === 'epochs' && e.completes);
    expect(completing.length).toBe(own.mitigated === undefined ? 1 : 0);
  });
});
