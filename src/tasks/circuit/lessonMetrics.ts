// What a lesson can check in the circuit sandbox: the exact probability of a basis state, written
// as the page prints it ("11" or "|11⟩", qubit 0 the rightmost digit), and the number of qubits.
import type { CircuitInfo } from '../../../workers/protocol';
import type { LessonMetrics } from '../lessonMetric';

/** Index of a basis state written as on the page, or null when it is not one of `qubits` qubits. */
export function basisIndex(label: string, qubits: number): number | null {
  const bits = label.replace(/^\|/, '').replace(/⟩$/, '');
  if (bits.length !== qubits || !/^[01]+$/.test(bits)) return null;
  return parseInt(bits, 2);
}

export const circuitMetrics: LessonMetrics = {
  probability: {
    label: 'probability of the state',
    argument: 'basis state, e.g. 11',
    read: (run, of) => {
      const info = run.info as CircuitInfo | null;
      if (info?.task !== 'circuit' || of === undefined) return null;
      const index = basisIndex(of, info.qubits);
      if (index === null) return null;
      const k = info.states.indexOf(index);
      // A state the session does not list can only be one of the rest: at most that likely.
      return k >= 0 ? info.exact[k]! : info.states.length === 2 ** info.qubits ? 0 : null;
    },
  },
  qubits: {
    label: 'number of qubits',
    read: (run) => (run.info?.task === 'circuit' ? run.info.qubits : null),
  },
};
