// The sequence task's classical baselines in TensorFlow.js (CPU backend, float32): a simple
// recurrent network and an LSTM of one layer that read a window of past values, one per step, and
// forecast one value linearly from the last hidden state, or a one-layer Transformer over the
// window (transformerTfjs.ts). Cells of tfjsLayers.ts, shared with the text task; loss MSE;
// gradients by tfjs autodiff; SGD or Adam as optim.ts, L2 as tfjsMlp.ts (tfjsParams.ts).
// Loaded with import() by rnnEngine.ts, so tfjs is a chunk of its own.

import type { Rng } from '../../sim';
import { initTfjs } from '../baseline/tfjsMlp';
import type { OptimizerSpec } from '../optim';
import { recurrentNet } from '../tfjsLayers';
import { constBlock, glorotBlock, initialWeights, type ParamBlock } from '../tfjsParams';
import { checkRnnSpec, tfjsForecaster, type RnnSpec, type SequenceNet } from './tfjsSeries';
import { createTfjsSeriesTransformer } from './transformerTfjs';

/**
 * Selects tfjs's CPU backend in production mode; call once before creating models. The MLP
 * engine's own function: one place sets up the one backend all tfjs models share, and a bundler
 * puts each module in one chunk only, so the MLP's small module is shared, not copied.
 */
export { initTfjs };

export type { RnnSpec, SequenceNet };

/**
 * The classical forecaster of the spec: the Transformer of transformerTfjs.ts for cell
 * 'transformer', otherwise a simple RNN, h_t = tanh(x_t·Wx + h_{t−1}·Wh + b), or an LSTM
 * (recurrentNet of tfjsLayers.ts), from h_0 = c_0 = 0 over the window, then ŷ = h_T·Wo + bo.
 *
 * Initial weights in the layout of SequenceNet, drawn in this order: Wx Glorot uniform over its
 * whole shape (fan-in 1, fan-out G·h, as Keras does for the LSTM's stacked kernel), then each gate
 * block of Wh orthogonal (i, f, g, o), then Wo Glorot uniform (fan-in h, fan-out 1). Biases 0, but
 * the LSTM's forget-gate bias 1 (Jozefowicz et al. 2015). So the same seed gives the same model;
 * training on the same generator gives the same steps.
 */
export function createTfjsRnn(spec: RnnSpec, opt: OptimizerSpec, rng: Rng): SequenceNet {
  if (spec.cell === 'transformer') return createTfjsSeriesTransformer(spec, opt, rng);
  checkRnnSpec(spec, 'recurrent model', 'hidden size');
  const { hidden: h, window: T } = spec;
  const lstm = spec.cell === 'lstm';
  const G = lstm ? 4 : 1;
  const blocks: ParamBlock[] = [
    glorotBlock(1, G * h),
    { shape: [h, G * h], init: 'orthogonal' },
    constBlock(G * h, 0),
    glorotBlock(h, 1),
    constBlock(1, 0),
  ];
  const theta = initialWeights(blocks, rng);
  if (lstm) theta.fill(1, G * h + h * G * h + h, G * h + h * G * h + 2 * h);
  const names = { params: lstm ? 'LSTM' : 'recurrent network', model: 'recurrent model' };
  return tfjsForecaster(names, T, opt, blocks, theta, (vars) => recurrentNet(vars, T, lstm));
}
