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
    expect(readLessonRef('?lesson=one-qubit&step=3', '')).toEqual({ kind: 'shipped', name: 'one-qubit', step: 2, present: false, locked: false }); // prettier-ignore
    expect(readLessonRef('?lesson=one-qubit', '#e=1abc')).toEqual({ kind: 'shipped', name: 'one-qubit', step: 0, present: false, locked: false }); // prettier-ignore
    expect(readLessonRef('?embed&lesson=a-b&step=1', '')).toEqual({ kind: 'shipped', name: 'a-b', step: 0, present: false, locked: false }); // prettier-ignore
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
    expect(readLessonRef('?step=2', '#lesson=1xyz&e=1abc')).toEqual({ kind: 'own', payload: '1xyz', step: 1, present: false, locked: false }); // prettier-ignore
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
    const own = new URL(lessonUrl(page, { kind: 'own', payload: '1abc-_' }, 1, { embed: true }));
    expect(own.search).toBe('?embed&step=2');
    expect(readLessonRef(own.search, own.hash)).toEqual({
      kind: 'own',
      payload: '1abc-_',
      step: 1,
      present: false,
      locked: false,
    });
  });

  it('opens a lesson presented with the "present" flag, never in an embed', () => {
    expect(readLessonRef('?lesson=one-qubit&present&step=2', '')).toEqual({ kind: 'shipped', name: 'one-qubit', step: 1, present: true, locked: false }); // prettier-ignore
    expect(readLessonRef('?present', '#lesson=1xyz&e=1abc')).toMatchObject({ kind: 'own', present: true }); // prettier-ignore
    expect(lessonSearch('?embed', { kind: 'shipped', name: 'a' }, 0, true)).toBe('?embed&lesson=a&step=1&present'); // prettier-ignore
    // Closing the lesson takes the flag out with the rest.
    expect(lessonSearch('?lesson=a&step=1&present&x=1', null, 0, true)).toBe('?x=1');
    const page = { origin: 'https://school.example', pathname: '/lab/' };
    const slide = new URL(lessonUrl(page, { kind: 'shipped', name: 'two-qubits' }, 0, { present: true })); // prettier-ignore
    expect(slide.search).toBe('?lesson=two-qubits&step=1&present');
    expect(readLessonRef(slide.search, slide.hash)).toMatchObject({ present: true, step: 0 });
    const framed = lessonUrl(page, { kind: 'shipped', name: 'a' }, 0, { embed: true, present: true }); // prettier-ignore
    expect(new URL(framed).search).toBe('?embed&lesson=a&step=1');
  });

  it('opens a lesson locked for students with the "locked" flag, and keeps it in its links', () => {
    expect(readLessonRef('?lesson=one-qubit&locked', '')).toMatchObject({ kind: 'shipped', locked: true }); // prettier-ignore
    expect(readLessonRef('?locked&step=2', '#lesson=1xyz&e=1abc')).toMatchObject({ kind: 'own', step: 1, locked: true }); // prettier-ignore
    expect(lessonSearch('', { kind: 'shipped', name: 'a', locked: true }, 1, true)).toBe('?lesson=a&step=2&locked&present'); // prettier-ignore
    expect(lessonSearch('?lesson=a&locked&y', null, 0)).toBe('?y');
    const page = { origin: 'https://school.example', pathname: '/lab/' };
    const student = new URL(lessonUrl(page, { kind: 'own', payload: 'p', locked: true }, 0, { embed: true })); // prettier-ignore
    expect(student.search).toBe('?embed&step=1&locked');
    expect(readLessonRef(student.search, student.hash)).toMatchObject({ payload: 'p', locked: true }); // prettier-ignore
  });
});
