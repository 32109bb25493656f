// The simulation core's public face: statevectors, gates, circuits, readouts, gradients, sampling.

export type { Binding, Circuit, Operation, Qubit, Radians } from './circuit';
export { SimError } from './errors';
export {
  GATES,
  GATE_NAMES,
  gateMatrix,
  isGateName,
  targetCount,
  type GateInfo,
  type GateName,
} from './gates';
export {
  MAX_QUBITS,
  cloneState,
  createState,
  innerProduct,
  norm2,
  stateBytes,
  type StateVector,
} from './state';
export {
  applyObservable,
  blochVector,
  blochVectors,
  compileObservable,
  expectation,
  marginal,
  parsePauli,
  probabilities,
  reducedDensityMatrix,
  type CompiledObservable,
  type Observable,
  type PauliTerm,
} from './observables';
export { MAX_SHOTS, estimateExpectation, sampleCounts, sampleState } from './sampling';
export { createRng, type Rng } from './rng';
export { createSimulator, runCircuit, type GradientMethod, type Simulator } from './simulator';
export { compile, bindProgram, type Program } from './compile';
export { pauliSumMatrix, eigenvaluesHermitian } from './linalg';
