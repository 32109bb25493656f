// What reading an experiment returns: the experiment, or a typed error a student can read.

/** Why an experiment could not be read. */
export type ExperimentErrorKind =
  /** Readable, but a field is missing, of the wrong type or out of range. */
  | 'invalid'
  /** Made by a newer version of QML Playground (schema or link format). */
  | 'too-new'
  /** Damaged: truncated, bit-flipped, not base64url, not deflate, not JSON. */
  | 'corrupt'
  /** Larger than we accept, refused before doing the work. */
  | 'too-large';

export interface ExperimentError {
  kind: ExperimentErrorKind;
  /** Path of the offending field ("training.epochs"); '' for the whole link or file. */
  field: string;
  /** One or two sentences for the student: which field, what was wrong, what was asked. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ExperimentError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(kind: ExperimentErrorKind, field: string, message: string): Result<T> {
  return { ok: false, error: { kind, field, message } };
}
