// The schema side's task registry: the one place that lists the tasks. The validator, the link
// codec, migrations, the page and the tests iterate over it; adding a task is one line here.

import type { Experiment, TaskName } from '../types';
import { benchmarkSchema } from './benchmark';
import { circuitSchema } from './circuit';
import { classifySchema } from './classify';
import { qaoaSchema } from './qaoa';
import { sequenceSchema } from './sequence';
import { textSchema } from './text';
import { qecSchema } from './qec';
import { matmulSchema } from './matmul';
import { plateauSchema } from './plateau';
import type { TaskSchema } from './taskSchema';
import { vqeSchema } from './vqe';

export const TASK_SCHEMAS: { readonly [T in TaskName]: TaskSchema<T> } = {
  classify: classifySchema,
  vqe: vqeSchema,
  qaoa: qaoaSchema,
  benchmark: benchmarkSchema,
  sequence: sequenceSchema,
  text: textSchema,
  qec: qecSchema,
  matmul: matmulSchema,
  circuit: circuitSchema,
  plateau: plateauSchema,
};

export const TASK_NAMES = Object.keys(TASK_SCHEMAS) as TaskName[];

/** The schema entry of `e`'s task, typed for it. */
export function schemaOf<T extends TaskName>(task: T): TaskSchema<T> {
  return TASK_SCHEMAS[task];
}

/** The schema entry of the experiment's own task, to call with that experiment. */
export function schemaFor(e: Experiment): TaskSchema<TaskName> {
  return TASK_SCHEMAS[e.task] as TaskSchema<TaskName>;
}
