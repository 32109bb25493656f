// The teacher's lesson in the making: steps added from the page, moved, changed and removed; the
// draft opens as a lesson once it has a step.
import { describe, expect, it } from 'vitest';
import { encodeExperiment } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { addStep, draftProblem, emptyDraft, lessonFileName, moveStep, removeStep, updateStep } from '../../../src/lessons/draft'; // prettier-ignore
import { stepForKey } from '../../../src/panels/lessons/usePresentKeys';
import { metricExists } from '../../../src/tasks/lessonChecks';

const payload = encodeExperiment(defaultExperiment());

describe('lesson draft', () => {
  it('adds, moves, changes and removes steps', () => {
    let d = addStep(addStep(addStep(emptyDraft(), payload, 'A'), payload, 'B'), payload, 'C');
    expect(d.steps.map((s) => s.title)).toEqual(['A', 'B', 'C']);
    d = moveStep(d, 2, -1);
    expect(d.steps.map((s) => s.title)).toEqual(['A', 'C', 'B']);
    expect(moveStep(d, 0, -1)).toBe(d);
    expect(moveStep(d, 2, 1)).toBe(d);
    d = updateStep(d, 1, { text: 'Look **here**', highlight: 'results', question: { ask: 'Why?', answer: 'So.' } }); // prettier-ignore
    expect(d.steps[1]).toMatchObject({ title: 'C', text: 'Look **here**', highlight: 'results' });
    d = updateStep(d, 1, { highlight: '', question: { ask: '', answer: '' } });
    expect(d.steps[1]).not.toHaveProperty('highlight');
    expect(d.steps[1]).not.toHaveProperty('question');
    d = removeStep(d, 0);
    expect(d.steps.map((s) => s.title)).toEqual(['C', 'B']);
  });

  it('says what stops a draft from opening', () => {
    expect(draftProblem(emptyDraft(), metricExists)).toMatch(/Add a step first/);
    const d = addStep(emptyDraft(), payload, 'A');
    expect(draftProblem(d, metricExists)).toBeNull();
    expect(draftProblem(updateStep(d, 0, { title: ' ' }), metricExists)).toMatch(
      /Step 1 has an empty title/,
    );
    expect(draftProblem(updateStep(d, 0, { highlight: 'nowhere' }), metricExists)).toMatch(/Step 1 highlights "nowhere"/); // prettier-ignore
    expect(draftProblem(updateStep(d, 0, { experiment: '1garbage' }), metricExists)).toMatch(
      /^Step 1/,
    );
  });

  it('names files after the title', () => {
    expect(lessonFileName('My First Lesson!')).toBe('my-first-lesson.lesson.json');
    expect(lessonFileName('<>')).toBe('lesson.lesson.json');
  });
});

describe('presentation keys', () => {
  it('step forward and back within the lesson', () => {
    expect(stepForKey('ArrowRight', 0, 3)).toBe(1);
    expect(stepForKey('PageDown', 2, 3)).toBe(2);
    expect(stepForKey(' ', 1, 3)).toBe(2);
    expect(stepForKey('ArrowLeft', 0, 3)).toBe(0);
    expect(stepForKey('PageUp', 2, 3)).toBe(1);
    expect(stepForKey('Home', 2, 3)).toBe(0);
    expect(stepForKey('End', 0, 3)).toBe(2);
    expect(stepForKey('a', 0, 3)).toBeNull();
  });
});
