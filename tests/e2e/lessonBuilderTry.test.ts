// A "try this" made in the Lesson builder: added to a step, its condition chosen from what the
// task measures (an "of" box only for a metric that takes one), bounds typed (the status line
// names a missing or non-number bound), kept in the draft and the lesson link, then tried: played,
// the condition is reached and the words said when done appear.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Lesson } from '../../src/lessons/format';
import { DRAFT_KEY } from '../../src/lessons/draft';
import { decodeLesson } from '../../src/lessons/link';
import { playEnabled, READY, TRAINING, suiteBrowser } from './browser';

const lessonRegion = (page: Page) => page.getByRole('region', { name: 'Lesson', exact: true });

async function openBuilder(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button', { name: 'Make a lesson' }).click(); // prettier-ignore
}

async function fresh(page: Page): Promise<void> {
  await page.goto(`${inject('baseUrl')}bell.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(inject('baseUrl'));
  await playEnabled(page);
}

describe('a "try this" made in the Lesson builder', () => {
  const b = suiteBrowser({ width: 1280, height: 900 });

  it('is added, kept in the draft and the link, and checked live when tried', async () => {
    const { page, context, errors } = b;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fresh(page);
    await page.getByLabel('Task', { exact: true }).selectOption('classify');
    await playEnabled(page);
    await openBuilder(page);
    const builder = page.getByRole('dialog', { name: 'Make a lesson' });
    await builder.getByRole('button', { name: 'Add this experiment as a step' }).click();
    await builder.getByRole('button', { name: 'Add a “Try this” to step 1', exact: true }).click();
    await builder.getByLabel('Step 1 task for the student', { exact: true }).fill('Train for **two** epochs.'); // prettier-ignore
    const metric = builder.getByLabel('Step 1, condition 1 metric', { exact: true });
    await metric.selectOption({ label: 'epochs trained' });
    // The classifier's metrics take no argument: no "of" box.
    expect(await builder.getByLabel(/condition 1 of/).count()).toBe(0);
    const status = builder.getByRole('status');
    await expect.poll(() => status.innerText()).toMatch(/condition 1 has neither atLeast nor atMost/); // prettier-ignore
    expect(await builder.getByRole('button', { name: 'Try the lesson' }).isDisabled()).toBe(true);
    const atMost = builder.getByLabel('Step 1, condition 1 at most', { exact: true });
    await atMost.fill('lots');
    await expect.poll(() => status.innerText()).toMatch(/atMost must be a number/);
    await atMost.fill('');
    await builder.getByLabel('Step 1, condition 1 at least', { exact: true }).fill('2');
    await builder.getByLabel('Step 1 said when done (optional)', { exact: true }).fill('Two epochs: **well done**.'); // prettier-ignore
    await expect.poll(() => status.innerText()).toMatch(/ready to try/);
    const want = { task: 'Train for **two** epochs.', conditions: [{ metric: 'epoch', atLeast: 2 }], done: 'Two epochs: **well done**.' }; // prettier-ignore
    const kept = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    expect((JSON.parse(kept!) as Lesson).steps[0]!.try).toEqual(want);
    await builder.getByRole('button', { name: 'Copy lesson link' }).click();
    await expect.poll(() => status.innerText()).toMatch(/copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const shared = decodeLesson(new URL(link).hash.slice('#lesson='.length));
    expect(shared.ok && shared.value.lesson.steps[0]!.try).toEqual(want);
    await builder.getByRole('button', { name: 'Try the lesson' }).click();
    const trying = lessonRegion(page).getByRole('region', { name: 'Try this' });
    await expect.poll(() => trying.innerText(), READY).toContain('epochs trained at least 2');
    expect(await trying.innerText()).not.toContain('(reached)');
    await playEnabled(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => trying.getByRole('listitem').innerText(), TRAINING).toContain('(reached)'); // prettier-ignore
    await expect.poll(() => trying.getByRole('status').innerText()).toContain('Two epochs: well done.'); // prettier-ignore
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(errors).toEqual([]);
  });

  it('asks what a metric is of only where it takes an argument, and removes the “Try this”', async () => {
    const { page } = b;
    await fresh(page);
    await page.getByLabel('Task', { exact: true }).selectOption('circuit');
    await playEnabled(page);
    await openBuilder(page);
    const builder = page.getByRole('dialog', { name: 'Make a lesson' });
    await builder.getByRole('button', { name: 'Add this experiment as a step' }).click();
    await builder.getByRole('button', { name: 'Add a “Try this” to step 1', exact: true }).click();
    const metric = builder.getByLabel('Step 1, condition 1 metric', { exact: true });
    await metric.selectOption({ label: 'probability of the state' });
    const of = builder.getByLabel('Step 1, condition 1 of (basis state, e.g. 11)', { exact: true });
    await of.fill('11');
    await builder.getByLabel('Step 1, condition 1 at least', { exact: true }).fill('0.4');
    const add = builder.getByRole('button', { name: 'Add a condition to step 1', exact: true });
    for (let k = 2; k <= 6; k++) await add.click();
    expect(await add.isDisabled()).toBe(true);
    await builder.getByLabel('Step 1, condition 2 metric', { exact: true }).selectOption({ label: 'number of qubits' }); // prettier-ignore
    expect(await builder.getByLabel('Step 1, condition 2 of (basis state, e.g. 11)').count()).toBe(0); // prettier-ignore
    await builder.getByRole('button', { name: 'Remove condition 6 of step 1', exact: true }).click(); // prettier-ignore
    expect(await add.isDisabled()).toBe(false);
    const draft = async () => (JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY))!) as Lesson).steps[0]!; // prettier-ignore
    await expect.poll(async () => (await draft()).try?.conditions[0]).toEqual({ metric: 'probability', of: '11', atLeast: 0.4 }); // prettier-ignore
    expect((await draft()).try?.conditions).toHaveLength(5);
    await builder.getByRole('button', { name: 'Remove the “Try this” of step 1', exact: true }).click(); // prettier-ignore
    await expect.poll(async () => (await draft()).try).toBeUndefined();
    await builder.getByRole('button', { name: 'Add a “Try this” to step 1', exact: true }).waitFor(); // prettier-ignore
  });
});
