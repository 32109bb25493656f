// A quantum classifier: any circuit whose angles read the features and trainable parameters,
// plus a readout. Trains by mini-batch gradient descent with exact or shot-based gradients.

import {
  blochVector,
  createSimulator,
  type Circuit,
  type GradientMethod,
  type Rng,
  type Simulator,
} from '../sim';
import { argmax, createBatcher, type Classifier } from './classifier';
import type { Dataset } from './data';
import { createOptimizer, type Optimizer, type OptimizerSpec } from './optim';
import { createReadout, type Readout, type ReadoutKind } from './readout';

export interface QuantumClassifierSpec {
  circuit: Circuit;
  readout: ReadoutKind;
  classes: number;
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

export function createQuantumClassifier(
  spec: QuantumClassifierSpec,
  optimizer: OptimizerSpec,
  gradient: GradientMethod,
  rng: Rng,
): QuantumClassifier {
  const sim = createSimulator(spec.circuit);
  if (sim.numFeatures > 2) {
    throw new Error(
      `The circuit reads feature x${sim.numFeatures - 1}, but the data points have only x0 and x1.`,
    );
  }
  const readout = createReadout(spec.readout, spec.classes, sim);
  const numParams = sim.numParams;
  const theta = initParams(spec.circuit, numParams, rng);
  const opt: Optimizer = createOptimizer(optimizer, numParams);
  const grad = new Float64Array(numParams);
  const x = new Float64Array(2);
  const scores = new Float64Array(spec.classes);
  const batches = createBatcher();

  const point = (data: Dataset, i: number): Float64Array => {
    x[0] = data.x[2 * i]!;
    x[1] = data.x[2 * i + 1]!;
    return x;
  };

  const model: QuantumClassifier = {
    sim,
    readout,
    numParams,
    theta,
    trainEpoch(data, batchSize, r) {
      return batches(
        data.y.length,
        batchSize,
        r,
        grad,
        (i, w) => readoutLoss(sim.run(theta, point(data, i)), data.y[i]!, w),
        () => opt.step(theta, grad),
      );
    },
    evaluate(data) {
      const m = data.y.length;
      let loss = 0;
      let correct = 0;
      for (let i = 0; i < m; i++) {
        const state = sim.run(theta, point(data, i));
        readout.scores(state, scores);
        loss += readout.lossAndGrad(sim, state, data.y[i]!, null, 0);
        if (argmax(scores) === data.y[i]) correct++;
      }
      return { loss: m ? loss / m : NaN, accuracy: m ? correct / m : NaN };
    },
    predict(points, out) {
      const c = spec.classes;
      for (let i = 0; i < points.length / 2; i++) {
        x[0] = points[2 * i]!;
        x[1] = points[2 * i + 1]!;
        readout.scores(sim.run(theta, x), scores);
        for (let k = 0; k < c; k++) out[i * c + k] = scores[k]!;
      }
    },
    finalBloch(points, out) {
      for (let i = 0; i < points.length / 2; i++) {
        x[0] = points[2 * i]!;
        x[1] = points[2 * i + 1]!;
        blochVector(sim.run(theta, x), 0, out, 3 * i);
      }
    },
    getParams: () => theta.slice(),
    setParams(p) {
      if (p.length !== numParams)
        throw new Error(`The quantum model has ${numParams} parameters; ${p.length} were given.`);
      theta.set(p);
    },
    dispose() {},
  };

  const readoutLoss =
    gradient.kind === 'adjoint'
      ? (state: ReturnType<Simulator['run']>, y: number, w: number) =>
          readout.lossAndGrad(sim, state, y, grad, w)
      : (state: ReturnType<Simulator['run']>, y: number, w: number) =>
          readout.lossAndGrad(wrapMethod(sim, gradient), state, y, grad, w);
  return model;
}

/** A view of the simulator whose backward pass uses the chosen gradient method. */
function wrapMethod(sim: Simulator, method: GradientMethod): Simulator {
  return { ...sim, backward: (obs, g, scale) => sim.backward(obs, g, scale, method) };
}
