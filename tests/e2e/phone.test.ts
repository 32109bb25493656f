// Every task on a 390 × 844 phone held in the hand (touch, a finger as the pointer), as a student
// opens it from a teacher's link: after a few steps, with its disclosures open, the page is one
// column no wider than the screen (only boxes made to scroll sideways, such as the circuit editor's
// grid or a wide table, may hold something wider), the browser does not zoom out to fit it, and
// every control a finger can reach is at least 40 × 40 px (a checkbox or a radio through its
// label). The circuit editor places a gate by two taps. Keeps a screenshot of each task.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TASK_NAMES, TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import { openBrowser, playEnabled, READY, stepTimes, type BrowserSession } from './browser';

const PHONE = { width: 390, height: 844 };
/** The least side of a target, CSS pixels (WCAG 2.5.5 asks 44; the brief's floor is 40). */
const TARGET = 40;
const SLOW = { timeout: 300_000 };

interface Fit {
  /** The layout viewport as the phone sets it (wider when it zooms out to fit the page). */
  innerWidth: number;
  scrollWidth: number;
  /** Elements reaching past the screen's sides, outside any box that scrolls or clips sideways. */
  wide: string[];
  /** Panels narrower than most of the screen (two side by side would be). */
  narrowPanels: string[];
  /** Visible controls smaller than TARGET either way. */
  small: string[];
}

/** What the page looks like to a finger, measured from its boxes. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate((target) => {
    const vw = document.documentElement.clientWidth;
    const said = (el: Element): string => {
      const b = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''; // prettier-ignore
      return `${el.tagName.toLowerCase()}${cls} “${name}” at x ${Math.round(b.left)}–${Math.round(b.right)}, ${Math.round(b.width)} × ${Math.round(b.height)}`; // prettier-ignore
    };
    const insideSideways = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 || b.height === 0) continue;
      if ((b.left < -1 || b.right > vw + 1) && !insideSideways(el)) wide.push(said(el));
    }
    const narrowPanels = [...document.querySelectorAll('.panel')]
      .filter((p) => (p as HTMLElement).checkVisibility())
      .filter((p) => p.getBoundingClientRect().width < vw * 0.85)
      .map(said);
    // Links inside a sentence are exempt, as WCAG 2.5.5 exempts them: the line sets their height.
    const inSentence = (el: Element): boolean =>
      el.tagName === 'A' &&
      getComputedStyle(el).display === 'inline' &&
      (el.parentElement?.textContent ?? '').trim() !== (el.textContent ?? '').trim();
    const small: string[] = [];
    const CONTROLS = 'button, a[href], input, select, textarea, summary, [role=button], [role=tab]';
    for (const el of document.querySelectorAll(CONTROLS)) {
      if (!(el as HTMLElement).checkVisibility({ visibilityProperty: true })) continue;
      // A repeat bracket is a 24 px strip over the editor's grid: its inputs keep its height.
      if (el.closest('.repeat-bracket, .visually-hidden') || inSentence(el)) continue;
      let b = el.getBoundingClientRect();
      if (b.width <= 1 || b.height <= 1) continue;
      if (el.matches('input[type=checkbox], input[type=radio]')) {
        const label = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null); // prettier-ignore
        if (label) b = label.getBoundingClientRect();
      }
      if (b.width < target - 0.5 || b.height < target - 0.5) small.push(said(el));
    }
    return {
      innerWidth: window.innerWidth,
      scrollWidth: document.documentElement.scrollWidth,
      wide,
      narrowPanels,
      small,
    };
  }, TARGET);
}

async function expectFits(page: Page, where: string): Promise<void> {
  // A chart is drawn at its new width a moment after its box is resized (the draw queue): wait
  // until nothing reaches past the screen, then read the page once more.
  await expect
    .poll(async () => (await measure(page)).wide, {
      ...READY,
      message: `${where}: wider than the screen`,
    }) // prettier-ignore
    .toEqual([]);
  const fit = await measure(page);
  expect(fit.innerWidth, `${where}: the phone zooms out`).toBeLessThanOrEqual(PHONE.width + 1);
  expect(fit.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(PHONE.width + 1); // prettier-ignore
  expect(fit.wide, `${where}: wider than the screen:\n${fit.wide.join('\n')}`).toEqual([]);
  expect(fit.narrowPanels, `${where}: not one column:\n${fit.narrowPanels.join('\n')}`).toEqual([]); // prettier-ignore
  expect(fit.small, `${where}: targets under ${TARGET} px:\n${fit.small.join('\n')}`).toEqual([]);
}

/** Opens every disclosure on the page, as a curious student does. */
async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

const fileName = (label: string): string => label.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase(); // prettier-ignore

describe('every task on a 390 × 844 phone', SLOW, () => {
  let s: BrowserSession | undefined;
  const page = (): Page => {
    if (!s) throw new Error('The phone is not open yet.');
    return s.page;
  };
  beforeAll(async () => {
    s = await openBrowser(PHONE, { touch: true });
    s.page.setDefaultTimeout(READY.timeout);
    await mkdir('test-results', { recursive: true });
    await s.page.goto(inject('baseUrl'));
    await s.page.getByText('Epoch 0', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const task of TASK_NAMES) {
    const label = TASK_SCHEMAS[task].label;
    it(`${label}: one column, nothing wider than the screen, every target at least 40 px`, async () => {
      const p = page();
      await p.evaluate(() => window.scrollTo(0, 0));
      await p.getByLabel('Task').selectOption({ label });
      await playEnabled(p);
      await expectFits(p, `${label}, loaded`);
      await stepTimes(p, 2, 'tap');
      await p.screenshot({ path: `test-results/phone-${fileName(label)}.png` });
      await openDisclosures(p);
      await expectFits(p, `${label}, after two steps with its disclosures open`);
      await p.screenshot({ path: `test-results/phone-${fileName(label)}-page.png`, fullPage: true }); // prettier-ignore
      expect(s?.errors).toEqual([]);
    });
  }

  it('the header dialogs fit the phone, their controls large enough', async () => {
    const p = page();
    await p.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.classify.label });
    await playEnabled(p);
    for (const [button, dialog] of [
      ['Classroom', 'Classroom'],
      ['Import circuit', 'Import a circuit'],
      ['Export circuit', 'Export the circuit'],
    ] as const) {
      await p.getByRole('button', { name: button, exact: true }).tap();
      const open = p.getByRole('dialog', { name: dialog });
      await open.waitFor();
      await expectFits(p, `the ${button} dialog`);
      await p.screenshot({ path: `test-results/phone-dialog-${fileName(button)}.png` });
      await p.keyboard.press('Escape');
      await open.waitFor({ state: 'hidden' });
    }
  });

  it('a lesson: its steps, its question and the Lessons menu fit the phone, stepped by taps', async () => {
    const p = page();
    await p.goto(`${inject('baseUrl')}?lesson=multiplying-matrices&step=3`);
    const lesson = p.getByRole('region', { name: 'Lesson', exact: true });
    await lesson.getByRole('heading', { level: 3 }).waitFor();
    await playEnabled(p);
    await lesson.getByRole('button', { name: 'Show the answer' }).tap();
    await expectFits(p, 'a lesson step with its try and answer');
    await lesson.getByRole('button', { name: 'Next step →' }).tap();
    await expect.poll(() => lesson.locator('.lesson-count').innerText()).toMatch(/^Step 4 of/);
    await expectFits(p, 'the next lesson step');
    await p.screenshot({ path: 'test-results/phone-lesson.png' });
    await p.getByRole('button', { name: 'Lessons', exact: true }).tap();
    const menu = p.getByRole('dialog', { name: 'Lessons' });
    await menu.getByRole('button').first().waitFor();
    await expectFits(p, 'the Lessons menu');
    await p.keyboard.press('Escape');
    expect(s?.errors).toEqual([]);
  });

  it('the circuit editor places a gate by two taps: a slot, then a palette entry', async () => {
    const p = page();
    await p.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.circuit.label });
    await playEnabled(p);
    const slot = p.getByRole('gridcell', { name: 'qubit 1, step 4', exact: true });
    await slot.tap();
    await expect.poll(() => slot.evaluate((el) => el === document.activeElement)).toBe(true);
    await p.getByRole('button', { name: 'X', exact: true }).tap();
    const placed = p.getByRole('button', { name: /^X on qubit 1, step 4$/ });
    await placed.waitFor();
    // The editor's grid scrolls within its own box; the page itself stays within the screen.
    await expectFits(p, 'the sandbox with a gate placed by taps');
    await placed.scrollIntoViewIfNeeded();
    await p.screenshot({ path: 'test-results/phone-editor-tapped.png' });
    expect(s?.errors).toEqual([]);
  });

  it('the circuit editor takes a gate dragged by a finger from the palette onto a wire', async () => {
    const p = page();
    const slot = p.getByRole('gridcell', { name: 'qubit 0, step 5', exact: true });
    // The grid at the bottom of the screen: the palette above it is on the screen too.
    await slot.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    const centre = async (name: string, role: 'button' | 'gridcell') => {
      const b = (await p.getByRole(role, { name, exact: true }).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const [from, to] = [await centre('Y', 'button'), await centre('qubit 0, step 5', 'gridcell')];
    // A finger's path in small steps (the browser makes the pointer events of it).
    const cdp = await s!.context.newCDPSession(p);
    const touch = (x: number, y: number) => [{ x, y, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(from.x, from.y) }); // prettier-ignore
    for (let i = 1; i <= 10; i++) {
      const [x, y] = [from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(x, y) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await p.getByRole('button', { name: /^Y on qubit 0, step 5$/ }).waitFor();
    expect(s?.errors).toEqual([]);
  });
});
