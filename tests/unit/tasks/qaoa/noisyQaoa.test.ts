// QAOA under noise: with zero noise the density-matrix path retraces the ideal session; under
// depolarising noise on the default MaxCut problem the noisy ratio stays below its ideal twin's
// and zero-noise extrapolation brings the expected cut back towards the twin's; only noisy
// reports carry the twin and the mitigation, paced (the last iteration and a stop always have it,
// and pacing changes nothing else); samples are the noisy state's; growth, weights, shots and the
// density simulator's qubit limit.
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { QaoaExperiment, QaoaProblem } from '../../../../src/experiment/types';
import type { Picture, QaoaReport } from '../../../../workers/protocol';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import type { NoiseModel } from '../../../../workers/sim/noise/types';
import { richardsonExtrapolate } from '../../../../workers/sim/noise/zne';
import { createZnePacer } from '../../../../workers/tasks/noisyTwin';
import { createQaoaSession, qaoaRunner } from '../../../../workers/tasks/qaoa/runner';

/** Depolarising only: 1% after each one-qubit gate, 3% after each two-qubit gate. */
const DEPOLARISING: NoiseModel = { p1: 0.01, p2: 0.03, gamma: 0, lambda: 0, readout: { p01: 0, p10: 0 } }; // prettier-ignore
/** Every kind of noise the model has, readout error unequal. */
const EVERYTHING: NoiseModel = { p1: 0.005, p2: 0.02, gamma: 0.01, lambda: 0.01, readout: { p01: 0.02, p10: 0.04 } }; // prettier-ignore

/**
 * The default experiment (3-regular MaxCut, seed 1, depth 2, Adam at 0.05 for 100 iterations) on
 * `nodes` nodes. The default 10 nodes cost about 5 s per noisy iteration (a 4^10 density matrix):
 * the tests train the same problem on 6.
 */
function maxcut(nodes = 6, patch: Partial<QaoaExperiment['qaoa']> = {}): QaoaExperiment {
  const e = TASK_SCHEMAS.qaoa.defaults();
  return { ...e, problem: { ...e.problem, nodes } as QaoaProblem, qaoa: { ...e.qaoa, ...patch } };
}

function portfolio(): QaoaExperiment {
  const e = TASK_SCHEMAS.qaoa.defaults();
  const problem: QaoaProblem = { kind: 'portfolio', assets: 5, budget: 2, risk: 0.5, seed: 1, returns: '', penalty: 'auto' }; // prettier-ignore
  return { ...e, problem, qaoa: { ...e.qaoa, mixer: 'xy' } };
}

function train(s: ReturnType<typeof createQaoaSession>, steps: number): QaoaReport[] {
  const out = [s.measure() as QaoaReport];
  for (let i = 0; i < steps; i++) out.push(s.step() as QaoaReport);
  return out;
}

const samplesOf = (ps: Picture[]) =>
  (ps.find((p) => p.kind === 'samples') as Extract<Picture, { kind: 'samples' }>).samples;

describe('QAOA under noise', () => {
  it.each([
    ['MaxCut, X mixer', 1e-9, maxcut()],
    ['a portfolio, XY mixer from a Dicke state prepared by gates', 1e-9, portfolio()],
    // A new layer starts at γ = β = 0, where ∂⟨C⟩/∂γ_new is 0 in theory: Adam divides each
    // method's rounding (1e-15) by its own size plus ε = 1e-8, which leaves 1e-8 in the angles.
    ['MaxCut grown layer by layer to depth 3', 1e-7, maxcut(6, { depth: 3, growth: true })],
  ])('with zero noise retraces the ideal session (%s, to %s)', (_, tol, e) => {
    const plain = train(qaoaRunner.create(e), 80);
    const zero = train(createQaoaSession(e, IDEAL_NOISE, createZnePacer(1)), 80);
    // The steps move the expected score by far more than the tolerance.
    expect(Math.abs(plain[0]!.expected - plain.at(-1)!.expected)).toBeGreaterThan(1e-3);
    for (let i = 0; i < plain.length; i++) {
      const [a, b] = [plain[i]!, zero[i]!];
      expect(b.depth).toBe(a.depth);
      expect(Math.abs(b.expected - a.expected)).toBeLessThan(tol);
      expect(Math.abs(b.ratio - a.ratio)).toBeLessThan(tol);
      expect(Math.abs(b.pOptimal - a.pOptimal)).toBeLessThan(tol);
      for (let k = 0; k < a.angles.length; k++) expect(Math.abs(b.angles[k]! - a.angles[k]!)).toBeLessThan(tol); // prettier-ignore
      expect(Math.abs(b.ideal!.expected - a.expected)).toBeLessThan(1e-9);
      expect(Math.abs(b.mitigated!.expected - a.expected)).toBeLessThan(tol);
    }
    // Layer by layer, both models grew at the same iterations.
    expect(zero.at(-1)!.depth).toBe(e.qaoa.depth);
  });

  it('keeps the noisy ratio below its ideal twin’s; ZNE brings the expected cut back towards it', () => {
    const e = maxcut();
    const last = train(createQaoaSession(e, DEPOLARISING), e.training.epochs).at(-1)!;
    // Measured: noisy 6.0085 (ratio 0.858), ideal 6.6029 (0.943), mitigated 6.5005.
    const ideal = last.ideal!;
    expect(ideal.ratio - last.ratio).toBeGreaterThan(0.05);
    const noisyGap = Math.abs(last.expected - ideal.expected);
    const mitigatedGap = Math.abs(last.mitigated!.expected - ideal.expected);
    expect(noisyGap).toBeGreaterThan(0.3);
    expect(mitigatedGap).toBeLessThan(noisyGap / 3);
    // The twin trains as the ideal session does.
    const plain = train(qaoaRunner.create(e), e.training.epochs).at(-1)!;
    expect(Math.abs(ideal.expected - plain.expected)).toBeLessThan(1e-9);
  });

  it('gives the twin and the mitigation only to noisy reports, ZNE at scales 1, 3, 5', () => {
    const e = maxcut();
    for (const r of train(qaoaRunner.create(e), 3)) {
      expect('ideal' in r).toBe(false);
      expect('mitigated' in r).toBe(false);
    }
    for (const r of train(createQaoaSession(e, DEPOLARISING, createZnePacer(1)), 3)) {
      const m = r.mitigated!;
      expect(m.scales).toEqual([1, 3, 5]);
      expect(m.values[0]).toBe(r.expected);
      // Folding adds noise: the expected cut falls with the scale towards a random cut's.
      expect(m.values[1]!).toBeLessThan(m.values[0]!);
      expect(m.values[2]!).toBeLessThan(m.values[1]!);
      expect(Math.abs(m.expected - richardsonExtrapolate(m.scales, m.values))).toBeLessThan(1e-12);
    }
  });

  it('extrapolates at the load, on the last iteration and when training stops, as paced; nothing else changes', () => {
    const e = maxcut();
    e.training.epochs = 12;
    const every = train(createQaoaSession(e, DEPOLARISING, createZnePacer(1)), 12);
    const s = createQaoaSession(e, DEPOLARISING, createZnePacer(0));
    const paced = train(s, 6);
    expect(paced[0]!.mitigated).toEqual(every[0]!.mitigated);
    for (const r of paced.slice(1)) expect(r.mitigated).toBeUndefined();
    // A stop completes the report of the step just taken, once.
    const settled = s.settle!() as QaoaReport;
    expect(settled.epoch).toBe(6);
    expect(settled.expected).toBe(paced[6]!.expected);
    expect(settled.mitigated).toEqual(every[6]!.mitigated);
    expect(s.settle!()).toBeNull();
    for (let i = 7; i <= 12; i++) paced.push(s.step() as QaoaReport);
    // Training is the same step for step (the gradient made ahead included); the last has ZNE.
    for (let i = 0; i <= 12; i++) {
      expect(paced[i]!.angles).toEqual(every[i]!.angles);
      expect(paced[i]!.expected).toBe(every[i]!.expected);
    }
    expect(paced.slice(7, 12).every((r) => r.mitigated === undefined)).toBe(true);
    expect(paced[12]!.mitigated).toEqual(every[12]!.mitigated);
    expect(s.settle!()).toBeNull();
    // The ideal session has nothing to complete.
    const plain = qaoaRunner.create(e);
    plain.step();
    expect(plain.settle!()).toBeNull();
  });

  it('reads the experiment’s noise; samples and the optimal probability are the noisy state’s', () => {
    const e = maxcut();
    const noise = { p1: 0.01, p2: 0.03, gamma: 0.01, lambda: 0, p01: 0.03, p10: 0.03 };
    const s = qaoaRunner.create({ ...e, noise });
    const r = train(s, 20).at(-1)!;
    expect(r.ideal!.expected).toBeGreaterThan(r.expected);
    // The histogram's optimal bitstrings carry the noisy report's probability, not the twin's.
    const samples = samplesOf(s.pictures());
    const optimal = samples.top.filter((t) => t.optimal).reduce((a, t) => a + t.probability, 0);
    expect(Math.abs(optimal - r.pOptimal)).toBeLessThan(1e-12);
    const plain = qaoaRunner.create(e);
    plain.setWeights({ quantum: r.angles, classical: [] });
    expect((plain.measure() as QaoaReport).pOptimal - r.pOptimal).toBeGreaterThan(0.02);
  });

  it('trains under every kind of noise; damping and readout error break the XY mixer’s budget', () => {
    const cut = train(createQaoaSession(maxcut(), EVERYTHING), 30);
    expect(cut.at(-1)!.expected).toBeGreaterThan(cut[0]!.expected + 0.1);
    expect(cut.at(-1)!.ratio).toBeLessThan(cut.at(-1)!.ideal!.ratio);
    // 5 assets, budget 2: 10 of the 32 bitstrings keep it, so the 16 likeliest hold some that do
    // not. The ideal XY mixer never reaches them; relaxation and misread bits do.
    const e = portfolio();
    const s = createQaoaSession(e, EVERYTHING);
    const r = train(s, 30).at(-1)!;
    const broken = (top: { feasible: boolean; probability: number }[]) =>
      top.filter((t) => !t.feasible).reduce((a, t) => a + t.probability, 0);
    const noisy = samplesOf(s.pictures()).top;
    expect(noisy.reduce((a, t) => a + t.probability, 0)).toBeLessThanOrEqual(1 + 1e-12);
    expect(broken(noisy)).toBeGreaterThan(0.01);
    const plain = qaoaRunner.create(e);
    plain.setWeights({ quantum: r.angles, classical: [] });
    expect(broken(samplesOf(plain.pictures()).top)).toBeLessThan(1e-12);
  });

  it('saves the noisy model’s angles; restoring them restarts its twin from them too', () => {
    const e = maxcut(6, { depth: 3, growth: true });
    const s = createQaoaSession(e, DEPOLARISING);
    const r = train(s, 40).at(-1)!;
    expect(r.depth).toBe(2);
    const w = s.weights();
    expect(w.quantum).toEqual(r.angles);
    const fresh = createQaoaSession(e, DEPOLARISING);
    fresh.setWeights(w);
    const again = fresh.measure() as QaoaReport;
    expect(again.depth).toBe(2);
    expect(Math.abs(again.expected - r.expected)).toBeLessThan(1e-12);
    const plain = qaoaRunner.create(e);
    plain.setWeights(w);
    expect(Math.abs(again.ideal!.expected - (plain.measure() as QaoaReport).expected)).toBeLessThan(1e-12); // prettier-ignore
    // Both go on from there at depth 2 and grow to 3 together.
    const more = train(fresh, 40).at(-1)!;
    expect(more.depth).toBe(3);
    expect(more.angles.length).toBe(6);
  });

  it('trains from shots under noise (parameter shift on ρ), the same seed giving the same run', () => {
    const e = maxcut();
    const shots = { ...e, training: { ...e.training, gradient: 'shift' as const, shots: 500, seed: 4 } }; // prettier-ignore
    const a = train(createQaoaSession(shots, DEPOLARISING), 20);
    const b = train(createQaoaSession(shots, DEPOLARISING), 20);
    expect(b.at(-1)!.expected).toBe(a.at(-1)!.expected);
    expect(a.at(-1)!.expected).toBeGreaterThan(a[0]!.expected + 0.1);
  });

  it('refuses more qubits than a density matrix holds, with the simulator’s message', () => {
    const e = { ...maxcut(14), noise: { p1: 0.01, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 } };
    expect(() => qaoaRunner.create(e)).toThrow(
      /^14 qubits would need 4 GiB of memory as a density matrix; noisy simulation is limited to 12 qubits/,
    );
    // Without noise the same problem runs.
    expect(() => qaoaRunner.create(maxcut(14))).not.toThrow();
  });
});
