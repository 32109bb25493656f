// A quantum classifier: any circuit whose angles read the features and trainable parameters,
// plus a readout. Trains by mini-batch gradient descent with exact or shot-based gradients.

import {
  blochVector,
  createSimulator,
  type Circuit,
  type GradientMethod,
  type Rng,
  type Simulator,
  type StateVector,
} from '../sim';
import { featureName } from '../../src/experiment/circuit/names';
import { batchCapacity, createBatchSimulator } from '../sim/batch';
import {
  argmax,
  createBatcher,
  createMiniBatcher,
  paramAccess,
  type Classifier,
} from './classifier';
import type { Dataset } from './data';
import { createOptimizer, type Optimizer, type OptimizerSpec } from './optim';
import { createReadout, type Readout, type ReadoutKind } from './readout';

export interface QuantumClassifierSpec {
  circuit: Circuit;
  readout: ReadoutKind;
  classes: number;
  /** Features per point (2 unless the data are a table); point lists are flat, this many each. */
  features?: number;
}

export interface QuantumClassifier extends Classifier {
  readonly sim: Simulator;
  readonly readout: Readout;
  /** The trainable parameters, changed in place by `trainEpoch`. */
  readonly theta: Float64Array;
  /** Bloch vector of the readout qubit (qubit 0) after each point: out[3i … 3i+2]. */
  finalBloch(points: Float64Array, out: Float64Array): void;
}

/**
 * Weights of feature bindings start at 1 (features at their natural scale), angles uniform in
 * (−1, 1) rad: small enough that the first layers do not scramble the encoding (uniform in
 * (−π, π] reaches 0.865 on the §5 benchmark, (−1, 1) reaches 0.91, as the independent replica).
 */
export function initParams(circuit: Circuit, numParams: number, rng: Rng): Float64Array {
  const theta = new Float64Array(numParams);
  const names = circuit.paramNames;
  if (names && names.length === numParams) {
    // Named parameters (editor circuits): one draw keys the circuit, then each value depends on
    // that key and its own name only, so editing other gates never changes where it starts.
    const key = Math.floor(rng.next() * 4294967296);
    for (let i = 0; i < numParams; i++) theta[i] = 2 * unitHash(key, String(names[i])) - 1;
  } else {
    for (let i = 0; i < numParams; i++) theta[i] = 2 * rng.next() - 1;
  }
  for (const op of circuit.ops)
    for (const b of op.params ?? []) if (b.kind === 'feature') theta[b.weight] = 1;
  return theta;
}

/** A number in [0, 1) from a key and a name: FNV-1a over the name from the key, then murmur3's mix. */
function unitHash(key: number, name: string): number {
  let h = (0x811c9dc5 ^ key) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Most inputs one batched run takes (fewer for large circuits: batchCapacity). */
const BATCH = 256;

export function createQuantumClassifier(
  spec: QuantumClassifierSpec,
  optimizer: OptimizerSpec,
  gradient: GradientMethod,
  rng: Rng,
): QuantumClassifier {
  const sim = createSimulator(spec.circuit);
  const D = spec.features ?? 2;
  if (sim.numFeatures > D) {
    throw new Error(
      // Named as the page names them: x1 is feature 0.
      `The circuit reads ${featureName(sim.numFeatures - 1)}, but the data points have ${D} features (${featureName(0)} to ${featureName(D - 1)}).`,
    );
  }
  // Every input of a mini-batch, an evaluation or a picture through one batched, fused run.
  const batch = createBatchSimulator(spec.circuit, batchCapacity(sim.program.n, BATCH));
  const cap = batch.capacity;
  const readout = createReadout(spec.readout, spec.classes, sim);
  const numParams = sim.numParams;
  const theta = initParams(spec.circuit, numParams, rng);
  const opt: Optimizer = createOptimizer(optimizer, numParams);
  const grad = new Float64Array(numParams);
  const x = new Float64Array(D);
  const xs = new Float64Array(D * cap);
  const scores = new Float64Array(spec.classes);
  const points = createBatcher();
  const batches = createMiniBatcher();

  /** Runs the points (flat, D each) chunk by chunk; visit(state, i) for point i of the list. */
  const eachState = (list: Float64Array, visit: (state: StateVector, i: number) => void): void => {
    const m = Math.floor(list.length / D);
    for (let start = 0; start < m; start += cap) {
      const c = Math.min(cap, m - start);
      batch.run(theta, list.subarray(D * start, D * (start + c)), c, D, false);
      for (let s = 0; s < c; s++) visit(batch.state(s), start + s);
    }
  };

  /** One mini-batch through the batched adjoint method: adds weight·∇loss to grad. */
  const batchLoss = (data: Dataset, idx: Int32Array, w: number): number => {
    let loss = 0;
    for (let start = 0; start < idx.length; start += cap) {
      const c = Math.min(cap, idx.length - start);
      for (let s = 0; s < c; s++) {
        const i = idx[start + s]!;
        for (let f = 0; f < D; f++) xs[D * s + f] = data.x[D * i + f]!;
      }
      batch.run(theta, xs, c, D);
      for (let s = 0; s < c; s++)
        loss += readout.seed(batch.state(s), data.y[idx[start + s]!]!, w, batch.seed(s));
      batch.backward(grad);
    }
    return loss;
  };

  const model: QuantumClassifier = {
    sim,
    readout,
    numParams,
    theta,
    trainEpoch(data, batchSize, r) {
      const step = () => opt.step(theta, grad);
      if (gradient.kind === 'adjoint')
        return batches(
          data.y.length,
          batchSize,
          r,
          grad,
          (idx, w) => batchLoss(data, idx, w),
          step,
        );
      const shifted = wrapMethod(sim, gradient);
      return points(
        data.y.length,
        batchSize,
        r,
        grad,
        (i, w) => {
          for (let f = 0; f < D; f++) x[f] = data.x[D * i + f]!;
          return readout.lossAndGrad(shifted, sim.run(theta, x), data.y[i]!, grad, w);
        },
        step,
      );
    },
    evaluate(data) {
      const m = data.y.length;
      let loss = 0;
      let correct = 0;
      eachState(data.x, (state, i) => {
        readout.scores(state, scores);
        loss += readout.lossAndGrad(sim, state, data.y[i]!, null, 0);
        if (argmax(scores) === data.y[i]) correct++;
      });
      return { loss: m ? loss / m : NaN, accuracy: m ? correct / m : NaN };
    },
    predict(list, out) {
      const c = spec.classes;
      eachState(list, (state, i) => {
        readout.scores(state, scores);
        for (let k = 0; k < c; k++) out[i * c + k] = scores[k]!;
      });
    },
    finalBloch(list, out) {
      eachState(list, (state, i) => blochVector(state, 0, out, 3 * i));
    },
    ...paramAccess(theta, 'quantum'),
    dispose() {},
  };
  return model;
}

/** A view of the simulator whose backward pass uses the chosen gradient method. */
function wrapMethod(sim: Simulator, method: GradientMethod): Simulator {
  return { ...sim, backward: (obs, g, scale) => sim.backward(obs, g, scale, method) };
}
