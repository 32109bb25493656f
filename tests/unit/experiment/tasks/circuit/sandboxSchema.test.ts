// The circuit sandbox's schema: its default (a Bell circuit), the checks of its own sections
// (shots, rounds, no input features) with messages a student reads, noise accepted, and links.
import { describe, expect, it } from 'vitest';
import { decodeExperiment, encodeExperiment } from '../../../../../src/experiment/codec';
import { compileEditorCircuit } from '../../../../../src/experiment/circuit/compile';
import { circuitSchema } from '../../../../../src/experiment/tasks/circuit';
import { validateExperiment } from '../../../../../src/experiment/validate';
import type { CircuitExperiment } from '../../../../../src/experiment/types';
import { withField } from '../../helpers';

const d = (): CircuitExperiment => circuitSchema.defaults();

/** The message validation gives for the default with `path` set to `value`. */
function refusal(path: string, value: unknown): { field: string; message: string } {
  const r = validateExperiment(withField(d(), path, value));
  if (r.ok) throw new Error(`${path} = ${JSON.stringify(value)} was accepted`);
  return { field: r.error.field, message: r.error.message };
}

describe('circuit sandbox schema', () => {
  it('opens on a Bell circuit: H on qubit 0, then CNOT 0 → 1, measured 2,000 times in 40 rounds', () => {
    const e = d();
    const { circuit, channels } = compileEditorCircuit(e.model.circuit);
    expect(circuit.ops).toEqual([
      { gate: 'H', targets: [0] },
      { gate: 'CNOT', targets: [0, 1] },
    ]);
    expect(channels).toEqual([]);
    expect(e.measure.shots).toBe(2000);
    expect(e.training.epochs).toBe(40);
    expect(circuitSchema.circuit(e)).toBe(e.model.circuit);
    expect(circuitSchema.size(e)).toEqual({ qubits: 2, gates: 2 });
    expect(circuitSchema.noise).toBe(true);
    expect(circuitSchema.label).toBe('Circuit (sandbox)');
  });

  it('refuses shots that are not a whole number from 1 to 1,000,000, saying so', () => {
    for (const bad of [0, -5, 2.5, 1_000_001, '100', null]) {
      const { field, message } = refusal('measure.shots', bad);
      expect(field).toBe('measure.shots');
      expect(message).toMatch(/^Measure → shots must be a whole number from 1 to 1000000; the link asks for/); // prettier-ignore
    }
    expect(refusal('measure.shots', undefined).message).toBe('Measure → shots is missing from the link.'); // prettier-ignore
    expect(validateExperiment(withField(d(), 'measure.shots', 1)).ok).toBe(true);
    expect(validateExperiment(withField(d(), 'measure.shots', 1_000_000)).ok).toBe(true);
  });

  it('refuses rounds outside 1 to 1,000, naming the Measure panel', () => {
    const { field, message } = refusal('training.epochs', 1001);
    expect(field).toBe('training.epochs');
    expect(message).toBe('Measure → rounds must be a whole number from 1 to 1000; the link asks for 1001.'); // prettier-ignore
    expect(refusal('training.epochs', 0).message).toContain('from 1 to 1000');
  });

  it('refuses an angle bound to an input feature: the sandbox has no data', () => {
    const e = d();
    e.model.circuit.gates.push({ id: 'g3', gate: 'RY', column: 2, targets: [1], params: [{ kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }] }); // prettier-ignore
    const r = validateExperiment(e);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('model.circuit.gates[2].params[0]');
      expect(r.error.message).toBe('Circuit → gate 3 (RY) reads the input feature x1, but the sandbox has no data points: bind its angle to a constant or a trainable parameter.'); // prettier-ignore
    }
  });

  it('refuses a broken circuit with the editor validator’s message', () => {
    const { field, message } = refusal('model.circuit.qubits', 0);
    expect(field).toBe('model.circuit.qubits');
    expect(message).toMatch(/^Circuit → the number of qubits must be a whole number/);
  });

  it('keeps noise settings and channels through a link, and drops all-zero noise', () => {
    const e: CircuitExperiment = {
      ...d(),
      noise: { p1: 0.01, p2: 0.02, gamma: 0, lambda: 0, p01: 0.03, p10: 0.04 },
    };
    e.model.circuit.gates.push({ id: 'g3', gate: 'bitFlip', column: 2, targets: [1], p: 0.25 });
    const back = decodeExperiment(encodeExperiment(e));
    expect(back).toEqual({ ok: true, value: e });
    const ideal = { ...d(), noise: { p1: 0, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 } };
    expect(validateExperiment(ideal)).toEqual({ ok: true, value: d() });
  });

  it('round-trips its default through a short link, gate ids left out', () => {
    const link = encodeExperiment(d());
    expect(decodeExperiment(link)).toEqual({ ok: true, value: d() });
    expect(link.length).toBeLessThan(300);
    expect(circuitSchema.withCircuit(d(), { qubits: 1, columns: 1, gates: [], blocks: [] }).model.circuit.qubits).toBe(1); // prettier-ignore
  });

  it('rebuilds its session when the circuit, the shots, the rounds, the seed or the noise change', () => {
    const parts = (e: CircuitExperiment): string => JSON.stringify(circuitSchema.sessionParts(e));
    const base = parts(d());
    expect(parts({ ...d(), view: { ...d().view, speed: 'slow' } })).toBe(base);
    expect(parts({ ...d(), measure: { shots: 10 } })).not.toBe(base);
    expect(parts({ ...d(), training: { ...d().training, epochs: 5 } })).not.toBe(base);
    expect(parts({ ...d(), training: { ...d().training, seed: 5 } })).not.toBe(base);
    expect(parts({ ...d(), noise: { p1: 0.1, p2: 0, gamma: 0, lambda: 0, p01: 0, p10: 0 } })).not.toBe(base); // prettier-ignore
  });
});
