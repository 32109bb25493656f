// A narrow subscription to the experiment of one task, for that task's panels: they render only
// while it is open, and between a task switch and their unmounting they read its defaults.
import { TASK_SCHEMAS } from '../experiment/tasks/registry';
import type { ExperimentOf, TaskName } from '../experiment/types';
import { useLab } from './store';

const fallback = new Map<TaskName, unknown>();

/** The open experiment as `task`'s, or that task's defaults when another task is open. */
export function experimentOf<T extends TaskName>(e: { task: TaskName }, task: T): ExperimentOf<T> {
  if (e.task === task) return e as ExperimentOf<T>;
  let d = fallback.get(task);
  if (!d) fallback.set(task, (d = TASK_SCHEMAS[task].defaults()));
  return d as ExperimentOf<T>;
}

export function useExperimentOf<T extends TaskName, R>(
  task: T,
  select: (e: ExperimentOf<T>) => R,
): R {
  return useLab((s) => select(experimentOf(s.experiment, task)));
}
