// The TensorFlow.js engine of the classical MLP against the typed-array engine: same initial
// weights, loss, gradient and training steps (to float32 precision), determinism, learning the
// circle, and no tensor left behind.
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMlp, type Activation } from '../../../../workers/ml/baseline/mlp';
import { createTfjsMlp, initTfjs } from '../../../../workers/ml/baseline/tfjsMlp';
import { generateDataset, splitDataset } from '../../../../workers/ml/data';
import type { OptimizerSpec } from '../../../../workers/ml/optim';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  await initTfjs();
});

/**
 * float32 (tfjs) against float64 (typed arrays): |a − b| ≤ tol·(1 + |b|), i.e. absolute near 0
 * and relative for large values.
 */
function expectClose(a: ArrayLike<number>, b: ArrayLike<number>, tol: number): void {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) {
    const gap = Math.abs(a[i]! - b[i]!);
    if (!(gap <= tol * (1 + Math.abs(b[i]!))))
      throw new Error(`entry ${i}: ${a[i]} vs ${b[i]} (gap ${gap} > ${tol}·(1 + |b|))`);
  }
}

const sgd: OptimizerSpec = { name: 'sgd', learningRate: 0.1, l2: 0 };
const four = generateDataset({ name: 'circles3', points: 24, noise: 0, seed: 3 });

/** The same model in both engines from the same seed. */
function pair(hidden: number[], activation: Activation, classes: number, opt = sgd, seed = 7) {
  const spec = { hidden, activation, classes };
  return {
    arrays: createMlp(spec, opt, createRng(seed)),
    tfjs: createTfjsMlp(spec, opt, createRng(seed)),
  };
}

describe('createTfjsMlp', () => {
  it('starts from the typed-array engine’s Glorot weights (same generator draws), in float32', () => {
    const { arrays, tfjs } = pair([5, 3], 'tanh', 4);
    expect(tfjs.numParams).toBe(arrays.numParams);
    expect(tfjs.sizes).toEqual(arrays.sizes);
    expect(Array.from(tfjs.getParams())).toEqual(Array.from(arrays.getParams(), Math.fround));
    tfjs.dispose();
  });

  for (const act of ['tanh', 'relu', 'sigmoid'] as const) {
    it(`matches the typed-array loss and gradient on the same weights (${act}, 4 classes, 1e-5)`, () => {
      const { arrays, tfjs } = pair([5, 3], act, 4);
      // Both on the float32 weights, so only the arithmetic differs.
      arrays.setParams(tfjs.getParams());
      const ga = new Float64Array(arrays.numParams);
      const gt = new Float64Array(tfjs.numParams);
      const la = arrays.lossAndGrad(four.x, four.y, ga);
      const lt = tfjs.lossAndGrad(four.x, four.y, gt);
      expectClose([lt], [la], 1e-5);
      expectClose(gt, ga, 1e-5);
      expect(ga.some((g) => Math.abs(g) > 1e-3)).toBe(true);
      tfjs.dispose();
    });
  }

  it('gives the same class probabilities and metrics as the typed-array engine (1e-5)', () => {
    const { arrays, tfjs } = pair([6], 'relu', 4);
    arrays.setParams(tfjs.getParams());
    const pa = new Float64Array(four.y.length * 4);
    const pt = new Float64Array(four.y.length * 4);
    arrays.predict(four.x, pa);
    tfjs.predict(four.x, pt);
    expectClose(pt, pa, 1e-5);
    const ea = arrays.evaluate(four);
    const et = tfjs.evaluate(four);
    expectClose([et.loss], [ea.loss], 1e-5);
    expect(et.accuracy).toBe(ea.accuracy);
    tfjs.dispose();
  });

  for (const opt of [
    { name: 'adam', learningRate: 0.05, l2: 0 },
    { name: 'sgd', learningRate: 0.3, l2: 0.01 },
    { name: 'adam', learningRate: 0.02, l2: 0.05 },
  ] as const) {
    it(`trains as the typed-array engine does: same batches, ${opt.name}, L2 ${opt.l2} (1e-4 after 3 epochs)`, () => {
      const { arrays, tfjs } = pair([6], 'tanh', 4, opt, 5);
      const ra = createRng(11);
      const rt = createRng(11);
      for (let e = 0; e < 3; e++) {
        const la = arrays.trainEpoch(four, 8, ra);
        const lt = tfjs.trainEpoch(four, 8, rt);
        expectClose([lt], [la], 1e-4);
      }
      // Both generators drew the same numbers: the next draw agrees.
      expect(rt.next()).toBe(ra.next());
      // Three epochs of three float32 steps drift from float64 by about 1e-5.
      expectClose(tfjs.getParams(), arrays.getParams(), 1e-4);
      tfjs.dispose();
    });
  }

  it('is deterministic: the same seed gives the same losses, metrics and weights twice', () => {
    const run = () => {
      const { tfjs } = pair([8], 'tanh', 4, { name: 'adam', learningRate: 0.05, l2: 0.001 }, 3);
      const rng = createRng(4);
      const out = [];
      for (let e = 0; e < 5; e++) out.push(tfjs.trainEpoch(four, 5, rng), tfjs.evaluate(four));
      out.push(Array.from(tfjs.getParams()));
      tfjs.dispose();
      return out;
    };
    expect(run()).toEqual(run());
  });

  it('learns the circle: test accuracy above 0.8 (100 epochs, Adam, batch 16)', () => {
    const all = generateDataset({ name: 'circle', points: 400, noise: 0, seed: 1 });
    const { train, test } = splitDataset(all, 0.5, 1);
    const mlp = createTfjsMlp(
      { hidden: [8], activation: 'tanh', classes: 2 },
      { name: 'adam', learningRate: 0.05, l2: 0 },
      createRng(1),
    );
    const rng = createRng(2);
    for (let e = 0; e < 100; e++) mlp.trainEpoch(train, 16, rng);
    const accuracy = mlp.evaluate(test).accuracy;
    console.info(`tfjs MLP [8] on the circle: test accuracy ${accuracy}`);
    expect(accuracy).toBeGreaterThan(0.8);
    mlp.dispose();
  });

  it('keeps the number of tensors fixed across epochs and frees them all on dispose', () => {
    const before = tf.memory().numTensors;
    const mlp = createTfjsMlp(
      { hidden: [4, 4], activation: 'sigmoid', classes: 4 },
      { name: 'adam', learningRate: 0.05, l2: 0.01 },
      createRng(1),
    );
    const rng = createRng(2);
    // The first step creates Adam's moment variables; nothing may grow after that.
    mlp.trainEpoch(four, 8, rng);
    const settled = tf.memory().numTensors;
    const out = new Float64Array(four.y.length * 4);
    const grad = new Float64Array(mlp.numParams);
    for (let e = 0; e < 10; e++) {
      mlp.trainEpoch(four, 8, rng);
      mlp.evaluate(four);
      mlp.predict(four.x, out);
      mlp.lossAndGrad(four.x, four.y, grad);
      mlp.setParams(mlp.getParams());
      expect(tf.memory().numTensors).toBe(settled);
    }
    mlp.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => mlp.evaluate(four)).toThrow(/disposed/);
  });

  it('takes weights saved by the typed-array engine (links with weights open in either engine)', () => {
    const { arrays, tfjs } = pair([5], 'tanh', 4);
    arrays.trainEpoch(four, 8, createRng(1));
    tfjs.setParams(arrays.getParams());
    expectClose(tfjs.getParams(), arrays.getParams(), 1e-7);
    expectClose([tfjs.evaluate(four).loss], [arrays.evaluate(four).loss], 1e-5);
    expect(() => tfjs.setParams([1, 2, 3])).toThrow(`has ${tfjs.numParams} parameters; 3 were`);
    tfjs.dispose();
  });

  it('refuses hidden layers out of range with the typed-array engine’s message', () => {
    expect(() =>
      createTfjsMlp({ hidden: [0], activation: 'tanh', classes: 2 }, sgd, createRng(1)),
    ).toThrow(/1 to 256 units/);
  });
});
