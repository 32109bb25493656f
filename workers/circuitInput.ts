// Checks a circuit that arrived over postMessage before it reaches the simulator, so a malformed
// request fails with a message a student can read instead of a TypeError deep in a kernel. Noise
// channels never ride inside it: they come apart (the live view's InspectNoise) or not at all.
import { MAX_QUBITS, isGateName } from './sim';
import type { Circuit } from './sim';
import { refuseChannels } from './sim/simulator';

function isQubitList(value: unknown, qubits: number): value is number[] {
  return (
    Array.isArray(value) &&
    value.every((q) => Number.isInteger(q) && (q as number) >= 0 && (q as number) < qubits)
  );
}

/** Returns `input` typed as a Circuit, or throws an Error naming the field at fault. */
export function checkCircuit(input: unknown): Circuit {
  if (typeof input !== 'object' || input === null) {
    throw new Error('The circuit is missing: expected an object with "qubits" and "ops".');
  }
  const { qubits, ops } = input as { qubits?: unknown; ops?: unknown };
  if (typeof qubits !== 'number' || !Number.isInteger(qubits) || qubits < 1) {
    throw new Error(
      `The circuit needs a whole number of qubits, at least 1 (got ${String(qubits)}).`,
    );
  }
  if (qubits > MAX_QUBITS) {
    throw new Error(
      `The simulator handles at most ${MAX_QUBITS} qubits; this circuit has ${qubits}.`,
    );
  }
  if (!Array.isArray(ops)) {
    throw new Error('The circuit has no list of operations ("ops").');
  }
  refuseChannels(input);
  ops.forEach((op: unknown, i) => {
    const where = `Operation ${i + 1}`;
    if (typeof op !== 'object' || op === null) throw new Error(`${where} is not a gate.`);
    const { gate, targets, controls } = op as {
      gate?: unknown;
      targets?: unknown;
      controls?: unknown;
    };
    if (typeof gate !== 'string' || gate === '') throw new Error(`${where} has no gate name.`);
    if (!isGateName(gate))
      throw new Error(`${where}: "${gate}" is not a gate the simulator knows.`);
    if (!isQubitList(targets, qubits) || targets.length === 0) {
      throw new Error(`${where} (${gate}) must target qubits between 0 and ${qubits - 1}.`);
    }
    if (controls !== undefined && !isQubitList(controls, qubits)) {
      throw new Error(`${where} (${gate}) has controls outside qubits 0 to ${qubits - 1}.`);
    }
    const used = [...targets, ...(controls ?? [])];
    if (new Set(used).size !== used.length) {
      throw new Error(`${where} (${gate}) uses the same qubit twice.`);
    }
  });
  return input as Circuit;
}
