// The circuit sandbox's part of the worker's messages (protocol.ts joins it to the unions): how
// the circuit is simulated, its exact outcome probabilities, and the shots counted so far.

/** The session of a sandbox circuit: what it is measured from and what the counts should meet. */
export interface CircuitInfo {
  task: 'circuit';
  qubits: number;
  /**
   * 'density' when the circuit has noise channels or the noise settings are not ideal (a density
   * matrix, at most 12 qubits), else 'statevector'.
   */
  simulator: 'statevector' | 'density';
  /** Noise channels placed in the circuit (repeated blocks written out). */
  channels: number;
  /** The Noise panel's settings add noise (gate errors, damping or readout error). */
  noisy: boolean;
  /** Readout error is part of the noise: each shot may misread a qubit. */
  readout: boolean;
  /** Shots of the whole run, and the rounds (steps) they are split over. */
  shots: number;
  rounds: number;
  /**
   * The basis states the chart and the table show (bit q = qubit q): every one in index order up
   * to 16 states, else the 16 most likely of those with a probability above 0, most likely first.
   */
  states: number[];
  /** Their exact probabilities as the measurement reports them (readout error included). */
  exact: number[];
  /** Probability of all the states not shown (0 when none of them can come up). */
  rest: number;
}

export interface CircuitReport {
  epoch: number;
  /** Shots drawn so far (their counts come as the newest ShotCounts picture). */
  measured: { shots: number };
}

/** The counts so far of the states CircuitInfo.states lists (newest wins). */
export interface ShotCounts {
  epoch: number;
  shots: number;
  /** counts[k]: shots that gave states[k]. */
  counts: number[];
  /** Shots that gave a state not shown. */
  other: number;
}
