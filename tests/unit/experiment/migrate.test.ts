// Migrations: numbered without gaps, run in order on a copy, newer schemas refused with a message.

import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import {
  CURRENT_VERSION,
  MIGRATIONS,
  migrate,
  runMigrations,
} from '../../../src/experiment/migrate';
import type { Migration } from '../../../src/experiment/migrate';
import { validateExperiment } from '../../../src/experiment/validate';
import { schema1Default, schema1Edited } from './schema1';

/** A pretend future: schema 2 renames data.points to data.size, schema 3 adds view.theme. */
const FAKE: Migration[] = [
  {
    from: 1,
    to: 2,
    up(old) {
      const data = old['data'] as Record<string, unknown>;
      data['size'] = data['points'];
      delete data['points'];
      return old;
    },
  },
  {
    from: 2,
    to: 3,
    up(old) {
      (old['view'] as Record<string, unknown>)['theme'] = 'light';
      return old;
    },
  },
];

describe('MIGRATIONS', () => {
  it('are numbered from 1 to CURRENT_VERSION without gaps', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1),
    );
    for (const m of MIGRATIONS) expect(m.to).toBe(m.from + 1);
  });

  it('leave a current experiment unchanged', () => {
    expect(migrate(defaultExperiment())).toEqual({ ok: true, value: defaultExperiment() });
  });
});

describe('migration 1 → 2 (baseline.engine)', () => {
  /** The shipped migrations, typed as the plain object they return. */
  const upgrade = (raw: unknown) => runMigrations(raw, MIGRATIONS, CURRENT_VERSION);

  it('gives schema-1 experiments the typed-array engine they were trained with', () => {
    const r = upgrade(schema1Default());
    expect(r.ok && r.value['version']).toBe(CURRENT_VERSION);
    expect(r.ok && r.value['baseline']).toEqual({
      kind: 'mlp',
      size: 'match',
      activation: 'tanh',
      engine: 'arrays',
    });
    expect(validateExperiment(r.ok ? r.value : null)).toEqual({
      ok: true,
      value: {
        ...defaultExperiment(),
        // Schema 1's default training settings, which later defaults changed.
        training: { ...defaultExperiment().training, learningRate: 0.1, batchSize: 16 },
        baseline: { ...defaultExperiment().baseline, engine: 'arrays' },
      },
    });
  });

  it('keeps every other setting and the trained weights as they were', () => {
    const old = schema1Edited();
    const r = upgrade(old);
    const expected = JSON.parse(JSON.stringify(old)) as Record<string, unknown>;
    expected['version'] = CURRENT_VERSION;
    (expected['baseline'] as Record<string, unknown>)['engine'] = 'arrays';
    // Schema 4's view fields: the pace and lock old links always had.
    Object.assign(expected['view'] as Record<string, unknown>, { speed: 'normal', locked: false });
    expect(r).toEqual({ ok: true, value: expected });
    expect(validateExperiment(r.ok ? r.value : null).ok).toBe(true);
  });

  it('leaves a broken baseline for validation to report', () => {
    const r = upgrade({ ...schema1Default(), baseline: 'big' });
    expect(r.ok && r.value['baseline']).toBe('big');
    const v = validateExperiment(r.ok ? r.value : null);
    expect(v.ok ? null : v.error.field).toBe('baseline');
  });
});

describe('runMigrations', () => {
  it('runs v1 → v2 → v3 in order and stamps the version', () => {
    const r = runMigrations(schema1Default(), FAKE, 3);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value['version']).toBe(3);
    expect(r.value['data']).toMatchObject({ size: 200 });
    expect(r.value['data']).not.toHaveProperty('points');
    expect(r.value['view']).toMatchObject({ theme: 'light' });
  });

  it('starts from the stored version (v2 runs only 2 → 3)', () => {
    const v2 = { ...schema1Default(), version: 2 };
    const r = runMigrations(v2, FAKE, 3);
    expect(r.ok && r.value['data']).toMatchObject({ points: 200 });
  });

  it('works on a deep copy: the input is not mutated', () => {
    const input = schema1Default();
    const before = JSON.stringify(input);
    runMigrations(input, FAKE, 3);
    migrate(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses a newer schema as too-new, naming both versions', () => {
    const r = migrate({ ...defaultExperiment(), version: 7 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('too-new');
    expect(r.error.message).toContain(
      'This link was made by a newer version of QML Playground (schema 7); this one reads up to schema 4.',
    );
  });

  it('refuses a missing or broken version as invalid', () => {
    for (const version of [undefined, null, '1', 1.5, 0, -3]) {
      const r = migrate({ ...defaultExperiment(), version });
      expect(r.ok ? null : r.error).toMatchObject({ kind: 'invalid', field: 'version' });
    }
    for (const raw of [null, 1, 'x', []]) expect(migrate(raw).ok).toBe(false);
  });

  it('reports a gap or a failing migration instead of throwing', () => {
    const gap = runMigrations(schema1Default(), [FAKE[1]!], 3);
    expect(gap.ok ? null : gap.error.kind).toBe('invalid');
    const boom: Migration = {
      from: 1,
      to: 2,
      up: () => {
        throw new Error('boom');
      },
    };
    const r = runMigrations(schema1Default(), [boom], 2);
    expect(r.ok ? '' : r.error.message).toContain('boom');
  });

  it('copies only JSON: __proto__ keys are dropped and nesting is bounded', () => {
    const raw = JSON.parse('{"version":1,"__proto__":{"polluted":true},"a":{"b":[1,2]}}');
    const r = runMigrations(raw, [], 1);
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && r.value['a']).toEqual({ b: [1, 2] });
    let deep: unknown = 1;
    for (let i = 0; i < 10000; i++) deep = [deep];
    expect(runMigrations({ version: 1, deep }, [], 1).ok).toBe(true);
  });
});
