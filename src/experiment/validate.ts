// Checks every field of an experiment read from a link or a file, before any work is done, and
// returns a clean copy built field by field (unknown keys dropped) or the first problem in words.
// The task's own sections are checked by its registry entry (tasks/<task>/validate.ts).

import { Checker, Invalid, own } from './checker';
import { checkWeights } from './commonChecks';
import { CURRENT_VERSION } from './migrate';
import { checkNoise, isIdealNoise, type NoiseSettings } from './noise';
import { fail, ok } from './result';
import type { Result } from './result';
import { TASK_NAMES, TASK_SCHEMAS } from './tasks/registry';
import type { Experiment, TaskName } from './types';

export { MAX_WEIGHTS } from './commonChecks';

/** Where the experiment came from, for the wording of messages ("the link asks for …"). */
export type ExperimentSource = 'link' | 'file';

/**
 * Checks every field of `value` against the schema and its limits, and returns a clean copy built
 * field by field (unknown keys dropped; never the input object). Never throws.
 */
export function validateExperiment(
  value: unknown,
  source: ExperimentSource = 'link',
): Result<Experiment> {
  const src = source === 'link' ? 'the link' : 'the file';
  const c = new Checker(src);
  try {
    const o = c.obj(value, '', 'The experiment');
    c.num(o, 'version', 'version', 'The schema version', [CURRENT_VERSION, CURRENT_VERSION], true);
    const task: TaskName = c.pick(o, 'task', 'task', 'The task', TASK_NAMES);
    const schema = TASK_SCHEMAS[task];
    c.addSections({ ...schema.sections, noise: 'Noise' });
    const parts = schema.check(c, o, src);
    const e = { version: CURRENT_VERSION, task, ...parts } as Experiment;
    const noise = own(o, 'noise');
    if (noise !== undefined) {
      if (!schema.noise) {
        const words = `${src[0]!.toUpperCase()}${src.slice(1)} asks for noise, but the ${schema.label} task runs on an ideal simulator so far.`; // prettier-ignore
        throw new Invalid('noise', words);
      }
      // All zero is no noise: dropped, so that an ideal experiment has one link.
      const n = checkNoise(c, noise);
      if (!isIdealNoise(n)) (e as { noise?: NoiseSettings }).noise = n;
    }
    const weights = own(o, 'weights');
    if (weights !== undefined) e.weights = checkWeights(c, weights);
    return ok(e);
  } catch (err) {
    if (err instanceof Invalid) return fail('invalid', err.field, err.message);
    const detail = err instanceof Error ? err.message : String(err);
    return fail('invalid', '', `The experiment in ${src} could not be checked (${detail}).`);
  }
}
