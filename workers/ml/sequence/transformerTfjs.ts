// The sequence task's classical attention baseline in TensorFlow.js (CPU backend, float32): the
// text task's one-layer, one-head, pre-LayerNorm Transformer block (tfjsLayers.ts) over a window of
// values, each projected to width d, forecasting the next value from the last position. Built by
// createTfjsRnn (rnnTfjs.ts) for cell 'transformer'.

import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../sim';
import type { OptimizerSpec } from '../optim';
import { TRANSFORMER_VARS, transformerBlocks, transformerLast } from '../tfjsLayers';
import { constBlock, glorotBlock, initialWeights } from '../tfjsParams';
import { checkRnnSpec, tfjsForecaster, type RnnSpec, type SequenceNet } from './tfjsSeries';

/**
 * The Transformer, for n windows of T values x_t and width d = spec.hidden (every vector a row):
 * the block of transformerLast (tfjsLayers.ts) over the input projections e_t = x_t·Win + bin
 * (Linear(1 → d)), then ŷ = y·Wout + bout (Linear(d → 1)).
 *
 * Flat parameters, every matrix row-major (in × out): Win (1 × d), bin (d), then transformerBlocks'
 * P (T × d), gain1, bias1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, gain2, bias2, W1, b1, W2, b2, then
 * Wout (d × 1), bout (1): rnnParamCount's 8d² + (T + 14)·d + 1.
 *
 * Initial weights drawn in that order: every matrix Glorot uniform of its shape (Win with fan-in
 * 1, fan-out d; P with T, d; Wout with d, 1), biases 0, gains 1.
 */
export function createTfjsSeriesTransformer(
  spec: RnnSpec,
  opt: OptimizerSpec,
  rng: Rng,
): SequenceNet {
  if (spec.cell !== 'transformer')
    throw new Error('createTfjsSeriesTransformer builds Transformers: use createTfjsRnn for an RNN.'); // prettier-ignore
  checkRnnSpec(spec, 'Transformer', 'width');
  const { hidden: d, window: T } = spec;
  const blocks = [
    glorotBlock(1, d),
    constBlock(d, 0),
    ...transformerBlocks(d, T),
    glorotBlock(d, 1),
    constBlock(1, 0),
  ];
  const theta = initialWeights(blocks, rng);
  const names = { params: 'Transformer', model: 'Transformer' };

  return tfjsForecaster(names, T, opt, blocks, theta, (vars) => {
    const [Win, bin] = [vars[0]!, vars[1]!];
    const [Wout, bout] = [vars[TRANSFORMER_VARS + 2]!, vars[TRANSFORMER_VARS + 3]!];
    const block = transformerLast(vars.slice(2, TRANSFORMER_VARS + 2), d, T);
    return (windows) => {
      const n = windows.shape[0];
      // Each value times Win's row, plus bin: n × T × 1 broadcast against 1 × d.
      const e = tf.add<tf.Tensor3D>(tf.mul(tf.reshape(windows, [n, T, 1]), Win), bin);
      return tf.add<tf.Tensor2D>(tf.matMul(block(e), Wout), bout);
    };
  });
}
