// The electron-number penalty: diagonal, equal to μ[(N − N₀)² + (N↑ − N↓)²] on every basis state,
// zero exactly on the molecule's sector; and a hardware-efficient VQE of HeH⁺ (which can change
// the number of electrons) trained with it never reports an energy below the exact one.
import { describe, expect, it } from 'vitest';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { VqeExperiment } from '../../../../src/experiment/types';
import { compileObservable, expectation } from '../../../../workers/sim/observables';
import { createState } from '../../../../workers/sim/state';
import type { Picture, VqeReport } from '../../../../workers/protocol';
import { sectorPenalty } from '../../../../workers/tasks/vqe/sectorPenalty';
import { vqeRunner } from '../../../../workers/tasks/vqe/runner';

const popcount = (b: number, mask: number): number => {
  let c = 0;
  for (let x = b & mask; x; x &= x - 1) c++;
  return c;
};

describe('sectorPenalty', () => {
  it.each([4, 6])('is μ[(N − 2)² + (N↑ − N↓)²] on every basis state of %i qubits', (n) => {
    const obs = compileObservable({ terms: sectorPenalty(n, 2, 0.7) }, n);
    const up = 0x55555555 & ((1 << n) - 1);
    const down = 0xaaaaaaaa & ((1 << n) - 1);
    for (let b = 0; b < 1 << n; b++) {
      const state = createState(n);
      state.amp.fill(0);
      state.amp[2 * b] = 1;
      const nUp = popcount(b, up);
      const nDown = popcount(b, down);
      const want = 0.7 * ((nUp + nDown - 2) ** 2 + (nUp - nDown) ** 2);
      expect(expectation(state, obs)).toBeCloseTo(want, 12);
    }
  });
});

describe('hardware-efficient VQE of HeH⁺', () => {
  const heh = (): VqeExperiment => {
    const e = TASK_SCHEMAS.vqe.defaults();
    return {
      ...e,
      problem: { ...e.problem, molecule: 'heh+', bondLength: 1, form: 'jw4' },
      ansatz: { kind: 'hea', layers: 2, start: 'hf' },
      scan: { from: 0.6, to: 2.4, points: 4 },
    };
  };

  it('never goes below the exact energy of the molecule’s electrons while training', () => {
    const s = vqeRunner.create(heh());
    if (s.info.task !== 'vqe') throw new Error('expected a VQE session');
    expect(s.info.penalty).toBe(1);
    for (let i = 0; i < 300; i++) {
      const r = s.step() as VqeReport;
      expect(r.energy).toBeGreaterThan(s.info.exactEnergy - 1e-3);
    }
    const last = s.measure() as VqeReport;
    expect(last.energy).toBeLessThan(s.info.hartreeFock! + 1e-3);
  });

  it('scans without going below the exact energy', async () => {
    const s = vqeRunner.create(heh());
    const seen: Picture[] = [];
    await s.actions!['scan']!(null, (p) => seen.push(p));
    const last = seen.at(-1)!;
    if (last.kind !== 'scan') throw new Error('expected scan progress');
    for (const row of last.rows) expect(row.vqe!).toBeGreaterThan(row.exact - 1e-3);
  });
});
