// A compiled circuit with its scratch space: run it, read it out and differentiate it for many
// parameter vectors and inputs without reallocating. It holds a pure state: noise channels are
// refused (the density simulator, noise/densitySimulator.ts, runs them).

import { isChannelName } from '../../src/experiment/circuit/channelCatalog';
import type { Circuit } from './circuit';
import {
  accumulateParamGradient,
  bindProgram,
  buildMatrix,
  compile,
  type Program,
} from './compile';
import { SimError } from './errors';
import {
  adjointGradient,
  createWorkspace,
  evaluate,
  parameterShiftGradient,
  type Workspace,
} from './gradient';
import {
  compileObservable,
  expectation,
  type CompiledObservable,
  type Observable,
} from './observables';
import type { Rng } from './rng';
import { runProgram } from './run';
import { estimateExpectation } from './sampling';
import { createState, resetState, type StateVector } from './state';

/** How gradients are computed: exact adjoint, or parameter shift (exact, or from shots). */
export type GradientMethod =
  | { kind: 'adjoint' }
  | { kind: 'shift'; shots?: undefined }
  | { kind: 'shift'; shots: number; rng: Rng };

export interface Simulator {
  readonly program: Program;
  /** Number of trainable parameters the circuit uses. */
  readonly numParams: number;
  /** Number of input features it reads. */
  readonly numFeatures: number;
  /** Runs the circuit from |0…0⟩; the returned state is reused by the next call. */
  run(params?: ArrayLike<number>, x?: ArrayLike<number>): StateVector;
  /** Compiles an observable for this circuit's qubit count (do it once, outside loops). */
  observable(obs: Observable): CompiledObservable;
  /** ⟨M⟩ exactly, or estimated from `shots` measurements when shots and rng are given. */
  expectation(
    obs: CompiledObservable,
    params?: ArrayLike<number>,
    x?: ArrayLike<number>,
    shots?: number,
    rng?: Rng,
  ): number;
  /**
   * After `run(params, x)`: adds scale·∂⟨M⟩/∂θ to `grad` (length ≥ numParams). Lets a loss pick
   * M from the forward result without running the circuit twice.
   */
  backward(
    obs: CompiledObservable,
    grad: Float64Array,
    scale?: number,
    method?: GradientMethod,
  ): void;
  /** ⟨M⟩ and its gradient: runs, adds ∂⟨M⟩/∂θ to `grad`, returns ⟨M⟩ (from shots if the method uses them). */
  gradient(
    obs: CompiledObservable,
    params: ArrayLike<number>,
    x: ArrayLike<number>,
    grad: Float64Array,
    method?: GradientMethod,
  ): number;
}

/**
 * A circuit for a statevector simulator: noise channels never ride along. The editor's travel
 * beside the circuit (compileEditorCircuit's `channels`) to the density simulator; an object
 * typed with channels does not fit here, and refuseChannels stops one that arrives untyped.
 */
export type PureCircuit = Circuit & { readonly channels?: undefined };

/**
 * Throws SimError when `circuit` carries noise channels (a `channels` list, or a channel's name
 * as an operation's gate): a pure state cannot hold what they do, and ignoring them would
 * silently simulate another circuit.
 */
export function refuseChannels(circuit: unknown): void {
  if (typeof circuit !== 'object' || circuit === null) return; // compile reports it
  const { channels, ops } = circuit as { channels?: unknown; ops?: unknown };
  const why =
    'noise channels mix the state, and this simulator holds a pure one; a circuit with ' +
    'channels runs on the density-matrix simulator (at most 12 qubits).';
  if (channels !== undefined && (!Array.isArray(channels) || channels.length > 0))
    throw new SimError('channels', `The circuit carries noise channels: ${why}`);
  if (!Array.isArray(ops)) return;
  ops.forEach((op: unknown, i) => {
    const gate = (op as { gate?: unknown } | null)?.gate;
    if (isChannelName(gate))
      throw new SimError(`ops[${i}].gate`, `Operation ${i + 1} is the channel "${gate}": ${why}`);
  });
}

export function createSimulator(circuit: PureCircuit): Simulator {
  refuseChannels(circuit);
  const program = compile(circuit);
  const state = createState(program.n);
  // Made on first use: a forward-only simulator (the editor's live view of 24 qubits) then holds
  // one statevector, not four.
  let wsMade: Workspace | undefined;
  let scratchMade: StateVector | undefined;
  const workspace = (): Workspace => (wsMade ??= createWorkspace(program.n));
  const scratchState = (): StateVector => (scratchMade ??= createState(program.n));
  const angleGrad = new Float64Array(program.angles.length);
  const empty = new Float64Array(0);
  let lastX: ArrayLike<number> = empty;
  let fresh = false;

  const run = (params: ArrayLike<number> = empty, x: ArrayLike<number> = empty): StateVector => {
    bindProgram(program, params, x);
    resetState(state);
    runProgram(program, state);
    lastX = x;
    fresh = true;
    return state;
  };

  const sampled = (obs: CompiledObservable, shots: number, rng: Rng): number => {
    const scratch = scratchState();
    resetState(scratch);
    runProgram(program, scratch);
    return estimateExpectation(scratch, obs, shots, rng, workspace().lam);
  };

  const backward = (
    obs: CompiledObservable,
    grad: Float64Array,
    scale = 1,
    method: GradientMethod = { kind: 'adjoint' },
  ): void => {
    checkObservable(obs, program.n);
    if (!fresh)
      throw new SimError(
        'backward',
        'backward() needs a run() first (the state was changed since).',
      );
    if (grad.length < program.numParams) {
      throw new SimError(
        'grad',
        `The gradient array has ${grad.length} entries; the circuit has ${program.numParams} parameters.`,
      );
    }
    if (method.kind === 'adjoint') {
      adjointGradient(program, obs, workspace(), angleGrad, state);
    } else {
      const shots = method.shots;
      const measure =
        shots === undefined
          ? () => evaluate(program, obs, workspace())
          : () => sampled(obs, shots, method.rng);
      parameterShiftGradient(program, measure, angleGrad, (op) => buildMatrix(program, op));
    }
    accumulateParamGradient(program, angleGrad, lastX, grad, scale);
  };

  return {
    program,
    numParams: program.numParams,
    numFeatures: program.numFeatures,
    run,
    observable: (obs) => compileObservable(obs, program.n),
    expectation(obs, params, x, shots, rng) {
      checkObservable(obs, program.n);
      run(params, x);
      if (shots !== undefined) {
        if (!rng) throw new SimError('shots', 'Sampling shots needs a seeded random generator.');
        return estimateExpectation(state, obs, shots, rng, scratchState());
      }
      return expectation(state, obs);
    },
    backward,
    gradient(obs, params, x, grad, method = { kind: 'adjoint' }) {
      checkObservable(obs, program.n);
      run(params, x);
      const value =
        method.kind === 'shift' && method.shots !== undefined
          ? estimateExpectation(state, obs, method.shots, method.rng, scratchState())
          : expectation(state, obs);
      backward(obs, grad, 1, method);
      return value;
    },
  };
}

function checkObservable(obs: CompiledObservable, n: number): void {
  if (obs.n !== n)
    throw new SimError(
      'observable',
      `The observable was made for ${obs.n} qubits; the circuit has ${n}.`,
    );
}

/** One-shot convenience: the state after running `circuit` (a fresh array, safe to keep). */
export function runCircuit(
  circuit: PureCircuit,
  params?: ArrayLike<number>,
  x?: ArrayLike<number>,
): StateVector {
  const s = createSimulator(circuit).run(params, x);
  return { n: s.n, amp: s.amp.slice() };
}
