// The sequence task's one-layer Transformer in TensorFlow.js, what is its own: the initial weights
// in the documented order and its refusals. Its forward pass against the float64 reference, its
// gradient, L2 and Adam steps (rnnTfjs.test.ts), determinism, learning a sine against persistence,
// weights and memory (rnnTfjsTraining.test.ts) are tested beside the RNN's and the LSTM's.
import { beforeAll, describe, expect, it } from 'vitest';
import { rnnParamCount } from '../../../../src/experiment/tasks/sequence/rnnSize';
import { createTfjsRnn, initTfjs } from '../../../../workers/ml/sequence/rnnTfjs';
import { createTfjsSeriesTransformer } from '../../../../workers/ml/sequence/transformerTfjs';
import { createRng } from '../../../../workers/sim';
import { sgd1 } from '../tfjsHelpers';
import { expectConstant, expectGlorot, expectTransformerInit, reader } from '../tfjsReference';

beforeAll(async () => {
  await initTfjs();
});

const spec = (hidden: number, window: number) => ({ cell: 'transformer', hidden, window }) as const;

describe('createTfjsRnn (Transformer)', () => {
  it('starts from Glorot matrices, biases 0 and LayerNorm gains 1, in the documented order', () => {
    const [d, T] = [6, 5];
    const net = createTfjsRnn(spec(d, T), sgd1, createRng(7));
    const w = net.weights();
    expect(net.numParams).toBe(rnnParamCount('transformer', d, T));
    const r = reader(w);
    expectGlorot(r, 1, d);
    expectConstant(r, d, 0);
    expectTransformerInit(r, d, T);
    expectGlorot(r, d, 1);
    expectConstant(r, 1, 0);
    expect(r.end()).toBe(w.length);
    net.dispose();
  });

  it('refuses widths and windows out of range, and a recurrent spec, with readable messages', () => {
    const make = (hidden: number, window: number) => () =>
      createTfjsRnn(spec(hidden, window), sgd1, createRng(1));
    expect(make(0, 4)).toThrow(
      "The Transformer's width must be a whole number from 1 to 64, not 0.",
    );
    expect(make(65, 4)).toThrow(/from 1 to 64, not 65\./);
    expect(make(2.5, 4)).toThrow(/not 2\.5\./);
    expect(make(4, 0)).toThrow(
      "The Transformer's window must be a whole number of values from 1, not 0.",
    );
    expect(() =>
      createTfjsSeriesTransformer({ cell: 'lstm', hidden: 2, window: 3 }, sgd1, createRng(1)),
    ).toThrow('createTfjsSeriesTransformer builds Transformers: use createTfjsRnn for an RNN.');
  });

  it('forecasts from a window of one value (T = 1: attention over a single position)', () => {
    const net = createTfjsRnn(spec(3, 1), sgd1, createRng(2));
    const p = net.predict(Float64Array.of(-0.5, 0, 0.5), 3);
    expect(p).toHaveLength(3);
    expect(p.every(Number.isFinite)).toBe(true);
    // The forecast depends on the value: the three differ.
    expect(new Set(p).size).toBe(3);
    net.dispose();
  });
});
