// The two engines of the classical MLP: typed arrays (always here) and TensorFlow.js (tfjsMlp.ts,
// imported the first time an experiment asks for it, so tfjs is a chunk of the worker's own that
// is fetched only then; the page's bundle never contains it).

import type { BaselineEngine } from '../../../src/experiment/types';
import { createMlp, type MlpFactory } from './mlp';

let tfjsLoading: Promise<MlpFactory> | null = null;
let tfjsFactory: MlpFactory | null = null;

/** Makes `engine` ready for mlpFactory: the first call for 'tfjs' downloads and starts tfjs. */
export function loadMlpEngine(engine: BaselineEngine): Promise<MlpFactory> {
  if (engine === 'arrays') return Promise.resolve(createMlp);
  tfjsLoading ??= import('./tfjsMlp')
    .then(async (m) => {
      await m.initTfjs();
      tfjsFactory = m.createTfjsMlp;
      return m.createTfjsMlp;
    })
    .catch((err: unknown) => {
      tfjsLoading = null; // a failed download may work next time
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(
        `The TensorFlow.js engine for the classical model could not be loaded (${detail}). ` +
          'Reload the page, or choose "Typed arrays (fast)" as the classical engine.',
      );
    });
  return tfjsLoading;
}

/** The factory of a loaded engine. Throws if 'tfjs' has not been loaded with loadMlpEngine. */
export function mlpFactory(engine: BaselineEngine): MlpFactory {
  if (engine === 'arrays') return createMlp;
  if (!tfjsFactory)
    throw new Error(
      'The TensorFlow.js engine is not loaded yet: await loadMlpEngine("tfjs") before building ' +
        'a session with it.',
    );
  return tfjsFactory;
}
