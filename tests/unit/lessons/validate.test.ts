// Reading lessons (src/lessons/validate.ts) and lesson links (src/lessons/link.ts): every problem
// comes back as a typed error whose message names the step and whose field names the place;
// old experiment links inside a lesson open migrated; an experiment given as a whole link is
// kept as its payload; and no damaged, oversized or crafted input ever throws.
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64url } from '../../../src/experiment/base64url';
import { encodeExperiment } from '../../../src/experiment/codec';
import { defaultExperiment } from '../../../src/experiment/defaults';
import { CURRENT_VERSION } from '../../../src/experiment/migrate';
import type { Result } from '../../../src/experiment/result';
import { circuitSchema } from '../../../src/experiment/tasks/circuit';
import {
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_LESSON_CHARS,
  MAX_STEPS,
  MAX_TEXT_CHARS,
} from '../../../src/lessons/format';
import type { Lesson } from '../../../src/lessons/format';
import {
  MAX_LESSON_LINK_CHARS,
  decodeLesson,
  encodeLesson,
  lessonHash,
} from '../../../src/lessons/link';
import { lessonFromJson, lessonFromText, lessonToText } from '../../../src/lessons/validate';
import type { OpenedLesson } from '../../../src/lessons/validate';
import { metricExists } from '../../../src/tasks/lessonChecks';

/** The default experiment of schema 1, as released (tests/unit/experiment/golden.test.ts). */
const SCHEMA_1_LINK =
  '1PVDLbsMgEPyXOaPKSdUc-JWqB2xwTLPGLqxTOVb-PQOHnIB57SwH7hn2ZKA3WAziSonjDgPvYA_4UtGYBwnEVoU9d51BesDyUFq7jy-D4lvGsMF-_zwN5qWab5HmHLZVFudjujLhr29C2WE_DUKq6Q_imQaM0QeJuoMJSurAshJ23s2USBtGc89OpwvdJC9sIedW5kqe2t8lJqW8TA1tzZjXy7vRLGvluQJmp8PEhxv4UJemOvr-X6UaYDVvgT9B5eik8DrRzwWfLw';

const sandboxLink = encodeExperiment(circuitSchema.defaults());
const classifyLink = encodeExperiment(defaultExperiment());

/** A valid two-step lesson (a Bell circuit with a try, then the classifier); edit a copy. */
function lesson(): Lesson {
  return {
    format: LESSON_FORMAT,
    version: LESSON_VERSION,
    title: 'Test lesson',
    summary: 'Two steps.',
    steps: [
      {
        title: 'Bell',
        experiment: sandboxLink,
        text: 'Look at the **arrows**.',
        highlight: 'editor',
        try: {
          task: 'Keep $|00\\rangle$ at one half.',
          conditions: [{ metric: 'probability', of: '00', atLeast: 0.49, atMost: 0.51 }],
        },
      },
      {
        title: 'Classifier',
        experiment: classifyLink,
        text: 'Press Play.',
        highlight: 'data',
        question: { ask: 'Why?', answer: 'Because.' },
      },
    ],
  };
}

/** The lesson read from its JSON, with an edit made first. */
function read(edit: (l: Lesson & Record<string, unknown>) => void): Result<OpenedLesson> {
  const l = lesson() as Lesson & Record<string, unknown>;
  edit(l);
  return lessonFromJson(JSON.parse(JSON.stringify(l)), metricExists);
}

function error(r: Result<OpenedLesson>) {
  if (r.ok) throw new Error('expected the lesson to be refused');
  return r.error;
}

describe('lessonFromJson', () => {
  it('opens a valid lesson with every step’s experiment', () => {
    const r = lessonFromText(lessonToText(lesson()), metricExists);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lesson).toEqual(lesson());
    expect(r.value.experiments.map((e) => e.task)).toEqual(['circuit', 'classify']);
  });

  it('names the step and the field of a missing title', () => {
    const e = error(read((l) => delete (l.steps[1] as Partial<Lesson['steps'][number]>).title));
    expect(e.kind).toBe('invalid');
    expect(e.field).toBe('steps[1].title');
    expect(e.message).toMatch(/^Step 2 has no title/);
  });

  it('names the step of an experiment that cannot be opened', () => {
    const e = error(read((l) => (l.steps[0]!.experiment = '1this-is-not-deflate')));
    expect(e.field).toBe('steps[0].experiment');
    expect(e.message).toMatch(/^Step 1 \("Bell"\): its experiment/);
  });

  it('names the step of an unknown highlight and lists the parts it can name', () => {
    const e = error(read((l) => (l.steps[1]!.highlight = 'sidebar')));
    expect(e.field).toBe('steps[1].highlight');
    expect(e.message).toContain('Step 2 highlights "sidebar"');
    expect(e.message).toContain('run, editor, model, results, data, training');
  });

  it('refuses a metric the step’s task does not measure', () => {
    const e = error(read((l) => (l.steps[0]!.try!.conditions[0]!.metric = 'testAccuracy')));
    expect(e.field).toBe('steps[0].try');
    expect(e.message).toContain('Step 1 checks "testAccuracy"');
    expect(e.message).toContain('Circuit (sandbox)');
    // Without the page's metrics it cannot tell: the lesson opens.
    const l = lesson();
    l.steps[0]!.try!.conditions[0]!.metric = 'testAccuracy';
    expect(lessonFromJson(l).ok).toBe(true);
  });

  it('refuses a condition with no bounds, naming the condition', () => {
    const e = error(
      read((l) => {
        const c = l.steps[0]!.try!.conditions[0]!;
        delete c.atLeast;
        delete c.atMost;
      }),
    );
    expect(e.field).toBe('steps[0].try.conditions[0]');
    expect(e.message).toBe('Step 1, condition 1 has neither atLeast nor atMost.');
  });

  it('refuses more than MAX_STEPS steps before opening any', () => {
    const e = error(
      read((l) => (l.steps = Array.from({ length: MAX_STEPS + 1 }, () => l.steps[0]!))),
    );
    expect(e.kind).toBe('too-large');
    expect(e.field).toBe('steps');
    expect(e.message).toContain(`${MAX_STEPS + 1} steps`);
  });

  it('refuses a step text over MAX_TEXT_CHARS, naming the step', () => {
    const e = error(read((l) => (l.steps[1]!.text = 'x'.repeat(MAX_TEXT_CHARS + 1))));
    expect(e.field).toBe('steps[1].text');
    expect(e.message).toContain('Step 2: the text is too long');
  });

  it('refuses another format, a newer version and no version', () => {
    expect(error(read((l) => (l.format = 'qml-playground-lesson-index' as never))).field).toBe('format'); // prettier-ignore
    const newer = error(read((l) => (l.version = (LESSON_VERSION + 1) as never)));
    expect(newer.kind).toBe('too-new');
    expect(newer.message).toContain('newer version');
    expect(error(read((l) => delete (l as Partial<Lesson>).version)).field).toBe('version');
    expect(error(read((l) => (l.steps = []))).field).toBe('steps');
  });

  it('opens an old (schema 1) experiment link migrated to the current schema', () => {
    const r = read((l) => (l.steps[1]!.experiment = SCHEMA_1_LINK));
    if (!r.ok) throw new Error(r.error.message);
    const e = r.value.experiments[1]!;
    expect(e.version).toBe(CURRENT_VERSION);
    if (e.task !== 'classify') throw new Error('expected the classifier');
    // Schema 2 added the TensorFlow.js engine; schema-1 links keep the typed arrays they ran on.
    expect(e.baseline.engine).toBe('arrays');
    expect(e.training.learningRate).toBe(0.1);
    expect(r.value.lesson.steps[1]!.experiment).toBe(SCHEMA_1_LINK);
  });

  it('keeps an experiment given as "#e=…" or as a whole address as its payload', () => {
    for (const given of [
      `#e=${sandboxLink}`,
      `https://example.org/qml/?embed#e=${sandboxLink}`,
      `https://example.org/qml/#e=${sandboxLink}&lesson=x`,
    ]) {
      const r = read((l) => (l.steps[0]!.experiment = given));
      if (!r.ok) throw new Error(`${given}: ${r.error.message}`);
      expect(r.value.lesson.steps[0]!.experiment, given).toBe(sandboxLink);
      expect(r.value.experiments[0]).toEqual(circuitSchema.defaults());
    }
  });
});

describe('lessonFromText', () => {
  it('says a text that is not JSON is damaged', () => {
    const r = lessonFromText('{"format": "qml-playground-lesson",');
    expect(r.ok || r.error.kind).toBe('corrupt');
    expect(r.ok || r.error.message).toMatch(/not valid JSON/);
  });

  it('refuses a text over MAX_LESSON_CHARS before parsing it', () => {
    const r = lessonFromText(' '.repeat(MAX_LESSON_CHARS + 1));
    expect(r.ok || r.error.kind).toBe('too-large');
  });

  it('says other JSON is not a lesson', () => {
    for (const text of ['null', '[]', '42', '{"format": "qml-playground"}']) {
      const r = lessonFromText(text);
      expect(r.ok || r.error.message, text).toBe('This is not a QML Playground lesson.');
    }
  });
});

describe('lesson links', () => {
  it('round-trip a lesson, also from its "#lesson=" fragment', () => {
    const l = lesson();
    const r = decodeLesson(encodeLesson(l), metricExists);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lesson).toEqual(l);
    expect(lessonHash(l)).toBe(`#lesson=${encodeLesson(l)}`);
    // Line breaks from an e-mail are ignored.
    const wrapped = encodeLesson(l).replace(/(.{60})/g, '$1\n');
    expect(decodeLesson(wrapped).ok).toBe(true);
  });

  it('say clearly what is wrong with an empty, damaged, newer or oversized link', () => {
    const good = encodeLesson(lesson());
    const cases: [string, string, RegExp][] = [
      ['', 'corrupt', /empty/],
      ['   ', 'corrupt', /empty/],
      ['x' + good.slice(1), 'corrupt', /damaged/],
      [good.slice(0, 40) + '!*' + good.slice(42), 'corrupt', /characters no link has/],
      [good.slice(0, Math.floor(good.length / 2)), 'corrupt', /damaged|incomplete|could not be read|not valid JSON/], // prettier-ignore
      ['2' + good.slice(1), 'too-new', /newer version/],
      ['1' + 'A'.repeat(MAX_LESSON_LINK_CHARS), 'too-large', /too long/],
    ];
    for (const [payload, kind, message] of cases) {
      const r = decodeLesson(payload);
      expect(r.ok, payload.slice(0, 30)).toBe(false);
      if (r.ok) continue;
      expect(r.error.kind, payload.slice(0, 30)).toBe(kind);
      expect(r.error.message).toMatch(message);
    }
  });

  it('stop a deflate bomb once it unpacks past MAX_LESSON_CHARS', () => {
    const bomb = '1' + toBase64url(deflateSync(new Uint8Array(20_000_000).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LESSON_LINK_CHARS);
    const r = decodeLesson(bomb);
    expect(r.ok || r.error.kind).toBe('too-large');
    expect(r.ok || r.error.message).toContain(`more than ${MAX_LESSON_CHARS} characters`);
  });

  it('never throw, whatever they hold', () => {
    const packed = (text: string) => '1' + toBase64url(deflateSync(new TextEncoder().encode(text)));
    const inputs = [
      packed('not json'),
      packed('{"format": "qml-playground-lesson", "version": 1, "steps": "no"}'),
      packed('{"__proto__": {"x": 1}}'),
      packed(JSON.stringify({ ...lesson(), steps: [{ title: 1 }] })),
      packed(JSON.stringify({ ...lesson(), steps: [null] })),
      '1' + '-'.repeat(5000),
      '1%%%%',
      '9',
      '\u0000\uffff',
      undefined as unknown as string,
    ];
    for (const input of inputs) {
      let r: Result<OpenedLesson> | null = null;
      expect(() => (r = decodeLesson(input))).not.toThrow();
      expect(r!.ok).toBe(false);
    }
  });
});
