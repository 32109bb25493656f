// Numbered schema migrations (tldraw style): each takes an experiment of schema `from` to `to` =
// from + 1, on a copy. Changing the Experiment type means bumping CURRENT_VERSION and appending here.

import { isObj } from './checker';
import { fail, ok } from './result';
import type { Result } from './result';
import { TASK_SCHEMAS } from './tasks/registry';
import type { TaskMigration } from './tasks/taskSchema';
import type { TaskName } from './types';

/** The schema version this build writes; links and files of older versions are migrated up to it. */
export const CURRENT_VERSION = 4;

export interface Migration {
  from: number;
  /** Always from + 1. */
  to: number;
  /** Brings a plain JSON object of schema `from` to schema `to`; may mutate and return its argument. */
  up(old: Record<string, unknown>): Record<string, unknown>;
}

/**
 * What every task's experiments need from v to v + 1: schema 4 put the pace of play and the
 * teacher's lock into the view (older links played at the page's default pace, unlocked).
 */
const COMMON_MIGRATIONS: Readonly<Record<number, TaskMigration>> = {
  3: (doc) => {
    const view = doc['view'];
    if (isObj(view)) {
      view['speed'] = 'normal';
      view['locked'] = false;
    }
    return doc;
  },
};

/**
 * Step v → v + 1 runs the common migration for v, then the experiment's task's, if there are any.
 * Schema 2 added baseline.engine (classification); schema 3 added the molecule task, and changes
 * nothing in a schema-2 experiment (it marks links an older build must call too new); schema 4
 * added view.speed and view.locked.
 */
export const MIGRATIONS: readonly Migration[] = Array.from(
  { length: CURRENT_VERSION - 1 },
  (_, i) => ({
    from: i + 1,
    to: i + 2,
    up(old: Record<string, unknown>) {
      const task = old['task'];
      const schema =
        typeof task === 'string' && Object.prototype.hasOwnProperty.call(TASK_SCHEMAS, task)
          ? TASK_SCHEMAS[task as TaskName]
          : undefined;
      const common = COMMON_MIGRATIONS[i + 1];
      const doc = common ? common(old) : old;
      const m = schema?.migrations[i + 1];
      return m ? m(doc) : doc;
    },
  }),
);

/** Deeper than any experiment gets; a crafted link nesting further is cut there, not overflowed. */
const MAX_DEPTH = 32;

/** A deep copy of JSON data: plain objects and arrays rebuilt, "__proto__" keys and non-JSON values dropped. */
export function copyJson(v: unknown, depth = 0): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'object' || depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(v)) return v.map((x) => copyJson(x, depth + 1) ?? null);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const c = copyJson(x, depth + 1);
    if (k !== '__proto__' && c !== undefined) out[k] = c;
  }
  return out;
}

/**
 * Runs `list` on a deep copy of `raw` from its `version` up to `current`. Never throws: a missing
 * or newer version, a gap in the list or a migration that fails gives a typed error.
 */
export function runMigrations(
  raw: unknown,
  list: readonly Migration[],
  current: number,
): Result<Record<string, unknown>> {
  if (!isObj(raw))
    return fail('invalid', '', 'This is not a QML Playground experiment (it holds no settings).');
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      'invalid',
      'version',
      'This experiment has no valid schema version, so QML Playground cannot tell how to read it.',
    );
  if (version > current)
    return fail(
      'too-new',
      'version',
      `This link was made by a newer version of QML Playground (schema ${version}); this one ` +
        `reads up to schema ${current}. Reload the page to get the newest version.`,
    );
  let doc = copyJson(raw) as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const m = list.find((x) => x.from === v);
    if (!m || m.to !== v + 1)
      return fail('invalid', 'version', `Schema ${v} cannot be brought up to date (no migration).`);
    try {
      doc = m.up(doc);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return fail(
        'invalid',
        '',
        `This experiment (schema ${v}) could not be brought up to schema ${v + 1}: ${detail}`,
      );
    }
    if (!isObj(doc))
      return fail('invalid', '', `Migrating schema ${v} to ${v + 1} gave no experiment.`);
    doc['version'] = v + 1;
  }
  return ok(doc);
}

/** Brings a parsed link or file up to CURRENT_VERSION (not yet validated). */
export function migrate(raw: unknown): Result<unknown> {
  return runMigrations(raw, MIGRATIONS, CURRENT_VERSION);
}
