// The flagship: press Play, watch both models learn the circle, read their accuracies from the
// screen. Correctness only: every wait has the margin a loaded machine needs, and nothing here
// times the page (main-thread long tasks, frame rate and time to Play are measured by
// `npm run bench:ui`, bench/ui.ts).
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { linkHash } from '../../src/experiment/codec';
import type { PlacedGate } from '../../src/experiment/circuit';
import { defaultExperiment } from '../../src/experiment/defaults';
import type { Experiment } from '../../src/experiment/types';
import { validateExperiment } from '../../src/experiment/validate';
import { openBrowser, type BrowserSession } from './browser';

/** Waits sized for a loaded machine: preparing a session or training can take many times longer. */
const READY = { timeout: 60_000 };
const TRAINING = { timeout: 120_000, interval: 200 };
/** Time allowed for each test here (the suite's default is 60 s). */
const SLOW = { timeout: 240_000 };

/** Waits until Play is enabled (the session is prepared). */
async function playEnabled(page: Page): Promise<void> {
  const play = page.getByRole('button', { name: 'Play' });
  await expect.poll(() => play.isEnabled(), READY).toBe(true);
}

async function epochOnScreen(s: BrowserSession): Promise<number> {
  const text = await s.page.getByText(/^Epoch \d+$/).innerText();
  return Number(text.replace('Epoch ', ''));
}

async function accuracy(s: BrowserSession, model: 'Quantum' | 'Classical'): Promise<number> {
  const text = await s.page.getByText(new RegExp(`^${model} test accuracy [0-9.]+$`)).innerText();
  return Number(text.split(' ').pop());
}

describe('flagship: quantum and classical classifiers side by side', SLOW, () => {
  let s: BrowserSession;
  beforeAll(async () => {
    s = await openBrowser({ width: 1600, height: 1000 });
    // Playwright's waits (waitFor, click) share one generous default instead of 30 s.
    s.page.setDefaultTimeout(READY.timeout);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('trains both models to above 0.8 test accuracy on the circle', async () => {
    const { page } = s;
    await page.goto(inject('baseUrl'));
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByRole('img', { name: 'Quantum circuit' }).waitFor();
    // Wait until the session is ready (Play enabled), then play.
    await playEnabled(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await expect.poll(() => epochOnScreen(s), TRAINING).toBeGreaterThanOrEqual(30);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // Paused (usually well before the 60 epochs set): the epoch axis reaches 60 all the same.
    const epochLabels = page
      .getByRole('img', { name: 'Loss and accuracy' })
      .locator('g.x-axis g.tick text')
      .filter({ hasText: /^\d+$/ });
    await expect.poll(() => epochLabels.last().textContent()).toBe('60');

    expect(await accuracy(s, 'Quantum')).toBeGreaterThan(0.8);
    expect(await accuracy(s, 'Classical')).toBeGreaterThan(0.8);
    for (const name of [
      'Loss and accuracy',
      'Quantum decision boundary',
      'Classical decision boundary',
    ]) {
      await expect(page.getByRole('img', { name }).count()).resolves.toBe(1);
    }

    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/flagship.png', fullPage: true });
    expect(s.errors).toEqual([]);
  });

  it('pauses, steps one epoch and resets', async () => {
    const { page } = s;
    await playEnabled(page);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Step' }).click();
    await page.getByText('Epoch 1', { exact: true }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('adds a point by clicking the data plot, and a new setting rebuilds the models', async () => {
    const { page } = s;
    await page.getByRole('radio', { name: '1' }).check();
    const plot = page.getByRole('img', { name: 'Data' });
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
    await page.getByText('1 point of your own.').waitFor();
    const layers = page.getByLabel('Layers', { exact: true });
    await layers.fill('2');
    await layers.press('Enter');
    await page.getByText(/^10 trainable parameters$/).waitFor();
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await layers.fill('99');
    await layers.press('Enter');
    await page.getByText('Enter a value from 1 to 10.').waitFor();
    expect(s.errors).toEqual([]);
  });

  it('switches the classical engine, trains the same curve on it, and undoes the switch', async () => {
    const { page } = s;
    const engine = page.getByLabel('Classical engine', { exact: true });
    const stepTo = async (n: number): Promise<void> => {
      await playEnabled(page);
      for (let e = 1; e <= n; e++) {
        await page.getByRole('button', { name: 'Step' }).click();
        await page.getByText(`Epoch ${e}`, { exact: true }).waitFor();
      }
    };
    await expect(engine.inputValue()).resolves.toBe('tfjs');
    await stepTo(5);
    const withTfjs = await accuracy(s, 'Classical');
    await engine.selectOption({ label: 'Typed arrays (fast)' });
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await stepTo(5);
    // Same initial weights and batches: float32 and float64 agree to the digits shown.
    expect(await accuracy(s, 'Classical')).toBe(withTfjs);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => engine.inputValue(), READY).toBe('tfjs');
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await stepTo(1);
    expect(s.errors).toEqual([]);
  });

  it('fits a projector at 1280 × 800 and 1400 × 1000: boundaries side by side, nothing cut', async () => {
    const { page } = s;
    await mkdir('test-results', { recursive: true });
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 1400, height: 1000 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(inject('baseUrl'));
      await playEnabled(page);
      const layout = await measureLayout(page);
      expect(layout.pageWidth).toBeLessThanOrEqual(viewport.width);
      const [quantum, classical] = layout.boundaries;
      expect(quantum!.width).toBeGreaterThanOrEqual(200);
      expect(classical!.width).toBeGreaterThanOrEqual(200);
      expect(Math.abs(quantum!.top - classical!.top)).toBeLessThan(2);
      expect(classical!.left).toBeGreaterThan(quantum!.left + quantum!.width);
      expect(layout.captions).toEqual(['Quantum', 'Classical']);
      // Selects show their whole choice; the circuit fits its box (no part off to the right).
      for (const select of layout.selects) expect(select.text, select.label).toBeLessThanOrEqual(select.room); // prettier-ignore
      expect(layout.circuit.scrollWidth).toBeLessThanOrEqual(layout.circuit.clientWidth);
      expect(layout.circuit.drawingRight).toBeLessThanOrEqual(layout.circuit.right);
      await page.screenshot({ path: `test-results/page-${viewport.width}x${viewport.height}.png` });
    }
    expect(s.errors).toEqual([]);
  });

  it('says what the worker is preparing for a heavy experiment, and Cancel gets out', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('about:blank');
    await page.goto(inject('baseUrl') + linkHash(heavyExperiment()));
    const status = page.getByText('Preparing the experiment… 24 qubits, 4,800 gates');
    await status.waitFor();
    const play = page.getByRole('button', { name: 'Play' });
    await expect(play.isDisabled()).resolves.toBe(true);
    await expect(play.getAttribute('title')).resolves.toBe('Wait until the experiment is prepared.'); // prettier-ignore
    await expect(description(play)).resolves.toBe('Wait until the experiment is prepared.');
    await expect(page.getByRole('button', { name: 'Reset', exact: true }).getAttribute('title')).resolves.toBeTruthy(); // prettier-ignore
    // Still preparing a few seconds later (it would take minutes): Cancel stops the worker.
    await page.getByRole('button', { name: 'Cancel' }).click();
    const stopped = /^Stopped preparing the experiment \(24 qubits, 4,800 gates\)\. Nothing in it was changed/; // prettier-ignore
    const line = page.getByRole('status').filter({ hasText: stopped });
    await line.waitFor();
    await expect(play.isDisabled()).resolves.toBe(true);
    await expect(play.getAttribute('title')).resolves.toMatch(stopped);
    await expect(description(play)).resolves.toMatch(stopped);
    await page.getByRole('button', { name: 'Prepare again' }).waitFor();
    // The experiment is as it was: still the 24-qubit circuit in the editor.
    await expect(page.getByLabel('Model', { exact: true }).inputValue()).resolves.toBe('circuit');
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/heavy-cancelled.png' });
    // A fresh worker answers at once: the preset is ready in seconds, not after the stuck job.
    await page.getByLabel('Model', { exact: true }).selectOption('reuploading');
    await playEnabled(page);
    await expect(line.count()).resolves.toBe(0);
    expect(s.errors).toEqual([]);
  });
});

/** Text of the elements a control's aria-describedby points to. */
function description(control: ReturnType<Page['getByRole']>): Promise<string> {
  return control.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim(),
  );
}

/** 24 qubits, 10 steps of RY(θ) on every wire repeated 20 times: 4,800 gates, valid but huge. */
function heavyExperiment(): Experiment {
  const gates: PlacedGate[] = [];
  for (let column = 0; column < 10; column++)
    for (let q = 0; q < 24; q++)
      gates.push({
        id: `g${gates.length + 1}`,
        gate: 'RY',
        column,
        targets: [q],
        params: [{ kind: 'param', name: `t${gates.length + 1}` }],
      });
  const e: Experiment = {
    ...defaultExperiment(),
    model: {
      kind: 'circuit',
      readout: 'fidelity',
      circuit: {
        qubits: 24,
        columns: 10,
        gates,
        blocks: [{ start: 0, end: 10, count: 20, shared: false }],
      },
    },
  };
  const valid = validateExperiment(e);
  if (!valid.ok) throw new Error(valid.error.message);
  return e;
}

interface Box {
  left: number;
  top: number;
  width: number;
}

/** What a projector shows: sizes of the boundaries, the selects' text and the circuit drawing. */
function measureLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null): Box => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width };
    };
    const canvas = document.createElement('canvas').getContext('2d')!;
    const selects = [...document.querySelectorAll('select')].map((el) => {
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.selectedOptions[0]?.textContent ?? '';
      const pad = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      // About 20 px go to the drop-down arrow.
      return { label: `${el.labels[0]?.textContent ?? el.id}: ${text}`, text: canvas.measureText(text).width, room: el.clientWidth - pad - 20 }; // prettier-ignore
    });
    const scroll = document.querySelector('.circuit-scroll')!;
    const drawings = [...scroll.querySelectorAll('svg')].map((svg) => svg.getBoundingClientRect().right); // prettier-ignore
    return {
      pageWidth: document.documentElement.scrollWidth,
      boundaries: ['Quantum decision boundary', 'Classical decision boundary'].map((name) =>
        // The name goes on to say what the plot shows ("…: 200 samples; class 0 is …").
        box(document.querySelector(`svg[aria-label^="${name}:"]`)),
      ),
      captions: [...document.querySelectorAll('.boundaries figcaption')].map((f) => f.textContent),
      selects,
      circuit: {
        scrollWidth: scroll.scrollWidth,
        clientWidth: scroll.clientWidth,
        right: scroll.getBoundingClientRect().right,
        drawingRight: Math.max(...drawings),
      },
    };
  });
}
