// Forecasting on the worker side: the sequence session (workers/ml/sequence/session.ts) as a task
// session, with both models' forecasts as its picture.

import type { SequenceExperiment } from '../../../src/experiment/types';
import { loadRnnEngine } from '../../ml/sequence/rnnEngine';
import { createSequenceSession } from '../../ml/sequence/session';
import { pairWeights } from '../modelPair';
import type { TaskRunner } from '../taskRunner';

export const sequenceRunner: TaskRunner<'sequence'> = {
  prepare: async () => {
    await loadRnnEngine();
  },
  create(e: SequenceExperiment) {
    const s = createSequenceSession(e);
    return {
      info: s.info,
      get epoch() {
        return s.epoch;
      },
      measure: () => s.measure(),
      step: () => s.step(),
      pictures: () => [{ kind: 'forecast', forecast: s.forecast() }],
      ...pairWeights(s.quantum, s.classical),
      circuit: s.info.circuit,
      dispose: () => s.dispose(),
    };
  },
};
