// The text task's classical models' engine: TensorFlow.js (textTfjs.ts), imported the first time
// a text experiment is loaded, so tfjs stays a chunk of the worker's own, fetched only then.

import type { OptimizerSpec } from '../optim';
import type { Rng } from '../../sim';
import { lazyEngine } from '../lazyEngine';
import type { TextNet, TextNetSpec } from './textTfjs';

export type TextNetFactory = (spec: TextNetSpec, opt: OptimizerSpec, rng: Rng) => TextNet;

const engine = lazyEngine<TextNetFactory>(
  () =>
    import('./textTfjs').then(async (m) => {
      await m.initTfjs();
      return m.createTextNet;
    }),
  'the classical text model',
  'loadTextEngine',
);

/** Loads and starts TensorFlow.js for the classical text models (once; a failed load may retry). */
export const loadTextEngine = (): Promise<TextNetFactory> => engine.load();

/** The loaded engine's factory; throws if loadTextEngine has not finished. */
export const textNetFactory = (): TextNetFactory => engine.get();
