// Where an imported circuit opens: the targets offered per experiment, the sandbox turning the
// file's parameter values into constants, VQE starting from them, and refusals with the reason.
import { describe, expect, it } from 'vitest';
import { planImport, importTargets } from '../../../src/experiment/interchange/apply';
import type { ImportedCircuit } from '../../../src/experiment/interchange/types';
import { schemaOf } from '../../../src/experiment/tasks/registry';
import type { EditorCircuit } from '../../../src/experiment/circuit';
import type { Experiment } from '../../../src/experiment/types';

const circuit: EditorCircuit = {
  qubits: 2,
  columns: 2,
  gates: [
    { id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'param', name: 'θ1' }] },
    { id: 'g2', gate: 'CNOT', column: 1, targets: [0, 1] },
  ],
  blocks: [],
};

const imported = (
  values: [string, number][] = [],
  c: EditorCircuit = circuit,
): ImportedCircuit => ({
  format: 'qasm3',
  circuit: c,
  values: new Map(values),
  notes: [],
  skipped: [],
  measured: [],
});

const classifyOnEditor = (): Experiment => {
  const e = schemaOf('classify').defaults();
  return { ...e, model: { kind: 'circuit', circuit, readout: e.model.readout } } as Experiment;
};

const vqeOnEditor = (): Experiment => {
  const e = schemaOf('vqe').defaults();
  return { ...e, ansatz: { kind: 'circuit', circuit } } as Experiment;
};

describe('importTargets', () => {
  it('offers only the sandbox where the task has no editor circuit, or is the sandbox', () => {
    expect(importTargets(schemaOf('qaoa').defaults(), circuit).map((t) => t.value)).toEqual([
      'sandbox',
    ]);
    expect(importTargets(schemaOf('circuit').defaults(), circuit).map((t) => t.value)).toEqual([
      'sandbox',
    ]);
    expect(importTargets(schemaOf('benchmark').defaults(), circuit).map((t) => t.value)).toEqual([
      'sandbox',
    ]);
  });

  it('offers the task’s own circuit first when it has one', () => {
    const targets = importTargets(classifyOnEditor(), circuit);
    expect(targets.map((t) => t.value)).toEqual(['here', 'sandbox']);
    expect(targets[0]!.label).toMatch(/its circuit$/);
  });
});

describe('planImport', () => {
  it('opens in the sandbox with the file’s values as constants', () => {
    const r = planImport(schemaOf('classify').defaults(), imported([['θ1', 0.25]]), 'sandbox');
    if (!r.ok) throw new Error(r.reason);
    const e = r.plan.experiment;
    expect(e.task).toBe('circuit');
    const c = schemaOf('circuit').circuit(e as never)!;
    expect(c.gates[0]!.params).toEqual([{ kind: 'const', expr: '0.25', value: 0.25 }]);
    expect(c.gates[1]).toEqual(circuit.gates[1]);
    expect(r.plan.weights).toBeNull();
    expect(r.plan.notes.join(' ')).toMatch(/constants here/);
  });

  it('keeps a parameter without a value trainable in the sandbox (drawn from the seed)', () => {
    const r = planImport(schemaOf('circuit').defaults(), imported(), 'sandbox');
    if (!r.ok) throw new Error(r.reason);
    const c = schemaOf('circuit').circuit(r.plan.experiment as never)!;
    expect(c.gates[0]!.params).toEqual([{ kind: 'param', name: 'θ1' }]);
    expect(r.plan.notes).toEqual([]);
  });

  it('starts VQE from the file’s values, in the compiled order', () => {
    const r = planImport(vqeOnEditor(), imported([['θ1', -0.5]]), 'here');
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.experiment.task).toBe('vqe');
    expect(r.plan.weights).toEqual({ quantum: [-0.5], classical: [] });
  });

  it('replaces the classifier’s circuit and says training draws its own values', () => {
    const swapped: EditorCircuit = {
      ...circuit,
      gates: [
        { ...circuit.gates[1]!, column: 0 },
        { ...circuit.gates[0]!, column: 1 },
      ],
    };
    const r = planImport(classifyOnEditor(), imported([['θ1', 1]], swapped), 'here');
    if (!r.ok) throw new Error(r.reason);
    expect(schemaOf('classify').circuit(r.plan.experiment as never)!.gates[0]!.gate).toBe('CNOT');
    expect(r.plan.weights).toBeNull();
    expect(r.plan.notes.join(' ')).toMatch(/drawn from the seed/);
  });

  it('refuses a circuit reading input features in the sandbox, with the reason', () => {
    const withFeature: EditorCircuit = {
      ...circuit,
      gates: [{ id: 'g1', gate: 'RY', column: 0, targets: [0], params: [{ kind: 'feature', feature: 0, weight: 'w1', bias: 'b1' }] }], // prettier-ignore
    };
    const r = planImport(schemaOf('circuit').defaults(), imported([], withFeature), 'sandbox');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^It cannot open in Circuit \(sandbox\): .*no data points/);
  });

  it('refuses "here" for a task that trains no editor circuit', () => {
    const r = planImport(schemaOf('qaoa').defaults(), imported(), 'here');
    expect(r).toEqual({
      ok: false,
      reason: expect.stringMatching(/trains no circuit of the editor/),
    });
  });

  it('switches the preset classifier to the editor’s model, keeping its readout', () => {
    const e = schemaOf('classify').defaults();
    const targets = importTargets(e, circuit);
    expect(targets.map((t) => [t.value, t.label])).toEqual([
      ['sandbox', 'Circuit (sandbox)'],
      ['here', 'Classification: the model, built in the editor'],
    ]);
    const r = planImport(e, imported(), 'here');
    if (!r.ok) throw new Error(r.reason);
    expect(r.plan.experiment).toMatchObject({ task: 'classify', model: { kind: 'circuit', circuit, readout: e.model.readout } }); // prettier-ignore
  });
});
