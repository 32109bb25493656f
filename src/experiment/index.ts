// The experiment core's public API: schema, defaults, limits, validation, migrations, links, files.

export type * from './types';
export { HIDEABLE } from './types';
export { defaultExperiment } from './defaults';
export { LIMITS } from './limits';
export type { ExperimentError, ExperimentErrorKind, Result } from './result';
export { validateExperiment, MAX_WEIGHTS } from './validate';
export type { ExperimentSource } from './validate';
export { CURRENT_VERSION, MIGRATIONS, migrate, runMigrations } from './migrate';
export type { Migration } from './migrate';
export {
  LINK_FORMAT,
  MAX_JSON_BYTES,
  MAX_LINK_CHARS,
  decodeExperiment,
  encodeExperiment,
  linkHash,
  readHash,
} from './codec';
export { FILE_FORMAT, MAX_FILE_CHARS, experimentFromFile, experimentToFile } from './file';
