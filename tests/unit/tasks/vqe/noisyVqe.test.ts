// VQE under noise: with zero noise the density-matrix path retraces the ideal session (parameter
// shift equals adjoint); with depolarising noise on H₂ the noisy energy stays above its ideal twin
// and zero-noise extrapolation recovers most of the gap; only noisy reports carry the twin and ZNE,
// paced (the last iteration and a stop always have it, and pacing changes nothing else).
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { VqeExperiment } from '../../../../src/experiment/types';
import type { Picture, VqeReport } from '../../../../workers/protocol';
import { IDEAL_NOISE } from '../../../../workers/sim/noise/noiseModel';
import type { NoiseModel } from '../../../../workers/sim/noise/types';
import { richardsonExtrapolate } from '../../../../workers/sim/noise/zne';
import { createZnePacer, noiseModelOf } from '../../../../workers/tasks/noisyTwin';
import { createVqeSession, vqeRunner } from '../../../../workers/tasks/vqe/runner';

const EXACT_H2 = -1.13730604;
const CHEMICAL_ACCURACY = 0.0016;
/** Depolarising only: 1% after each one-qubit gate, 5% after each two-qubit gate. */
const DEPOLARISING: NoiseModel = { p1: 0.01, p2: 0.05, gamma: 0, lambda: 0, readout: { p01: 0, p10: 0 } }; // prettier-ignore

function h2(form: 'jw4' | 'parity2'): VqeExperiment {
  const e = TASK_SCHEMAS.vqe.defaults();
  return { ...e, problem: { ...e.problem, molecule: 'h2', bondLength: 0.735, form } };
}

function train(s: ReturnType<typeof createVqeSession>, steps: number): VqeReport[] {
  const out = [s.measure() as VqeReport];
  for (let i = 0; i < steps; i++) out.push(s.step() as VqeReport);
  return out;
}

describe('VQE under noise', () => {
  it.each([
    ['parity2', 'givens'],
    ['jw4', 'hea'],
  ] as const)(
    'with zero noise retraces the ideal session to 1e-9 (%s, %s: parameter shift = adjoint)',
    (form, kind) => {
      // Hardware-efficient layers leave the electron sector, so the penalty's gradient counts too.
      const ansatz = kind === 'hea' ? { kind, layers: 2, start: 'hf' as const } : { kind };
      const e = { ...h2(form), ansatz };
      const plain = train(vqeRunner.create(e), 60);
      const zero = createVqeSession(e, IDEAL_NOISE, createZnePacer(1));
      const noisy = train(zero, 60);
      // The steps move the energy by far more than the tolerance: the comparison means something.
      expect(plain[0]!.energy - plain.at(-1)!.energy).toBeGreaterThan(0.01);
      for (let i = 0; i < plain.length; i++) {
        expect(Math.abs(noisy[i]!.energy - plain[i]!.energy)).toBeLessThan(1e-9);
        expect(Math.abs(noisy[i]!.ideal! - plain[i]!.energy)).toBeLessThan(1e-9);
        expect(Math.abs(noisy[i]!.mitigated!.energy - plain[i]!.energy)).toBeLessThan(1e-9);
      }
    },
  );

  it('leaves the noisy energy above its ideal twin; ZNE recovers most of the gap (H₂, depolarising)', () => {
    const s = createVqeSession(h2('parity2'), DEPOLARISING);
    const last = train(s, 200).at(-1)!;
    // Measured: noisy −1.078887, ideal −1.137306, mitigated −1.136562 Ha (errors 58.4, 0.74 mHa).
    expect(Math.abs(last.ideal! - EXACT_H2)).toBeLessThan(1e-6);
    expect(last.energy - last.ideal!).toBeGreaterThan(0.02);
    const noisyError = Math.abs(last.energy - EXACT_H2);
    const mitigatedError = Math.abs(last.mitigated!.energy - EXACT_H2);
    expect(mitigatedError).toBeLessThan(noisyError / 10);
    expect(mitigatedError).toBeLessThan(CHEMICAL_ACCURACY);
  });

  it('gives the twin and the mitigation only to noisy reports, ZNE at scales 1, 3, 5', () => {
    const e = h2('parity2');
    for (const r of train(vqeRunner.create(e), 3)) {
      expect('ideal' in r).toBe(false);
      expect('mitigated' in r).toBe(false);
    }
    for (const r of train(createVqeSession(e, DEPOLARISING, createZnePacer(1)), 3)) {
      const m = r.mitigated!;
      expect(m.scales).toEqual([1, 3, 5]);
      expect(m.values[0]).toBe(r.energy);
      // Folding adds noise: the energy rises with the scale towards the mixed state's.
      expect(m.values[1]!).toBeGreaterThan(m.values[0]!);
      expect(m.values[2]!).toBeGreaterThan(m.values[1]!);
      expect(Math.abs(m.energy - richardsonExtrapolate(m.scales, m.values))).toBeLessThan(1e-12);
    }
  });

  it('extrapolates at the load, on the last iteration and when training stops, as paced; nothing else changes', () => {
    const e = h2('parity2');
    e.training.epochs = 30;
    const every = train(createVqeSession(e, DEPOLARISING, createZnePacer(1)), 30);
    const s = createVqeSession(e, DEPOLARISING, createZnePacer(0));
    const paced = train(s, 10);
    expect(paced[0]!.mitigated).toEqual(every[0]!.mitigated);
    for (const r of paced.slice(1)) expect(r.mitigated).toBeUndefined();
    const settled = s.settle!() as VqeReport;
    expect(settled.epoch).toBe(10);
    expect(settled.energy).toBe(paced[10]!.energy);
    expect(settled.mitigated).toEqual(every[10]!.mitigated);
    expect(s.settle!()).toBeNull();
    for (let i = 11; i <= 30; i++) paced.push(s.step() as VqeReport);
    for (let i = 0; i <= 30; i++) expect(paced[i]!.energy).toBe(every[i]!.energy);
    expect(paced.slice(11, 30).every((r) => r.mitigated === undefined)).toBe(true);
    expect(paced[30]!.mitigated).toEqual(every[30]!.mitigated);
  });

  it('reads the experiment’s noise: absent or all zero is ideal', () => {
    const e = h2('parity2');
    const zero = { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 };
    expect(noiseModelOf(e)).toBeNull();
    expect(noiseModelOf({ ...e, noise: zero } as VqeExperiment)).toBeNull();
    const some = { ...zero, p2: 0.05, p10: 0.02 };
    expect(noiseModelOf({ ...e, noise: some } as VqeExperiment)).toEqual({
      p1: 0,
      p2: 0.05,
      gamma: 0,
      lambda: 0,
      readout: { p01: 0, p10: 0.02 },
    });
    // The runner takes it from the experiment.
    const r = vqeRunner.create({ ...e, noise: some } as VqeExperiment).measure() as VqeReport;
    expect(r.ideal).toBeDefined();
    expect(r.energy).toBeGreaterThan(r.ideal!);
  });

  it('saves and draws the noisy model; restoring weights restarts its twin from them too', () => {
    const e = h2('parity2');
    const s = createVqeSession(e, DEPOLARISING);
    train(s, 20);
    const picture = s.pictures()[0] as Extract<Picture, { kind: 'probabilities' }>;
    const p = picture.probabilities;
    expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    // The ansatz's ideal state is cos|01⟩ + sin|10⟩: noise alone puts weight on |00⟩ and |11⟩.
    expect(p[0]!).toBeGreaterThan(1e-3);
    expect(p[3]!).toBeGreaterThan(1e-3);
    const w = s.weights();
    expect(w.quantum).toEqual(Array.from(s.params()));
    const fresh = createVqeSession(e, DEPOLARISING);
    fresh.setWeights(w);
    const again = fresh.measure() as VqeReport;
    const now = s.measure() as VqeReport;
    expect(Math.abs(again.energy - now.energy)).toBeLessThan(1e-12);
    // The twin now starts where the noisy model is, not where the old twin was.
    const plain = vqeRunner.create(e);
    plain.setWeights(w);
    expect(Math.abs(again.ideal! - (plain.measure() as VqeReport).energy)).toBeLessThan(1e-12);
  });

  it('trains from shots under noise, the same seed giving the same run', () => {
    const e = h2('parity2');
    const shots = { ...e, training: { ...e.training, gradient: 'shift' as const, shots: 2000, seed: 5 } }; // prettier-ignore
    const a = train(createVqeSession(shots, DEPOLARISING), 80);
    const b = train(createVqeSession(shots, DEPOLARISING), 80);
    expect(b.at(-1)!.energy).toBe(a.at(-1)!.energy);
    expect(a.at(-1)!.energy).toBeLessThan(a[0]!.energy - 0.01);
  });

  it('keeps the bond-length scan ideal under noise', async () => {
    const e = { ...h2('parity2'), scan: { from: 0.5, to: 2, points: 3 } };
    const s = createVqeSession(e, DEPOLARISING);
    const seen: Picture[] = [];
    await s.actions!['scan']!(null, (p) => seen.push(p));
    const last = seen.at(-1)!;
    if (last.kind !== 'scan') throw new Error('expected scan progress');
    expect(last.done).toBe(true);
    for (const row of last.rows) expect(Math.abs(row.vqe! - row.exact)).toBeLessThan(CHEMICAL_ACCURACY); // prettier-ignore
  });
});
