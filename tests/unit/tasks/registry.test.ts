// Every registered task, on both sides: its defaults validate, round-trip through the link codec
// to the same canonical link, and open a worker session that reports step 0 and then step 1.
// Adding a task to one registry without the other, or without golden links, fails here.
import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../src/experiment/codec';
import { LINK_KEYS, LINK_KEYS_V1 } from '../../../src/experiment/linkKeys';
import { TASK_NAMES, TASK_SCHEMAS } from '../../../src/experiment/tasks/registry';
import { validateExperiment } from '../../../src/experiment/validate';
import type { TrainEvent } from '../../../workers/protocol';
import { TASK_RUNNERS } from '../../../workers/tasks/registry';
import { createTrainer } from '../../../workers/trainer';

describe('task registries', () => {
  it('list the same tasks on the schema and worker sides', () => {
    expect(Object.keys(TASK_RUNNERS).sort()).toEqual([...TASK_NAMES].sort());
    expect(TASK_NAMES.length).toBeGreaterThanOrEqual(2);
  });

  it('give every field name one link code and every code one name, old codes unchanged', () => {
    const codes = Object.values(LINK_KEYS);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, code] of Object.entries(LINK_KEYS_V1)) expect(LINK_KEYS[name]).toBe(code);
    for (const t of TASK_NAMES)
      for (const [name, code] of Object.entries(TASK_SCHEMAS[t].linkKeys))
        expect(LINK_KEYS[name]).toBe(code);
  });

  describe.each(TASK_NAMES)('%s', (task) => {
    const schema = TASK_SCHEMAS[task];

    it('has defaults that validate to themselves', () => {
      const e = schema.defaults();
      expect(e.task).toBe(task);
      expect(validateExperiment(e)).toEqual({ ok: true, value: e });
    });

    it('round-trips its defaults through the link codec to the same canonical link', () => {
      const link = encodeExperiment(schema.defaults());
      const back = decodeExperiment(link);
      expect(back).toEqual({ ok: true, value: schema.defaults() });
      if (back.ok) expect(encodeExperiment(back.value)).toBe(link);
      expect(link.length).toBeLessThan(320);
    });

    it('has hideable panels with names and labels', () => {
      expect(schema.hideable.length).toBeGreaterThan(0);
      for (const h of schema.hideable) expect(h.label.length).toBeGreaterThan(0);
    });

    it('opens a worker session that reports step 0, then step 1 with finite figures', async () => {
      const events: TrainEvent[] = [];
      const trainer = createTrainer(
        (e) => events.push(e),
        () => Infinity,
      );
      const info = await trainer.load(schema.defaults());
      expect(info.task).toBe(task);
      const reports = () => events.flatMap((e) => (e.type === 'epochs' ? e.reports : []));
      expect(reports().map((r) => r.epoch)).toEqual([0]);
      // The pictures follow the load's answer (Play does not wait for them).
      await new Promise((r) => setTimeout(r, 0));
      expect(events.some((e) => e.type === 'picture')).toBe(true);
      trainer.step();
      expect(reports().map((r) => r.epoch)).toEqual([0, 1]);
      const numbers = JSON.stringify(reports().at(-1)).match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
      expect(numbers.length).toBeGreaterThan(1);
      expect(trainer.weights()?.quantum.every(Number.isFinite)).toBe(true);
    }, 60_000);
  });
});
