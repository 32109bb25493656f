// The QAOA figures under noise when the last report has no extrapolation (the worker paces it):
// the noisy and ideal values are the last report's, the mitigated one the latest computed, with
// the iteration it was computed at; before any, it says so. Rendered to static markup.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { latestMitigated } from '../../../../src/charts/twinSeries';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { QaoaExperiment, QaoaProblem } from '../../../../src/experiment/types';
import { QaoaFigures } from '../../../../src/tasks/qaoa/QaoaFigures';
import type { QaoaInfo, QaoaReport } from '../../../../workers/protocol';
import { createZnePacer } from '../../../../workers/tasks/noisyTwin';
import { createQaoaSession } from '../../../../workers/tasks/qaoa/runner';

const e = TASK_SCHEMAS.qaoa.defaults();
const maxcut6: QaoaExperiment = { ...e, problem: { ...e.problem, nodes: 6 } as QaoaProblem };
const noise = { p1: 0.01, p2: 0.03, gamma: 0, lambda: 0, readout: { p01: 0, p10: 0 } };

/** The text of the figure called `name` in `html`: its value and its note. */
function figure(html: string, name: string): { value: string; note: string } {
  const at = html.indexOf(`<span>${name}</span>`);
  if (at < 0) throw new Error(`no figure "${name}"`);
  const rest = html.slice(at);
  const value = /<output[^>]*>([^<]*)<\/output>/.exec(rest)![1]!;
  const note = /^[^]*?<\/output>(?:<small[^>]*>([^<]*)<\/small>)?<\/p>/.exec(rest)![1] ?? '';
  return { value, note };
}

describe('QaoaFigures under paced extrapolation', () => {
  const s = createQaoaSession(maxcut6, noise, createZnePacer(0));
  const info = s.info as QaoaInfo;
  const history = [s.measure() as QaoaReport];
  for (let i = 0; i < 4; i++) history.push(s.step() as QaoaReport);
  const last = history.at(-1)!;
  const render = (mitigated: QaoaReport | null): string =>
    renderToStaticMarkup(createElement(QaoaFigures, { info, last, mitigated, samples: null }));
  const name = 'Mitigated expected cut (zero-noise extrapolation)';

  it('shows the latest extrapolation with its iteration, the rest from the last report', () => {
    expect(last.mitigated).toBeUndefined();
    const at = latestMitigated(history)!;
    expect(at.epoch).toBe(0);
    const html = render(at);
    const m = figure(html, name);
    expect(Number(m.value)).toBeCloseTo(at.mitigated!.expected, 2);
    expect(m.note).toMatch(/^at iteration 0; approximation ratio 0\.\d{3}$/);
    expect(Number(figure(html, 'Noisy expected cut').value)).toBeCloseTo(last.expected, 2);
    expect(Number(figure(html, 'Ideal expected cut (no noise)').value)).toBeCloseTo(last.ideal!.expected, 2); // prettier-ignore
    // A stop completes iteration 4: the figure then reads it.
    const settled = s.settle!() as QaoaReport;
    expect(figure(render(latestMitigated([...history, settled])), name).note).toMatch(/^at iteration 4;/); // prettier-ignore
  });
  it('says when none is computed yet', () => {
    expect(figure(render(null), name)).toEqual({ value: '…', note: 'not computed yet' });
  });
});
