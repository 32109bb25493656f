// The text task's classical attention baseline in TensorFlow.js (CPU backend, float32): a
// Transformer of one layer and one head, pre-LayerNorm (as GPT-2), that predicts the next token
// from the last position of the context. Built by createTextNet (textTfjs.ts); its block is
// tfjsLayers.ts's, shared with the sequence task's Transformer.

import * as tf from '@tensorflow/tfjs-core';
import type { Rng } from '../../sim';
import type { OptimizerSpec } from '../optim';
import { TRANSFORMER_VARS, transformerBlocks, transformerLast } from '../tfjsLayers';
import { constBlock, glorotBlock, initialWeights } from '../tfjsParams';
import { checkTextSpec, tfjsTextNet, type TextNet, type TextNetSpec } from './tfjsText';

/**
 * The Transformer, for n contexts of T tokens, width d, vocabulary V (every vector a row): the
 * block of transformerLast (tfjsLayers.ts) over the token embeddings e_t = E[token_t], then
 * logits = y·Wout + bout.
 *
 * Flat parameters, every matrix row-major (in × out): E (V × d), then transformerBlocks' P (T × d),
 * gain1, bias1, Wq, bq, Wk, bk, Wv, bv, Wo, bo, gain2, bias2, W1, b1, W2, b2, then Wout (d × V),
 * bout (V): textNetParamCount's 8d² + (2V + T + 11)·d + V.
 *
 * Initial weights drawn in that order: every matrix Glorot uniform of its shape (E with fan-in V,
 * fan-out d; P with T, d), biases 0, gains 1.
 */
export function createTfjsTransformer(spec: TextNetSpec, opt: OptimizerSpec, rng: Rng): TextNet {
  checkTextSpec(spec);
  if (spec.kind !== 'transformer')
    throw new Error('createTfjsTransformer builds Transformers: use createTextNet for an RNN.');
  const { size: d, vocab: V, context: T } = spec;
  const blocks = [
    glorotBlock(V, d),
    ...transformerBlocks(d, T),
    glorotBlock(d, V),
    constBlock(V, 0),
  ];
  const theta = initialWeights(blocks, rng);

  return tfjsTextNet(spec, opt, blocks, theta, (vars) => {
    const [E, Wout, bout] = [vars[0]!, vars[TRANSFORMER_VARS + 1]!, vars[TRANSFORMER_VARS + 2]!];
    const block = transformerLast(vars.slice(1, TRANSFORMER_VARS + 1), d, T);
    return (tokens) =>
      tf.add<tf.Tensor2D>(tf.matMul(block(tf.gather(E, tokens) as tf.Tensor3D), Wout), bout);
  });
}
