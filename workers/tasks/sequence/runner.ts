// Forecasting on the worker side: the sequence session (workers/ml/sequence/session.ts) as a task
// session, with both models' forecasts as its picture.

import type { SequenceExperiment } from '../../../src/experiment/types';
import { loadRnnEngine } from '../../ml/sequence/rnnEngine';
import { createSequenceSession } from '../../ml/sequence/session';
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
      weights: () => ({
        quantum: Array.from(s.quantum.theta),
        classical: s.classical.weights(),
      }),
      setWeights(w) {
        if (w.quantum.length !== s.quantum.numParams)
          throw new Error(
            `The quantum model has ${s.quantum.numParams} parameters; the link carries ${w.quantum.length}.`,
          );
        s.classical.setWeights(w.classical);
        s.quantum.theta.set(w.quantum);
      },
      circuit: s.info.circuit,
      params: () => s.quantum.theta,
      dispose: () => s.dispose(),
    };
  },
};
