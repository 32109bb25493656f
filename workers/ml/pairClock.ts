// The epoch count and per-model wall time of a session that trains a quantum model beside a
// classical one, each one epoch per step (the sequence and the text task).

export interface PairClock {
  readonly epoch: number;
  /** Wall time of the last step's quantum and classical epoch, in milliseconds. */
  readonly quantumMs: number;
  readonly classicalMs: number;
  /** Runs one epoch of each model, timing each, and counts the step. */
  step(quantum: () => void, classical: () => void): void;
}

export function createPairClock(): PairClock {
  let epoch = 0;
  let quantumMs = 0;
  let classicalMs = 0;
  return {
    get epoch() {
      return epoch;
    },
    get quantumMs() {
      return quantumMs;
    },
    get classicalMs() {
      return classicalMs;
    },
    step(quantum, classical) {
      let t0 = performance.now();
      quantum();
      quantumMs = performance.now() - t0;
      t0 = performance.now();
      classical();
      classicalMs = performance.now() - t0;
      epoch++;
    },
  };
}
