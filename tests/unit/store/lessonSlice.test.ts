// The lesson slice: opening a lesson at a step, going between steps with the student's edits kept,
// starting a step again, and closing.
import { describe, expect, it } from 'vitest';
import { circuitSchema } from '../../../src/experiment/tasks/circuit';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { encodeExperiment } from '../../../src/experiment/codec';
import type { Experiment } from '../../../src/experiment/types';
import { LESSON_FORMAT, LESSON_VERSION } from '../../../src/lessons/format';
import type { OpenedLesson } from '../../../src/lessons/validate';
import { createLabStore } from '../../../src/store/store';

function lesson(experiments: Experiment[]): OpenedLesson {
  return {
    lesson: {
      format: LESSON_FORMAT,
      version: LESSON_VERSION,
      title: 'T',
      summary: '',
      steps: experiments.map((e, k) => ({
        title: `S${k}`,
        text: '',
        experiment: encodeExperiment(e),
      })),
    },
    experiments,
  };
}

const sandbox = circuitSchema.defaults();
const classify = defaultExperiment();

describe('lesson slice', () => {
  it('opens at the step asked for (clamped) with that step’s experiment', () => {
    const store = createLabStore();
    store.getState().openLesson(lesson([sandbox, classify]), { kind: 'shipped', name: 't' }, 7);
    expect(store.getState().lesson?.step).toBe(1);
    expect(store.getState().experiment).toBe(classify);
    store.getState().openLesson(lesson([sandbox, classify]), { kind: 'shipped', name: 't' }, -3);
    expect(store.getState().lesson?.step).toBe(0);
    expect(store.getState().experiment.task).toBe('circuit');
  });

  it('opens with the experiment the address holds for the step (a reload keeps edits)', () => {
    const store = createLabStore();
    const edited = { ...classify, training: { ...classify.training, epochs: 7 } };
    store
      .getState()
      .openLesson(lesson([sandbox, classify]), { kind: 'shipped', name: 't' }, 1, edited);
    expect(store.getState().experiment).toBe(edited);
  });

  it('keeps the edits of a step left, shows them on return, and starts a step again', () => {
    const store = createLabStore();
    store.getState().openLesson(lesson([classify, sandbox]), { kind: 'own', payload: 'x' });
    store.getState().setTraining({ epochs: 9 });
    const edited = store.getState().experiment;
    expect(edited).not.toBe(classify);
    store.getState().goToStep(1);
    expect(store.getState().experiment).toBe(sandbox);
    expect(store.getState().lesson?.edited[0]).toBe(edited);
    store.getState().goToStep(0);
    expect(store.getState().experiment).toBe(edited);
    store.getState().restartStep();
    expect(store.getState().experiment).toBe(classify);
    expect(store.getState().lesson?.edited[0]).toBeUndefined();
    // An unchanged step leaves nothing behind.
    store.getState().goToStep(1);
    expect(store.getState().lesson?.edited).toEqual({});
  });

  it('closing ends presenting too', () => {
    const store = createLabStore();
    store.getState().openLesson(lesson([classify]), { kind: 'own', payload: 'x' });
    store.getState().setPresenting(true);
    store.getState().closeLesson();
    expect(store.getState().lesson).toBeNull();
    expect(store.getState().presenting).toBe(false);
    // Without a lesson, steps do nothing.
    store.getState().goToStep(1);
    expect(store.getState().experiment).toBe(classify);
  });
});
