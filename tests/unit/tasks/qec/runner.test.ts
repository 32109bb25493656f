import { describe, expect, it } from 'vitest';
import { qecSchema } from '../../../../src/experiment/tasks/qec';
import type { QecExperiment } from '../../../../src/experiment/types';
import type { QecInfo, QecReport } from '../../../../workers/protocol';
import { qecRunner, sweepValues } from '../../../../workers/tasks/qec/runner';

const lesson = (code: Partial<QecExperiment['code']>, epochs = 21): QecExperiment => {
  const d = qecSchema.defaults();
  return { ...d, code: { ...d.code, ...code }, training: { ...d.training, epochs } };
};
const open = (e: QecExperiment) => {
  const s = qecRunner.create(e);
  return { s, info: s.info as QecInfo };
};

describe('error-correction lesson session', () => {
  it('gives the bit-flip code’s exact logical error at p = 0.1 before any step: 0.028', () => {
    const { s, info } = open(lesson({}));
    expect(info.at.logical).toBeCloseTo(0.028, 12);
    expect(info.at.unencoded).toBeCloseTo(0.1, 12);
    expect(info.breakEven).toBe(0.5);
    expect(info.analytic && info.matched).toBe(true);
    expect(info.qubits).toBe(5);
    expect((s.measure() as QecReport).point).toBeNull();
  });

  it('draws each step; the noise step has no gates and names its channel', () => {
    const { info } = open(lesson({}));
    expect(info.steps.map((x) => x.name)).toEqual(['Encode', 'Noise', 'Syndrome', 'Correct', 'Decode']); // prettier-ignore
    const noise = info.steps[1]!;
    expect(noise.circuit.ops).toHaveLength(0);
    expect(noise.channels).toContain('X with probability p');
    expect(noise.channels).toContain('0, 1, 2');
    for (const x of info.steps) if (x !== noise) expect(x.circuit.ops.length).toBeGreaterThan(0);
  });

  it('sweeps p one point a step, each equal to 3p² − 2p³, then stops', () => {
    const { s, info } = open(lesson({ pMax: 0.5 }, 11));
    expect(info.sweep).toEqual(sweepValues(0.5, 11));
    expect(info.sweep[2]).toBeCloseTo(0.1, 15);
    for (let k = 0; k < 11; k++) {
      const r = s.step() as QecReport;
      const p = info.sweep[k]!;
      expect(r.epoch).toBe(k + 1);
      expect(r.point!.p).toBe(p);
      expect(Math.abs(r.point!.logical - (3 * p * p - 2 * p ** 3))).toBeLessThan(1e-12);
      expect(r.point!.unencoded).toBeCloseTo(p, 12);
    }
    expect(s.epoch).toBe(11);
    expect((s.step() as QecReport).point).toBeNull();
  });

  it('shows the bit-flip code failing under depolarising noise, and the Shor code protecting', () => {
    const bitFlip = open(lesson({ channel: 'depolarizing' })).info;
    expect(bitFlip.matched).toBe(false);
    expect(bitFlip.breakEven).toBeNull();
    expect(bitFlip.at.logical).toBeGreaterThan(bitFlip.at.unencoded);
    const shor = open(lesson({ kind: 'shor', channel: 'depolarizing', p: 0.02 })).info;
    expect(shor.matched).toBe(true);
    expect(shor.analytic).toBe(false);
    expect(shor.qubits).toBe(9);
    expect(shor.at.logical).toBeLessThan(shor.at.unencoded / 2);
  });

  it('counts the qubits and gates the schema states for every code', () => {
    for (const kind of ['bitFlip', 'phaseFlip', 'shor'] as const) {
      const e = lesson({ kind });
      const { s } = open(e);
      expect(qecSchema.size(e)).toEqual({ qubits: s.circuit.qubits, gates: s.circuit.ops.length });
    }
  });

  it('keeps no trained parameters', () => {
    const { s } = open(lesson({}));
    expect(s.weights()).toEqual({ quantum: [], classical: [] });
    expect(() => s.setWeights({ quantum: [1], classical: [] })).toThrow(/no trained parameters/);
  });
});

describe('error-correction lesson syndromes', () => {
  it('pictures the syndrome the ancillas hold at p, once', () => {
    const p = 0.1;
    const { s } = open(lesson({ p }));
    const [pic] = s.pictures();
    expect(pic?.kind).toBe('qecSyndromes');
    if (pic?.kind !== 'qecSyndromes') return;
    const q = 1 - p;
    // (a3, a4) = (0, 0): no flip or all three; (1, 0): qubit 0 alone or qubits 1 and 2; …
    const single = p * q * q + p * p * q;
    const expected = [q ** 3 + p ** 3, single, single, single];
    pic.syndromes.probabilities.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    expect(s.pictures()).toEqual([]);
  });

  it('has no syndrome picture for the Shor code (it decodes by majority votes, no ancilla)', () => {
    expect(open(lesson({ kind: 'shor' })).s.pictures()).toEqual([]);
  });
});
