// Reading a scoreboard figure from the page by its accessible name ("Optimum", "Exact energy"),
// as a screen reader would.
import type { Page } from 'playwright-core';

/** The text of the figure named `name` (a status region or a labelled output). */
export async function figure(page: Page, name: string): Promise<string> {
  return page.getByRole('status', { name }).or(page.getByLabel(name, { exact: true })).first().innerText(); // prettier-ignore
}
