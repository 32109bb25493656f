// What a lesson's "try this" can check in a task (lessonMetricsRegistry.ts): named readings of the
// running experiment, from what the worker reported. A reading is null until there is one.
import type { LoadInfo, Report } from '../../workers/protocol';
import type { RunSlice } from '../store/runSlice';

/** The run as metrics read it. */
export interface RunView {
  history: readonly Report[];
  info: LoadInfo | null;
  pictures: RunSlice['pictures'];
}

export interface LessonMetric {
  /** Words for the metric in a sentence ("test accuracy of the quantum model"). */
  label: string;
  /** What the condition's `of` names, for metrics that take an argument ("basis state, e.g. 11"). */
  argument?: string;
  /** The reading now; `of` is the condition's argument where the metric takes one. */
  read(run: RunView, of?: string): number | null;
}

export type LessonMetrics = Readonly<Record<string, LessonMetric>>;

/** The newest report, typed as the task's own. */
export function latest<R extends Report>(run: RunView): R | null {
  return (run.history[run.history.length - 1] as R | undefined) ?? null;
}
