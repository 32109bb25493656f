// The classical recurrent networks' engine: TensorFlow.js (rnnTfjs.ts), imported the first time a
// sequence experiment is loaded, so tfjs stays a chunk of the worker's own, fetched only then.

import type { OptimizerSpec } from '../optim';
import type { Rng } from '../../sim';
import type { RnnSpec, SequenceNet } from './rnnTfjs';

export type RnnFactory = (spec: RnnSpec, opt: OptimizerSpec, rng: Rng) => SequenceNet;

let loading: Promise<RnnFactory> | null = null;
let factory: RnnFactory | null = null;

/** Loads and starts TensorFlow.js for the recurrent networks (once; a failed load may retry). */
export function loadRnnEngine(): Promise<RnnFactory> {
  loading ??= import('./rnnTfjs')
    .then(async (m) => {
      await m.initTfjs();
      factory = m.createTfjsRnn;
      return m.createTfjsRnn;
    })
    .catch((err: unknown) => {
      loading = null;
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(
        `TensorFlow.js, which trains the classical recurrent network, could not be loaded (${detail}). Reload the page to try again.`,
      );
    });
  return loading;
}

/** The loaded engine's factory; throws if loadRnnEngine has not finished. */
export function rnnFactory(): RnnFactory {
  if (!factory)
    throw new Error(
      'TensorFlow.js is not loaded yet: await loadRnnEngine() before building a sequence session.',
    );
  return factory;
}
