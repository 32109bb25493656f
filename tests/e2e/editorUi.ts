// Driving the circuit editor as a person does, for the browser tests: open it, drag with real
// pointer events, find slots, palette entries and placed gates by their accessible names.
import { expect, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Waits until the session is built (Play usable), so nothing above the editor moves any more. */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByRole('button', { name: 'Play' }).isEnabled(), { timeout: 20_000 })
    .toBe(true);
}

export async function openEditor(page: Page, empty = true): Promise<void> {
  // Start from the default experiment, not from what the previous test left in the autosave:
  // clear it from the Bell page (same origin, saves nothing), then open the playground.
  await page.goto(`${inject('baseUrl')}bell.html`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(inject('baseUrl'));
  await page.getByText('Epoch 0', { exact: true }).waitFor();
  await page.getByLabel('Model', { exact: true }).selectOption('circuit');
  if (empty) {
    await page.getByRole('button', { name: 'Empty circuit' }).click();
    await page.getByRole('gridcell', { name: 'qubit 1, step 6' }).waitFor();
  }
  await settled(page);
}

export const emptyEditor = (page: Page) => openEditor(page, true);

/** Presses and moves with real pointer events, in small steps as a hand would; `release` drops. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  release = true,
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++)
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 8, from.y + ((to.y - from.y) * i) / 8);
  if (release) await page.mouse.up();
}

export async function centre(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const b = (await locator.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

export const slot = (page: Page, name: string) => page.getByRole('gridcell', { name, exact: true });
export const palette = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true });
export const placed = (page: Page, name: RegExp) => page.getByRole('button', { name });

/** Drags a palette entry onto a slot (found by name even where a gate covers it). */
export async function dragGate(
  page: Page,
  gate: string,
  to: string,
  release = true,
): Promise<void> {
  await settled(page);
  await drag(page, await centre(palette(page, gate)), await centre(slot(page, to)), release);
}

export async function probabilities(page: Page): Promise<string[]> {
  return (
    await page.getByLabel('Probabilities', { exact: true }).getByRole('listitem').allInnerTexts()
  ).map((t) => t.trim());
}

export const alert = (page: Page, text: string) =>
  page.getByRole('alert').filter({ hasText: text });

/**
 * Places `gate` on the slot named `at` by two taps, as a finger does: the slot (it takes the focus),
 * then the palette entry. Returns the placed gate.
 */
export async function tapGate(page: Page, gate: string, at: string): Promise<Locator> {
  const target = slot(page, at);
  await target.tap();
  await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
  await palette(page, gate).tap();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gateThere = placed(page, new RegExp(`^${escape(gate)} on ${escape(at)}$`));
  await gateThere.waitFor();
  return gateThere;
}
