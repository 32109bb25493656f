// The sandbox's worker session: exact probabilities in its load info, one round of seeded shots a
// step until the shots are drawn, the counts as a picture, the live view's parameters, and which
// simulator it says it used.
import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../../src/experiment/circuit/compile';
import { circuitSchema } from '../../../../src/experiment/tasks/circuit';
import type { CircuitExperiment } from '../../../../src/experiment/types';
import { initParams } from '../../../../workers/ml/quantumClassifier';
import type { CircuitInfo, CircuitReport, ShotCounts } from '../../../../workers/protocol';
import { createRng } from '../../../../workers/sim';
import { circuitRunner } from '../../../../workers/tasks/circuit/runner';

const open = (e: CircuitExperiment) => {
  const s = circuitRunner.create(e);
  return { s, info: s.info as CircuitInfo };
};
const countsOf = (s: ReturnType<typeof open>['s']): ShotCounts => {
  const [p] = s.pictures();
  if (p?.kind !== 'shotCounts') throw new Error('no counts picture');
  return p.counts;
};

describe('circuit sandbox session', () => {
  it('gives the Bell state’s exact probabilities and draws the shots round by round', () => {
    const e: CircuitExperiment = { ...circuitSchema.defaults(), measure: { shots: 1000 }, training: { ...circuitSchema.defaults().training, epochs: 7 } }; // prettier-ignore
    const { s, info } = open(e);
    expect(info.simulator).toBe('statevector');
    expect(info.states).toEqual([0, 1, 2, 3]);
    expect(info.exact.map((p) => Number(p.toFixed(12)))).toEqual([0.5, 0, 0, 0.5]);
    expect(info.rest).toBeCloseTo(0, 12);
    expect((s.measure() as CircuitReport).measured.shots).toBe(0);
    expect(countsOf(s)).toEqual({ epoch: 0, shots: 0, counts: [0, 0, 0, 0], other: 0 });
    let last = 0;
    for (let k = 1; k <= 7; k++) {
      const r = s.step() as CircuitReport;
      expect(r.epoch).toBe(k);
      expect(r.measured.shots).toBeGreaterThanOrEqual(last + 142);
      last = r.measured.shots;
    }
    expect(last).toBe(1000);
    expect((s.step() as CircuitReport).measured.shots).toBe(1000);
    expect(s.epoch).toBe(7);
    const c = countsOf(s);
    expect(c.shots).toBe(1000);
    expect(c.counts[1]! + c.counts[2]! + c.other).toBe(0);
    expect(c.counts[0]! + c.counts[3]!).toBe(1000);
    // 5σ of a frequency after 1,000 shots is 0.079.
    expect(Math.abs(c.counts[0]! / 1000 - 0.5)).toBeLessThan(0.079);
  });

  it('repeats its counts from the link’s seed', () => {
    const run = (seed: number): number[] => {
      const { s } = open({ ...circuitSchema.defaults(), training: { ...circuitSchema.defaults().training, seed } }); // prettier-ignore
      while (s.epoch < 40) s.step();
      return countsOf(s).counts;
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it('uses the density matrix for channels or noise settings, and says why', () => {
    const d = circuitSchema.defaults();
    const withFlip: CircuitExperiment = { ...d, model: { circuit: { ...d.model.circuit, gates: [...d.model.circuit.gates, { id: 'g3', gate: 'bitFlip', column: 2, targets: [1], p: 0.25 }] } } }; // prettier-ignore
    const a = open(withFlip).info;
    expect(a).toMatchObject({ simulator: 'density', channels: 1, noisy: false, readout: false });
    // (|00⟩ + |11⟩)/√2 with qubit 1 flipped a quarter of the time: 00 → 10 and 11 → 01.
    expect(a.exact).toEqual([0.375, 0.125, 0.125, 0.375].map((p) => expect.closeTo(p, 12)));
    const b = open({ ...d, noise: { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0.1, p10: 0 } }).info;
    expect(b).toMatchObject({ simulator: 'density', channels: 0, noisy: true, readout: true });
    expect(b.exact[1]).toBeCloseTo(0.5 * 0.1 * 0.9, 12);
  });

  it('lists only the outcomes that can come up when there are more than 16', () => {
    const d = circuitSchema.defaults();
    const gates = [0, 1, 2].map((q) => ({ id: `g${q + 1}`, gate: 'bitFlip' as const, column: 0, targets: [q], p: 0.1 })); // prettier-ignore
    const { info } = open({
      ...d,
      model: { circuit: { qubits: 5, columns: 1, gates, blocks: [] } },
    });
    expect(info.states).toHaveLength(8);
    expect(info.states.slice(0, 4)).toEqual([0, 1, 2, 4]);
    expect(info.exact[0]).toBeCloseTo(0.729, 12);
    expect(info.rest).toBe(0);
  });

  it('gives the live view the angles a seed draws for trainable names, as the trainer would', () => {
    const d = circuitSchema.defaults();
    const e: CircuitExperiment = { ...d, model: { circuit: { ...d.model.circuit, gates: [...d.model.circuit.gates, { id: 'g3', gate: 'RY', column: 2, targets: [0], params: [{ kind: 'param', name: 'θ1' }] }] } } }; // prettier-ignore
    const { s } = open(e);
    const { circuit, paramNames } = compileEditorCircuit(e.model.circuit);
    expect(s.circuit).toEqual(circuit);
    expect(Array.from(s.params())).toEqual(Array.from(initParams(circuit, paramNames.length, createRng(1)))); // prettier-ignore
    expect(s.weights()).toEqual({ quantum: [], classical: [] });
    expect(() => s.setWeights({ quantum: [1], classical: [] })).toThrow(
      /keeps no trained parameters/,
    );
  });

  it('refuses noise on more qubits than a density matrix holds, saying what to do', () => {
    const d = circuitSchema.defaults();
    const e: CircuitExperiment = { ...d, model: { circuit: { ...d.model.circuit, qubits: 13 } }, noise: { p1: 0.01, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 } }; // prettier-ignore
    expect(() => open(e)).toThrow(/limited to 12 qubits.*Turn noise off/);
  });
});
