// Every task on a 390 × 844 phone held in the hand (touch, a finger as the pointer), as a student
// opens it from a teacher's link: after a few steps, with its disclosures open, the page is one
// column no wider than the screen (only boxes made to scroll sideways, such as the circuit editor's
// grid or a wide table, may hold something wider), the browser does not zoom out to fit it, and
// every control a finger can reach is at least 40 × 40 px (a checkbox or a radio through its
// label). The circuit editor places a gate by two taps. Keeps a screenshot of each task.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TASK_NAMES, TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import { playEnabled } from './browser';
import { tapGate } from './editorUi';
import { expectFits as fits, fileName, SLOW, taskFits, touchDevice, type Screen } from './fit';

const PHONE = { width: 390, height: 844 };
const ONE_COLUMN: Screen = { width: PHONE.width, oneColumn: true };
const expectFits = (page: Page, where: string) => fits(page, where, ONE_COLUMN);

describe('every task on a 390 × 844 phone', SLOW, () => {
  const device = touchDevice(PHONE);
  const page = (): Page => device().page;

  for (const task of TASK_NAMES) {
    const label = TASK_SCHEMAS[task].label;
    it(`${label}: one column, nothing wider than the screen, every target at least 40 px`, async () => {
      await taskFits(page(), label, ONE_COLUMN, 'phone');
      expect(device().errors).toEqual([]);
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
    expect(device().errors).toEqual([]);
  });

  it('the circuit editor places a gate by two taps: a slot, then a palette entry', async () => {
    const p = page();
    await p.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.circuit.label });
    await playEnabled(p);
    const placed = await tapGate(p, 'X', 'qubit 1, step 4');
    // The editor's grid scrolls within its own box; the page itself stays within the screen.
    await expectFits(p, 'the sandbox with a gate placed by taps');
    await placed.scrollIntoViewIfNeeded();
    await p.screenshot({ path: 'test-results/phone-editor-tapped.png' });
    expect(device().errors).toEqual([]);
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
    const cdp = await device().context.newCDPSession(p);
    const touch = (x: number, y: number) => [{ x, y, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(from.x, from.y) }); // prettier-ignore
    for (let i = 1; i <= 10; i++) {
      const [x, y] = [from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: touch(x, y) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
    await p.getByRole('button', { name: /^Y on qubit 0, step 5$/ }).waitFor();
    expect(device().errors).toEqual([]);
  });
});
