// The barren-plateau task's schema and worker session: the sweep follows from the range, bad or
// too costly settings are refused with a message naming the field, and the session computes one
// qubit count a step, reproducibly from the seed.
import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { plateauSchema } from '../../../../src/experiment/tasks/plateau';
import { plateauComponent, plateauQubits } from '../../../../src/experiment/tasks/plateau/sweep';
import type { PlateauExperiment, PlateauSettings } from '../../../../src/experiment/types';
import { validateExperiment } from '../../../../src/experiment/validate';
import type { PlateauInfo, PlateauReport } from '../../../../workers/protocol';
import { plateauRunner } from '../../../../workers/tasks/plateau/runner';

const withSettings = (patch: Partial<PlateauSettings>): PlateauExperiment => {
  const d = plateauSchema.defaults();
  return { ...d, plateau: { ...d.plateau, ...patch } };
};
const refusal = (e: unknown): string => {
  const r = validateExperiment(e);
  return r.ok ? '' : r.error.message;
};

describe('barren-plateau schema', () => {
  it('defaults to 2–12 qubits, every other one: six points, 200 circuits each', () => {
    const d = plateauSchema.defaults();
    expect(plateauQubits(d.plateau)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(d.training.epochs).toBe(6);
    const r = validateExperiment(d);
    expect(r.ok && r.value).toEqual(d);
  });

  it('keeps the run’s points equal to the qubit counts of the range', () => {
    const e = withSettings({ minQubits: 3, maxQubits: 9, qubitStep: 1 });
    const r = validateExperiment({ ...e, training: { ...e.training, epochs: 99 } });
    expect(r.ok && r.value.training.epochs).toBe(7);
  });

  it('travels through a link unchanged', () => {
    const e = withSettings({ cost: 'local', layers: 3, scaling: 'perQubit', component: 'middle' });
    const r = decodeExperiment(encodeExperiment(e));
    expect(r.ok && r.value).toEqual(e);
  });

  it('refuses 26 qubits, NaN, too many circuits and too deep a sweep, saying which field', () => {
    expect(refusal(withSettings({ maxQubits: 26 }))).toMatch(/largest number of qubits must be a whole number from 2 to 14/); // prettier-ignore
    expect(refusal(withSettings({ circuits: NaN }))).toMatch(/circuits per point must be a whole number from 10 to 2000/); // prettier-ignore
    expect(refusal(withSettings({ circuits: 5000 }))).toMatch(/circuits per point/);
    expect(refusal(withSettings({ minQubits: 8, maxQubits: 4 }))).toMatch(/at least the smallest \(8\)/); // prettier-ignore
    expect(refusal(withSettings({ layers: 20, scaling: 'perQubit' }))).toMatch(/at most 200 at 12 qubits/); // prettier-ignore
    expect(refusal(withSettings({ cost: 'nope' as 'global' }))).toMatch(/cost must be one of global, pair, local/); // prettier-ignore
  });

  it('picks the first parameter or the middle qubit of the middle layer', () => {
    expect(plateauComponent({ component: 'first' }, 6, 10)).toBe(0);
    expect(plateauComponent({ component: 'middle' }, 6, 10)).toBe(5 * 6 + 3);
  });
});

describe('barren-plateau session', () => {
  const small = withSettings({ minQubits: 2, maxQubits: 4, qubitStep: 1, circuits: 20, layers: 4 });

  it('computes one qubit count a step, then stops', () => {
    const s = plateauRunner.create(small);
    const info = s.info as PlateauInfo;
    expect(info.qubits).toEqual([2, 3, 4]);
    expect(info.layers).toEqual([4, 4, 4]);
    expect(info.sample.qubits).toBe(2);
    expect((s.measure() as PlateauReport).plateau).toBeNull();
    const pts = [1, 2, 3].map(() => (s.step() as PlateauReport).plateau!);
    expect(pts.map((p) => p.n)).toEqual([2, 3, 4]);
    for (const p of pts) {
      expect(p.circuits).toBe(20);
      expect(p.variance).toBeGreaterThan(0);
      expect(p.varianceError).toBeGreaterThan(0);
    }
    expect(s.epoch).toBe(3);
    expect((s.step() as PlateauReport).plateau).toBeNull();
  });

  it('gives the same point at n whatever the range around it, and another for another seed', () => {
    const a = (plateauRunner.create(small).step() as PlateauReport).plateau!;
    const wide = plateauRunner.create({ ...small, plateau: { ...small.plateau, maxQubits: 8 } });
    expect((wide.step() as PlateauReport).plateau).toEqual(a);
    const other = { ...small, training: { ...small.training, seed: 2 } };
    expect((plateauRunner.create(other).step() as PlateauReport).plateau!.variance).not.toBe(a.variance); // prettier-ignore
  });
});
