// A lesson's "try this" against the running experiment: each condition read with the metric the
// step's task registers (lessonMetricsRegistry.ts), and whether the metric exists at all (for checking
// a lesson when it opens).
import type { TaskName } from '../experiment/types';
import type { LessonCondition } from '../lessons/format';
import type { MetricCheck } from '../lessons/validate';
import type { RunView } from './lessonMetric';
import { LESSON_METRICS } from './lessonMetricsRegistry';

export const metricExists: MetricCheck = (task: TaskName, metric: string) => {
  const metrics = LESSON_METRICS[task] ?? {};
  if (!Object.prototype.hasOwnProperty.call(metrics, metric)) return false;
  return metrics[metric]!.argument ?? true;
};

/** A condition's state now: its reading (null before there is one) and whether it holds. */
export interface ConditionState {
  condition: LessonCondition;
  value: number | null;
  holds: boolean;
  /** The condition in words: "test accuracy of the quantum model at least 0.9". */
  words: string;
}

function bounds(c: LessonCondition): string {
  if (c.atLeast !== undefined && c.atMost !== undefined)
    return c.atLeast === c.atMost
      ? `equal to ${c.atLeast}`
      : `between ${c.atLeast} and ${c.atMost}`;
  return c.atLeast !== undefined ? `at least ${c.atLeast}` : `at most ${c.atMost}`;
}

export function conditionStates(
  task: TaskName,
  conditions: readonly LessonCondition[],
  run: RunView,
): ConditionState[] {
  const metrics = LESSON_METRICS[task] ?? {};
  return conditions.map((condition) => {
    const metric = Object.prototype.hasOwnProperty.call(metrics, condition.metric)
      ? metrics[condition.metric]
      : undefined;
    const value = metric?.read(run, condition.of) ?? null;
    const holds =
      value !== null &&
      Number.isFinite(value) &&
      (condition.atLeast === undefined || value >= condition.atLeast) &&
      (condition.atMost === undefined || value <= condition.atMost);
    const of = condition.of === undefined ? '' : ` |${condition.of.replace(/^\||⟩$/g, '')}⟩`;
    const label = metric?.label ?? condition.metric;
    return { condition, value, holds, words: `${label}${of} ${bounds(condition)}` };
  });
}
