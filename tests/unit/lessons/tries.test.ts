// Every "try this" of the shipped lessons can be met: the student's edit (the source's `solve`, or
// none), played to the end of a Play run in the task's own worker session, meets all its
// conditions as the page reads them; and the step as it opens does not meet them before Play,
// nor after Play when the student has something to change.
import { describe, expect, it } from 'vitest';
import type { Experiment, ExperimentOf, TaskName } from '../../../src/experiment/types';
import { validateExperiment } from '../../../src/experiment/validate';
import type { LessonCondition } from '../../../src/lessons/format';
import { conditionStates } from '../../../src/tasks/lessonChecks';
import type { Report } from '../../../workers/protocol';
import { TASK_RUNNERS } from '../../../workers/tasks/registry';
import { LESSON_SOURCES } from '../../../scripts/lessons';

/** The run after `steps` steps of Play (all of a Play run: training.epochs). */
async function play<T extends TaskName>(e: ExperimentOf<T>, steps = e.training.epochs) {
  const runner = TASK_RUNNERS[e.task as T];
  await runner.prepare(e);
  const s = runner.create(e);
  const history: Report[] = [s.measure()];
  for (let k = 0; k < steps; k++) history.push(s.step());
  s.dispose();
  return { history, info: s.info, pictures: {} };
}

async function met(e: Experiment, conditions: LessonCondition[], steps?: number) {
  const valid = validateExperiment(e);
  if (!valid.ok) throw new Error(valid.error.message);
  const states = conditionStates(e.task, conditions, await play(e, steps));
  return { holds: states.every((c) => c.holds), read: states.map((c) => `${c.words}: ${c.value}`) };
}

const tries = LESSON_SOURCES.flatMap((lesson) =>
  lesson.steps.flatMap((step) => (step.try ? [{ lesson, step, trying: step.try }] : [])),
);

describe('the lessons’ tries', () => {
  it('are the ones the lessons promise', () => {
    expect(tries.map((t) => `${t.lesson.name}: ${t.step.title}`)).toEqual([
      'one-qubit: Turn it with RY',
      'two-qubits: Build another Bell state',
      'quantum-classifier: Train it',
      'molecules: Run the eigensolver',
      'cutting-graphs: QAOA, layer by layer',
      'cutting-graphs: Deeper is better',
      'noise-and-error-correction: Catch an error yourself',
      'multiplying-matrices: The price of post-selection',
      'barren-plateaus: A local cost, a shallow circuit',
    ]);
  });

  for (const { lesson, step, trying } of tries) {
    it(`${lesson.name}, "${step.title}": reachable, and not met before the student acts`, async () => {
      const before = await met(step.experiment, trying.conditions, 0);
      expect(before.holds, before.read.join('; ')).toBe(false);
      if (trying.solve) {
        const unsolved = await met(step.experiment, trying.conditions);
        expect(unsolved.holds, unsolved.read.join('; ')).toBe(false);
      }
      const solved = await met((trying.solve ?? ((e) => e))(step.experiment), trying.conditions);
      expect(solved.holds, solved.read.join('; ')).toBe(true);
    });
  }
});
