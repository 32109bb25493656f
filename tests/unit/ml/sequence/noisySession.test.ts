// The forecasting session under noise: the QRNN trains on a density matrix beside its ideal twin,
// which reports exactly what the ideal session does; the QLSTM, not simulated under noise, ignores
// the settings; the schema rebuilds the session when the noise changes and counts the QRNN's
// qubits as the noisy run simulates them.
import { beforeAll, describe, expect, it } from 'vitest';
import { NOISE_PRESETS } from '../../../../src/experiment/noise';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { SequenceExperiment } from '../../../../src/experiment/types';
import { validateExperiment } from '../../../../src/experiment/validate';
import { loadRnnEngine } from '../../../../workers/ml/sequence/rnnEngine';
import { createSequenceSession } from '../../../../workers/ml/sequence/session';

const schema = TASK_SCHEMAS.sequence;
const VERY_NOISY = NOISE_PRESETS.find((p) => p.name === 'veryNoisy')!.settings;
const noisy = (e: SequenceExperiment): SequenceExperiment => ({ ...e, noise: { ...VERY_NOISY } });

beforeAll(async () => {
  await loadRnnEngine();
});

/** Reports of `steps` steps after the first measure. */
function run(e: SequenceExperiment, steps: number) {
  const s = createSequenceSession(e);
  try {
    const reports = [s.measure()];
    for (let i = 0; i < steps; i++) reports.push(s.step());
    return { info: s.info, reports, forecast: s.forecast() };
  } finally {
    s.dispose();
  }
}

describe('sequence session under noise', () => {
  it('trains the noisy QRNN beside an ideal twin that reports what the ideal session does', () => {
    const e = schema.defaults();
    e.data.length = 80;
    const ideal = run(e, 2);
    const under = run(noisy(e), 2);
    expect(under.info.qubits).toBe(3);
    expect(ideal.info.qubits).toBe(8);
    expect(under.info.quantumParams).toBe(ideal.info.quantumParams);
    for (let k = 0; k < 3; k++) {
      const twin = under.reports[k]!.forecast.ideal!;
      const plain = ideal.reports[k]!.forecast.quantum;
      expect(Math.abs(twin.trainLoss - plain.trainLoss)).toBeLessThan(1e-10);
      expect(Math.abs(twin.testLoss - plain.testLoss)).toBeLessThan(1e-10);
      // The noisy model starts where the twin does and is scored under the noise.
      const q = under.reports[k]!.forecast.quantum;
      expect(Math.abs(q.testLoss - twin.testLoss)).toBeGreaterThan(1e-4);
      expect(ideal.reports[k]!.forecast.ideal).toBeUndefined();
    }
    expect(under.forecast.quantum.length).toBe(ideal.forecast.quantum.length);
  });

  it('leaves the QLSTM on the ideal simulator, and says why', () => {
    const e = schema.defaults();
    e.data.length = 60;
    e.model = { kind: 'qlstm', qubits: 2, hidden: 2, layers: 1 };
    const plain = run(e, 1);
    const under = run(noisy(e), 1);
    expect(under.reports.map((r) => r.forecast.ideal)).toEqual([undefined, undefined]);
    expect(under.reports[1]!.forecast.quantum.testLoss).toBe(plain.reports[1]!.forecast.quantum.testLoss); // prettier-ignore
    expect(schema.noiseUnavailable!(noisy(e))).toMatch(/^Noise is simulated for the QRNN only\. .* about 7 s /); // prettier-ignore
    expect(schema.noiseUnavailable!(noisy(schema.defaults()))).toBeNull();
  });

  it('keeps noise in the link, rebuilds the session on a change, counts H ∪ D under noise', () => {
    const e = noisy(schema.defaults());
    expect(validateExperiment(e)).toEqual({ ok: true, value: e });
    const other = { ...e, noise: { ...VERY_NOISY, p1: 0.02 } };
    expect(JSON.stringify(schema.sessionParts(other))).not.toBe(JSON.stringify(schema.sessionParts(e))); // prettier-ignore
    expect(schema.size(e).qubits).toBe(3);
    expect(schema.size(schema.defaults()).qubits).toBe(8);
    expect(schema.size(e).gates).toBe(schema.size(schema.defaults()).gates);
  });
});
