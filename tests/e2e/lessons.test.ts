// Lessons in the browser: every shipped lesson opened from the Lessons menu and stepped through;
// a lesson by link, kept at its step with the student's edit over a reload; presenting with the
// keys a clicker sends; the keyboard alone; a live "try this"; a lesson embedded in a course page;
// a teacher's own lesson made in the page, tried, saved and shared; and lessons from strangers
// (hostile text, broken or huge files) that run nothing and change nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeExperiment, encodeExperiment } from '../../src/experiment/codec';
import { circuitSchema } from '../../src/experiment/tasks/circuit';
import { defaultExperiment } from '../../src/experiment/defaults';
import type { Lesson, LessonIndex } from '../../src/lessons/format';
import { LESSON_FORMAT, LESSON_VERSION } from '../../src/lessons/format';
import { lessonHash } from '../../src/lessons/link';
import { lessonFromText } from '../../src/lessons/validate';
import { playEnabled, READY, suiteBrowser } from './browser';

const index = JSON.parse(readFileSync('public/lessons/index.json', 'utf8')) as LessonIndex;
const shipped = (name: string): Lesson => JSON.parse(readFileSync(`public/lessons/${name}.json`, 'utf8')) as Lesson; // prettier-ignore

const lessonRegion = (page: Page) => page.getByRole('region', { name: 'Lesson', exact: true });
const counter = (page: Page) => lessonRegion(page).locator('.lesson-count');

async function fresh(page: Page, query = '', hash = ''): Promise<void> {
  await page.goto(`${inject('baseUrl')}bell.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${inject('baseUrl')}${query}${hash}`);
}

/** A small lesson of our own: the sandbox, then the classifier. */
function ownLesson(steps: Lesson['steps']): Lesson {
  return { format: LESSON_FORMAT, version: LESSON_VERSION, title: 'Own lesson', summary: 'Ours.', steps }; // prettier-ignore
}

describe('shipped lessons', () => {
  const b = suiteBrowser({ width: 1280, height: 900 });

  it('lists every shipped lesson in the Lessons menu and steps through each', async () => {
    const { page, errors } = b;
    expect(index.lessons.length).toBeGreaterThanOrEqual(7);
    for (const entry of index.lessons) {
      await fresh(page);
      await page.getByRole('button', { name: 'Lessons', exact: true }).click();
      const menu = page.getByRole('dialog', { name: 'Lessons' });
      await menu.getByRole('button', { name: entry.title, exact: true }).click();
      await expect.poll(() => menu.isVisible()).toBe(false);
      const lesson = shipped(entry.name);
      await expect.poll(() => lessonRegion(page).getByRole('heading', { level: 2 }).innerText()).toBe(lesson.title); // prettier-ignore
      for (const [k, step] of lesson.steps.entries()) {
        const n = lesson.steps.length;
        await expect.poll(() => counter(page).innerText(), READY).toBe(`Step ${k + 1} of ${n}`);
        await expect.poll(() => lessonRegion(page).getByRole('heading', { level: 3 }).innerText()).toBe(step.title); // prettier-ignore
        const e = decodeExperiment(step.experiment);
        expect(e.ok).toBe(true);
        if (e.ok) await expect.poll(() => page.getByLabel('Task').inputValue()).toBe(e.value.task);
        await expect.poll(() => page.url()).toContain(`lesson=${entry.name}&step=${k + 1}`);
        expect(await page.getByRole('alert').count()).toBe(0);
        if (k < n - 1)
          await lessonRegion(page).getByRole('button', { name: 'Next step →' }).click();
      }
      expect(await lessonRegion(page).getByRole('button', { name: 'Next step →' }).isDisabled()).toBe(true); // prettier-ignore
    }
    expect(errors).toEqual([]);
  });

  it('opens by link at its step, and a reload keeps the step and the student’s edit', async () => {
    const { page } = b;
    const name = 'quantum-classifier';
    await fresh(page, `?lesson=${name}&step=2`);
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 2 of/);
    const speed = page.getByRole('combobox', { name: /^Speed/ });
    const other = (await speed.inputValue()) === 'slow' ? 'fast' : 'slow';
    await speed.selectOption(other);
    await expect.poll(() => page.url()).toContain('step=2#e=');
    await page.waitForTimeout(400); // the address is written 150 ms after an edit
    await page.reload();
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 2 of/);
    expect(await speed.inputValue()).toBe(other);
    await lessonRegion(page).getByRole('button', { name: 'Start the step again' }).click();
    await expect.poll(() => speed.inputValue()).not.toBe(other);
    // Closing the lesson takes it out of the address too: a reload stays out of it.
    await lessonRegion(page).getByRole('button', { name: 'Close lesson' }).click();
    expect(await lessonRegion(page).count()).toBe(0);
    await expect.poll(() => page.url()).not.toContain('lesson=');
    await page.waitForTimeout(400);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), READY).toBe(true); // prettier-ignore
    expect(await lessonRegion(page).count()).toBe(0);
    // A name that is not a lesson: a clear message, and the page still works.
    await fresh(page, '?lesson=no-such-lesson');
    await expect.poll(() => page.getByRole('alert').innerText(), READY).toMatch(/This lesson could not be opened/); // prettier-ignore
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), READY).toBe(true); // prettier-ignore
  });

  it('presents: large type beside the live page, stepping with arrows and clicker keys, by link too', async () => {
    const { page } = b;
    await fresh(page, `?lesson=${index.lessons[2]!.name}`);
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 1 of/);
    await lessonRegion(page).getByRole('button', { name: 'Present' }).click();
    const lab = page.locator('.lab');
    await expect.poll(() => lab.getAttribute('class')).toContain('presenting');
    const size = await lessonRegion(page).evaluate((el) =>
      parseFloat(getComputedStyle(el).fontSize),
    );
    expect(size).toBeGreaterThanOrEqual(22);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter(page).innerText()).toMatch(/^Step 2 of/);
    // Step 2 points at the quantum model, further down: it is scrolled in under the run
    // controls, which stay on top (Play at hand), beside the lesson.
    const view = () =>
      page.evaluate(() => {
        const play = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Play')!.getBoundingClientRect(); // prettier-ignore
        const bar = document.querySelector('.lab-header')!.getBoundingClientRect();
        const part = document.querySelector('[data-lesson-highlight]')!.getBoundingClientRect();
        return { scrolled: scrollY > 0, playShown: play.top >= 0 && play.bottom <= innerHeight, partUnderBar: part.top >= bar.bottom - 1 && part.top < innerHeight }; // prettier-ignore
      });
    await expect.poll(view, READY).toEqual({ scrolled: true, playShown: true, partUnderBar: true });
    await page.keyboard.press('PageDown');
    await expect.poll(() => counter(page).innerText()).toMatch(/^Step 3 of/);
    await page.keyboard.press('PageUp');
    await expect.poll(() => counter(page).innerText()).toMatch(/^Step 2 of/);
    await page.keyboard.press('End');
    const n = shipped(index.lessons[2]!.name).steps.length;
    await expect.poll(() => counter(page).innerText()).toBe(`Step ${n} of ${n}`);
    await page.keyboard.press('Home');
    await expect.poll(() => counter(page).innerText()).toMatch(/^Step 1 of/);
    // The experiment stays live: Play works while presenting.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByText(/^Epoch [1-9]\d*$/).count(), READY).toBe(1);
    await page.getByRole('button', { name: 'Pause' }).click();
    // The address says "present": reloaded (or put on a slide), the lesson opens presented.
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(true);
    await page.reload();
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 1 of/);
    await expect.poll(() => lab.getAttribute('class')).toContain('presenting');
    await page.keyboard.press('Escape');
    await expect.poll(() => lab.getAttribute('class')).not.toContain('presenting');
    await expect.poll(() => new URL(page.url()).searchParams.has('present')).toBe(false);
  });

  it('sends students a locked link: every step locked, kept over steps and a reload', async () => {
    const { page, context } = b;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh(page, '?lesson=quantum-classifier');
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 1 of/);
    await page.getByRole('button', { name: 'Classroom', exact: true }).waitFor();
    await lessonRegion(page).getByRole('button', { name: 'Copy student link' }).click();
    await expect.poll(() => lessonRegion(page).getByRole('status').innerText()).toBe('Student link copied.'); // prettier-ignore
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('lesson')).toBe('quantum-classifier');
    expect(new URL(link).searchParams.has('locked')).toBe(true);
    const lockedView = async (): Promise<void> => {
      await playEnabled(page);
      expect(await page.getByRole('button', { name: 'Classroom', exact: true }).count()).toBe(0);
      for (const name of ['Edit lesson', 'Copy student link'])
        expect(await lessonRegion(page).getByRole('button', { name }).count(), name).toBe(0);
    };
    await fresh(page);
    await page.goto(link);
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 1 of/);
    await lockedView();
    await lessonRegion(page).getByRole('button', { name: 'Next step →' }).click();
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 2 of/);
    await lockedView();
    // The address is written 150 ms after a change: reload once it holds step 2, still locked.
    await expect.poll(() => new URL(page.url()).search).toBe('?lesson=quantum-classifier&step=2&locked'); // prettier-ignore
    await page.reload();
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 2 of/);
    await lockedView();
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const menu = page.getByRole('dialog', { name: 'Lessons' });
    await menu.getByRole('button', { name: 'One qubit', exact: true }).waitFor();
    expect(await menu.getByRole('region', { name: 'A lesson of your own' }).count()).toBe(0);
  });

  it('goes through a lesson with the keyboard alone', async () => {
    const { page } = b;
    await fresh(page);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const lessons = page.getByRole('button', { name: 'Lessons', exact: true });
    await lessons.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('dialog', { name: 'Lessons' });
    const first = menu.getByRole('button', { name: index.lessons[0]!.title, exact: true });
    await first.waitFor();
    // Tab to the first lesson and open it.
    for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 1 of/);
    const next = lessonRegion(page).getByRole('button', { name: 'Next step →' });
    for (let i = 0; i < 80 && !(await next.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => counter(page).innerText()).toMatch(/^Step 2 of/);
    // Focus lands on the new step's title, so a screen reader reads it next.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
  });
});

describe('a lesson of one’s own', () => {
  const b = suiteBrowser({ width: 1280, height: 900 });

  it('checks a "try this" live against the experiment', async () => {
    const { page } = b;
    const lesson = ownLesson([
      {
        title: 'Grow the circuit',
        experiment: encodeExperiment(circuitSchema.defaults()),
        text: 'Add a qubit.',
        highlight: 'editor',
        try: { task: 'Make it three qubits.', conditions: [{ metric: 'qubits', atLeast: 3 }] },
      },
    ]);
    await fresh(page, '', lessonHash(lesson));
    const trying = lessonRegion(page).getByRole('region', { name: 'Try this' });
    await expect
      .poll(() => trying.innerText(), READY)
      .toContain('number of qubits at least 3: now 2');
    expect(await page.locator('[data-lesson-highlight]').getAttribute('class')).toContain('editor-section'); // prettier-ignore
    await page.getByRole('button', { name: 'Add a qubit' }).click();
    await expect.poll(() => trying.getByRole('status').innerText(), READY).toContain('Done!');
  });

  it('is made in the page, tried, saved as a file and shared as a link', async () => {
    const { page, context } = b;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh(page);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const make = async (): Promise<void> => {
      await page.getByRole('button', { name: 'Lessons', exact: true }).click();
      await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'Make a lesson' }).click(); // prettier-ignore
    };
    const builder = page.getByRole('dialog', { name: 'Make a lesson' });
    await make();
    await builder.getByLabel('Lesson title').fill('Circles and circuits');
    await builder.getByRole('button', { name: 'Add this experiment as a step' }).click();
    await builder.getByLabel('Text').fill('The **circle** data.');
    await builder.getByRole('button', { name: 'Done' }).click();
    await page.getByLabel('Task').selectOption('circuit');
    await make();
    await builder.getByRole('button', { name: 'Add this experiment as a step' }).click();
    await builder.getByLabel('Title', { exact: true }).nth(1).fill('A circuit first');
    await builder.getByRole('button', { name: 'Move up' }).nth(1).click();
    const download = page.waitForEvent('download');
    await builder.getByRole('button', { name: 'Save lesson file' }).click();
    const saved = await readFileSync(await (await download).path(), 'utf8');
    const opened = lessonFromText(saved);
    expect(opened.ok && opened.value.lesson.steps.map((s) => s.title)).toEqual(['A circuit first', 'Step 1: Classification']); // prettier-ignore
    await builder.getByRole('button', { name: 'Copy lesson link' }).click();
    await expect.poll(() => builder.getByRole('status').innerText()).toMatch(/copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await builder.getByRole('button', { name: 'Try the lesson' }).click();
    await expect.poll(() => counter(page).innerText(), READY).toBe('Step 1 of 2');
    expect(await page.getByLabel('Task').inputValue()).toBe('circuit');
    // The link opens the same lesson in a browser that never saw it.
    await fresh(page);
    await page.goto(link);
    await expect.poll(() => lessonRegion(page).getByRole('heading', { level: 3 }).innerText(), READY).toBe('A circuit first'); // prettier-ignore
    await lessonRegion(page).getByRole('button', { name: 'Next step →' }).click();
    await expect.poll(() => lessonRegion(page).locator('strong').innerText()).toBe('circle');
    await expect.poll(() => page.getByLabel('Task').inputValue()).toBe('classify');
  });
});

describe('lessons from strangers', () => {
  const b = suiteBrowser({ width: 1280, height: 900 });
  const hostile = '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [click me](javascript:window.__pwned=3) [ok](https://example.org)'; // prettier-ignore

  it('renders hostile text as text and runs nothing', async () => {
    const { page } = b;
    const lesson = ownLesson([
      {
        title: '<b onmouseover="window.__pwned=4">Title</b>',
        experiment: encodeExperiment(defaultExperiment()),
        text: hostile,
        question: { ask: hostile, answer: hostile },
        try: {
          task: hostile,
          conditions: [{ metric: 'testAccuracy', atLeast: 0.99 }],
          done: hostile,
        },
      },
    ]);
    await fresh(page);
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByLabel('Lesson file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(lesson)) }); // prettier-ignore
    const region = lessonRegion(page);
    await expect
      .poll(() => region.innerText(), READY)
      .toContain('<script>window.__pwned = 1</script>');
    await region.getByRole('button', { name: 'Show the answer' }).click();
    await region.getByText('click me').first().click();
    await region.getByRole('heading', { level: 3 }).hover();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await region.locator('script, img, b').count()).toBe(0);
    const hrefs = await region
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toBe('https://example.org/');
    expect(await region.locator('a').first().getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('refuses broken and huge lesson files with a message, changing nothing', async () => {
    const { page } = b;
    await fresh(page);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.waitForTimeout(1200); // the first write of the address waits for an idle page
    const before = page.url();
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    const menu = page.getByRole('dialog', { name: 'Lessons' });
    // Each file is read asynchronously: wait for its own message (the last one stays meanwhile).
    const refused = async (text: string, message: RegExp): Promise<void> => {
      await page.getByLabel('Lesson file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(text) }); // prettier-ignore
      await expect.poll(() => menu.getByRole('alert').innerText()).toMatch(message);
    };
    await refused('{ not json', /not valid JSON/);
    await refused('x'.repeat(600_000), /at most 0.5 MB/);
    const broken = ownLesson([{ title: 'Bad', experiment: '1AAAA', text: '' }]);
    await refused(JSON.stringify(broken), /Step 1 \("Bad"\)/);
    await refused(JSON.stringify({ ...broken, version: 9 }), /newer version/);
    expect(await lessonRegion(page).count()).toBe(0);
    expect(page.url()).toBe(before);
  });

  it('embeds a lesson step in a course page, with a way out to the playground', async () => {
    const { page } = b;
    const name = index.lessons[0]!.name;
    // A slow network: the page writes its address before the lesson has come, and keeps it.
    await page.route('**/lessons/*.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await fresh(page, `?embed&lesson=${name}&step=2`);
    await expect.poll(() => page.url()).toContain('#e=');
    expect(page.url()).toContain(`lesson=${name}&step=2`);
    await expect.poll(() => counter(page).innerText(), READY).toMatch(/^Step 2 of/);
    expect(await lessonRegion(page).getByRole('button', { name: 'Present' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lessons', exact: true }).count()).toBe(0);
    const out = page.getByRole('link', { name: 'Open in the playground' });
    expect(await out.getAttribute('href')).not.toContain('embed');
    expect(await out.getAttribute('href')).toContain(`lesson=${name}`);
  });
});
