// The shipped lessons: public/lessons/*.json are exactly what their sources (scripts/lessons)
// generate, each opens as the page opens it (every step's experiment, every condition's metric),
// the index lists exactly those files in order, and every text keeps to the lesson's limits and
// to the Markdown and maths the page renders.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeExperiment } from '../../../src/experiment/codec';
import {
  LESSON_NAME,
  MAX_TEXT_CHARS,
  MAX_TITLE_CHARS,
  PAGE_PARTS,
} from '../../../src/lessons/format';
import type { TaskName } from '../../../src/experiment/types';
import type { LessonIndex } from '../../../src/lessons/format';
import { parseMarkdown } from '../../../src/lessons/markdown/parse';
import type { Block, Inline } from '../../../src/lessons/markdown/parse';
import { mathsToText } from '../../../src/lessons/markdown/maths';
import { lessonFromText } from '../../../src/lessons/validate';
import { metricExists } from '../../../src/tasks/lessonChecks';
import { LESSON_SOURCES } from '../../../scripts/lessons';
import { INDEX_FILE, LESSON_DIR, lessonFiles, lessonOf } from '../../../scripts/lessons/toLesson';

const RUN = 'run `npm run lessons`';
const onDisk = (file: string): string | null => {
  try {
    return readFileSync(join(LESSON_DIR, file), 'utf8');
  } catch {
    return null;
  }
};

/** Every inline node of a text, depth first. */
function inlines(blocks: Block[]): Inline[] {
  const out: Inline[] = [];
  const walk = (list: Inline[]): void =>
    list.forEach((n) => {
      out.push(n);
      if (n.kind === 'strong' || n.kind === 'em' || n.kind === 'link') walk(n.children);
    });
  for (const b of blocks) {
    if (b.kind === 'paragraph' || b.kind === 'heading') walk(b.content);
    else if (b.kind === 'bullets' || b.kind === 'numbered') b.items.forEach(walk);
    else out.push(...inlines(b.blocks));
  }
  return out;
}

/** What is wrong with a text as the page renders it: unknown maths commands, links that stay text. */
function renderProblems(text: string): string[] {
  const nodes = inlines(parseMarkdown(text));
  const problems = nodes
    .filter((n) => n.kind === 'maths' && mathsToText(n.src).includes('\\'))
    .map((n) => `maths the page cannot show: $${n.kind === 'maths' ? n.src : ''}$`);
  const links = nodes.filter((n) => n.kind === 'link').length;
  const written = (text.match(/\]\(https?:\/\//g) ?? []).length;
  if (links !== written) problems.push(`${written - links} link(s) not read as links`);
  if (/(^|[^\\])\$[^$]*$/.test(text.replace(/\$[^$]*\$/g, ''))) problems.push('an unclosed $');
  return problems;
}

/**
 * The Classroom names of the settings panels a task's page shows (what a highlight can point at
 * besides PAGE_PARTS), read from its UI entry, src/tasks/<task>/index.ts, as text: loading the
 * entry would load its panels.
 */
function settingsPanels(task: TaskName): string[] {
  const entry = readFileSync(join('src', 'tasks', task, 'index.ts'), 'utf8');
  const list = /settings:\s*\[([\s\S]*?)\]/.exec(entry)?.[1] ?? '';
  return [...list.matchAll(/hide:\s*'(\w+)'/g)].map((m) => m[1]!);
}

const words = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

describe('shipped lessons', () => {
  it('are the shipped lessons, in order, with names fit for a path and a query', () => {
    expect(LESSON_SOURCES.map((s) => s.name)).toEqual([
      'one-qubit',
      'two-qubits',
      'quantum-classifier',
      'better-than-classical',
      'molecules',
      'cutting-graphs',
      'noise-and-error-correction',
      'multiplying-matrices',
      'barren-plateaus',
    ]);
    for (const s of LESSON_SOURCES) expect(s.name).toMatch(LESSON_NAME);
  });

  it('are in public/lessons exactly as their sources make them', () => {
    for (const { file, text } of lessonFiles(LESSON_SOURCES)) {
      const saved = onDisk(file);
      expect(saved, `${LESSON_DIR}/${file} is missing: ${RUN}`).not.toBeNull();
      expect(saved, `${LESSON_DIR}/${file} differs from its source: ${RUN}`).toBe(text);
    }
  });

  it('are listed by the index: exactly the files, in order, with their titles and step counts', () => {
    const index = JSON.parse(onDisk(INDEX_FILE) ?? 'null') as LessonIndex;
    expect(index.format).toBe('qml-playground-lesson-index');
    const files = readdirSync(LESSON_DIR).filter((f) => f.endsWith('.json') && f !== INDEX_FILE);
    expect(index.lessons.map((l) => `${l.name}.json`).sort(), `stale files: ${RUN}`).toEqual(
      files.sort(),
    );
    index.lessons.forEach((entry, k) => {
      const lesson = lessonFromText(onDisk(`${entry.name}.json`) ?? '');
      if (!lesson.ok) throw new Error(lesson.error.message);
      expect(entry.name).toBe(LESSON_SOURCES[k]!.name);
      expect(entry.title).toBe(lesson.value.lesson.title);
      expect(entry.summary).toBe(lesson.value.lesson.summary);
      expect(entry.steps).toBe(lesson.value.lesson.steps.length);
    });
  });

  for (const source of LESSON_SOURCES) {
    describe(source.name, () => {
      it('opens as the page opens it, every step with its own experiment', () => {
        const opened = lessonFromText(onDisk(`${source.name}.json`) ?? '', metricExists);
        if (!opened.ok) throw new Error(opened.error.message);
        expect(opened.value.lesson).toEqual(lessonOf(source));
        expect(opened.value.experiments).toHaveLength(source.steps.length);
        opened.value.experiments.forEach((e, k) => expect(e).toEqual(source.steps[k]!.experiment));
      });

      it('has 4 to 7 steps, each pointing at a part the page can find', () => {
        expect(source.steps.length).toBeGreaterThanOrEqual(4);
        expect(source.steps.length).toBeLessThanOrEqual(7);
        for (const step of source.steps) {
          if (step.highlight === undefined) continue;
          // The player finds the page's parts and the settings panels the task shows.
          const panels = settingsPanels(step.experiment.task);
          expect(panels.length, `settings panels of ${step.experiment.task}`).toBeGreaterThan(0);
          expect([...PAGE_PARTS, ...panels], step.title).toContain(step.highlight);
        }
      });

      it('keeps every text short, within the limits and renderable', () => {
        expect(source.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
        expect(renderProblems(source.summary)).toEqual([]);
        for (const step of source.steps) {
          const where = `${source.name} / ${step.title}`;
          expect(step.title.length, where).toBeLessThanOrEqual(MAX_TITLE_CHARS);
          expect(words(step.text), `${where}: 40 to 120 words`).toBeGreaterThanOrEqual(40);
          expect(words(step.text), `${where}: 40 to 120 words`).toBeLessThanOrEqual(120);
          const texts = [
            step.text,
            step.question?.ask,
            step.question?.answer,
            step.try?.task,
            step.try?.done,
          ];
          for (const t of texts) {
            if (t === undefined) continue;
            expect(t.length, where).toBeLessThanOrEqual(MAX_TEXT_CHARS);
            expect(renderProblems(t), where).toEqual([]);
          }
        }
      });

      it('keeps its experiments as links read them back', () => {
        for (const step of source.steps) {
          const link = lessonOf({ ...source, steps: [step] }).steps[0]!.experiment;
          const read = decodeExperiment(link);
          if (!read.ok) throw new Error(`${step.title}: ${read.error.message}`);
          expect(read.value, step.title).toEqual(step.experiment);
        }
      });
    });
  }
});
