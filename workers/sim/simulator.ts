// A compiled circuit with its scratch space: run it, read it out and differentiate it for many
// parameter vectors and inputs without reallocating.

import type { Circuit } from './circuit';
import { accumulateParamGradient, bindProgram, buildMatrix, compile, type Program } from './compile';
import { SimError } from './errors';
import { adjointGradient, createWorkspace, evaluate, parameterShiftGradient, type Workspace } from './gradient';
import { compileObservable, expectation, type CompiledObservable, type Observable } from './observables';
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
  expectation(obs: CompiledObservable, params?: ArrayLike<number>, x?: ArrayLike<number>, shots?: number, rng?: Rng): number;
  /**
   * ⟨M⟩ and its gradient: adds ∂⟨M⟩/∂θ to `grad` (length ≥ numParams), returns ⟨M⟩
   * (estimated from shots when the method uses them).
   */
  gradient(obs: CompiledObservable, params: ArrayLike<number>, x: ArrayLike<number>, grad: Float64Array, method?: GradientMethod): number;
}

export function createSimulator(circuit: Circuit): Simulator {
  const program = compile(circuit);
  const ws: Workspace = createWorkspace(program.n);
  const state = createState(program.n);
  const scratch = createState(program.n);
  const angleGrad = new Float64Array(program.angles.length);
  const empty = new Float64Array(0);

  const run = (params: ArrayLike<number> = empty, x: ArrayLike<number> = empty): StateVector => {
    bindProgram(program, params, x);
    resetState(state);
    runProgram(program, state);
    return state;
  };

  const sampled = (obs: CompiledObservable, shots: number, rng: Rng): number => {
    resetState(state);
    runProgram(program, state);
    return estimateExpectation(state, obs, shots, rng, scratch);
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
        return estimateExpectation(state, obs, shots, rng, scratch);
      }
      return expectation(state, obs);
    },
    gradient(obs, params, x, grad, method = { kind: 'adjoint' }) {
      checkObservable(obs, program.n);
      bindProgram(program, params, x);
      let value: number;
      if (method.kind === 'adjoint') {
        value = adjointGradient(program, obs, ws, angleGrad);
      } else {
        const shots = method.shots;
        const measure =
          shots === undefined ? () => evaluate(program, obs, ws) : () => sampled(obs, shots, method.rng);
        parameterShiftGradient(program, measure, angleGrad, (op) => buildMatrix(program, op));
        value = measure();
      }
      accumulateParamGradient(program, angleGrad, x, grad);
      return value;
    },
  };
}

function checkObservable(obs: CompiledObservable, n: number): void {
  if (obs.n !== n) throw new SimError('observable', `The observable was made for ${obs.n} qubits; the circuit has ${n}.`);
}

/** One-shot convenience: the state after running `circuit` (a fresh array, safe to keep). */
export function runCircuit(circuit: Circuit, params?: ArrayLike<number>, x?: ArrayLike<number>): StateVector {
  const s = createSimulator(circuit).run(params, x);
  return { n: s.n, amp: s.amp.slice() };
}
