// Every task either simulates noise or says why not (TaskSchema.noise, noiseUnavailable): the one
// mechanism the Noise panel reads. The reasons carry the measured cost and point to a task that
// does simulate noise; the error-correction lesson sets its own channel and is the one exception.
import { describe, expect, it } from 'vitest';
import { TASK_NAMES, TASK_SCHEMAS } from '../../../src/experiment/tasks/registry';
import type { TaskName } from '../../../src/experiment/types';

/** The lesson's panel chooses the channel and p itself (tasks/qec); it has no Noise panel. */
// The matrix product (matmul) is exact linear algebra on the state: its boxes are whole
// matrices, with no gates for noise to act on, so it has no Noise panel either.
// The barren-plateau task studies exact gradients of ideal random circuits: no Noise panel.
const OWN_CHANNEL: readonly TaskName[] = ['qec', 'matmul', 'plateau'];

const reasonOf = (t: TaskName): string | null =>
  TASK_SCHEMAS[t].noiseUnavailable?.(TASK_SCHEMAS[t].defaults() as never) ?? null;

describe('noise on every task', () => {
  it.each(TASK_NAMES.filter((t) => !OWN_CHANNEL.includes(t)))('%s has noise or a reason', (t) => {
    const schema = TASK_SCHEMAS[t];
    const reason = reasonOf(t);
    expect(schema.noise === true || reason !== null, t).toBe(true);
    if (reason === null) return;
    // A sentence for the student: why, with a measured figure, and where noise can be tried.
    expect(reason).toMatch(/^Noise is not simulated for the /);
    expect(reason).toMatch(/\d+(,\d{3})* s\b|\bday\b/);
    expect(reason).toMatch(/Try .*(Classification|Sequences \(time series\))/);
    for (const other of reason.match(/Classification|Sequences \(time series\)/g) ?? []) {
      const named = TASK_NAMES.find((n) => TASK_SCHEMAS[n].label.startsWith(other))!;
      expect(TASK_SCHEMAS[named].noise, other).toBe(true);
    }
  });

  it('gives the reasons on the benchmark and the text task, and noise on the time series', () => {
    expect(TASK_NAMES.filter((t) => reasonOf(t) !== null).sort()).toEqual(['benchmark', 'text']);
    for (const t of ['benchmark', 'text'] as const) expect(TASK_SCHEMAS[t].noise).toBeUndefined();
    expect(TASK_SCHEMAS.sequence.noise).toBe(true);
    expect(TASK_SCHEMAS.qec.noise).toBeUndefined();
    expect(reasonOf('qec')).toBeNull();
  });

  it('gives every task with a Noise panel its hideable name', () => {
    for (const t of TASK_NAMES.filter((n) => TASK_SCHEMAS[n].noise || reasonOf(n)))
      expect(
        TASK_SCHEMAS[t].hideable.map((h) => h.value),
        t,
      ).toContain('noise');
  });
});
