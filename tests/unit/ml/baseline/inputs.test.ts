// The MLP with more than two input features (the benchmark's tabular data): the layer widths and
// their checks, the gradient against finite differences, and the TensorFlow.js engine against the
// typed-array engine on a 5-input network.
import { beforeAll, describe, expect, it } from 'vitest';
import { createMlp, mlpSizes } from '../../../../workers/ml/baseline/mlp';
import { createTfjsMlp, initTfjs } from '../../../../workers/ml/baseline/tfjsMlp';
import type { Dataset } from '../../../../workers/ml/data';
import { createRng } from '../../../../workers/sim';

beforeAll(async () => {
  await initTfjs();
});

const D = 5;

/** m random points of D features in [−1, 1] with labels 0 … classes − 1, from a seed. */
function points(m: number, classes: number, seed: number): Dataset {
  const r = createRng(seed);
  const x = Float64Array.from({ length: m * D }, () => 2 * r.next() - 1);
  const y = Int32Array.from({ length: m }, () => r.int(classes));
  return { x, y, classes };
}

describe('MLP inputs', () => {
  it('sizes the first layer by `inputs`, 2 when absent, and refuses 0, 65 and 2.5 readably', () => {
    expect(mlpSizes({ hidden: [3], activation: 'relu', classes: 2 })).toEqual([2, 3, 2]);
    expect(mlpSizes({ hidden: [3], activation: 'relu', classes: 2, inputs: 64 })).toEqual([
      64, 3, 2,
    ]);
    for (const inputs of [0, 65, 2.5])
      expect(() => mlpSizes({ hidden: [3], activation: 'relu', classes: 2, inputs })).toThrow(
        `The classical model takes 1 to 64 input features; got ${inputs}.`,
      );
    const mlp = createMlp(
      { hidden: [4], activation: 'tanh', classes: 3, inputs: D },
      { name: 'sgd', learningRate: 0.1, l2: 0 },
      createRng(1),
    );
    expect(mlp.numParams).toBe(D * 4 + 4 + 4 * 3 + 3);
  });

  for (const act of ['tanh', 'relu'] as const) {
    it(`5-input gradient matches central finite differences (${act}, two hidden layers, 1e-7)`, () => {
      const mlp = createMlp(
        { hidden: [4, 3], activation: act, classes: 3, inputs: D },
        { name: 'sgd', learningRate: 0.1, l2: 0 },
        createRng(2),
      );
      const data = points(12, 3, 4);
      // Glorot's zero biases put a unit whose inputs are all dead relus exactly on the kink
      // (z = 0), where the one-sided slopes differ: move every parameter off it.
      const r = createRng(6);
      const theta = mlp.getParams().map((v) => v + 0.2 * (r.next() - 0.5));
      mlp.setParams(theta);
      const g = new Float64Array(mlp.numParams);
      mlp.lossAndGrad(data.x, data.y, g);
      const scratch = new Float64Array(mlp.numParams);
      const h = 1e-5;
      for (let i = 0; i < mlp.numParams; i++) {
        const p = theta.slice();
        p[i] = p[i]! + h;
        mlp.setParams(p);
        const up = mlp.lossAndGrad(data.x, data.y, scratch);
        p[i] = p[i]! - 2 * h;
        mlp.setParams(p);
        const down = mlp.lossAndGrad(data.x, data.y, scratch);
        expect(Math.abs((up - down) / (2 * h) - g[i]!)).toBeLessThan(1e-7);
      }
      // Every input feature reaches the loss: each first-layer weight row has a nonzero gradient.
      for (let k = 0; k < D; k++)
        expect(g.subarray(4 * k, 4 * k + 4).some((v) => Math.abs(v) > 1e-6)).toBe(true);
    });
  }

  it('tfjs agrees with typed arrays on a 5-input network: loss, gradient, probabilities, one epoch (1e-5, 1e-4)', () => {
    const spec = { hidden: [6, 4], activation: 'relu' as const, classes: 2, inputs: D };
    const opt = { name: 'adam' as const, learningRate: 0.02, l2: 0.001 };
    const arrays = createMlp(spec, opt, createRng(3));
    const tfjs = createTfjsMlp(spec, opt, createRng(3));
    expect(tfjs.sizes).toEqual([D, 6, 4, 2]);
    arrays.setParams(tfjs.getParams());
    const data = points(20, 2, 5);
    const ga = new Float64Array(arrays.numParams);
    const gt = new Float64Array(tfjs.numParams);
    const la = arrays.lossAndGrad(data.x, data.y, ga);
    const lt = tfjs.lossAndGrad(data.x, data.y, gt);
    // float32 against float64: |a − b| ≤ tol·(1 + |b|).
    const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol: number) => {
      expect(a.length).toBe(b.length);
      for (let i = 0; i < a.length; i++)
        expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(b[i]!)));
    };
    close([lt], [la], 1e-5);
    close(gt, ga, 1e-5);
    const pa = new Float64Array(20 * 2);
    const pt = new Float64Array(20 * 2);
    arrays.predict(data.x, pa);
    tfjs.predict(data.x, pt);
    close(pt, pa, 1e-5);
    expect(tfjs.evaluate(data).accuracy).toBe(arrays.evaluate(data).accuracy);
    const ra = createRng(9);
    const rt = createRng(9);
    close([tfjs.trainEpoch(data, 8, rt)], [arrays.trainEpoch(data, 8, ra)], 1e-5);
    close(tfjs.getParams(), arrays.getParams(), 1e-4);
    tfjs.dispose();
  });
});
