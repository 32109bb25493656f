// The optimisation task as a new user meets it: pick "Optimisation (QAOA)", cut an 8-node ring at
// depth 2 and read the approximation ratio 5/6 from the screen; draw a 5-node graph by hand
// (mouse, undo, a weight), solve it against brute force and annealing; open a portfolio and a
// traffic preset; share the link and open it again. Waits have the margin a loaded machine needs.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { READY, TRAINING, suiteBrowser } from './browser';
import { figure } from './figures';

const TEST_TIMEOUT = 300_000;

async function trainToEnd(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
  await play.click();
  await page.getByRole('button', { name: 'Keep training' }).waitFor(TRAINING);
}

async function setNumber(page: Page, label: string, value: string): Promise<void> {
  const f = page.getByLabel(label, { exact: true });
  await f.fill(value);
  await f.press('Enter');
}

describe('optimisation (QAOA)', () => {
  const s = suiteBrowser({ width: 1600, height: 1100 });

  it(
    'cuts an 8-ring at depth 2 to the ratio 5/6, then solves a graph drawn by hand',
    async () => {
      const { page } = s;
      await page.goto(inject('baseUrl'));
      await page.getByText('Epoch 0', { exact: true }).waitFor();
      await page.getByLabel('Task').selectOption({ label: 'Optimisation (QAOA)' });
      await page.getByLabel('Graph', { exact: true }).selectOption({ label: 'Ring' });
      await setNumber(page, 'Nodes', '8');
      await page.getByText('Iteration 0', { exact: true }).waitFor();
      // The classical answers are there before any training.
      await expect.poll(() => figure(page, 'Optimum'), READY).toBe('8');
      expect(await figure(page, 'Simulated annealing')).toBe('8');
      await trainToEnd(page);
      expect(await figure(page, 'Approximation ratio')).toBe('0.833');
      expect(Number(await figure(page, 'Expected cut'))).toBeCloseTo(20 / 3, 2);
      await page.getByRole('img', { name: 'Expected cut against iteration' }).waitFor();
      await page
        .getByRole('img', { name: /QAOA landscape/ })
        .first()
        .waitFor();
      await mkdir('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/qaoa-ring.png', fullPage: true });

      // Draw a 5-cycle by hand: clear the ring the drawing starts from, click five nodes, drag
      // four edges, one too many (undone), then the fifth.
      await page.getByLabel('Graph', { exact: true }).selectOption({ label: 'Draw your own' });
      const editor = page.getByRole('group', { name: 'Graph editor' });
      await editor.waitFor();
      await page.getByRole('button', { name: 'Clear' }).click();
      const count = page.locator('.qaoa-editor-count');
      await expect.poll(() => count.innerText()).toMatch(/^0 of 20 nodes, 0 edges/);
      // Each edit loads a new session, and its messages above can reflow the page: every gesture
      // waits until the session has settled (loaded, or refused with its message) and the editor
      // has stopped moving, then reads its positions.
      const play = page.getByRole('button', { name: 'Play' });
      const settled = async (nodes: number, edges: number): Promise<void> => {
        // A drawing without two nodes and an edge waits, saying what to do; then Play is offered.
        if (nodes < 2)
          await page
            .getByText(/^Draw at least two nodes/)
            .first()
            .waitFor();
        else if (edges === 0)
          await page.getByText(/^Join two nodes with an edge/).first().waitFor(); // prettier-ignore
        else await expect.poll(() => play.isEnabled(), READY).toBe(true);
        let last = '';
        await expect
          .poll(
            async () => {
              const box = JSON.stringify(await editor.boundingBox());
              const same = box === last;
              last = box;
              return same;
            },
            { timeout: 30_000, interval: 300 },
          )
          .toBe(true);
      };
      const at = async (x: number, y: number) => {
        const box = (await editor.boundingBox())!;
        return { x: box.x + (box.width * x) / 100, y: box.y + (box.height * y) / 100 };
      };
      const spots: [number, number][] = [[50, 12], [88, 40], [74, 86], [26, 86], [12, 40]]; // prettier-ignore
      for (const [k, [x, y]] of spots.entries()) {
        await settled(k, 0);
        const p = await at(x, y);
        await page.mouse.click(p.x, p.y);
        await expect.poll(() => count.innerText()).toMatch(new RegExp(`^${k + 1} of 20 nodes`));
      }
      const centre = async (i: number) => {
        const box = (await page.getByRole('button', { name: `Node ${i}`, exact: true }).boundingBox())!; // prettier-ignore
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const join = async (i: number, j: number, edges: number): Promise<void> => {
        await settled(5, edges);
        const a = await centre(i);
        const b = await centre(j);
        await page.mouse.move(a.x, a.y);
        await page.mouse.down();
        await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
        await page.mouse.move(b.x, b.y, { steps: 4 });
        await page.mouse.up();
      };
      const chords: [number, number][] = [[0, 1], [1, 2], [2, 3], [3, 4], [0, 2]]; // prettier-ignore
      for (const [k, [i, j]] of chords.entries()) {
        await join(i, j, k);
        await expect.poll(() => count.innerText()).toMatch(new RegExp(`, ${k + 1} edges?$`));
      }
      await expect.poll(() => count.innerText()).toMatch(/5 edges/);
      // Undo takes the chord back; the fifth edge of the cycle goes in.
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => count.innerText()).toMatch(/4 edges/);
      await join(4, 0, 4);
      await expect.poll(() => count.innerText()).toMatch(/5 edges/);
      // A 5-cycle's largest cut is 4.
      await expect.poll(() => figure(page, 'Optimum'), READY).toBe('4');
      await trainToEnd(page);
      expect(await figure(page, 'Simulated annealing')).toBe('4');
      expect(Number(await figure(page, 'Approximation ratio'))).toBeGreaterThan(0.7);
      await page.getByRole('tab', { name: /Brute force/ }).click();
      await page.getByRole('img', { name: 'Solution found by brute force' }).waitFor();
      await page.screenshot({ path: 'test-results/qaoa-drawn.png', fullPage: true });

      // The drawing is in the link: open it in a new page.
      const link = page.url();
      expect(link).toContain('#e=');
      const other = await s.context.newPage();
      await other.goto(link);
      await expect.poll(() => other.locator('.qaoa-editor-count').innerText(), READY).toMatch(/^5 of 20 nodes, 5 edges/); // prettier-ignore
      await expect.poll(() => figure(other, 'Optimum'), READY).toBe('4');
      await other.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'selects a portfolio within its budget and routes the traffic preset',
    async () => {
      const { page } = s;
      await page.getByLabel('Kind of problem').selectOption({ label: 'Portfolio selection' }); // prettier-ignore
      await expect.poll(() => page.getByText(/for “exactly 4 of 8 assets”/).count(), READY).toBe(1); // prettier-ignore
      await trainToEnd(page);
      expect(Number(await figure(page, 'Approximation ratio'))).toBeGreaterThan(0.9);
      await page.getByRole('tab', { name: /Simulated annealing/ }).click();
      await page
        .getByText(/budget 4 of 8 respected/)
        .first()
        .waitFor();

      await page.getByLabel('Kind of problem').selectOption({ label: 'Traffic routing' });
      await page.getByLabel('Road network').selectOption({ label: '3 cars through a crossing' });
      await expect.poll(() => figure(page, 'Optimum'), READY).toBe('7');
      await trainToEnd(page);
      await page.getByRole('tab', { name: /Brute force/ }).click();
      await page
        .getByText(/Congestion 7/)
        .first()
        .waitFor();
      await page.screenshot({ path: 'test-results/qaoa-traffic.png', fullPage: true });
    },
    TEST_TIMEOUT,
  );

  it(
    'draws a triangle with the keyboard alone',
    async () => {
      const { page } = s;
      await page.getByLabel('Kind of problem').selectOption({ label: 'MaxCut (cut a graph)' });
      await page.getByLabel('Graph', { exact: true }).selectOption({ label: 'Draw your own' });
      const count = page.locator('.qaoa-editor-count');
      await page.getByRole('button', { name: 'Clear' }).click();
      await expect.poll(() => count.innerText()).toMatch(/^0 of 20 nodes/);
      const add = page.getByRole('button', { name: 'Add node' });
      for (let k = 1; k <= 3; k++) {
        await add.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => count.innerText()).toMatch(new RegExp(`^${k} of 20 nodes`));
      }
      const node = (i: number) => page.getByRole('button', { name: `Node ${i}`, exact: true });
      for (const [k, [i, j]] of (
        [
          [0, 1],
          [1, 2],
          [2, 0],
        ] as const
      ).entries()) {
        await node(i).focus();
        await page.keyboard.press('Enter');
        await node(j).focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => count.innerText()).toMatch(new RegExp(`, ${k + 1} edges?$`));
        await page.keyboard.press('Escape');
      }
      // A triangle's largest cut is 2.
      await expect.poll(() => figure(page, 'Optimum'), READY).toBe('2');
    },
    TEST_TIMEOUT,
  );
});
