// Every task on a touch tablet (a finger as the pointer, the browser as on a tablet): at 768 × 1024
// held upright, each task loaded and then after two steps tapped, with its disclosures open, is no
// wider than the screen (only boxes made to scroll sideways may hold something wider), the browser
// does not zoom out to fit it, and every visible control is at least 40 × 40 px; the circuit
// editor places a gate by two taps. At 1024 × 768 turned sideways the same for a few tasks, and a
// shipped lesson opened by its link fits at each of its steps, stepped by taps on "Next step →".
// The page may show two or three columns here. Keeps screenshots as test-results/tablet-*.png.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { TASK_NAMES, TASK_SCHEMAS } from '../../src/experiment/tasks/registry';
import type { TaskName } from '../../src/experiment/types';
import { playEnabled, READY } from './browser';
import { tapGate } from './editorUi';
import { expectFits, openDisclosures, SLOW, taskFits, touchDevice, type Screen } from './fit';

const PORTRAIT = { width: 768, height: 1024 };
const LANDSCAPE = { width: 1024, height: 768 };
const screenOf = (size: { width: number }): Screen => ({ width: size.width, oneColumn: false });
/** Tasks whose panels differ most, checked turned sideways too. */
const SIDEWAYS_TASKS: TaskName[] = ['classify', 'circuit', 'vqe', 'qaoa'];
const LESSON = 'quantum-classifier';

describe('every task on a 768 × 1024 tablet held upright', SLOW, () => {
  const device = touchDevice(PORTRAIT);
  const page = (): Page => device().page;

  for (const task of TASK_NAMES) {
    const label = TASK_SCHEMAS[task].label;
    it(`${label}: nothing wider than the screen, every target at least 40 px`, async () => {
      await taskFits(page(), label, screenOf(PORTRAIT), 'tablet-portrait');
      expect(device().errors).toEqual([]);
    });
  }

  it('the circuit editor places a gate by two taps: a slot, then a palette entry', async () => {
    const p = page();
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.getByLabel('Task').selectOption({ label: TASK_SCHEMAS.circuit.label });
    await playEnabled(p);
    const placed = await tapGate(p, 'X', 'qubit 1, step 4');
    await expectFits(p, 'the sandbox with a gate placed by taps', screenOf(PORTRAIT));
    await placed.scrollIntoViewIfNeeded();
    await p.screenshot({ path: 'test-results/tablet-portrait-editor-tapped.png' });
    expect(device().errors).toEqual([]);
  });
});

describe('a 1024 × 768 tablet turned sideways', SLOW, () => {
  const device = touchDevice(LANDSCAPE);
  const page = (): Page => device().page;

  for (const task of SIDEWAYS_TASKS) {
    const label = TASK_SCHEMAS[task].label;
    it(`${label}: nothing wider than the screen, every target at least 40 px`, async () => {
      await taskFits(page(), label, screenOf(LANDSCAPE), 'tablet-landscape');
      expect(device().errors).toEqual([]);
    });
  }

  it(`the lesson "${LESSON}" opened by its link fits at each step, stepped by taps`, async () => {
    const p = page();
    await p.goto(`${inject('baseUrl')}?lesson=${LESSON}`);
    const lesson = p.getByRole('region', { name: 'Lesson', exact: true });
    const counter = lesson.locator('.lesson-count');
    await expect.poll(() => counter.innerText(), READY).toMatch(/^Step 1 of \d+/);
    const steps = Number(/of (\d+)/.exec(await counter.innerText())?.[1]);
    expect(steps).toBeGreaterThan(1);
    const next = lesson.getByRole('button', { name: 'Next step →' });
    for (let k = 1; k <= steps; k++) {
      await expect.poll(() => counter.innerText(), READY).toMatch(new RegExp(`^Step ${k} of`));
      await playEnabled(p);
      await openDisclosures(p);
      await expectFits(p, `the lesson's step ${k} of ${steps}`, screenOf(LANDSCAPE));
      await p.screenshot({ path: `test-results/tablet-landscape-lesson-${k}.png` });
      if (k < steps) await next.tap();
    }
    expect(await next.isDisabled()).toBe(true);
    expect(device().errors).toEqual([]);
  });
});
