// The shape a shipped lesson is written in (scripts/lessons/<name>.ts): typed experiments instead
// of link payloads, so a lesson reads as the settings it opens, and the TypeScript compiler checks
// them. scripts/lessons/toLesson.ts turns a source into the lesson file (src/lessons/format.ts).
import type { Experiment, ExperimentOf, TaskName } from '../../src/experiment/types';
import type { LessonQuestion, LessonTry } from '../../src/lessons/format';

/** A "try this", with what a student does to meet it (for the tests; never written to the file). */
export interface TrySource extends LessonTry {
  /**
   * The student's edit of the step's experiment before pressing Play (tests/unit/lessons checks
   * that it meets the conditions, and that the step as it opens does not). Absent: the step's
   * experiment as it is, played to its end.
   */
  solve?: (e: Experiment) => Experiment;
}

export interface StepSource {
  title: string;
  /** The experiment the step opens (built from the task's defaults with changes). */
  experiment: Experiment;
  /** 40–120 words of the lesson Markdown subset: what to look at and what to try. */
  text: string;
  /** 'run' | 'editor' | 'model' | 'results' or a settings panel's Classroom name. */
  highlight?: string;
  question?: LessonQuestion;
  try?: TrySource;
}

export interface LessonSource {
  /** File name in public/lessons without ".json" (LESSON_NAME). */
  name: string;
  title: string;
  /** One or two sentences for the Lessons menu. */
  summary: string;
  steps: StepSource[];
}

/** A student's edit of one task's experiment, as a TrySource.solve (other tasks pass unchanged). */
export function solveFor<T extends TaskName>(
  task: T,
  edit: (e: ExperimentOf<T>) => ExperimentOf<T>,
): (e: Experiment) => Experiment {
  return (e) => (e.task === task ? edit(e as ExperimentOf<T>) : e);
}
