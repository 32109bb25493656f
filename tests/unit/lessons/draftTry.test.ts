// A step's "try this" made in the builder: bounds typed in a box (empty is no bound, a non-number is
// refused, never 0), conditions added up to the limit, changed and removed, and the draft's status
// line naming what is missing.
import { describe, expect, it } from 'vitest';
import { encodeExperiment } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { circuitSchema } from '../../../src/experiment/tasks/circuit';
import { addStep, draftProblem, emptyDraft, updateStep } from '../../../src/lessons/draft';
import { addCondition, boundText, newTry, parseBound, patchCondition, patchTry, removeCondition, sameBound } from '../../../src/lessons/draftTry'; // prettier-ignore
import { MAX_CONDITIONS } from '../../../src/lessons/format';
import { metricExists } from '../../../src/tasks/lessonChecks';
import { LESSON_METRICS } from '../../../src/tasks/lessonMetricsRegistry';

describe('bounds typed in a box', () => {
  it('reads an empty box as no bound and a non-number as NaN, never 0', () => {
    expect(parseBound('')).toBeUndefined();
    expect(parseBound('   ')).toBeUndefined();
    expect(parseBound('0.9')).toBe(0.9);
    expect(parseBound(' -1 ')).toBe(-1);
    expect(parseBound('1e-3')).toBe(0.001);
    expect(parseBound('.5')).toBe(0.5);
    expect(parseBound('2.')).toBe(2);
    for (const bad of ['abc', '0x10', '1,5', '-', '.', 'Infinity', '1e'])
      expect(parseBound(bad), bad).toBeNaN();
  });

  it('writes a bound back into its box', () => {
    expect(boundText(undefined)).toBe('');
    expect(boundText(NaN)).toBe('');
    expect(boundText(null)).toBe('');
    expect(boundText(0)).toBe('0');
    expect(boundText(0.25)).toBe('0.25');
    expect(sameBound(NaN, NaN)).toBe(true);
    expect(sameBound(undefined, null)).toBe(true);
    expect(sameBound(0, undefined)).toBe(false);
  });
});

describe('a "try this" in the making', () => {
  it('adds conditions up to the limit, changes and removes them', () => {
    let t = newTry('epoch');
    expect(t).toEqual({ task: '', conditions: [{ metric: 'epoch' }] });
    t = patchTry(t, { task: 'Train.', done: 'Good.' });
    expect(t).toMatchObject({ task: 'Train.', done: 'Good.' });
    expect(patchTry(t, { done: '' })).not.toHaveProperty('done');
    t = patchCondition(t, 0, { atLeast: 2 }, false);
    expect(t.conditions[0]).toEqual({ metric: 'epoch', atLeast: 2 });
    t = patchCondition(t, 0, { atLeast: undefined, atMost: 5 }, false);
    expect(t.conditions[0]).toEqual({ metric: 'epoch', atMost: 5 });
    // "of" is kept only for a metric that takes an argument, and not when emptied.
    expect(patchCondition(t, 0, { of: '11' }, true).conditions[0]).toMatchObject({ of: '11' });
    expect(patchCondition(t, 0, { of: '11' }, false).conditions[0]).not.toHaveProperty('of');
    expect(patchCondition(t, 0, { of: '' }, true).conditions[0]).not.toHaveProperty('of');
    for (let k = 1; k < MAX_CONDITIONS + 3; k++) t = addCondition(t, 'testAccuracy');
    expect(t.conditions).toHaveLength(MAX_CONDITIONS);
    t = removeCondition(t, 0);
    expect(t.conditions).toHaveLength(MAX_CONDITIONS - 1);
    expect(t.conditions[0]).toEqual({ metric: 'testAccuracy' });
    while (t.conditions.length > 1) t = removeCondition(t, 0);
    expect(removeCondition(t, 0)).toBe(t);
  });

  it('is named in the status line until it opens, and removed from the step', () => {
    let d = addStep(emptyDraft(), encodeExperiment(defaultExperiment()), 'A');
    d = updateStep(d, 0, { try: newTry('epoch') });
    expect(draftProblem(d, metricExists)).toMatch(/condition 1 has neither atLeast nor atMost/);
    const t = patchCondition(d.steps[0]!.try!, 0, { atLeast: parseBound('x') }, false);
    expect(draftProblem(updateStep(d, 0, { try: t }), metricExists)).toMatch(/atLeast must be a number/); // prettier-ignore
    d = updateStep(d, 0, { try: patchCondition(t, 0, { atLeast: parseBound('2') }, false) });
    expect(draftProblem(d, metricExists)).toMatch(/needs a task for the student/);
    d = updateStep(d, 0, { try: patchTry(d.steps[0]!.try!, { task: 'Train two epochs.' }) });
    expect(draftProblem(d, metricExists)).toBeNull();
    d = updateStep(d, 0, { try: undefined });
    expect(d.steps[0]).not.toHaveProperty('try');
  });

  it('asks for what a metric is of, where it takes an argument', () => {
    let d = addStep(emptyDraft(), encodeExperiment(circuitSchema.defaults()), 'A');
    const trying = { task: 'Make |11⟩ certain.', conditions: [{ metric: 'probability', atLeast: 0.99 }] }; // prettier-ignore
    d = updateStep(d, 0, { try: trying });
    expect(draftProblem(d, metricExists)).toMatch(/condition 1: "probability" needs what it is of \(basis state/); // prettier-ignore
    d = updateStep(d, 0, { try: patchCondition(trying, 0, { of: '11' }, true) });
    expect(draftProblem(d, metricExists)).toBeNull();
  });

  it('knows which metrics take an argument', () => {
    expect(LESSON_METRICS.circuit?.probability?.argument).toMatch(/basis state/);
    expect(LESSON_METRICS.circuit?.qubits?.argument).toBeUndefined();
    expect(LESSON_METRICS.classify?.epoch?.argument).toBeUndefined();
  });
});
