// The error-correction lesson on the page: the code and the noise to set, the code's circuits
// step by step, and the logical error against the physical error as Play sweeps p. Nothing
// trains, so there is no training panel. Its panels load when the task is first opened.
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const QecPanel = lazyPanel(load, (m) => m.QecPanel);
const QecCircuits = lazyPanel(load, (m) => m.QecCircuits);
const QecResults = lazyPanel(load, (m) => m.QecResults);

export const qecUi: TaskUi = {
  subtitle:
    'Encode one qubit in three, let noise flip some, find and fix the error: see when the code beats a bare qubit.', // prettier-ignore
  settings: [{ hide: 'code', Panel: QecPanel }],
  Model: QecCircuits,
  Results: QecResults,
  features: () => 0,
};
