// Every view checked with axe-core (every rule, the experimental ones too): each task from the
// Task picker once it has loaded and again after a few steps (results and charts drawn, every
// disclosure open), the Classroom, Import circuit and Export circuit dialogs open, and the embed.
// Each check wants no violation, and prints each one's rule, help and nodes when there is one. On
// the same pages, every chart (an SVG or a canvas of some size) must have an accessible name, or be
// hidden beside a named drawing or a table that stands for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TASK_NAMES, TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import { playEnabled, READY, stepTimes, suiteBrowser } from './browser';

/** axe-core's browser build, run in the page through CDP (which the page's CSP does not limit). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'); // prettier-ignore

const SLOW = { timeout: 300_000 };

/** Waits for two animation frames: what React committed has been drawn. */
const settled = (page: Page): Promise<unknown> =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

interface Found {
  id: string;
  help: string;
  nodes: string[];
}

/** axe's violations on the page as it is now, every rule enabled (the experimental ones too). */
async function violations(page: Page): Promise<Found[]> {
  await page.evaluate(AXE_SOURCE);
  await settled(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const experimental = axe.getRules(['experimental']).map((r) => [r.ruleId, { enabled: true }]);
    const result = await axe.run(document, {
      rules: Object.fromEntries(experimental),
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

/** The violations as the failure message prints them. */
function report(where: string, found: readonly Found[]): string {
  const lines = found.flatMap((v) => [`${v.id}: ${v.help}`, ...v.nodes.map((n) => `    ${n.replace(/\n/g, ' ')}`)]); // prettier-ignore
  return `axe on ${where}:\n${lines.join('\n')}`;
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const found = await violations(page);
  expect(found, report(where, found)).toEqual([]);
}

/**
 * Charts (SVGs and canvases at least 48 px each way, not inside another SVG) without a text
 * alternative: each must have a role and an accessible name, or be hidden (aria-hidden, itself or
 * a parent) where the element around the hidden part, or one up to two parents above it, is or
 * holds a named image, grid, group or button, a table or a caption. Behind an open modal dialog
 * only the dialog counts (the rest of the page is inert).
 */
async function chartsWithoutText(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    // The names as axe computes them, over its own copy of the page (setup, then teardown).
    axe.setup(document);
    const name = (el: Element): string => axe.commons.text.accessibleText(el).trim();
    const NAMED = '[role=img], [role=grid], [role=group], [role=button]';
    const named = (el: Element): boolean =>
      el.matches(NAMED) && !el.closest('[aria-hidden="true"]') && name(el) !== '';
    const standsFor = (frame: Element): boolean =>
      named(frame) ||
      [...frame.querySelectorAll(NAMED)].some(named) ||
      frame.querySelector('table, figcaption') !== null;
    const scope = document.querySelector('dialog:modal') ?? document;
    const bad: string[] = [];
    for (const el of scope.querySelectorAll('svg, canvas')) {
      if (el.parentElement?.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 48 || box.height < 48 || !(el as HTMLElement).checkVisibility?.()) continue;
      const hidden = el.closest('[aria-hidden="true"]');
      if (!hidden) {
        if (el.getAttribute('role') && name(el) !== '') continue;
      } else {
        let frame = hidden.parentElement;
        let found = false;
        for (let up = 0; frame && up < 3 && !found; up++, frame = frame.parentElement)
          found = standsFor(frame);
        if (found) continue;
      }
      bad.push(el.outerHTML.slice(0, 160));
    }
    axe.teardown();
    return bad;
  });
}

async function expectChartsDescribed(page: Page, where: string): Promise<void> {
  const bad = await chartsWithoutText(page);
  expect(bad, `charts without a text alternative on ${where}:\n${bad.join('\n')}`).toEqual([]);
}

/** Opens every disclosure on the page, as a curious student does. */
async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await settled(page);
}

const LABELS = TASK_NAMES.map((t) => TASK_SCHEMAS[t].label);

describe('accessibility (axe-core) of every view', SLOW, () => {
  const s = suiteBrowser({ width: 1280, height: 800 });

  it('the first page, before anything', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await playEnabled(page);
    await expectNoViolations(page, 'the first page');
    await expectChartsDescribed(page, 'the first page');
  });

  for (const label of LABELS) {
    it(`${label}: loaded, then after three steps with its disclosures open`, async () => {
      const { page } = s;
      await page.getByLabel('Task').selectOption({ label });
      await playEnabled(page);
      await expectNoViolations(page, `${label}, loaded`);
      await expectChartsDescribed(page, `${label}, loaded`);
      await stepTimes(page, 3);
      await openDisclosures(page);
      await expectNoViolations(page, `${label}, after three steps`);
      await expectChartsDescribed(page, `${label}, after three steps`);
      expect(s.errors).toEqual([]);
    });
  }

  it('the charts say what they show, and their tables stand beside them', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.classify.label });
    await playEnabled(page);
    await stepTimes(page, 2);
    const loss = page.getByRole('img', { name: /^Loss and accuracy: / });
    await expect
      .poll(async () => loss.getAttribute('aria-label'), READY)
      .toMatch(/^Loss and accuracy: (\w+ \w+ \w+ −?[\d.]+, )+\w+ \w+ \w+ −?[\d.]+ at epoch \d+$/); // prettier-ignore
    expect(await loss.getAttribute('aria-label')).toMatch(/, Quantum test accuracy [\d.]+[, ]/);
    const table = page.getByRole('table', { name: /^Loss and accuracy/ });
    await expect(table.getByRole('columnheader', { name: 'Quantum test loss' }).count()).resolves.toBe(1); // prettier-ignore
    await expect.poll(() => table.getByRole('row').count(), READY).toBeGreaterThanOrEqual(3);
    const boundary = page.getByRole('img', { name: /^Quantum decision boundary: / });
    await expect
      .poll(async () => boundary.getAttribute('aria-label'), READY)
      .toMatch(/^Quantum decision boundary: \d+ samples; class [01] is the most likely on \d+% of the square/); // prettier-ignore
  });

  it('the Classroom, Import circuit and Export circuit dialogs, open', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.classify.label });
    await playEnabled(page);
    for (const [button, dialog] of [
      ['Classroom', 'Classroom'],
      ['Import circuit', 'Import a circuit'],
      ['Export circuit', 'Export the circuit'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const open = page.getByRole('dialog', { name: dialog });
      await open.waitFor();
      if (button === 'Import circuit') {
        // With a circuit read, so that what it found is drawn too.
        await open.getByRole('textbox', { name: 'Circuit to import' }).fill('OPENQASM 2.0;\ninclude "qelib1.inc";\nqreg q[2];\nh q[0];\ncx q[0], q[1];\n'); // prettier-ignore
        await open.getByRole('img', { name: 'The circuit as read' }).waitFor();
      }
      await expectNoViolations(page, `the ${button} dialog`);
      await expectChartsDescribed(page, `the ${button} dialog`);
      await page.keyboard.press('Escape');
      await open.waitFor({ state: 'hidden' });
    }
    expect(s.errors).toEqual([]);
  });

  it('a lesson step, presented, and the Lessons menu and builder open', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(`${inject('baseUrl')}?lesson=multiplying-matrices&step=3`);
    await playEnabled(page);
    const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
    await lesson.getByRole('button', { name: 'Show the answer' }).click();
    await settled(page);
    await expectNoViolations(page, 'a lesson step with its try and answer');
    await lesson.getByRole('button', { name: 'Present' }).click();
    await expectNoViolations(page, 'a lesson, presented');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await page.getByRole('dialog', { name: 'Lessons' }).getByRole('button').first().waitFor();
    await expectNoViolations(page, 'the Lessons menu');
    await page.getByRole('button', { name: 'Make a lesson' }).click();
    const builder = page.getByRole('dialog', { name: 'Make a lesson' });
    await builder.getByRole('button', { name: 'Add this experiment as a step' }).click();
    await expectNoViolations(page, 'the lesson builder with a step');
    expect(s.errors).toEqual([]);
  });

  it('the embed, loaded and after three steps', async () => {
    const { page } = s;
    await page.goto('about:blank');
    await page.goto(`${inject('baseUrl')}?embed`);
    await playEnabled(page);
    await expectEmbed(page, 'the embed, loaded');
    await stepTimes(page, 3);
    await expectEmbed(page, 'the embed, after three steps');
    expect(s.errors).toEqual([]);
  });
});

async function expectEmbed(page: Page, where: string): Promise<void> {
  await expectNoViolations(page, where);
  await expectChartsDescribed(page, where);
}
