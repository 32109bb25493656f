// Export and import of an experiment as a JSON file: the same migrations and checks as links, and
// a size limit checked before parsing.

import { migrate } from './migrate';
import { fail } from './result';
import type { Result } from './result';
import type { Experiment } from './types';
import { validateExperiment } from './validate';
import { isObj } from './checker';

export const FILE_FORMAT = 'qml-playground-experiment';
/** Version of the file wrapper (the experiment inside carries its own schema version). */
export const FILE_VERSION = 1;
/** Largest file read at all, in characters (about bytes for JSON). */
export const MAX_FILE_CHARS = 1_000_000;

/** Pretty JSON a person can read and diff. */
export function experimentToFile(e: Experiment): string {
  return (
    JSON.stringify({ format: FILE_FORMAT, version: FILE_VERSION, experiment: e }, null, 2) + '\n'
  );
}

/** The experiment in a file's text, or why it cannot be opened. Never throws. */
export function experimentFromFile(text: string): Result<Experiment> {
  try {
    if (typeof text !== 'string') return fail('corrupt', '', 'This file is not text.');
    if (text.length > MAX_FILE_CHARS)
      return fail(
        'too-large',
        '',
        `This file is too large to be a QML Playground experiment (${text.length} characters; ` +
          `at most ${MAX_FILE_CHARS}). It was not opened.`,
      );
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(
        'corrupt',
        '',
        'This file is not valid JSON; it may be damaged or not an experiment file.',
      );
    }
    if (!isObj(json) || (json['format'] !== FILE_FORMAT && !('experiment' in json)))
      return fail('invalid', 'format', 'This file is not a QML Playground experiment.');
    const version = json['version'];
    if (typeof version === 'number' && version > FILE_VERSION)
      return fail(
        'too-new',
        'version',
        `This file was made by a newer version of QML Playground (file format ${version}); this ` +
          `one reads file format ${FILE_VERSION}. Reload the page to get the newest version.`,
      );
    const migrated = migrate(json['experiment']);
    if (!migrated.ok)
      return {
        ok: false,
        error: {
          ...migrated.error,
          message: migrated.error.message.replace(/^This link/, 'This file'),
        },
      };
    return validateExperiment(migrated.value, 'file');
  } catch (err) {
    const detail = err instanceof Error ? ` (${err.message})` : '';
    return fail('corrupt', '', `This file could not be read${detail}.`);
  }
}
