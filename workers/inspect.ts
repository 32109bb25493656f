// The circuit's state for the editor's live view: probabilities, Bloch vectors, amplitudes of
// small registers and the bound angles, for given parameters and one data point.

import { blochVectors, createSimulator, probabilities, type Circuit } from './sim';

/** Amplitudes are sent only up to this many qubits (64 complex numbers). */
export const AMPLITUDE_QUBITS = 6;

export interface StateView {
  qubits: number;
  /** Probability of every basis state (index bit q = qubit q). */
  probabilities: Float64Array;
  /** (⟨X⟩, ⟨Y⟩, ⟨Z⟩) per qubit. */
  bloch: Float64Array;
  /** Interleaved (re, im) amplitudes, or null above AMPLITUDE_QUBITS. */
  amplitudes: Float64Array | null;
  /** Every gate angle as bound, in operation order (radians). */
  angles: Float64Array;
  /** The trainable parameters used (trained values when it is the session's circuit). */
  params: Float64Array;
}

export function inspectCircuit(
  circuit: Circuit,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
): StateView {
  const sim = createSimulator(circuit);
  const theta = new Float64Array(sim.numParams);
  for (let i = 0; i < Math.min(theta.length, params.length); i++) theta[i] = params[i]!;
  const point = new Float64Array(Math.max(2, sim.numFeatures));
  for (let i = 0; i < Math.min(point.length, x.length); i++) point[i] = x[i]!;
  const state = sim.run(theta, point);
  return {
    qubits: state.n,
    probabilities: probabilities(state),
    bloch: blochVectors(state),
    amplitudes: state.n <= AMPLITUDE_QUBITS ? state.amp.slice() : null,
    angles: sim.program.angles.slice(),
    params: theta,
  };
}
