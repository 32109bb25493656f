// Experiment files: pretty JSON in a versioned wrapper, read with a size limit and the link checks.

import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../../../src/experiment/defaults';
import {
  FILE_FORMAT,
  MAX_FILE_CHARS,
  experimentFromFile,
  experimentToFile,
} from '../../../src/experiment/file';
import { withField } from './helpers';

const wrap = (experiment: unknown, extra: object = {}): string =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, experiment, ...extra });

describe('experiment files', () => {
  it('writes a readable, versioned wrapper and reads it back', () => {
    const text = experimentToFile(defaultExperiment());
    expect(JSON.parse(text)).toEqual({ format: FILE_FORMAT, version: 1, experiment: defaultExperiment() }); // prettier-ignore
    expect(text).toContain('\n  "experiment": {');
    expect(experimentFromFile(text)).toEqual({ ok: true, value: defaultExperiment() });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = experimentFromFile(' '.repeat(MAX_FILE_CHARS + 1));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'too-large' });
  });

  it('reports broken JSON as corrupt', () => {
    const r = experimentFromFile(experimentToFile(defaultExperiment()).slice(0, 100));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'corrupt' });
    expect(r.ok ? '' : r.error.message).toContain('not valid JSON');
  });

  it('refuses other JSON files', () => {
    const r = experimentFromFile('{"name":"package"}');
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'invalid', field: 'format' });
  });

  it('refuses newer file formats and schemas as too-new, worded for files', () => {
    const a = experimentFromFile(wrap(defaultExperiment(), { version: 2 }));
    expect(a.ok ? null : a.error).toMatchObject({ kind: 'too-new' });
    const b = experimentFromFile(wrap({ ...defaultExperiment(), version: 5 }));
    expect(b.ok ? '' : b.error.message).toMatch(
      /^This file was made by a newer version .*schema 4/,
    );
  });

  it('checks every field as links do, worded for files', () => {
    const r = experimentFromFile(wrap(withField(defaultExperiment(), 'model.qubits', 30)));
    expect(r.ok ? null : r.error).toMatchObject({ kind: 'invalid', field: 'model.qubits' });
    expect(r.ok ? '' : r.error.message).toContain('the file asks for 30');
  });
});
