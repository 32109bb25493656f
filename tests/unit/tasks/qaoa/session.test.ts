// The optimisation session as the page drives it: training to the published ratios, the
// classical answers, weights in and out, layer-by-layer growth, the XY mixer's budget, the
// pictures (samples, landscape) and shot-based training.
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { QaoaExperiment, QaoaProblem } from '../../../../src/experiment/types';
import type { Picture, QaoaInfo, QaoaReport } from '../../../../workers/protocol';
import { grow, qaoaRunner } from '../../../../workers/tasks/qaoa/runner';
import { maxcutIsing, qaoaFor, ringEdges } from './qaoaFixture';

function experiment(
  problem: QaoaProblem,
  patch: Partial<QaoaExperiment['qaoa']> = {},
): QaoaExperiment {
  // prettier-ignore
  const e = TASK_SCHEMAS.qaoa.defaults();
  return { ...e, problem, qaoa: { ...e.qaoa, ...patch } };
}
const graph = (g: 'ring' | 'regular3', nodes: number, seed = 1): QaoaProblem => ({
  kind: 'maxcut', graph: g, nodes, seed, weighted: false, probability: 0.5,
}); // prettier-ignore

function train(e: QaoaExperiment, steps = e.training.epochs) {
  const s = qaoaRunner.create(e);
  let r = s.measure() as QaoaReport;
  for (let i = 0; i < steps; i++) r = s.step() as QaoaReport;
  return { s, r, info: s.info as QaoaInfo };
}
const picture = <K extends Picture['kind']>(ps: Picture[], kind: K) =>
  ps.find((p) => p.kind === kind) as Extract<Picture, { kind: K }> | undefined;

describe('the QAOA session', () => {
  it('trains the 8-ring at depth 2 to the ratio 5/6 with the default settings', () => {
    const { r, info } = train(experiment(graph('ring', 8)));
    expect(Math.abs(r.ratio - 5 / 6)).toBeLessThan(1e-4);
    expect(r.expected).toBeCloseTo((8 * 5) / 6, 3);
    expect(info.optimum).toBe(8);
    expect(info.objective).toBe('cut');
    expect(info.bruteForce.score).toBe(8);
    expect(info.annealing.score).toBe(8);
  });

  it('reaches at least 0.6924 at depth 1 on random 3-regular graphs', () => {
    for (const seed of [1, 2, 3]) {
      const { r } = train(experiment(graph('regular3', 12, seed), { depth: 1 }));
      expect(r.ratio).toBeGreaterThanOrEqual(0.6924);
    }
  });

  it('restores its angles from weights', () => {
    const { s } = train(experiment(graph('ring', 6)), 20);
    const w = s.weights();
    const again = qaoaRunner.create(experiment(graph('ring', 6)));
    again.setWeights(w);
    expect((again.measure() as QaoaReport).expected).toBeCloseTo((s.measure() as QaoaReport).expected, 12); // prettier-ignore
    expect(() => again.setWeights({ quantum: [1, 2, 3], classical: [] })).toThrow(/2 angles per layer/); // prettier-ignore
  });

  it('grows layer by layer: each new layer starts where the last depth ended', () => {
    const e = experiment(graph('ring', 8), { depth: 3, growth: true });
    e.training.epochs = 300;
    const s = qaoaRunner.create(e);
    const reports: QaoaReport[] = [];
    for (let i = 0; i < 300; i++) reports.push(s.step() as QaoaReport);
    expect(reports.map((r) => r.depth)).toEqual([...Array(100).fill(1), ...Array(100).fill(2), ...Array(100).fill(3)]); // prettier-ignore
    // Each depth reaches the ring's (2p+1)/(2p+2).
    expect(reports[99]!.ratio).toBeCloseTo(3 / 4, 3);
    expect(reports[199]!.ratio).toBeCloseTo(5 / 6, 3);
    expect(reports[299]!.ratio).toBeCloseTo(7 / 8, 3);
  });

  it('adds a layer that changes nothing: depth p + 1 starts in the state depth p ended in', () => {
    const ising = maxcutIsing(6, ringEdges(6));
    const q = qaoaFor(ising);
    const theta = Float64Array.of(0.3, 0.5, -0.4, -0.2);
    const before = q.run(theta, 2).slice();
    const after = q.run(grow(theta, 2), 3);
    for (let k = 0; k < before.length; k++) expect(after[k]).toBeCloseTo(before[k]!, 14);
  });

  it('keeps the budget with the XY mixer: every likely portfolio has exactly B assets', () => {
    const p: QaoaProblem = { kind: 'portfolio', assets: 6, budget: 3, risk: 0.5, seed: 2, returns: '', penalty: 'auto' }; // prettier-ignore
    const { s } = train(experiment(p, { mixer: 'xy' }), 30);
    const samples = picture(s.pictures(), 'samples')!.samples;
    expect(samples.top.length).toBeGreaterThan(0);
    for (const t of samples.top) if (t.probability > 1e-12) expect(t.feasible).toBe(true);
    expect(samples.best.feasible).toBe(true);
  });

  it('sends the samples and, on small problems, the landscape with the first pictures', () => {
    const s = qaoaRunner.create(experiment(graph('ring', 6)));
    const ps = s.pictures();
    const samples = picture(ps, 'samples')!.samples;
    expect(samples.shots).toBe(1000);
    expect(samples.top[0]!.probability).toBeGreaterThanOrEqual(samples.top[1]!.probability);
    const land = picture(ps, 'landscape')!.landscape;
    expect(land.done).toBe(true);
    expect(land.values.every(Number.isFinite)).toBe(true);
    // The ring's cut is symmetric under flipping every bit: ⟨cut⟩ ≤ the optimum everywhere.
    expect(Math.max(...land.values)).toBeLessThanOrEqual(6 + 1e-9);
  });

  it('computes the landscape of a bigger problem on request, row by row', async () => {
    const s = qaoaRunner.create(experiment(graph('ring', 14), { depth: 1 }));
    s.measure(); // as the trainer does on loading
    expect(picture(s.pictures(), 'landscape')).toBeUndefined();
    const rows: number[] = [];
    await s.actions!['landscape']!(null, (p) => {
      if (p.kind === 'landscape') rows.push(p.landscape.values.filter(Number.isFinite).length);
    });
    expect(rows[0]).toBe(24);
    expect(rows[rows.length - 1]).toBe(24 * 24);
    expect(picture(s.pictures(), 'landscape')!.landscape.done).toBe(true);
    // The job ran circuits on the session's engine: the samples are still of the trained state.
    const fresh = qaoaRunner.create(experiment(graph('ring', 14), { depth: 1 }));
    fresh.setWeights(s.weights());
    const top = (x: typeof s) => picture(x.pictures(), 'samples')!.samples.top.map((t) => t.probability); // prettier-ignore
    expect(top(s)).toEqual(top(fresh));
  });

  it('trains from measurement shots with the parameter-shift rule', () => {
    const e = experiment(graph('ring', 6), { depth: 1 });
    e.training = { ...e.training, gradient: 'shift', shots: 500 };
    const { r } = train(e, 40);
    expect(r.ratio).toBeGreaterThan(0.7);
  });
});
