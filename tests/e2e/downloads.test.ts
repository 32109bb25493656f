// "Download image" on charts and circuits: the loss chart as SVG (its canvas of lines embedded),
// PNG (twice its size) and CSV (a row per epoch), a decision boundary's canvas heatmap, and a
// circuit drawing, each saved through the browser's download as a person clicks for it.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openTask, READY, reachEpoch, suiteBrowser } from './browser';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Opens the download menu of the drawing named `label` and saves `choice`; the file's name and bytes. */
async function download(
  page: Page,
  label: string,
  choice: string,
): Promise<{ name: string; bytes: Buffer }> {
  const button = page.getByRole('button', { name: `Download image of ${label}`, exact: true });
  await button.click();
  await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
  const saved = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: choice, exact: true }).click();
  const file = await saved;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Size in CSS pixels of the picture the SVG file says it is. */
function svgSize(text: string): { width: number; height: number } {
  const root = /<svg[^>]*>/.exec(text)?.[0] ?? '';
  return {
    width: Number(/ width="([\d.]+)"/.exec(root)?.[1]),
    height: Number(/ height="([\d.]+)"/.exec(root)?.[1]),
  };
}

describe('downloads of charts and circuits', () => {
  const s = suiteBrowser({ width: 1400, height: 1000 });

  it('saves the loss chart as SVG with its lines, as PNG at twice its size, and its data as CSV', async () => {
    const { page } = s;
    const play = await openTask(page, 'Classification');
    await play.click();
    await reachEpoch(page, 4);
    await page.getByRole('button', { name: 'Pause' }).click();
    await play.waitFor(READY);
    const epochs = Number(
      (
        await page
          .getByText(/^Epoch \d+$/)
          .first()
          .innerText()
      ).slice(6),
    );

    const chart = 'Loss and accuracy';
    const svg = await download(page, chart, 'SVG');
    expect(svg.name).toBe('loss-and-accuracy.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const words of ['Epoch', 'Accuracy', 'Quantum', 'Classical']) expect(text).toContain(`>${words}<`); // prettier-ignore
    // The lines are painted on a canvas over the axes: they travel as an embedded PNG.
    expect(text).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    // Styles from the page's style sheets are written on the elements (the font of the labels).
    expect(text).toMatch(/font-family:/);
    expect(text).not.toMatch(/ class="/);
    // The file is well-formed XML: the browser parses it without an error. In a blank page: the
    // app's Content-Security-Policy would log each style attribute of the parsed file as refused.
    const blank = await s.context.newPage();
    const parsed = await blank.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return doc.querySelector('parsererror') ? 'error' : doc.documentElement.nodeName;
    }, text);
    await blank.close();
    expect(parsed).toBe('svg');

    const png = await download(page, chart, 'PNG');
    expect(png.name).toBe('loss-and-accuracy.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const { width, height } = svgSize(text);
    expect(width).toBeGreaterThan(100);
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(2 * width), height: Math.round(2 * height) }); // prettier-ignore

    const csv = await download(page, chart, 'Data (CSV)');
    expect(csv.name).toBe('loss-and-accuracy.csv');
    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    const models = ['Classical train', 'Classical test', 'Quantum train', 'Quantum test'];
    expect(lines[0]).toBe(['Epoch', ...models.map((m) => `${m} loss`), ...models.map((m) => `${m} accuracy`)].join(',')); // prettier-ignore
    // A row per epoch, from the untrained models at epoch 0 to the one on the counter.
    expect(lines.length - 1).toBe(epochs + 1);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(',').map(Number);
      expect(cells[0]).toBe(i);
      expect(cells).toHaveLength(9);
      for (const v of cells) expect(Number.isFinite(v)).toBe(true);
    });
    expect(s.errors).toEqual([]);
  });

  it('opens its menu from the keyboard, and Escape closes it', async () => {
    const { page } = s;
    const button = page.getByRole('button', { name: 'Download image of Loss and accuracy', exact: true }); // prettier-ignore
    await button.focus();
    await page.keyboard.press('Enter');
    const svgItem = page.getByRole('menuitem', { name: 'SVG', exact: true });
    await expect.poll(() => svgItem.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    const pngFocused = page.getByRole('menuitem', { name: 'PNG', exact: true });
    await expect.poll(() => pngFocused.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('menu').screenshot({ path: 'test-results/downloads-menu.png' });
    await page.locator('.download-image').first().locator('..').screenshot({ path: 'test-results/downloads-chart.png' }); // prettier-ignore
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('saves a decision boundary with its heatmap, and a circuit drawing, as SVG', async () => {
    const { page } = s;
    const boundary = await download(page, 'Quantum decision boundary', 'SVG');
    expect(boundary.name).toBe('quantum-decision-boundary.svg');
    const text = boundary.bytes.toString('utf8');
    expect(text).toMatch(/<image [^>]*href="data:image\/png;base64,/);
    expect(text).toContain('<circle');
    // Only pictures and their names: a boundary has no series to save as a table.
    await page.getByRole('button', { name: 'Download image of Quantum decision boundary' }).click();
    await expect(page.getByRole('menuitem').allInnerTexts()).resolves.toEqual(['SVG', 'PNG']);
    await page.keyboard.press('Escape');

    const circuit = await download(page, 'Quantum circuit', 'SVG');
    expect(circuit.name).toBe('quantum-circuit.svg');
    const drawing = circuit.bytes.toString('utf8');
    // The circuit as on screen: wrapped into rows (one qubit, re-uploaded layer by layer), each a
    // drawing of its own, one under the other.
    const rows = await page
      .getByRole('img', { name: /^Quantum circuit/ })
      .locator('svg')
      .count();
    expect(drawing.match(/<svg /g)).toHaveLength(1 + rows);
    expect(drawing.match(/>q0</g)).toHaveLength(rows);
    expect(drawing).toMatch(/>RY</);
    expect(drawing).not.toContain('<image');
    const png = await download(page, 'Quantum circuit', 'PNG');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const { width, height } = svgSize(drawing);
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(2 * width), height: Math.round(2 * height) }); // prettier-ignore
    expect(s.errors).toEqual([]);
  });

  it('saves a chart whose key is a list beside it with the key drawn below it', async () => {
    const { page } = s;
    await page.getByLabel('Task').selectOption({ label: 'Circuit (sandbox)' });
    await page.getByText('Round 0', { exact: true }).waitFor();
    const counts = await download(page, 'Measured frequency against exact probability', 'SVG');
    const text = counts.bytes.toString('utf8');
    for (const words of ['Measured frequency', 'Exact probability'])
      expect(text).toMatch(new RegExp(`<text [^>]*>${words}</text>`));
    // The key sits under the chart: the picture is taller than the chart on screen.
    const chart = await page.getByRole('img', { name: 'Measured frequency against exact probability' }).boundingBox(); // prettier-ignore
    expect(svgSize(text).height).toBeGreaterThan(chart!.height + 8);
    expect(s.errors).toEqual([]);
  });
});
