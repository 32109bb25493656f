import { describe, expect, it } from 'vitest';
import { checkCircuit } from '../../workers/circuitInput';

describe('checkCircuit', () => {
  it('accepts a Bell pair', () => {
    const bell = {
      qubits: 2,
      ops: [
        { gate: 'H', targets: [0] },
        { gate: 'CNOT', targets: [0, 1] },
      ],
    };
    expect(checkCircuit(bell)).toBe(bell);
  });

  it.each([
    [null, /circuit is missing/],
    [{ qubits: 0, ops: [] }, /at least 1/],
    [{ qubits: 1.5, ops: [] }, /whole number/],
    [{ qubits: 25, ops: [] }, /at most 24 qubits/],
    [{ qubits: 1 }, /list of operations/],
    [{ qubits: 1, ops: [{ targets: [0] }] }, /Operation 1 has no gate name/],
    [{ qubits: 1, ops: [{ gate: 'NOPE', targets: [0] }] }, /"NOPE" is not a gate/],
    [{ qubits: 2, ops: [{ gate: 'H', targets: [2] }] }, /between 0 and 1/],
    [{ qubits: 2, ops: [{ gate: 'CNOT', targets: [1, 1] }] }, /same qubit twice/],
    [{ qubits: 2, ops: [{ gate: 'X', targets: [0], controls: [-1] }] }, /controls outside/],
    // Noise channels never ride inside a circuit for the statevector (they would be ignored).
    [{ qubits: 1, ops: [{ gate: 'bitFlip', targets: [0] }] }, /Operation 1 is the channel "bitFlip": noise channels mix the state/], // prettier-ignore
    [{ qubits: 1, ops: [], channels: [{ name: 'bitFlip', qubits: [0], p: 0.1, after: -1 }] }, /carries noise channels/], // prettier-ignore
  ])('rejects %j with a readable message', (input, message) => {
    expect(() => checkCircuit(input)).toThrow(message);
  });
});
