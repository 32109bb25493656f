// What a lesson's "try this" can check in each task: task name → its metrics (a task without an
// entry offers none; its lessons ask questions instead). Apart from the page's task registry so
// that lessons are checked without loading any panel (in Node too).
import type { TaskName } from '../experiment/types';
import { circuitMetrics } from './circuit/lessonMetrics';
import { classifyMetrics } from './classify/lessonMetrics';
import type { LessonMetrics } from './lessonMetric';
import { matmulMetrics } from './matmul/lessonMetrics';
import { plateauMetrics } from './plateau/lessonMetrics';
import { qaoaMetrics } from './qaoa/lessonMetrics';
import { vqeMetrics } from './vqe/lessonMetrics';

export const LESSON_METRICS: { readonly [T in TaskName]?: LessonMetrics } = {
  classify: classifyMetrics,
  circuit: circuitMetrics,
  vqe: vqeMetrics,
  qaoa: qaoaMetrics,
  matmul: matmulMetrics,
  plateau: plateauMetrics,
};
