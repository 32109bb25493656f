// A lesson's "try this" read against the running experiment: each task's metrics, conditions with
// their bounds in words, and whether a metric exists (checked when a lesson opens).
import { describe, expect, it } from 'vitest';
import { conditionStates, metricExists } from '../../../src/tasks/lessonChecks';
import { basisIndex } from '../../../src/tasks/circuit/lessonMetrics';
import type { RunView } from '../../../src/tasks/lessonMetric';
import type {
  CircuitInfo,
  EpochReport,
  ModelMetrics,
  VqeInfo,
  VqeReport,
} from '../../../workers/protocol';

const metrics = (testAccuracy: number): ModelMetrics => ({
  trainLoss: 0.3,
  trainAccuracy: 0.8,
  testLoss: 0.4,
  testAccuracy,
  ms: 1,
});
const epoch = (k: number, acc: number): EpochReport => ({
  epoch: k,
  quantum: metrics(acc),
  classical: metrics(0.5),
});
const run = (history: RunView['history'], info: RunView['info'] = null): RunView => ({
  history,
  info,
  pictures: {},
});

describe('lesson metrics', () => {
  it('exist per task, and only those registered', () => {
    expect(metricExists('classify', 'testAccuracy')).toBe(true);
    // A metric that reads an argument says what it is.
    expect(metricExists('circuit', 'probability')).toBe('basis state, e.g. 11');
    expect(metricExists('vqe', 'error')).toBe(true);
    expect(metricExists('qaoa', 'ratio')).toBe(true);
    expect(metricExists('classify', 'ratio')).toBe(false);
    expect(metricExists('classify', 'toString')).toBe(false);
    expect(metricExists('qec', 'testAccuracy')).toBe(false);
  });

  it('read the newest epoch and compare with the bounds', () => {
    const c = [{ metric: 'testAccuracy', atLeast: 0.9 }];
    expect(conditionStates('classify', c, run([]))[0]).toMatchObject({ value: null, holds: false });
    const [low] = conditionStates('classify', c, run([epoch(0, 0.5), epoch(1, 0.85)]));
    expect(low).toMatchObject({ value: 0.85, holds: false, words: 'test accuracy of the quantum model at least 0.9' }); // prettier-ignore
    expect(conditionStates('classify', c, run([epoch(0, 0.5), epoch(1, 0.9)]))[0]!.holds).toBe(
      true,
    );
    const band = conditionStates('classify', [{ metric: 'testAccuracy', atLeast: 0.4, atMost: 0.6 }], run([epoch(0, 0.7)])); // prettier-ignore
    expect(band[0]).toMatchObject({ holds: false, words: 'test accuracy of the quantum model between 0.4 and 0.6' }); // prettier-ignore
  });

  it('never hold for a metric the task does not have, or a NaN reading', () => {
    expect(conditionStates('classify', [{ metric: 'nope', atLeast: 0 }], run([epoch(0, 1)]))[0]!.holds).toBe(false); // prettier-ignore
    expect(conditionStates('classify', [{ metric: 'testAccuracy', atLeast: 0 }], run([epoch(0, NaN)]))[0]!.holds).toBe(false); // prettier-ignore
  });

  it('read a sandbox basis state’s exact probability, written as the page prints it', () => {
    const info: CircuitInfo = {
      task: 'circuit', qubits: 2, simulator: 'statevector', channels: 0, noisy: false, readout: false,
      shots: 1000, rounds: 10, states: [0, 1, 2, 3], exact: [0.5, 0, 0.25, 0.25], rest: 0,
    }; // prettier-ignore
    const read = (of: string) => conditionStates('circuit', [{ metric: 'probability', of, atLeast: 0.5 }], run([], info))[0]!; // prettier-ignore
    expect(read('00')).toMatchObject({ value: 0.5, holds: true, words: 'probability of the state |00⟩ at least 0.5' }); // prettier-ignore
    expect(read('|10⟩').value).toBe(0.25);
    expect(read('1').value).toBeNull();
    expect(basisIndex('10', 2)).toBe(2);
    expect(basisIndex('012', 3)).toBeNull();
    // A state not among those listed (only the likeliest are listed for many qubits) is unknown.
    const few = { ...info, qubits: 5, states: [0], exact: [0.9], rest: 0.1 };
    expect(conditionStates('circuit', [{ metric: 'probability', of: '00001', atMost: 0.1 }], run([], few))[0]!.value).toBeNull(); // prettier-ignore
  });

  it('read VQE’s error against the exact energy', () => {
    const info = { task: 'vqe', exactEnergy: -1.137 } as VqeInfo;
    const report: VqeReport = { epoch: 3, energy: -1.136, ms: 1 };
    const [c] = conditionStates('vqe', [{ metric: 'error', atMost: 0.0016 }], run([report], info));
    expect(c!.value).toBeCloseTo(0.001, 12);
    expect(c!.holds).toBe(true);
  });
});
