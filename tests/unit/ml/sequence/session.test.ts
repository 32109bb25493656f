// The forecasting session and the sequence task's schema: both models train on the same windows
// and their errors fall; forecasts come in the series' units; the imported series is used; what
// cannot run is refused with a sentence a student can read.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../src/experiment/codec';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { SequenceExperiment } from '../../../../src/experiment/types';
import { loadRnnEngine } from '../../../../workers/ml/sequence/rnnEngine';
import { createSequenceSession } from '../../../../workers/ml/sequence/session';

const defaults = (): SequenceExperiment => TASK_SCHEMAS.sequence.defaults();

beforeAll(async () => {
  await loadRnnEngine();
});

describe('sequence session', () => {
  it('trains both models on the sine: test errors fall well below persistence', () => {
    const s = createSequenceSession(defaults());
    try {
      const first = s.measure();
      expect(first.epoch).toBe(0);
      let last = first;
      for (let i = 0; i < 25; i++) last = s.step();
      expect(last.epoch).toBe(25);
      const { quantum, classical } = last.forecast;
      expect(quantum.testLoss).toBeLessThan(first.forecast.quantum.testLoss / 5);
      expect(classical.testLoss).toBeLessThan(first.forecast.classical.testLoss / 5);
      expect(quantum.testLoss).toBeLessThan(s.info.persistence.test);
      expect(classical.testLoss).toBeLessThan(s.info.persistence.test);
      expect(s.info.qubits).toBe(8);
      expect(s.info.quantumParams).toBe(s.quantum.numParams);
      // 'match': the LSTM's parameter count is the closest to the QRNN's.
      expect(Math.abs(s.info.classicalParams - s.info.quantumParams)).toBeLessThan(20);
    } finally {
      s.dispose();
    }
  });

  it('forecasts every window in the series’ own units, beside the truth', () => {
    const e = defaults();
    e.data.series = 'seasonal';
    e.data.noise = 0;
    const s = createSequenceSession(e);
    try {
      for (let i = 0; i < 10; i++) s.step();
      const f = s.forecast();
      const n = s.info.targetIndex.length;
      expect(f.quantum.length).toBe(n);
      expect(f.classical.length).toBe(n);
      // Monthly temperatures of about 2–18 °C: forecasts in degrees, not in [−1, 1].
      let err = 0;
      for (let k = 0; k < n; k++) err += Math.abs(f.classical[k]! - s.info.series[s.info.targetIndex[k]!]!); // prettier-ignore
      expect(err / n).toBeLessThan(3);
      expect(Math.max(...f.classical)).toBeGreaterThan(10);
    } finally {
      s.dispose();
    }
  });

  it('reads the imported CSV column as the series', () => {
    const e = defaults();
    const rows = ['day,level', ...Array.from({ length: 80 }, (_, i) => `${i},${(2 + Math.sin(i / 4)).toFixed(4)}`)]; // prettier-ignore
    e.data = { ...e.data, series: 'custom', csv: rows.join('\n') };
    const s = createSequenceSession(e);
    try {
      expect(s.info.seriesName).toBe('level');
      expect(s.info.series.length).toBe(80);
      expect(s.info.series[4]).toBeCloseTo(2 + Math.sin(1), 4);
    } finally {
      s.dispose();
    }
  });

  it('refuses parameter-shift gradients and an imported series with a bad cell, readably', () => {
    const e = defaults();
    e.training.gradient = 'shift';
    expect(() => createSequenceSession(e)).toThrow(/exact \(adjoint\) gradients/);
    // A link may carry any text as its CSV: the session names the bad line.
    const bad = defaults();
    const rows = ['v', ...Array.from({ length: 50 }, (_, i) => String(i % 7))];
    rows[3] = 'oops';
    bad.data = { ...bad.data, series: 'custom', csv: rows.join('\n') };
    expect(() => createSequenceSession(bad)).toThrow(/Line 4.*"oops" is not a number/);
  });
});

describe('sequence session with the QLSTM', () => {
  it('trains the QLSTM next to the LSTM: its test error falls below persistence', () => {
    const e = defaults();
    e.model = { kind: 'qlstm', qubits: 3, hidden: 2, layers: 1 };
    e.training.learningRate = 0.02;
    const s = createSequenceSession(e);
    try {
      expect(s.info.qubits).toBe(3);
      expect(s.info.circuit.qubits).toBe(3);
      const first = s.measure().forecast.quantum.testLoss;
      let last = s.measure();
      for (let i = 0; i < 12; i++) last = s.step();
      expect(last.forecast.quantum.testLoss).toBeLessThan(first / 5);
      expect(last.forecast.quantum.testLoss).toBeLessThan(s.info.persistence.test);
    } finally {
      s.dispose();
    }
  });
});

describe('sequence schema', () => {
  it('refuses a QRNN wider than the simulator runs here, saying why', () => {
    const e = defaults();
    e.data.window = 12;
    e.model = { kind: 'qrnn', historyQubits: 2, dataQubits: 2, layers: 2 };
    const r = decodeExperiment(encodeExperiment(e));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('2 + 12 × 2 = 26 qubits');
  });

  it('counts the unrolled circuit’s qubits and gates from the settings', () => {
    // 8 qubits; per step 1 encoding + 2 layers × (3·3 rotations + 3 ring edges) = 25, × 6 steps.
    expect(TASK_SCHEMAS.sequence.size(defaults())).toEqual({ qubits: 8, gates: 150 });
    // QLSTM, 4 qubits, 1 layer: per gate 3·4 encoding + 4 CNOTs + 3·4 rotations = 28; 4 gates, 6 steps.
    const q = defaults();
    q.model = { kind: 'qlstm', qubits: 4, hidden: 2, layers: 1 };
    expect(TASK_SCHEMAS.sequence.size(q)).toEqual({ qubits: 4, gates: 672 });
  });
});

describe('sequence session with the Transformer baseline', () => {
  it('sizes a one-layer Transformer to about the QRNN’s parameter count', () => {
    const e = defaults();
    e.baseline = { kind: 'transformer', size: 'match' };
    const s = createSequenceSession(e);
    try {
      expect(s.info.classicalKind).toBe('transformer');
      expect(Math.abs(s.info.classicalParams - s.info.quantumParams)).toBeLessThan(40);
      expect(s.classical.weights()).toHaveLength(s.info.classicalParams);
    } finally {
      s.dispose();
    }
  });

  it('trains a Transformer 8 wide on the sine: its test error falls below persistence', () => {
    const e = defaults();
    e.baseline = { kind: 'transformer', size: { hidden: 8 } };
    const s = createSequenceSession(e);
    try {
      expect(s.info.classicalHidden).toBe(8);
      const first = s.measure().forecast.classical.testLoss;
      let last = s.measure();
      for (let i = 0; i < 15; i++) last = s.step();
      expect(last.forecast.classical.testLoss).toBeLessThan(first / 5);
      expect(last.forecast.classical.testLoss).toBeLessThan(s.info.persistence.test / 2);
    } finally {
      s.dispose();
    }
  });
});
