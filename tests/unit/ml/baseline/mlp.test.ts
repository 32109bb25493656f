// The hand-written MLP baseline against TensorFlow.js (same weights → same loss, gradient and
// Adam trajectory) and against finite differences; sizing to the quantum model's count.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMlp, type Activation } from '../../../../workers/ml/baseline/mlp';
import { matchHidden, mlpParamCount } from '../../../../workers/ml/baseline/size';
import { generateDataset } from '../../../../workers/ml/data';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  tf.env().set('PROD', true);
  await tf.setBackend('cpu');
});

/** The same network in tfjs from our flat parameter layout (W in×out row-major, then b, per layer). */
function tfLoss(sizes: readonly number[], act: Activation, x: Float64Array, y: Int32Array) {
  return (...vars: tf.Tensor[]): tf.Scalar => {
    const m = y.length;
    let h: tf.Tensor = tf.tensor2d(Float32Array.from(x), [m, 2]);
    for (let l = 0; l + 1 < sizes.length; l++) {
      h = tf.add(tf.matMul(h as tf.Tensor2D, vars[2 * l] as tf.Tensor2D), vars[2 * l + 1]!);
      if (l + 2 < sizes.length)
        h = act === 'tanh' ? tf.tanh(h) : act === 'relu' ? tf.relu(h) : tf.sigmoid(h);
    }
    const onehot = tf.oneHot(tf.tensor1d(Array.from(y), 'int32'), sizes[sizes.length - 1]!);
    return tf.losses.softmaxCrossEntropy(onehot, h) as tf.Scalar;
  };
}

function toTensors(sizes: readonly number[], theta: Float64Array): tf.Tensor[] {
  const out: tf.Tensor[] = [];
  let k = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const a = sizes[l]!;
    const b = sizes[l + 1]!;
    out.push(tf.tensor2d(Float32Array.from(theta.subarray(k, k + a * b)), [a, b]));
    k += a * b;
    out.push(tf.tensor1d(Float32Array.from(theta.subarray(k, k + b))));
    k += b;
  }
  return out;
}

const data = generateDataset({ name: 'circles3', points: 24, noise: 0, seed: 3 });

describe('createMlp', () => {
  for (const act of ['tanh', 'relu', 'sigmoid'] as const) {
    it(`matches tfjs loss and gradient (${act}, 2 hidden layers, 4 classes)`, () => {
      const mlp = createMlp(
        { hidden: [5, 3], activation: act, classes: 4 },
        { name: 'sgd', learningRate: 0.1, l2: 0 },
        createRng(7),
      );
      const grad = new Float64Array(mlp.numParams);
      const loss = mlp.lossAndGrad(data.x, data.y, grad);
      const vars = toTensors(mlp.sizes, mlp.getParams());
      const { value, grads } = tf.valueAndGrads(tfLoss(mlp.sizes, act, data.x, data.y))(vars);
      // tfjs computes in float32: agreement to ~1e-5 relative is all float32 allows.
      expect(Math.abs(value.dataSync()[0]! - loss)).toBeLessThan(1e-5);
      const flat = grads.flatMap((g) => Array.from(g.dataSync()));
      flat.forEach((g, i) => expect(Math.abs(g - grad[i]!)).toBeLessThan(1e-5));
    });
  }

  it('gradient matches central finite differences (float64, 1e-7)', () => {
    const mlp = createMlp(
      { hidden: [4], activation: 'tanh', classes: 2 },
      { name: 'sgd', learningRate: 0.1, l2: 0 },
      createRng(1),
    );
    const two = generateDataset({ name: 'circle', points: 10, noise: 0, seed: 2 });
    const g = new Float64Array(mlp.numParams);
    mlp.lossAndGrad(two.x, two.y, g);
    const theta = mlp.getParams();
    const scratch = new Float64Array(mlp.numParams);
    for (let i = 0; i < mlp.numParams; i++) {
      const h = 1e-5;
      const p = theta.slice();
      p[i] = p[i]! + h;
      mlp.setParams(p);
      const up = mlp.lossAndGrad(two.x, two.y, scratch);
      p[i] = p[i]! - 2 * h;
      mlp.setParams(p);
      const down = mlp.lossAndGrad(two.x, two.y, scratch);
      expect(Math.abs((up - down) / (2 * h) - g[i]!)).toBeLessThan(1e-7);
    }
  });

  it('an Adam epoch with batch 8 follows tfjs Adam step by step', () => {
    const spec = { hidden: [6], activation: 'tanh' as const, classes: 4 };
    const opt = { name: 'adam' as const, learningRate: 0.05, l2: 0 };
    const mlp = createMlp(spec, opt, createRng(5));
    const vars = toTensors(mlp.sizes, mlp.getParams()).map((t) => tf.variable(t));
    const tfOpt = tf.train.adam(0.05);
    // Our epoch shuffles with this generator; replay the same order in tfjs.
    const order = Int32Array.from({ length: data.y.length }, (_, i) => i);
    const r = createRng(11);
    for (let i = order.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < order.length; start += 8) {
      const idx = order.subarray(start, Math.min(order.length, start + 8));
      const bx = Float64Array.from(
        Array.from(idx).flatMap((i) => [data.x[2 * i]!, data.x[2 * i + 1]!]),
      );
      const by = Int32Array.from(Array.from(idx).map((i) => data.y[i]!));
      tfOpt.minimize(() => tfLoss(mlp.sizes, spec.activation, bx, by)(...vars), false, vars);
    }
    mlp.trainEpoch(data, 8, createRng(11));
    const ours = mlp.getParams();
    const theirs = vars.flatMap((v) => Array.from(v.dataSync()));
    // Three float32 Adam steps: parameters agree to 1e-4.
    theirs.forEach((t, i) => expect(Math.abs(t - ours[i]!)).toBeLessThan(1e-4));
  });

  it('learns the circle set', () => {
    const train = generateDataset({ name: 'circle', points: 200, noise: 0, seed: 1 });
    const mlp = createMlp(
      { hidden: [8], activation: 'tanh', classes: 2 },
      { name: 'adam', learningRate: 0.05, l2: 0 },
      createRng(1),
    );
    const rng = createRng(2);
    for (let e = 0; e < 150; e++) mlp.trainEpoch(train, 16, rng);
    expect(mlp.evaluate(train).accuracy).toBeGreaterThan(0.9);
  });

  it('refuses hidden layers out of range with a clear message', () => {
    const opt = { name: 'sgd' as const, learningRate: 0.1, l2: 0 };
    expect(() =>
      createMlp({ hidden: [0], activation: 'tanh', classes: 2 }, opt, createRng(1)),
    ).toThrow(/1 to 256 units/);
    expect(() =>
      createMlp({ hidden: [2.5], activation: 'tanh', classes: 2 }, opt, createRng(1)),
    ).toThrow(/got 2.5/);
  });
});

describe('sizing', () => {
  it('counts weights and biases', () => {
    expect(mlpParamCount([3], 2, 2)).toBe(2 * 3 + 3 + 3 * 2 + 2);
    expect(mlpParamCount([4, 4], 2, 3)).toBe(12 + 20 + 15);
  });
  it('matches the quantum count as closely as one or two equal layers allow', () => {
    for (const target of [5, 15, 17, 40, 100, 400]) {
      const hidden = matchHidden(target, 2, 2);
      const gap = Math.abs(mlpParamCount(hidden, 2, 2) - target);
      for (let w = 1; w <= 64; w++) {
        expect(gap).toBeLessThanOrEqual(Math.abs(mlpParamCount([w], 2, 2) - target));
        expect(gap).toBeLessThanOrEqual(Math.abs(mlpParamCount([w, w], 2, 2) - target));
      }
    }
  });
});
