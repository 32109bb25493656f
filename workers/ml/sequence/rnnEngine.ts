// The classical recurrent networks' engine: TensorFlow.js (rnnTfjs.ts), imported the first time a
// sequence experiment is loaded, so tfjs stays a chunk of the worker's own, fetched only then.

import type { OptimizerSpec } from '../optim';
import type { Rng } from '../../sim';
import { lazyEngine } from '../lazyEngine';
import type { RnnSpec, SequenceNet } from './rnnTfjs';

export type RnnFactory = (spec: RnnSpec, opt: OptimizerSpec, rng: Rng) => SequenceNet;

const engine = lazyEngine<RnnFactory>(
  () =>
    import('./rnnTfjs').then(async (m) => {
      await m.initTfjs();
      return m.createTfjsRnn;
    }),
  'the classical recurrent network',
  'loadRnnEngine',
);

/** Loads and starts TensorFlow.js for the recurrent networks (once; a failed load may retry). */
export const loadRnnEngine = (): Promise<RnnFactory> => engine.load();

/** The loaded engine's factory; throws if loadRnnEngine has not finished. */
export const rnnFactory = (): RnnFactory => engine.get();
