// Circuit sizes counted from the settings agree with the circuits the worker builds.

import { describe, expect, it } from 'vitest';
import { compileEditorCircuit } from '../../../src/experiment/circuit';
import { describeSize } from '../../../src/experiment/size';
import { circuitSize } from '../../../src/experiment/tasks/classify/modelKinds';
import { reuploadingCircuit } from '../../../workers/ml/models/reuploading';
import { createRng } from '../../../workers/sim/rng';
import { tenQubitFiveLayers } from './circuitFixture';
import { randomExperiment } from './randomExperiment';

describe('circuitSize', () => {
  it('counts the re-uploading circuit’s operations for every size and ring', () => {
    for (const entangler of ['cz', 'cnot', 'none'] as const)
      for (let qubits = 1; qubits <= 8; qubits++)
        for (let layers = 1; layers <= 10; layers++) {
          const model = { kind: 'reuploading', qubits, layers, entangler, readout: 'fidelity' } as const; // prettier-ignore
          const ops = reuploadingCircuit({ qubits, layers, entangler }).ops.length;
          expect(circuitSize(model)).toEqual({ qubits, gates: ops });
        }
  });

  it('writes out repeated blocks of editor circuits', () => {
    const circuit = tenQubitFiveLayers();
    circuit.blocks.push({ start: 1, end: 4, count: 3, shared: false });
    const model = { kind: 'circuit', circuit, readout: 'fidelity' } as const;
    expect(circuitSize(model)).toEqual({ qubits: 10, gates: 106 + 2 * 19 });
    const rng = createRng(31);
    for (let i = 0; i < 200; i++) {
      const m = randomExperiment(rng).model;
      if (m.kind !== 'circuit') continue;
      expect(circuitSize(m).gates).toBe(compileEditorCircuit(m.circuit).circuit.ops.length);
    }
  });

  it('reads as a person would say it', () => {
    expect(describeSize({ qubits: 24, gates: 4800 })).toBe('24 qubits, 4,800 gates');
    expect(describeSize({ qubits: 1, gates: 1 })).toBe('1 qubit, 1 gate');
  });
});
