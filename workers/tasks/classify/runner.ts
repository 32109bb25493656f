// Classification on the worker side: the session of workers/ml/session.ts (quantum classifier and
// MLP on one split) as a task session, with decision boundaries and Bloch vectors as pictures, and
// one job: the smallest classical model that reaches the quantum model's train accuracy.

import type { ClassifyExperiment } from '../../../src/experiment/types';
import { loadMlpEngine } from '../../ml/baseline/engines';
import { fidelityTargets } from '../../ml/readout';
import { createSession } from '../../ml/session';
import { toPlane } from '../../ml/tableData';
import type { Picture } from '../../protocol';
import type { TaskRunner } from '../taskRunner';
import { searchWidth, tokenOf, trainedAccuracy } from './widthSearch';

/** Resolution of the decision-boundary grids (res × res cells). */
export const BOUNDARY_RESOLUTION = 64;

const yieldToEvents = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export const classifyRunner: TaskRunner<'classify'> = {
  prepare: async (e) => {
    await loadMlpEngine(e.baseline.engine);
  },
  create(e: ClassifyExperiment) {
    const s = createSession(e);
    // The readout qubit's Bloch vectors show the classes when they are target states of qubit 0.
    const fidelity = e.model.readout === 'fidelity' && s.info.classes <= 4;
    const plane = s.info.plane;
    const onPicture = (x: Float64Array): Float64Array => (plane ? toPlane(plane, x) : x);
    return {
      info: {
        task: 'classify',
        classes: s.info.classes,
        circuit: s.info.circuit,
        quantumParams: s.info.quantumParams,
        classicalParams: s.info.classicalParams,
        classicalHidden: s.info.classicalHidden,
        // A table's points as the pictures show them: on its principal plane.
        train: { x: onPicture(s.info.train.x), y: s.info.train.y },
        test: { x: onPicture(s.info.test.x), y: s.info.test.y },
        plane: plane && { features: plane.d, explained: plane.explained },
        targets: fidelity ? fidelityTargets(s.info.classes) : null,
      },
      get epoch() {
        return s.epoch;
      },
      measure: () => s.measure(),
      step: () => s.step(),
      pictures() {
        const out: Picture[] = [{ kind: 'boundaries', boundaries: s.boundaries(BOUNDARY_RESOLUTION) }]; // prettier-ignore
        if (fidelity) out.push({ kind: 'bloch', epoch: s.epoch, vectors: s.bloch() });
        return out;
      },
      weights: () => ({
        quantum: Array.from(s.quantum.getParams()),
        classical: Array.from(s.classical.getParams()),
      }),
      setWeights(w) {
        s.quantum.setParams(w.quantum);
        s.classical.setParams(w.classical);
      },
      circuit: s.info.circuit,
      params: () => s.quantum.getParams(),
      actions: {
        /** arg { token }: progress and result come as 'widthSearch' pictures with that token. */
        smallestWidth: async (arg, progress) => {
          const { train, classes } = s.info;
          await searchWidth({
            token: tokenOf(arg),
            target: s.quantum.evaluate(train).accuracy,
            accuracyOf: (w) => trainedAccuracy(e, train, classes, w),
            progress: (search) => progress({ kind: 'widthSearch', search }),
            pause: yieldToEvents,
          });
        },
      },
      dispose: () => s.dispose(),
    };
  },
};
