// Measuring the page as a finger meets it, for the phone and tablet browser tests: whether anything
// reaches past the screen's sides (outside a box made to scroll sideways, such as the circuit
// editor's grid or a wide table), whether the browser zooms out to fit the page, whether the panels
// are one column, and which visible controls are smaller than a fingertip. Also the touch browser
// those tests share and the walk through one task they both make.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { openBrowser, playEnabled, READY, stepTimes, type BrowserSession } from './browser';

/** The least side of a target, CSS pixels (WCAG 2.5.5 asks 44; the brief's floor is 40). */
export const TARGET = 40;
/** A whole walk through every task on a loaded machine. */
export const SLOW = { timeout: 300_000 };

export interface Fit {
  /** The layout viewport as the device sets it (wider when it zooms out to fit the page). */
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
export function measure(page: Page): Promise<Fit> {
  return page.evaluate((target) => {
    const vw = document.documentElement.clientWidth;
    const said = (el: Element): string => {
      const b = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''; // prettier-ignore
      return `${el.tagName.toLowerCase()}${cls} “${name}” at x ${Math.round(b.left)}–${Math.round(b.right)}, ${Math.round(b.width)} × ${Math.round(b.height)}`; // prettier-ignore
    };
    const insideSideways = (node: Node): boolean => {
      for (let p = node.parentElement; p && p !== document.body; p = p.parentElement)
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    const past = (b: DOMRect): boolean =>
      b.width > 0 && b.height > 0 && (b.left < -1 || b.right > vw + 1);
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*'))
      if (past(el.getBoundingClientRect()) && !insideSideways(el)) wide.push(said(el));
    // Text running out of its box (a word wider than a squeezed button) has no element of its own.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(t);
      if (t.parentElement && past(range.getBoundingClientRect()) && !insideSideways(t))
        wide.push(
          `the text “${(t.textContent ?? '').trim().slice(0, 40)}” of ${said(t.parentElement)}`,
        );
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

/** How a device is expected to show the page. */
export interface Screen {
  /** The screen's width, CSS pixels. */
  width: number;
  /** Every panel (nearly) the screen's width: a phone. A tablet may show two or three columns. */
  oneColumn: boolean;
}

/** The page fits `screen`: no zooming out, no sideways scrolling, every target large enough. */
export async function expectFits(page: Page, where: string, screen: Screen): Promise<void> {
  // A chart is drawn at its new width a moment after its box is resized (the draw queue): wait
  // until nothing reaches past the screen, then read the page once more.
  await expect
    .poll(async () => (await measure(page)).wide, {
      ...READY,
      message: `${where}: wider than the screen`,
    }) // prettier-ignore
    .toEqual([]);
  const fit = await measure(page);
  expect(fit.innerWidth, `${where}: the browser zooms out`).toBeLessThanOrEqual(screen.width + 1);
  expect(fit.scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(screen.width + 1); // prettier-ignore
  expect(fit.wide, `${where}: wider than the screen:\n${fit.wide.join('\n')}`).toEqual([]);
  if (screen.oneColumn)
    expect(fit.narrowPanels, `${where}: not one column:\n${fit.narrowPanels.join('\n')}`).toEqual([]); // prettier-ignore
  expect(fit.small, `${where}: targets under ${TARGET} px:\n${fit.small.join('\n')}`).toEqual([]);
}

/** Opens every disclosure on the page, as a curious student does. */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/** A label as a screenshot's file name: "Quantum classifier" → "quantum-classifier". */
export const fileName = (label: string): string => label.replace(/\W+/g, '-').replace(/^-|-$/g, '').toLowerCase(); // prettier-ignore

/**
 * A touch device (touch events, a finger as the main pointer) of `viewport` size for the tests of
 * one describe block, opened on the playground before them and closed after; the test-results
 * folder ready for their screenshots. Call it inside the block; call what it returns in a test.
 */
export function touchDevice(viewport: { width: number; height: number }): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await openBrowser(viewport, { touch: true });
    session.page.setDefaultTimeout(READY.timeout);
    await mkdir('test-results', { recursive: true });
    await session.page.goto(inject('baseUrl'));
    await session.page.getByText('Epoch 0', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The device is not open yet: use it inside a test.');
    return session;
  };
}

/**
 * The task labelled `label` as a student meets it on `screen`: picked by its label, checked once
 * loaded, stepped twice by taps, then checked with its disclosures open. Keeps a screenshot of the
 * screen and of the whole page, named test-results/<prefix>-<task>(-page).png.
 */
export async function taskFits(
  p: Page,
  label: string,
  screen: Screen,
  prefix: string,
): Promise<void> {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.getByLabel('Task').selectOption({ label });
  await playEnabled(p);
  await expectFits(p, `${label}, loaded`, screen);
  await stepTimes(p, 2, 'tap');
  await p.screenshot({ path: `test-results/${prefix}-${fileName(label)}.png` });
  await openDisclosures(p);
  await expectFits(p, `${label}, after two steps with its disclosures open`, screen);
  await p.screenshot({ path: `test-results/${prefix}-${fileName(label)}-page.png`, fullPage: true }); // prettier-ignore
}
