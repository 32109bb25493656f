// A quantum model's flat parameters beside a classical network's, as a task session saves and
// restores them (the sequence and the text task train such a pair).

import type { TaskSession } from './taskRunner';

interface QuantumSide {
  readonly theta: Float64Array;
  readonly numParams: number;
}
interface ClassicalSide {
  weights(): number[];
  setWeights(w: ArrayLike<number>): void;
}

/** weights, setWeights and params of a session whose models are this pair. */
export function pairWeights(
  quantum: QuantumSide,
  classical: ClassicalSide,
): Pick<TaskSession, 'weights' | 'setWeights' | 'params'> {
  return {
    weights: () => ({ quantum: Array.from(quantum.theta), classical: classical.weights() }),
    setWeights(w) {
      if (w.quantum.length !== quantum.numParams)
        throw new Error(
          `The quantum model has ${quantum.numParams} parameters; the link carries ${w.quantum.length}.`,
        );
      classical.setWeights(w.classical);
      quantum.theta.set(w.quantum);
    },
    params: () => quantum.theta,
  };
}
