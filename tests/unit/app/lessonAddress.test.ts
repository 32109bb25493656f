// Lessons in the page's address: shipped ones by name in the query, a teacher's own in the
// fragment; steps from 1 in addresses, from 0 inside.
import { describe, expect, it } from 'vitest';
import {
  lessonHashPart,
  lessonSearch,
  lessonUrl,
  readLessonRef,
} from '../../../src/app/lessonAddress';

describe('reading a lesson from the address', () => {
  it('reads a shipped lesson and its step', () => {
    expect(readLessonRef('?lesson=one-qubit&step=3', '')).toEqual({ kind: 'shipped', name: 'one-qubit', step: 2 }); // prettier-ignore
    expect(readLessonRef('?lesson=one-qubit', '#e=1abc')).toEqual({ kind: 'shipped', name: 'one-qubit', step: 0 }); // prettier-ignore
    expect(readLessonRef('?embed&lesson=a-b&step=1', '')).toEqual({ kind: 'shipped', name: 'a-b', step: 0 }); // prettier-ignore
  });

  it('ignores steps that are not small whole numbers', () => {
    for (const step of ['x', '-1', '1.5', '99999', ''])
      expect(readLessonRef(`?lesson=a&step=${step}`, '')).toMatchObject({ step: 0 });
  });

  it('refuses names that are not lesson names (no paths, no script)', () => {
    for (const name of ['../x', 'a/b', 'A', '<script>', 'a--b', 'x.json'])
      expect(readLessonRef(`?lesson=${encodeURIComponent(name)}`, '')).toEqual({ bad: name });
  });

  it('reads an own lesson from the fragment, beside the experiment', () => {
    expect(readLessonRef('?step=2', '#lesson=1xyz&e=1abc')).toEqual({ kind: 'own', payload: '1xyz', step: 1 }); // prettier-ignore
    expect(readLessonRef('', '#e=1abc&lesson=1xyz')).toMatchObject({
      kind: 'own',
      payload: '1xyz',
    });
    expect(readLessonRef('', '#e=1abc')).toBeNull();
    expect(readLessonRef('?embed', '')).toBeNull();
  });
});

describe('writing a lesson into the address', () => {
  it('sets and removes the lesson’s parameters, keeping the others', () => {
    expect(lessonSearch('?embed', { kind: 'shipped', name: 'one-qubit' }, 2)).toBe('?embed&lesson=one-qubit&step=3'); // prettier-ignore
    expect(lessonSearch('?lesson=a&step=4&embed', null, 0)).toBe('?embed');
    expect(lessonSearch('?lesson=a&step=4', null, 0)).toBe('');
    expect(lessonSearch('', { kind: 'own', payload: 'p' }, 0)).toBe('?step=1');
    expect(lessonHashPart({ kind: 'own', payload: 'p' })).toBe('lesson=p&');
    expect(lessonHashPart({ kind: 'shipped', name: 'a' })).toBe('');
    expect(lessonHashPart(null)).toBe('');
  });

  it('builds links that read back to the same lesson and step', () => {
    const page = { origin: 'https://school.example', pathname: '/lab/' };
    const shipped = lessonUrl(page, { kind: 'shipped', name: 'two-qubits' }, 4);
    expect(shipped).toBe('https://school.example/lab/?lesson=two-qubits&step=5');
    const own = new URL(lessonUrl(page, { kind: 'own', payload: '1abc-_' }, 1, true));
    expect(own.search).toBe('?embed&step=2');
    expect(readLessonRef(own.search, own.hash)).toEqual({
      kind: 'own',
      payload: '1abc-_',
      step: 1,
    });
  });
});
