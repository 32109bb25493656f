// Reading a scoreboard figure from the page by its accessible name ("Optimum", "Exact energy"),
// as a screen reader would.
import type { Page } from 'playwright-core';

/** The text of the figure named `name` (a status region or a labelled output). */
export async function figure(page: Page, name: string): Promise<string> {
  return page.getByRole('status', { name }).or(page.getByLabel(name, { exact: true })).first().innerText(); // prettier-ignore
}

/** "−1.137306 Ha" → −1.137306 (true minus sign; Ha or mHa). */
export const hartree = (text: string): number =>
  Number(text.replace('−', '-').replace(/ m?Ha$/, ''));

/** The live view's probability of a basis state, as printed ("|00⟩ 0.500" → 0.5). */
export async function liveProbability(page: Page, ket: string): Promise<number> {
  const list = page.locator('section.state-view').getByRole('list', { name: 'Probabilities' });
  const item = list.getByRole('listitem').filter({ hasText: ket });
  return Number((await item.innerText()).replace(ket, '').trim());
}
