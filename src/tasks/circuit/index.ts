// The circuit sandbox on the page: a circuit in the editor (above the columns, with its live
// state), the measure and noise settings, how it is simulated, and the counts as Play draws shots.
// Its own panels load when the task is first opened (panels.ts).
import { NoisePanel } from '../../panels/NoisePanel';
import { lazyPanel } from '../lazyPanel';
import type { TaskUi } from '../taskUi';

const load = () => import('./panels');
const MeasurePanel = lazyPanel(load, (m) => m.MeasurePanel);
const RunPanel = lazyPanel(load, (m) => m.RunPanel);
const SandboxResults = lazyPanel(load, (m) => m.SandboxResults);

export const circuitUi: TaskUi = {
  subtitle:
    'Build any circuit and watch its state; then measure it shot by shot, as a quantum computer does, and see the counts approach the probabilities.', // prettier-ignore
  settings: [
    { hide: 'measure', Panel: MeasurePanel },
    { hide: 'noise', Panel: NoisePanel },
  ],
  Model: RunPanel,
  Results: SandboxResults,
  features: () => 0,
};
