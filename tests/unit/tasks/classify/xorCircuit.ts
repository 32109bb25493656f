// The experiment of the honest-comparison review (issue 9): XOR, a 2-qubit editor circuit that
// learns it (one re-uploaded RY per feature, then a CNOT: ⟨Z₀⟩ = cos a·cos b, the parity of the two
// angles), and the classical size matched to the circuit's 4 parameters, which gives the MLP one
// hidden neuron. Shared by the unit tests here and tests/e2e/honest.test.ts.
import type { AngleBinding } from '../../../../src/experiment/circuit';
import { TASK_SCHEMAS } from '../../../../src/experiment/tasks/registry';
import type { BaselineEngine, ClassifyExperiment } from '../../../../src/experiment/types';

const feature = (f: number): AngleBinding[] => [
  { kind: 'feature', feature: f, weight: `w${f}`, bias: `b${f}` },
];

export function xorCircuitExperiment(engine: BaselineEngine = 'arrays'): ClassifyExperiment {
  const base = TASK_SCHEMAS.classify.defaults();
  return {
    ...base,
    data: { ...base.data, set: 'xor' },
    model: {
      kind: 'circuit',
      readout: 'fidelity',
      circuit: {
        qubits: 2,
        columns: 3,
        blocks: [],
        gates: [
          { id: 'x1', gate: 'RY', column: 0, targets: [0], params: feature(0) },
          { id: 'x2', gate: 'RY', column: 0, targets: [1], params: feature(1) },
          { id: 'cx', gate: 'CNOT', column: 1, targets: [1, 0] },
        ],
      },
    },
    baseline: { ...base.baseline, size: 'match', engine },
  };
}
