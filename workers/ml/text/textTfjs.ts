// The text task's classical recurrent baselines in TensorFlow.js (CPU backend, float32): a simple
// RNN and an LSTM of one layer that read a context one token at a time (the one-hot token feeds
// the cell) and give next-token logits linearly from the last hidden state. Cells written with
// tfjs-core ops (tfjsLayers.ts, as rnnTfjs.ts); createTextNet also builds the Transformer (transformerTfjs.ts).
// Imported with import() by the text engine, so tfjs is a chunk of its own.

import type { Rng } from '../../sim';
import { initTfjs } from '../baseline/tfjsMlp';
import type { OptimizerSpec } from '../optim';
import { recurrentNet } from '../tfjsLayers';
import {
  constBlock,
  glorotBlock,
  glorotLimit,
  initialWeights,
  type ParamBlock,
} from '../tfjsParams';
import { checkTextSpec, tfjsTextNet, type TextNet, type TextNetSpec } from './tfjsText';
import { createTfjsTransformer } from './transformerTfjs';

/** Selects tfjs's CPU backend in production mode (the MLP engine's, shared by all tfjs models). */
export { initTfjs };
export type { TextNet, TextNetSpec };

/**
 * A classical next-token net: the Transformer of transformerTfjs.ts for kind 'transformer',
 * otherwise the recurrent net of createTfjsTextRnn. Throws a readable Error for a spec out of range.
 */
export function createTextNet(spec: TextNetSpec, opt: OptimizerSpec, rng: Rng): TextNet {
  checkTextSpec(spec);
  return spec.kind === 'transformer'
    ? createTfjsTransformer(spec, opt, rng)
    : createTfjsTextRnn(spec, opt, rng);
}

/**
 * A simple RNN, h_t = tanh(x_t·Wx + h_{t−1}·Wh + b), or an LSTM (i, f, o = σ(·), g = tanh(·) of
 * x_t·Wx + h_{t−1}·Wh + b in blocks; c_t = f⊙c_{t−1} + i⊙g; h_t = o⊙tanh(c_t)), from
 * h_0 = c_0 = 0, where x_t is the one-hot of token t (so x_t·Wx is row x_t of Wx); then
 * logits = h_T·Wo + bo.
 *
 * Flat parameters, with G = 1 (RNN) or 4 (LSTM, gate blocks of h columns in the order input i,
 * forget f, candidate g, output o), every matrix row-major: Wx (V × G·h, row v is token v's
 * input), Wh (h × G·h: Wh[j·G·h + c] takes unit j of h_{t−1} to column c), b (G·h), Wo (h × V),
 * bo (V).
 *
 * Initial weights drawn in that order: Wx Glorot uniform over its whole shape (fan-in V, fan-out
 * G·h, as rnnTfjs.ts does), Wh uniform in ±√(3/h), which is Glorot for each h × h gate block,
 * Wo Glorot (h, V); biases 0 but the LSTM's forget-gate bias 1 (Jozefowicz et al. 2015).
 */
export function createTfjsTextRnn(spec: TextNetSpec, opt: OptimizerSpec, rng: Rng): TextNet {
  checkTextSpec(spec);
  if (spec.kind === 'transformer')
    throw new Error(
      'createTfjsTextRnn builds recurrent nets: use createTextNet for a Transformer.',
    );
  const { size: h, vocab: V, context: T } = spec;
  const lstm = spec.kind === 'lstm';
  const G = lstm ? 4 : 1;
  const blocks: ParamBlock[] = [
    glorotBlock(V, G * h),
    { shape: [h, G * h], init: { limit: glorotLimit(h, h) } },
    constBlock(G * h, 0),
    glorotBlock(h, V),
    constBlock(V, 0),
  ];
  const theta = initialWeights(blocks, rng);
  if (lstm) theta.fill(1, V * G * h + h * G * h + h, V * G * h + h * G * h + 2 * h);

  return tfjsTextNet(spec, opt, blocks, theta, (vars) => recurrentNet(vars, T, lstm));
}
