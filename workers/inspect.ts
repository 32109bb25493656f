// The circuit's state for the editor's live view: probabilities, Bloch vectors, amplitudes of
// small registers and the bound angles, for given parameters and one data point. Under noise (the
// editor's channels, or the experiment's noise settings) the state is the density simulator's:
// a mixed state has no amplitudes, so its purity Tr ρ² is sent instead.

import type { CircuitChannel } from '../src/experiment/circuit/program';
import { isIdealNoise, type NoiseSettings } from '../src/experiment/noise';
import { blochVectors, createSimulator, probabilities, type Circuit } from './sim';
import { SimError } from './sim/errors';
import { MAX_DENSITY_QUBITS, purity } from './sim/noise/density';
import { createDensitySimulator } from './sim/noise/densitySimulator';
import { densityBlochVectors, densityProbabilities } from './sim/noise/dmReadout';
import { IDEAL_NOISE, noiseModelOf } from './sim/noise/noiseModel';
import { applyReadoutToProbabilities } from './sim/noise/readoutError';

/** Amplitudes are sent only up to this many qubits (64 complex numbers). */
export const AMPLITUDE_QUBITS = 6;

export interface StateView {
  qubits: number;
  /** Probability of every basis state (index bit q = qubit q); with readout error when `readoutError`. */
  probabilities: Float64Array;
  /** (⟨X⟩, ⟨Y⟩, ⟨Z⟩) per qubit, of the state itself (readout error is not in them). */
  bloch: Float64Array;
  /** Interleaved (re, im) amplitudes; null above AMPLITUDE_QUBITS and for a noisy (mixed) state. */
  amplitudes: Float64Array | null;
  /** Every gate angle as bound, in operation order (radians). */
  angles: Float64Array;
  /** The trainable parameters used (trained values when it is the session's circuit). */
  params: Float64Array;
  /** Under noise, Tr ρ² of the density matrix (1 pure, 1/2^n fully mixed); null when ideal. */
  purity: number | null;
  /** The probabilities are as a measurement with the noise settings' readout error reports them. */
  readoutError: boolean;
}

/**
 * What makes the live view noisy: the channels placed in the editor (compileEditorCircuit's) and
 * the experiment's noise settings (null when its task has none). No channels and ideal settings
 * ask the same as no noise at all: the statevector.
 */
export interface InspectNoise {
  channels: CircuitChannel[];
  settings: NoiseSettings | null;
}

export function inspectCircuit(
  circuit: Circuit,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
  noise?: InspectNoise,
): StateView {
  if (noise) {
    checkInspectNoise(noise);
    // The same question as isNoisyExperiment (src/experiment/noise.ts), on the compiled circuit.
    if (noise.channels.length > 0 || !isIdealNoise(noise.settings))
      return inspectNoisy(circuit, params, x, noise);
  }
  const sim = createSimulator(circuit);
  const theta = paramsOf(sim.numParams, params);
  const state = sim.run(theta, pointOf(sim.numFeatures, x));
  return {
    qubits: state.n,
    probabilities: probabilities(state),
    bloch: blochVectors(state),
    amplitudes: state.n <= AMPLITUDE_QUBITS ? state.amp.slice() : null,
    angles: sim.program.angles.slice(),
    params: theta,
    purity: null,
    readoutError: false,
  };
}

function inspectNoisy(
  circuit: Circuit,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
  { channels, settings }: InspectNoise,
): StateView {
  if (channels.length > 0 && circuit.qubits > MAX_DENSITY_QUBITS) {
    // What validation says of such a circuit (the noise settings' own limit says "turn noise off").
    throw new SimError(
      'qubits',
      `The circuit has noise channels on ${circuit.qubits} qubits; a circuit with channels is ` +
        `simulated as a density matrix, which allows at most ${MAX_DENSITY_QUBITS} qubits. ` +
        'Remove the channels or some qubits.',
    );
  }
  const model = noiseModelOf(settings ?? undefined) ?? IDEAL_NOISE;
  const sim = createDensitySimulator(circuit, model, channels);
  const theta = paramsOf(sim.numParams, params);
  const rho = sim.run(theta, pointOf(sim.numFeatures, x));
  const { readout } = model;
  const readoutError = readout.p01 !== 0 || readout.p10 !== 0;
  const probs = densityProbabilities(rho);
  if (readoutError) applyReadoutToProbabilities(probs, rho.n, readout, probs);
  return {
    qubits: rho.n,
    probabilities: probs,
    bloch: densityBlochVectors(rho),
    amplitudes: null,
    angles: sim.program.angles.slice(),
    params: theta,
    purity: purity(rho),
    readoutError,
  };
}

function paramsOf(numParams: number, params: ArrayLike<number>): Float64Array {
  const theta = new Float64Array(numParams);
  for (let i = 0; i < Math.min(theta.length, params.length); i++) theta[i] = params[i]!;
  return theta;
}

function pointOf(numFeatures: number, x: ArrayLike<number>): Float64Array {
  const point = new Float64Array(Math.max(2, numFeatures));
  for (let i = 0; i < Math.min(point.length, x.length); i++) point[i] = x[i]!;
  return point;
}

/** The request's noise arrived over postMessage: its shape first (the simulator checks values). */
function checkInspectNoise(noise: InspectNoise): void {
  if (typeof noise !== 'object' || noise === null || !Array.isArray(noise.channels)) {
    throw new SimError('noise', 'The live view’s noise needs a list of channels (empty for none).');
  }
  if (noise.settings !== null && (typeof noise.settings !== 'object' || !noise.settings)) {
    throw new SimError('noise.settings', 'The noise settings must be an object, or null for none.');
  }
}
