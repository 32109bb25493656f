// Next-token prediction on the worker side: the text session (workers/ml/text/session.ts) as a
// task session, with the text both models write as its picture. The corpus is fetched once, the
// first time an experiment reads it.

import type { TextExperiment } from '../../../src/experiment/types';
import { createTextSession } from '../../ml/text/session';
import { loadTextEngine } from '../../ml/text/textEngine';
import { CORPUS } from '../../ml/text/tokens';
import { pairWeights } from '../modelPair';
import type { TaskRunner } from '../taskRunner';

let corpus: Promise<string> | null = null;
let corpusText: string | null = null;

/**
 * The shipped corpus (public/corpus/): public files sit at the site's base, the parent of the
 * folder the worker's script is served from (assets/ when built, workers/ in development).
 */
function loadCorpus(): Promise<string> {
  corpus ??= fetch(new URL(`../${CORPUS.file}`, self.location.href))
    .then(async (r) => {
      if (!r.ok) throw new Error(`the server answered ${r.status}`);
      return (corpusText = await r.text());
    })
    .catch((err: unknown) => {
      corpus = null;
      const detail = err instanceof Error ? err.message : String(err);
      throw new Error(`The corpus (${CORPUS.title}) could not be loaded (${detail}). Check the connection and press Play again, or pick the Markov chain.`); // prettier-ignore
    });
  return corpus;
}

export const textRunner: TaskRunner<'text'> = {
  prepare: async (e) => {
    await Promise.all([loadTextEngine(), e.data.source === 'corpus' ? loadCorpus() : null]);
  },
  create(e: TextExperiment) {
    const s = createTextSession(e, corpusText);
    return {
      info: s.info,
      get epoch() {
        return s.epoch;
      },
      measure: () => s.measure(),
      step: () => s.step(),
      pictures: () => [{ kind: 'textSamples', samples: s.samples() }],
      ...pairWeights(s.quantum, s.classical),
      circuit: s.info.circuit,
      dispose: () => s.dispose(),
    };
  },
};
