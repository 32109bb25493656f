// `npm run bench:ui`: how the built page (dist/) feels while it trains, in a real headless Chromium:
// time from navigation to Play being enabled, main-thread long tasks (Long Tasks API) and frames
// per second (requestAnimationFrame) while the default experiment trains, without and with 4× CPU
// throttling (CDP Emulation.setCPUThrottlingRate). Serves dist/ with `vite preview` and builds
// nothing: run `npm run build` first. Reports against the design's budgets and never fails on them.
// `-- --json` prints one JSON object on the last line; `-- --runs N` sets the runs per setting.

import { existsSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { preview } from 'vite';
import { openBrowser } from '../tests/e2e/browser';
import { freePort } from '../tests/e2e/freePort';

const json = process.argv.includes('--json');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 3;
const log = (s: string): void => {
  if (!json) console.log(s);
};

/** The design's budgets (DESIGN.md §6). */
const BUDGET = {
  /** No main-thread task longer than this while training, under 4× CPU throttling. */
  longTaskMs: 50,
  /** Frames per second while training. */
  fps: 50,
  /** From navigation to Play enabled, unthrottled. */
  playReadyMs: 800,
};
/** Training is watched until the default experiment has trained all its epochs, or this long. */
const MAX_TRAINING_MS = 20_000;

/**
 * Runs in the page before its own scripts: records every long task and every animation frame
 * from the start, the moment Play is first enabled, when it is pressed and when training ends
 * (Keep training shown). A string, so that the page gets it exactly as written.
 */
const PROBE = `
  (() => {
    const b = (window.__bench = { longTasks: [], frames: [], playReady: null, playClicked: null, paused: false, trainingEnd: null });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const frame = (t) => { b.frames.push(t); requestAnimationFrame(frame); };
    requestAnimationFrame(frame);
    const button = (label) =>
      [...document.querySelectorAll('button')].find((el) => el.textContent.trim() === label);
    const look = () => {
      const play = button('Play');
      const now = performance.now();
      if (b.playReady === null && play && !play.disabled) b.playReady = now;
      // Training has ended when Pause gives way to Keep training (the last epoch is reached).
      if (b.playClicked !== null && button('Pause')) b.paused = true;
      if (b.paused && b.trainingEnd === null && button('Keep training')) b.trainingEnd = now;
    };
    document.addEventListener('click', (e) => {
      const el = e.target instanceof Element ? e.target.closest('button') : null;
      if (el && el.textContent.trim() === 'Play' && b.playClicked === null) b.playClicked = performance.now();
    }, true);
    new MutationObserver(look).observe(document, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['disabled'],
    });
  })();
`;

interface Probe {
  longTasks: { start: number; duration: number }[];
  frames: number[];
  playReady: number | null;
  playClicked: number | null;
  paused: boolean;
  trainingEnd: number | null;
}

interface Run {
  /** Navigation start to Play enabled. */
  playReadyMs: number;
  /** Longest main-thread task while training; null when none was over 50 ms (the API's floor). */
  longestTaskMs: number | null;
  /** Main-thread tasks over 50 ms while training. */
  longTasks: number;
  fps: number;
  /** Longest gap between two animation frames while training. */
  longestFrameMs: number;
  trainingMs: number;
  epochs: number;
  /** A fixed loop on the main thread, to show the throttling took effect. */
  loopMs: number;
}

/** A loop of fixed work, timed on the page's main thread. */
const LOOP = `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x += i % 7; return performance.now() - t + (x < 0 ? 1 : 0); })()`;

/** One fresh browser: open the page, wait for Play, press it, watch training to its end. */
async function measure(url: string, throttle: number): Promise<Run> {
  const s = await openBrowser({ width: 1600, height: 1000 });
  try {
    const { page, context } = s;
    page.setDefaultTimeout(120_000);
    await page.addInitScript(PROBE);
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(url);
    const play = page.getByRole('button', { name: 'Play' });
    await page.waitForFunction('window.__bench.playReady !== null', null, { polling: 50 });
    await page.getByText('Epoch 0', { exact: true }).waitFor();
    await play.click();
    try {
      await page.waitForFunction('window.__bench.trainingEnd !== null', null, {
        polling: 100,
        timeout: MAX_TRAINING_MS,
      });
    } catch {
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.waitForFunction('window.__bench.trainingEnd !== null', null, { polling: 100 });
    }
    const epochText = await page.getByText(/^Epoch \d+$/).innerText();
    const loopMs = (await page.evaluate(LOOP)) as number;
    const b = (await page.evaluate('window.__bench')) as Probe;
    if (s.errors.length) throw new Error(`the page reported errors: ${s.errors.join('; ')}`);
    const from = b.playClicked!;
    const to = b.trainingEnd!;
    const tasks = b.longTasks.filter((t) => t.start >= from && t.start <= to);
    const frames = b.frames.filter((t) => t >= from && t <= to);
    let longestFrameMs = 0;
    for (let i = 1; i < frames.length; i++)
      longestFrameMs = Math.max(longestFrameMs, frames[i]! - frames[i - 1]!);
    return {
      playReadyMs: b.playReady!,
      longestTaskMs: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : null,
      longTasks: tasks.length,
      fps: frames.length > 1 ? ((frames.length - 1) * 1000) / (frames.at(-1)! - frames[0]!) : 0,
      longestFrameMs,
      trainingMs: to - from,
      epochs: Number(epochText.replace('Epoch ', '')),
      loopMs,
    };
  } finally {
    await s.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The runs of one setting summed up: medians, and the worst case for long tasks. */
function summary(runs: Run[]) {
  const longest = runs.map((r) => r.longestTaskMs).filter((x): x is number => x !== null);
  return {
    playReadyMs: median(runs.map((r) => r.playReadyMs)),
    longestTaskMs: longest.length ? Math.max(...longest) : null,
    longTasks: Math.max(...runs.map((r) => r.longTasks)),
    fps: median(runs.map((r) => r.fps)),
    longestFrameMs: median(runs.map((r) => r.longestFrameMs)),
    epochsPerS: median(runs.map((r) => (r.epochs * 1000) / r.trainingMs)),
    loopMs: median(runs.map((r) => r.loopMs)),
  };
}

if (!existsSync('dist/index.html')) {
  console.error('bench:ui: dist/ is missing; run `npm run build` first (this benchmark builds nothing).'); // prettier-ignore
  process.exit(1);
}
const t0 = performance.now();
const port = await freePort();
const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  logLevel: 'warn',
});
const url = `http://127.0.0.1:${port}/`;
const built = statSync('dist/index.html').mtime;
log(`UI benchmark: dist/ built ${built.toISOString()}, served by vite preview at ${url}`);
log(`the default experiment, Play pressed when enabled, watched until it has trained (≤ ${MAX_TRAINING_MS / 1000} s); ${RUNS} runs per setting, each in a fresh headless Chromium\n`); // prettier-ignore

const settings = [
  { key: '', label: 'unthrottled', throttle: 1 },
  { key: '_4x', label: '4× CPU', throttle: 4 },
];
const results: ReturnType<typeof summary>[] = [];
try {
  for (const setting of settings) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(url, setting.throttle));
    results.push(summary(runs));
  }
} finally {
  await server.close();
}
const [plain, slow] = results as [ReturnType<typeof summary>, ReturnType<typeof summary>];

const ms = (x: number | null): string => (x === null ? 'none > 50' : x.toFixed(0));
const rows: [string, string, string, string][] = [
  ['', 'unthrottled', '4× CPU', 'budget'],
  ['time to Play enabled (ms, median)', ms(plain.playReadyMs), ms(slow.playReadyMs), `≤ ${BUDGET.playReadyMs} unthrottled`], // prettier-ignore
  ['longest main-thread task (ms, worst)', ms(plain.longestTaskMs), ms(slow.longestTaskMs), `≤ ${BUDGET.longTaskMs} under 4×`], // prettier-ignore
  ['tasks over 50 ms (most in a run)', String(plain.longTasks), String(slow.longTasks), '0 under 4×'], // prettier-ignore
  ['frames per second (median)', plain.fps.toFixed(1), slow.fps.toFixed(1), `≥ ${BUDGET.fps}`],
  ['longest frame gap (ms, median)', ms(plain.longestFrameMs), ms(slow.longestFrameMs), ''],
  ['epochs trained per second (median)', plain.epochsPerS.toFixed(1), slow.epochsPerS.toFixed(1), 'speed Normal: 30'], // prettier-ignore
  ['fixed main-thread loop (ms, median)', ms(plain.loopMs), ms(slow.loopMs), 'shows the throttling'], // prettier-ignore
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows)
  log(
    `  ${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padStart(widths[2]!)}  ${r[3]}`,
  );

const within = {
  longTasks: slow.longTasks === 0,
  fps: plain.fps >= BUDGET.fps && slow.fps >= BUDGET.fps,
  playReady: plain.playReadyMs <= BUDGET.playReadyMs,
};
const verdict = (ok: boolean): string => (ok ? 'within' : 'OVER');
log(
  `\nBudgets: no task over ${BUDGET.longTaskMs} ms under 4× ${verdict(within.longTasks)}, ` +
    `≥ ${BUDGET.fps} fps ${verdict(within.fps)}, Play within ${BUDGET.playReadyMs} ms ` +
    `${verdict(within.playReady)} (reported, not enforced); ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const out: Record<string, number | boolean | null> = { runs: RUNS };
settings.forEach((setting, i) => {
  const r = results[i]!;
  out[`play_ready_ms${setting.key}`] = r.playReadyMs;
  out[`longest_task_ms${setting.key}`] = r.longestTaskMs;
  out[`long_tasks${setting.key}`] = r.longTasks;
  out[`fps${setting.key}`] = r.fps;
  out[`longest_frame_ms${setting.key}`] = r.longestFrameMs;
  out[`epochs_per_s${setting.key}`] = r.epochsPerS;
  out[`loop_ms${setting.key}`] = r.loopMs;
});
Object.assign(out, {
  budget_long_task_ms: BUDGET.longTaskMs,
  budget_fps: BUDGET.fps,
  budget_play_ready_ms: BUDGET.playReadyMs,
  within_long_tasks: within.longTasks,
  within_fps: within.fps,
  within_play_ready: within.playReady,
  bench_seconds: (performance.now() - t0) / 1000,
});
if (json) console.log(JSON.stringify(out));
